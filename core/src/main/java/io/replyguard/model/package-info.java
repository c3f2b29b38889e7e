/**
 * The message model and the stable vocabulary of Replyguard: messages, drafts, findings, advice and
 * the enums whose constant names are used unchanged in JSON, configuration and the command line.
 *
 * <p>All types are immutable and thread-safe. Constructors reject {@code null} with a
 * {@link java.lang.NullPointerException} naming the parameter and invalid values with an
 * {@link java.lang.IllegalArgumentException}. Spans are half-open UTF-16 index ranges.
 * {@code toString()} never shows message text, names or other personal data.
 */
package io.replyguard.model;
