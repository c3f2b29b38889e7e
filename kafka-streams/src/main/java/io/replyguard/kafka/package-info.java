/**
 * Replyguard on Kafka Streams. {@link io.replyguard.kafka.ReplyguardTopology} adds Replyguard's
 * processing to a {@code StreamsBuilder} or builds a {@code Topology}; {@link
 * io.replyguard.kafka.Topics} names its topics. Records are JSON in the command-line tool's line
 * shapes, keyed by conversation id.
 *
 * @since 0.2.0
 */
package io.replyguard.kafka;
