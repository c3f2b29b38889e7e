/**
 * Configuration: {@link io.replyguard.config.ReplyguardConfig} and its parts, read from a strict
 * JSON format (unknown keys, wrong types, malformed patterns and duplicate ids fail with a
 * {@link io.replyguard.config.ConfigException} naming the JSON path) or built with a builder.
 * All types are immutable and thread-safe; {@code null} arguments are rejected.
 */
package io.replyguard.config;
