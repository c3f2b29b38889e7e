package io.replyguard.kafka.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * Replyguard's counters as Kafka Streams metrics (reported through the application's metric
 * reporters, JMX by default): group {@code stream-replyguard-metrics}, tag {@code replyguard-id}
 * = {@code verdict}, {@code channel}, {@code error}, {@code event}; metric
 * {@code <value>-total} and {@code <value>-rate}, e.g. {@code block-total} with
 * {@code replyguard-id=verdict}. One instance per processor (stream threads never share it).
 */
public final class Metrics {
  static final String SCOPE = "replyguard";
  private final StreamsMetrics metrics;
  private final Map<String, Sensor> sensors = new HashMap<>();

  /** @param metrics the processor context's metrics, not null */
  public Metrics(StreamsMetrics metrics) {
    this.metrics = metrics;
  }

  private void count(String entity, String value) {
    String name = entity + ":" + value;
    Sensor s = sensors.get(name);
    if (s == null) {
      s = metrics.addRateTotalSensor(SCOPE, entity,
          value.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-'),
          Sensor.RecordingLevel.INFO);
      sensors.put(name, s);
    }
    s.record();
  }

  /** Counts a verdict. @param verdict e.g. {@code BLOCK} */
  public void verdict(String verdict) {
    count("verdict", verdict);
  }

  /** Counts an advised channel. @param channel e.g. {@code PRIVATE_MESSAGE} */
  public void channel(String channel) {
    count("channel", channel);
  }

  /** Counts an error by its rule. @param rule e.g. {@code json.malformed} */
  public void error(String rule) {
    count("error", rule);
  }

  /** Counts an event: {@code broadcast}, {@code overdue}, {@code closed}, {@code late-report}. */
  public void event(String event) {
    count("event", event);
  }
}
