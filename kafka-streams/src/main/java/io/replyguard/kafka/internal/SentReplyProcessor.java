package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Sent replies (what the CRM posted; {@code {"id"?,"platform","visibility","text","sentAt"?}}
 * keyed by conversation id, brand in the header {@code replyguard-brand}): a close event for
 * first-response tracking, keyed by conversation, and the redacted reply keyed by brand for the
 * boilerplate memory. The reply's
 * text leaves this processor only redacted.
 */
public final class SentReplyProcessor implements Processor<String, String, String, Out> {
  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private ReadOnlyKeyValueStore<String, String> configs;
  private Metrics metrics;

  /** @param wiring the shared wiring */
  public SentReplyProcessor(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.configs = context.getStateStore(Wiring.CONFIG_STORE);
    this.metrics = new Metrics(context.metrics());
  }

  @Override
  public void process(Record<String, String> record) {
    JsonShapes.Sent s;
    String brand = InboundProcessor.brand(record, w.defaultBrand());
    try {
      if (record.key() == null) {
        throw new BadRecord("", "key.missing", "a sent reply needs its conversation id as key");
      }
      s = JsonShapes.sent(JsonShapes.read(record.value()), record.key());
    } catch (BadRecord e) {
      Dead.letter(ctx, record, w.deadLetters(), e, metrics);
      return;
    }
    Instant at = s.sentAt().orElse(Instant.ofEpochMilli(record.timestamp()));
    ObjectNode close = JsonShapes.object();
    close.put("replyId", s.id()).put("brand", brand).put("sentAt", at.toString());
    ctx.forward(new Record<>(record.key(), new Out(Wiring.SENT, close.toString()),
        record.timestamp()));
    String redacted = w.engines().forBrand(brand, configs, metrics).engine().redact(s.text());
    ObjectNode o = JsonShapes.object();
    o.put("kind", "sent").put("platform", s.platform().id())
        .put("visibility", s.visibility().name().toLowerCase(Locale.ROOT))
        .put("text", redacted).put("sentAt", at.toEpochMilli());
    ctx.forward(new Record<>(brand, new Out(Wiring.BY_BRAND, o.toString()),
        record.timestamp()));
  }
}
