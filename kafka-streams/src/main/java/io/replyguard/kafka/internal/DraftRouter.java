package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Drafts: validated, then re-keyed by brand (the boilerplate memory of a brand lives in one task),
 * carrying the conversation and the source position for the verdict and any dead letter.
 */
public final class DraftRouter implements Processor<String, String, String, Out> {
  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private Metrics metrics;

  /** @param wiring the shared wiring */
  public DraftRouter(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.metrics = new Metrics(context.metrics());
  }

  @Override
  public void process(Record<String, String> record) {
    JsonNode n;
    JsonShapes.DraftRecord d;
    try {
      n = JsonShapes.read(record.value());
      d = JsonShapes.draft(n, w.defaultBrand(), record.key());
    } catch (BadRecord e) {
      Dead.letter(ctx, record, w.deadLetters(), e, metrics);
      return;
    }
    ObjectNode o = JsonShapes.object();
    o.put("kind", "draft").put("conversationId", d.conversationId()).put("key", record.key());
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    if (md != null) {
      o.putObject("source").put("topic", md.topic()).put("partition", md.partition())
          .put("offset", md.offset());
    }
    o.set("record", n);
    ctx.forward(new Record<>(d.brand(), new Out(Wiring.BY_BRAND, o.toString()),
        record.timestamp()));
  }
}
