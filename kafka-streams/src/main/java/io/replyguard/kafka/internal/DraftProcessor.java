package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Drafts and sent replies of one brand (records keyed by brand). Sent replies are kept per brand
 * in the {@code replyguard-sent-replies} store as redacted text, key {@code brand NUL hash}, and
 * fed to the brand's engine, whose {@code boilerplate.repeat} rule then flags drafts repeating
 * them, whichever conversation, partition or instance they came from. An engine is hydrated from
 * the store when it is built (task start, configuration change). Entries older than the brand's
 * {@code boilerplate.retention} are purged on stream time.
 */
public final class DraftProcessor implements Processor<String, String, String, Out> {
  private static final char SEP = '\u0000';

  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private ReadOnlyKeyValueStore<String, String> configs;
  private KeyValueStore<String, String> sent;
  private Metrics metrics;
  private Engines engines;
  private final java.util.Map<String, Engines.Entry> hydrated = new java.util.HashMap<>();

  /** @param wiring the shared wiring */
  public DraftProcessor(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.configs = context.getStateStore(Wiring.CONFIG_STORE);
    this.sent = context.getStateStore(Wiring.SENT_REPLIES);
    this.metrics = new Metrics(context.metrics());
    this.engines = w.brandEngines();
    context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::purge);
  }

  private String brandOf(String storeKey) {
    return storeKey.substring(0, storeKey.indexOf(SEP));
  }

  /** The brand's engine, fed with the brand's stored sent replies when it is new. */
  private Engines.Entry engine(String brand) {
    Engines.Entry e = engines.forBrand(brand, configs, metrics);
    if (hydrated.get(brand) != e) {
      long oldest = ctx.currentStreamTimeMs() - e.config().boilerplate().retention().toMillis();
      try (KeyValueIterator<String, String> it = sent.prefixScan(brand + SEP,
          new StringSerializer())) {
        while (it.hasNext()) {
          KeyValue<String, String> kv = it.next();
          JsonNode n = JsonShapes.read(kv.value);
          if (n.get("sentAt").asLong() >= oldest) {
            e.engine().recordSent(sentDraft(n));
          }
        }
      }
      hydrated.put(brand, e);
    }
    return e;
  }

  private static Draft sentDraft(JsonNode n) {
    return Draft.of(n.get("text").asText(), Platform.of(n.get("platform").asText()),
        "private".equals(n.get("visibility").asText()) ? Visibility.PRIVATE : Visibility.PUBLIC);
  }

  @Override
  public void process(Record<String, String> record) {
    String brand = record.key();
    JsonNode n = JsonShapes.read(record.value());
    if ("sent".equals(n.get("kind").asText())) {
      String text = n.get("text").asText();
      String key = brand + SEP
          + UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
      sent.put(key, record.value());
      engine(brand).engine().recordSent(sentDraft(n));
      return;
    }
    JsonNode keyNode = n.get("key");
    String key = keyNode == null || keyNode.isNull() ? null : keyNode.asText();
    Engines.Entry e = engine(brand);
    String line = n.get("record").asText();
    CheckResult result;
    try {
      result = e.engine().check(JsonShapes.draft(e.lines(), line));
    } catch (BadRecord | IllegalStateException ex) {
      JsonNode src = n.get("source");
      // a brand's configuration may differ from the one the draft was validated with
      BadRecord bad = ex instanceof BadRecord b ? b : new BadRecord("/platform",
          "platform.unsupported", "no adapter installed for the draft's platform; installed: "
              + e.engine().adapters().platforms());
      metrics.error(bad.rule());
      ctx.forward(new Record<>(key, new Out(w.deadLetters(), JsonShapes.deadLetter(
          src == null ? "" : src.get("topic").asText(),
          src == null ? -1 : src.get("partition").asInt(),
          src == null ? -1 : src.get("offset").asLong(), bad)), record.timestamp()));
      return;
    }
    metrics.verdict(result.verdict().name());
    ctx.forward(new Record<>(key, new Out(w.verdicts(), JsonShapes.verdict(JsonShapes.id(line),
        result)), record.timestamp(), InboundProcessor.brandHeader(brand)));
  }

  private void purge(long streamTime) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, String> it = sent.all()) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        Engines.Entry e = engines.forBrand(brandOf(kv.key), configs, metrics);
        long oldest = streamTime - e.config().boilerplate().retention().toMillis();
        if (JsonShapes.read(kv.value).get("sentAt").asLong() < oldest) {
          expired.add(kv.key);
        }
      }
    }
    for (String k : expired) {
      sent.delete(k);
    }
  }
}
