package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Drafts ({@code check} lines read by core's codec, keyed by conversation id, brand in the header
 * {@code replyguard-brand}): validated, then re-keyed by brand (the boilerplate memory of a brand
 * lives in one task), carrying the original key and the source position for the verdict and any
 * dead letter.
 */
public final class DraftRouter implements Processor<String, String, String, Out> {
  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private Metrics metrics;
  private org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, String> configs;

  /** @param wiring the shared wiring */
  public DraftRouter(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.metrics = new Metrics(context.metrics());
    this.configs = context.getStateStore(Wiring.CONFIG_STORE);
  }

  @Override
  public void process(Record<String, String> record) {
    String brand = InboundProcessor.brand(record, w.defaultBrand());
    try {
      // validated here, so a bad draft is a dead letter before it is repartitioned
      JsonShapes.draft(w.engines().forBrand(brand, configs, metrics).lines(), record.value());
    } catch (BadRecord e) {
      Dead.letter(ctx, record, w.deadLetters(), e, metrics);
      return;
    }
    ObjectNode o = JsonShapes.object();
    o.put("kind", "draft").put("key", record.key());
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    if (md != null) {
      o.putObject("source").put("topic", md.topic()).put("partition", md.partition())
          .put("offset", md.offset());
    }
    o.put("record", record.value());
    ctx.forward(new Record<>(brand, new Out(Wiring.BY_BRAND, o.toString()),
        record.timestamp()));
  }
}
