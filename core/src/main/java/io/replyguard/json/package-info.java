/**
 * The JSON Lines protocol of the {@code replyguard} command-line tool, for embedding:
 * {@link io.replyguard.json.JsonLines} answers one JSON line with one JSON line, exactly as the tool
 * does; {@link io.replyguard.json.JsonLineException} names the JSON Pointer and the rule of a line
 * that cannot be read. No Jackson type appears in the API.
 *
 * @since 0.2.0
 */
package io.replyguard.json;
