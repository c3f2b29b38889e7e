package io.replyguard.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.facebook.FacebookAdapter;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.twitter.TwitterAdapter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link TopologyTestDriver} around the Replyguard topology, with JSON helpers. */
final class Driver implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final AdapterRegistry ADAPTERS = AdapterRegistry.builder()
      .register(new TwitterAdapter()).register(new FacebookAdapter()).build();

  final Topics topics = Topics.defaults();
  final TopologyTestDriver driver;
  final TestInputTopic<String, String> posts;
  final TestInputTopic<String, String> drafts;
  final TestInputTopic<String, String> sent;
  final TestInputTopic<String, String> config;
  final Map<String, TestOutputTopic<String, String>> out = new java.util.HashMap<>();

  Driver(Instant wallClock) {
    this(wallClock, b -> b);
  }

  Driver(Instant wallClock, UnaryOperator<ReplyguardTopology.Builder> custom) {
    ReplyguardTopology t = custom.apply(ReplyguardTopology.builder().adapters(ADAPTERS)
        .inMemoryState(true).overdueCheckInterval(Duration.ofMinutes(1))).build();
    Properties p = ReplyguardTopology.streamsConfig("replyguard-test", "unused:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir")
        + "/replyguard-ttd-" + System.nanoTime());
    driver = new TopologyTestDriver(t.build(), p, wallClock);
    StringSerializer s = new StringSerializer();
    posts = driver.createInputTopic(topics.posts(), s, s);
    drafts = driver.createInputTopic(topics.drafts(), s, s);
    sent = driver.createInputTopic(topics.sentReplies(), s, s);
    config = driver.createInputTopic(topics.config(), s, s);
    StringDeserializer d = new StringDeserializer();
    for (String o : topics.outputs()) {
      out.put(o, driver.createOutputTopic(o, d, d));
    }
  }

  /** All records now on an output topic (consumed). */
  List<KeyValue<String, JsonNode>> read(String topic) {
    List<KeyValue<String, JsonNode>> list = new ArrayList<>();
    for (KeyValue<String, String> kv : out.get(topic).readKeyValuesToList()) {
      list.add(KeyValue.pair(kv.key, json(kv.value)));
    }
    return list;
  }

  static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The total of a Replyguard counter, 0 when it was never recorded. */
  double metric(String entity, String value) {
    double sum = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : driver.metrics().entrySet()) {
      MetricName n = e.getKey();
      if (n.group().equals("stream-replyguard-metrics") && n.name().equals(value + "-total")
          && entity.equals(n.tags().get("replyguard-id"))) {
        sum += ((Number) e.getValue().metricValue()).doubleValue();
      }
    }
    return sum;
  }

  /** A record value with the brand that goes into its header. */
  record Rec(String brand, String value) {
    Headers headers() {
      return new RecordHeaders().add("replyguard-brand", brand.getBytes(StandardCharsets.UTF_8));
    }
  }

  void pipe(TestInputTopic<String, String> topic, String key, Rec rec, Instant at) {
    topic.pipeInput(new TestRecord<>(key, rec.value(), rec.headers(), at));
  }

  void pipe(TestInputTopic<String, String> topic, String key, String value, Instant at) {
    topic.pipeInput(key, value, at);
  }

  /** The records on an output topic with headers (consumed). */
  List<TestRecord<String, String>> records(String topic) {
    return out.get(topic).readRecordsToList();
  }

  static String brandOf(TestRecord<String, String> r) {
    return new String(r.headers().lastHeader("replyguard-brand").value(), StandardCharsets.UTF_8);
  }

  /** An {@code advise} line. */
  static Rec post(String id, String brand, String text, String createdAt) {
    var o = JSON.createObjectNode();
    o.put("id", id).put("platform", "twitter").put("visibility", "public")
        .put("text", text).put("createdAt", createdAt);
    return new Rec(brand, o.toString());
  }

  /** A {@code check} line. */
  static Rec draft(String id, String brand, String text, String now) {
    var o = JSON.createObjectNode();
    o.put("id", id).put("platform", "twitter").put("visibility", "public")
        .put("text", text).put("now", now);
    return new Rec(brand, o.toString());
  }

  static Rec sentReply(String id, String brand, String text, String sentAt) {
    var o = JSON.createObjectNode();
    o.put("id", id).put("platform", "twitter").put("visibility", "public")
        .put("text", text).put("sentAt", sentAt);
    return new Rec(brand, o.toString());
  }

  @Override
  public void close() {
    driver.close();
  }
}
