package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.model.Advice;
import io.replyguard.model.Intent;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PlatformAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Inbound posts: advice and the redacted post (keyed by conversation), an outage report keyed by
 * brand and topic for the burst counter, and the post's first-response deadline. A record with the
 * header {@code replyguard-platform} is a raw platform payload parsed by that platform's adapter
 * (brand from the header {@code replyguard-brand}); others are {@code advise} lines. Bad records
 * go to the dead-letter topic.
 */
public final class InboundProcessor implements Processor<String, String, String, Out> {
  /** Header naming the platform of a raw payload. */
  public static final String PLATFORM_HEADER = "replyguard-platform";
  /** Header naming the brand of a raw payload. */
  public static final String BRAND_HEADER = "replyguard-brand";

  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private ReadOnlyKeyValueStore<String, String> configs;
  private Metrics metrics;

  /** @param wiring the shared wiring */
  public InboundProcessor(Wiring wiring) {
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
    try {
      Header platform = record.headers().lastHeader(PLATFORM_HEADER);
      if (platform != null) {
        Header brandHeader = record.headers().lastHeader(BRAND_HEADER);
        String brand = brandHeader == null || brandHeader.value() == null ? w.defaultBrand()
            : new String(brandHeader.value(), StandardCharsets.UTF_8);
        for (Message m : raw(brand, platform, record.value())) {
          handle(brand, m, record);
        }
      } else {
        JsonShapes.Post p = JsonShapes.post(JsonShapes.read(record.value()), w.defaultBrand(),
            record.key());
        handle(p.brand(), p.message(), record);
      }
    } catch (BadRecord e) {
      Dead.letter(ctx, record, w.deadLetters(), e, metrics);
    }
  }

  private List<Message> raw(String brand, Header header, String value) {
    String id = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    Replyguard engine = w.engines().forBrand(brand, configs, metrics).engine();
    Optional<PlatformAdapter> adapter = JsonShapes.PLATFORMS.contains(id)
        ? engine.adapters().find(Platform.of(id)) : Optional.empty();
    if (adapter.isEmpty()) {
      throw new BadRecord("", "platform.unknown", "no adapter installed for the platform in "
          + "header " + PLATFORM_HEADER + "; installed: " + engine.adapters().platforms());
    }
    if (value == null) {
      throw new BadRecord("", "json.missing", "record has no value");
    }
    try {
      return adapter.get().parse(value);
    } catch (PayloadException e) {
      throw new BadRecord(e.path(), "payload.invalid",
          "not a " + id + " payload the adapter can read");
    }
  }

  private void handle(String brand, Message m, Record<String, String> record) {
    Engines.Entry e = w.engines().forBrand(brand, configs, metrics);
    Replyguard engine = e.engine();
    Advice advice = engine.advise(m);
    String conversation = m.conversationId()
        .orElse(record.key() == null ? m.id() : record.key());
    long ts = record.timestamp();
    metrics.channel(advice.channel().name());
    ctx.forward(new Record<>(conversation,
        new Out(w.advice(), JsonShapes.advice(m.id(), brand, advice)), ts));
    ctx.forward(new Record<>(conversation, new Out(w.redacted(),
        JsonShapes.redactedPost(brand, m, engine.redact(m.text()), advice.pii())), ts));
    Instant received = m.createdAt().orElse(Instant.ofEpochMilli(ts));
    if (advice.intents().contains(Intent.OUTAGE)) {
      Optional<String> topic = engine.outageTopic(m);
      if (topic.isPresent()) {
        ObjectNode o = JsonShapes.object();
        o.put("postId", m.id()).put("brand", brand).put("topic", topic.get())
            .put("conversationId", conversation);
        ctx.forward(new Record<>(brand + "|" + topic.get(), new Out(Wiring.BURST, o.toString()),
            received.toEpochMilli()));
      }
    }
    Instant deadline = engine.commitment(received, e.config().serviceLevel()).deadline()
        .toInstant();
    ObjectNode p = JsonShapes.object();
    p.put("postId", m.id()).put("brand", brand).put("receivedAt", received.toString())
        .put("deadline", deadline.toString())
        .put("serviceLevel", e.config().serviceLevel().toString());
    ctx.forward(new Record<>(conversation, new Out(Wiring.PENDING, p.toString()), ts));
  }
}
