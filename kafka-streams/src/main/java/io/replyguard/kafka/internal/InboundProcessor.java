package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Inbound posts: advice and the redacted post (keyed by conversation: for an {@code advise} line
 * the record key, else the message's conversation id, else its id; for a raw payload each
 * message's conversation id, else the record key, else the message id), an outage report keyed by brand and topic for the burst
 * counter, and the post's first-response deadline. The brand is the header
 * {@code replyguard-brand} (else the default brand) and is set on the outputs too. A record with
 * the header {@code replyguard-platform} is a raw platform payload parsed by that platform's
 * adapter; others are {@code advise} lines read by core's codec. Bad records go to the
 * dead-letter topic.
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
      String brand = brand(record, w.defaultBrand());
      Header platform = record.headers().lastHeader(PLATFORM_HEADER);
      if (platform != null) {
        for (Message m : raw(brand, platform, record.value())) {
          // a payload may hold several conversations: each message is keyed by its own
          handle(brand, m, JsonNodeFactory.instance.textNode(m.id()),
              m.conversationId().orElse(record.key() != null ? record.key() : m.id()), record);
        }
      } else {
        Engines.Entry e = w.engines().forBrand(brand, configs, metrics);
        Message m = JsonShapes.post(e.lines(), record.value());
        handle(brand, m, JsonShapes.id(record.value()), record.key() != null ? record.key()
            : m.conversationId().orElse(m.id()), record);
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

  /** The brand of a record: its {@code replyguard-brand} header, or the default. */
  static String brand(Record<String, String> record, String defaultBrand) {
    Header h = record.headers().lastHeader(BRAND_HEADER);
    if (h == null || h.value() == null || h.value().length == 0) {
      return defaultBrand;
    }
    return new String(h.value(), StandardCharsets.UTF_8);
  }

  /** Output headers: the brand. */
  static Headers brandHeader(String brand) {
    return new RecordHeaders().add(BRAND_HEADER, brand.getBytes(StandardCharsets.UTF_8));
  }

  private void handle(String brand, Message m, JsonNode id, String conversation,
      Record<String, String> record) {
    Engines.Entry e = w.engines().forBrand(brand, configs, metrics);
    Replyguard engine = e.engine();
    Advice advice = engine.advise(m);
    long ts = record.timestamp();
    metrics.channel(advice.channel().name());
    ctx.forward(new Record<>(conversation,
        new Out(w.advice(), JsonShapes.advice(id, advice)), ts, brandHeader(brand)));
    ctx.forward(new Record<>(conversation, new Out(w.redacted(),
        JsonShapes.redactedPost(id, m, engine.redact(m.text()), advice.pii())), ts,
        brandHeader(brand)));
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
