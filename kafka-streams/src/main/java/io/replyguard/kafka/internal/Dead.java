package io.replyguard.kafka.internal;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Sends a bad record's error (never its content) to the dead-letter topic. */
final class Dead {
  private Dead() {}

  static void letter(ProcessorContext<String, Out> ctx, Record<String, String> record,
      String topic, BadRecord e, Metrics metrics) {
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    String source = md == null ? "" : md.topic();
    int partition = md == null ? -1 : md.partition();
    long offset = md == null ? -1 : md.offset();
    metrics.error(e.rule());
    ctx.forward(new Record<>(record.key(), new Out(topic,
        JsonShapes.deadLetter(source, partition, offset, e)), record.timestamp()));
  }
}
