package io.replyguard.kafka;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/** Prints a few thread-level Kafka Streams metrics (diagnostics for the broker runs). */
final class StreamsRunnerMetrics {
  private StreamsRunnerMetrics() {}

  static String summary(KafkaStreams streams) {
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
      MetricName n = e.getKey();
      if (n.group().equals("stream-thread-metrics") && (n.name().equals("process-rate")
          || n.name().equals("commit-latency-avg") || n.name().equals("poll-latency-avg")
          || n.name().equals("process-latency-avg") || n.name().equals("commit-rate")
          || n.name().equals("poll-ratio") || n.name().equals("process-ratio")
          || n.name().equals("commit-ratio") || n.name().equals("blocked-time-ns-total"))) {
        Object v = e.getValue().metricValue();
        if (v instanceof Number num) {
          out.merge(n.name(), num.doubleValue(), Double::sum);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    out.forEach((k, v) -> b.append(k).append('=').append(String.format("%.1f", v)).append(' '));
    return b.toString();
  }
}
