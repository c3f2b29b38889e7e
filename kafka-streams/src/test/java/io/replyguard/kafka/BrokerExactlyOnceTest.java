package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Against a real single-node KRaft broker started in this JVM: 100,000 posts and drafts (plus
 * bad records), the streams instance runs in its own JVM and is killed with SIGKILL mid-way, a
 * new one takes over; every input has exactly one output (advice and redacted post per post,
 * verdict per draft, dead letter per bad record) and every brand's outage burst exactly one
 * broadcast, read with {@code read_committed}.
 */
class BrokerExactlyOnceTest {
  static final int INPUTS = Integer.getInteger("replyguard.it.inputs", 100_000);
  static final int BAD = 100;

  @Test
  void aKilledInstanceLosesAndDuplicatesNothing() throws Exception {
    Topics topics = Topics.defaults();
    Path state = Files.createTempDirectory("replyguard-streams-");
    long t0 = System.nanoTime();
    try (KRaftBroker broker = KRaftBroker.start()) {
      System.out.println("broker up after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      broker.createTopics(topics, 4);
      produce(broker, topics);
      System.out.println("produced after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      Map<String, Map<String, Integer>> seen = new HashMap<>();
      for (String t : topics.outputs()) {
        seen.put(t, new HashMap<>());
      }
      int expected = INPUTS + INPUTS * 3 / 5 + BAD; // verdicts + advice, redacted posts, dead letters
      long started = System.nanoTime();
      Process first = runner(broker, state, "first");
      System.out.println("first instance running after " + (System.nanoTime() - started) / 1_000_000 + " ms");
      try (KafkaConsumer<String, String> consumer = consumer(broker, topics)) {
        int total = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (total < expected / 3 && System.nanoTime() < deadline) {
          total += poll(consumer, seen, topics);
        }
        assertTrue(total >= expected / 3, "the first instance processed " + total);
        first.destroyForcibly().waitFor();
        int atKill = total;
        System.out.println("killed after " + total + " outputs, " + (System.nanoTime() - started) / 1_000_000 + " ms");
        Process second = runner(broker, state, "second");
        try {
          long quietSince = System.nanoTime();
          while (System.nanoTime() < deadline) {
            int n = poll(consumer, seen, topics);
            total += n;
            if (n > 0) {
              quietSince = System.nanoTime();
            } else if (total >= expected
                && System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(5)) {
              break;
            }
          }
          System.out.println("outputs: " + total + " (" + atKill + " before the kill), "
              + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
          second.destroyForcibly().waitFor();
        }
      }
      for (String t : List.of(topics.advice(), topics.redactedPosts(), topics.verdicts())) {
        Map<String, Integer> ids = seen.get(t);
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
          String id = (Workload.isPost(i) ? "p-" : "d-") + i;
          if (Workload.isPost(i) == t.equals(topics.verdicts())) {
            continue;
          }
          int n = ids.getOrDefault(id, 0);
          if (n == 0) {
            missing.add(id);
          } else if (n > 1) {
            twice.add(id);
          }
        }
        System.out.println(t + ": " + ids.size() + " ids, missing " + missing.size() + " "
            + missing.subList(0, Math.min(10, missing.size())) + ", more than once "
            + twice.size() + " " + twice.subList(0, Math.min(10, twice.size())));
      }
      System.out.println("broadcasts: " + seen.get(topics.broadcasts()));
      assertExactlyOnce(seen.get(topics.advice()), "p-", true);
      assertExactlyOnce(seen.get(topics.redactedPosts()), "p-", true);
      assertExactlyOnce(seen.get(topics.verdicts()), "d-", false);
      Map<String, Integer> dead = seen.get(topics.deadLetters());
      assertEquals(BAD, dead.size(), "dead letters");
      dead.forEach((k, n) -> assertEquals(1, n, k));
      Map<String, Integer> broadcasts = seen.get(topics.broadcasts());
      java.util.Set<String> burstBrands = new java.util.TreeSet<>();
      for (int i = 0; i < INPUTS; i++) {
        if (Workload.isOutage(i)) {
          burstBrands.add(Workload.brand(i)); // each has far more than 5 reports within 15 min
        }
      }
      assertEquals(burstBrands, new java.util.TreeSet<>(broadcasts.keySet()));
      broadcasts.forEach((brand, n) -> assertEquals(1, n, "broadcasts of " + brand));
    } finally {
      try (var files = Files.walk(state)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static void assertExactlyOnce(Map<String, Integer> ids, String prefix, boolean posts) {
    int expected = 0;
    for (int i = 0; i < INPUTS; i++) {
      if (Workload.isPost(i) == posts) {
        expected++;
        Integer n = ids.get(prefix + i);
        assertEquals(1, n == null ? 0 : n, prefix + i);
      }
    }
    assertEquals(expected, ids.size());
  }

  private static void produce(KRaftBroker broker, Topics topics) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    // inputs: one connection in order, leader acknowledgement (the broker has one replica)
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    // a busy machine may keep the in-process broker slow: wait rather than expire batches
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 900_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 900_000);
    java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
    org.apache.kafka.clients.producer.Callback check = (md, e) -> {
      if (e != null) {
        failure.compareAndSet(null, e);
      }
    };
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
        new StringSerializer())) {
      for (String t : topics.inputs()) {
        producer.partitionsFor(t); // waits for the new topics' metadata
      }
      producer.send(new ProducerRecord<>(topics.config(), "brand-1", "{\"formality\": \"DU\"}"), check);
      producer.send(new ProducerRecord<>(topics.config(), "brand-2", "{\"colour\": \"red\"}"), check);
      int bad = 0;
      for (int i = 0; i < INPUTS; i++) {
        String key = Workload.conversation(i);
        if (Workload.isPost(i)) {
          Driver.Rec r = Workload.post(i);
          producer.send(new ProducerRecord<>(topics.posts(), null, key, r.value(), r.headers()),
              check);
        } else {
          Driver.Rec r = Workload.draft(i);
          producer.send(new ProducerRecord<>(topics.drafts(), null, key, r.value(), r.headers()),
              check);
        }
        if (i % (INPUTS / BAD) == 0) {
          producer.send(new ProducerRecord<>(bad % 2 == 0 ? topics.posts() : topics.drafts(),
              "bad-" + bad, bad % 3 == 0 ? "{\"text\": \"broken" : "{\"platform\": \"icq\", "
                  + "\"visibility\": \"public\", \"text\": \"hi\"}"), check);
          bad++;
        }
        if (i % 10_000 == 9_999) {
          producer.flush(); // keeps the broker's backlog small on a busy machine
        }
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new AssertionError("producing the inputs failed", failure.get());
    }
  }

  private static Process runner(KRaftBroker broker, Path state, String name) throws Exception {
    File log = new File("target/streams-runner-" + name + ".log");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        StreamsRunner.class.getName(), broker.bootstrap(), "replyguard-it", state.toString(), "2",
        "replyguard-it-instance")
        .redirectErrorStream(true).redirectOutput(log).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log.toPath()).contains("RUNNING")) {
        return p;
      }
      if (!p.isAlive()) {
        throw new AssertionError("streams runner exited: " + Files.readString(log.toPath()));
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new AssertionError("streams runner did not reach RUNNING: " + log);
  }

  private static KafkaConsumer<String, String> consumer(KRaftBroker broker, Topics topics) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "replyguard-it-reader");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
        new StringDeserializer());
    c.subscribe(topics.outputs());
    return c;
  }

  /** Counts outputs by input id (advice, redacted, verdicts), key (dead letters) or brand. */
  private static int poll(KafkaConsumer<String, String> consumer,
      Map<String, Map<String, Integer>> seen, Topics topics) {
    int n = 0;
    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
      String id;
      if (r.topic().equals(topics.deadLetters())) {
        id = r.key();
      } else if (r.topic().equals(topics.broadcasts())) {
        id = Driver.json(r.value()).get("brand").asText();
      } else if (r.topic().equals(topics.overdue())) {
        continue;
      } else {
        JsonNode v = Driver.json(r.value());
        id = v.get("id").asText();
      }
      seen.get(r.topic()).merge(id, 1, Integer::sum);
      n++;
    }
    return n;
  }
}
