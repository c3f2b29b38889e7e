package io.replyguard.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * End-to-end benchmark against a real single-node KRaft broker started in this JVM: inbound posts
 * through the whole topology (advice, redaction, first-response tracking, outage bursts) with
 * {@code exactly_once_v2} and the default commit interval, read back with {@code read_committed}.
 *
 * <ul>
 *   <li>Throughput, for 1 and 2 stream threads: the posts are produced first, then an instance
 *       starts; posts/s = posts / (append time of the last advice - append time of the first).</li>
 *   <li>Latency: with the instance running, posts are produced at a fixed rate; per post the
 *       advice's append time on the broker minus the moment the post was sent (one clock: both
 *       run in this JVM), p50 and p99.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -B -pl kafka-streams -am -Pbroker-benchmark -DskipTests test}
 * ({@code -Dbench.posts=N}, {@code -Dbench.rate=R}, {@code -Dbench.seconds=S},
 * {@code -Dbench.order=2,1}, {@code -Dbench.warmup=false}). A discarded one-thread round runs
 * first, so that neither measured round pays the warm-up.
 */
public final class BrokerBenchmark {
  private BrokerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int posts = Integer.getInteger("bench.posts", 50_000);
    int rate = Integer.getInteger("bench.rate", 1_000);
    int seconds = Integer.getInteger("bench.seconds", 15);
    System.out.printf(Locale.ROOT, "cores: %d, posts per run: %d%n",
        Runtime.getRuntime().availableProcessors(), posts);
    try (KRaftBroker broker = KRaftBroker.start()) {
      // a discarded warm-up round first: JIT, engines built per brand, the broker's first segments
      // (-Dbench.warmup=false skips it); -Dbench.order=2,1 runs the two-thread round first
      if (Boolean.parseBoolean(System.getProperty("bench.warmup", "true"))) {
        System.out.printf(Locale.ROOT, "warm-up round (discarded): %.0f posts/s%n",
            throughput(broker, 1, posts, "warmup"));
      }
      double one = 0;
      double two = 0;
      for (String t : System.getProperty("bench.order", "1,2").split(",")) {
        if (t.trim().equals("1")) {
          one = throughput(broker, 1, posts, "t1");
        } else {
          two = throughput(broker, 2, posts, "t2");
        }
      }
      System.out.printf(Locale.ROOT, "RESULT throughput 1 thread: %.0f posts/s; 2 threads: %.0f "
          + "posts/s (%.2fx)%n", one, two, two / one);
      latency(broker, rate, seconds);
    }
  }

  private static Topics topics(String run) {
    return Topics.prefixed("bench-" + run + "-");
  }

  private static KafkaStreams start(KRaftBroker broker, Topics topics, int threads)
      throws Exception {
    Path state = Files.createTempDirectory("replyguard-bench-");
    Properties p = StreamsRunner.properties(broker.bootstrap(), "bench-" + UUID.randomUUID(),
        state.toString(), threads);
    p.remove(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG); // the default: 100 ms with exactly-once
    KafkaStreams streams = new KafkaStreams(ReplyguardTopology.builder().topics(topics)
        .adapters(Driver.ADAPTERS).build().build(), p);
    streams.start();
    return streams;
  }

  private static KafkaProducer<String, String> producer(KRaftBroker broker) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // as in the broker test: the idempotent producer stalled on the in-process broker under load
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(KRaftBroker broker, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
        new StringDeserializer());
    c.subscribe(List.of(topic));
    return c;
  }

  /** Send time per post id (latency phase). */
  private static final java.util.Map<String, Long> SENT = new java.util.concurrent.ConcurrentHashMap<>();

  private static void produce(KafkaProducer<String, String> producer, Topics topics, int from,
      int to) {
    for (int i = from; i < to; i++) {
      int n = i * 5 / 3; // the workload's post indices (3 of every 5 inputs are posts)
      int index = n - n % 5 + Math.min(n % 5, 2);
      Driver.Rec r = Workload.post(index);
      SENT.put("p-" + index, System.currentTimeMillis());
      producer.send(new ProducerRecord<>(topics.posts(), null, Workload.conversation(i),
          r.value(), r.headers()));
    }
  }

  private static double throughput(KRaftBroker broker, int threads, int posts, String run)
      throws Exception {
    Topics topics = topics(run);
    broker.createTopics(topics, 4);
    try (KafkaProducer<String, String> producer = producer(broker)) {
      produce(producer, topics, 0, posts);
      producer.flush();
    }
    long started = System.nanoTime();
    long first = Long.MAX_VALUE;
    long last = 0;
    int seen = 0;
    try (KafkaStreams streams = start(broker, topics, threads);
        KafkaConsumer<String, String> consumer = consumer(broker, topics.advice())) {
      long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
      while (seen < posts && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          first = Math.min(first, r.timestamp());
          last = Math.max(last, r.timestamp());
          seen++;
        }
      }
      streams.close(Duration.ofSeconds(30));
    }
    double wall = (System.nanoTime() - started) / 1e9;
    double rate = seen * 1000.0 / Math.max(1, last - first);
    System.out.printf(Locale.ROOT, "threads=%d: %d advices in %.1f s wall (start included), "
        + "%.1f s first to last output: %.0f posts/s%n", threads, seen, wall,
        (last - first) / 1000.0, rate);
    return rate;
  }

  private static void latency(KRaftBroker broker, int rate, int seconds) throws Exception {
    Topics topics = topics("latency");
    broker.createTopics(topics, 4);
    List<Long> latencies = new ArrayList<>();
    try (KafkaStreams streams = start(broker, topics, 1);
        KafkaProducer<String, String> producer = producer(broker);
        KafkaConsumer<String, String> consumer = consumer(broker, topics.advice())) {
      while (streams.state() != KafkaStreams.State.RUNNING) {
        Thread.sleep(100);
      }
      // warm-up: engines built, tasks assigned
      produce(producer, topics, 0, rate);
      producer.flush();
      drain(consumer, rate, null);
      int total = rate * seconds;
      long t0 = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = t0 + (long) (i * 1e9 / rate);
        while (System.nanoTime() < due) {
          Thread.onSpinWait();
        }
        produce(producer, topics, rate + i, rate + i + 1);
        if (i % 100 == 0) {
          consumer.poll(Duration.ZERO).forEach(r -> record(latencies, r));
        }
      }
      producer.flush();
      drain(consumer, total - latencies.size(), latencies);
      streams.close(Duration.ofSeconds(30));
    }
    Collections.sort(latencies);
    System.out.printf(Locale.ROOT, "RESULT latency at %d posts/s for %d s (1 thread): p50 %d ms, "
        + "p99 %d ms, max %d ms (%d posts)%n", rate, seconds, pct(latencies, 50),
        pct(latencies, 99), latencies.get(latencies.size() - 1), latencies.size());
  }

  private static void record(List<Long> latencies, ConsumerRecord<String, String> r) {
    // the advice's append time (LogAppendTime) minus the moment the post was sent
    Long sent = SENT.get(Driver.json(r.value()).get("id").asText());
    if (sent != null) {
      latencies.add(r.timestamp() - sent);
    }
  }

  private static void drain(KafkaConsumer<String, String> consumer, int n, List<Long> into) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    int seen = 0;
    while (seen < n && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
        seen++;
        if (into != null) {
          record(into, r);
        }
      }
    }
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
