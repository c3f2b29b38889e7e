/** Processors, JSON mapping and metrics of the Kafka Streams topology. Not exported. */
package io.replyguard.kafka.internal;
