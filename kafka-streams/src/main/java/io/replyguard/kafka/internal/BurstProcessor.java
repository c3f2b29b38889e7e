package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.config.BurstSettings;
import io.replyguard.template.RenderContext;
import io.replyguard.template.TemplateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Outage reports of one brand and topic (records keyed {@code brand|topic} after a repartition,
 * so every report of the key meets in one task whichever partition or instance received it).
 * Reports are kept in a window store at their event time. When some window of the brand's
 * {@code burst.window} that contains the new report holds {@code burst.threshold} reports and no
 * burst of the key is open, one BROADCAST suggestion is emitted and the burst opens; it stays open
 * while reports keep coming within a window of the last one, so a burst gives exactly one
 * suggestion. Nothing is emitted below the threshold. A report older than the stream time minus
 * the grace period is late: it is counted in the metrics ({@code event/late-report}) and ignored.
 */
public final class BurstProcessor implements Processor<String, String, String, Out> {
  private static final Map<String, String> LABEL_DE = Map.of("internet", "Internet", "mobile",
      "Mobilfunk", "landline", "Festnetz", "tv", "TV", "app", "App und Website", "general",
      "mehrerer Dienste");
  private static final Map<String, String> LABEL_EN = Map.of("internet", "internet", "mobile",
      "mobile", "landline", "landline", "tv", "TV", "app", "app and website", "general",
      "several services");

  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private ReadOnlyKeyValueStore<String, String> configs;
  private WindowStore<String, String> reports;
  private KeyValueStore<String, String> open;
  private Metrics metrics;

  /** @param wiring the shared wiring */
  public BurstProcessor(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.configs = context.getStateStore(Wiring.CONFIG_STORE);
    this.reports = context.getStateStore(Wiring.BURST_REPORTS);
    this.open = context.getStateStore(Wiring.BURST_STATE);
    this.metrics = new Metrics(context.metrics());
    context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, this::closeBursts);
  }

  @Override
  public void process(Record<String, String> record) {
    JsonNode n = JsonShapes.read(record.value());
    String brand = n.get("brand").asText();
    String topic = n.get("topic").asText();
    long ts = record.timestamp();
    if (ts < ctx.currentStreamTimeMs() - w.burstGrace().toMillis()) {
      metrics.event("late-report");
      return;
    }
    Engines.Entry e = w.engines().forBrand(brand, configs, metrics);
    BurstSettings burst = e.config().burst();
    long window = burst.window().toMillis();
    reports.put(record.key(), n.get("postId").asText(), ts);
    String state = open.get(record.key());
    if (state != null) {
      long until = Long.parseLong(JsonShapes.field(state, "until"));
      if (ts < until) {
        ObjectNode o = (ObjectNode) JsonShapes.read(state);
        o.put("until", Math.max(until, ts + window));
        o.put("reports", o.get("reports").asLong() + 1);
        open.put(record.key(), o.toString());
        return;
      }
    }
    // timestamps of the reports in windows of length `window` that contain ts, in time order
    List<Long> times = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (WindowStoreIterator<String> it = reports.fetch(record.key(),
        Instant.ofEpochMilli(Math.max(0, ts - window + 1)), Instant.ofEpochMilli(ts + window - 1))) {
      while (it.hasNext()) {
        KeyValue<Long, String> kv = it.next();
        times.add(kv.key);
        ids.add(kv.value);
      }
    }
    int first = 0;
    for (int j = 0; j < times.size(); j++) {
      if (times.get(j) < ts) {
        continue;
      }
      while (times.get(first) <= times.get(j) - window) {
        first++;
      }
      if (j - first + 1 >= burst.threshold()) {
        emit(record.key(), brand, topic, e, times.subList(first, j + 1), ids.subList(first, j + 1),
            window, record.timestamp());
        return;
      }
    }
  }

  private void emit(String key, String brand, String topic, Engines.Entry e, List<Long> times,
      List<String> ids, long window, long ts) {
    long last = times.get(times.size() - 1);
    ObjectNode state = JsonShapes.object();
    state.put("until", last + window).put("reports", times.size());
    open.put(key, state.toString());
    ObjectNode o = JsonShapes.object();
    o.put("brand", brand).put("topic", topic).put("channel", "BROADCAST")
        .put("reports", times.size())
        .put("firstReportAt", Instant.ofEpochMilli(times.get(0)).toString())
        .put("detectedAt", Instant.ofEpochMilli(last).toString())
        .put("window", Duration.ofMillis(window).toString());
    var postIds = o.putArray("postIds");
    ids.forEach(postIds::add);
    Replyguard engine = e.engine();
    Locale locale = e.config().locale();
    String area = (locale.getLanguage().equals("de") ? LABEL_DE : LABEL_EN)
        .getOrDefault(topic, topic);
    try {
      o.put("suggestion", engine.render("outage-status", RenderContext.of(locale,
          Instant.ofEpochMilli(last), Map.of("area", area))));
    } catch (TemplateException ex) {
      // the brand's catalog has no usable outage-status template: the event carries no text
      o.put("template", "outage-status");
    }
    metrics.event("broadcast");
    ctx.forward(new Record<>(brand, new Out(w.broadcasts(), o.toString()), ts));
  }

  /** Forgets bursts that ended longer than the grace period ago. */
  private void closeBursts(long streamTime) {
    List<String> closed = new ArrayList<>();
    try (KeyValueIterator<String, String> it = open.all()) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        if (Long.parseLong(JsonShapes.field(kv.value, "until"))
            < streamTime - w.burstGrace().toMillis()) {
          closed.add(kv.key);
        }
      }
    }
    closed.forEach(open::delete);
  }
}
