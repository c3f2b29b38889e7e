package io.replyguard.examples;

import io.replyguard.kafka.ReplyguardTopology;
import io.replyguard.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Runs Replyguard on Kafka Streams against a broker: creates the topics when they are missing,
 * starts the topology (exactly-once) and, with {@code --demo}, sends a few posts, drafts, a sent
 * reply and a brand configuration and prints every output for 30 seconds.
 *
 * <pre>./replyguard kafka-example --bootstrap localhost:9092 --demo</pre>
 */
public final class KafkaExample {
  private KafkaExample() {}

  public static void main(String[] args) throws Exception {
    String bootstrap = "localhost:9092";
    boolean demo = false;
    int partitions = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bootstrap" -> bootstrap = args[++i];
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--demo" -> demo = true;
        default -> {
          System.err.println("usage: kafka-example [--bootstrap HOST:PORT] [--partitions N] [--demo]");
          System.exit(2);
        }
      }
    }
    Topics topics = Topics.defaults();
    createTopics(bootstrap, topics, partitions);
    Properties props = ReplyguardTopology.streamsConfig("replyguard-example", bootstrap);
    props.put("state.dir", Files.createTempDirectory("replyguard-example-").toString());
    ReplyguardTopology topology = ReplyguardTopology.builder().topics(topics).build();
    KafkaStreams streams = new KafkaStreams(topology.build(), props);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(Duration.ofSeconds(10))));
    streams.start();
    System.out.println("replyguard: running on " + bootstrap + "; inputs " + topics.inputs()
        + ", outputs " + topics.outputs());
    if (!demo) {
      Thread.currentThread().join();
    }
    sendDemo(bootstrap, topics);
    printOutputs(bootstrap, topics, Duration.ofSeconds(30));
    streams.close(Duration.ofSeconds(10));
  }

  static void createTopics(String bootstrap, Topics topics, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String t : topics.inputs()) {
        if (!existing.contains(t)) {
          missing.add(t.equals(topics.config())
              ? new NewTopic(t, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))
              : new NewTopic(t, partitions, (short) 1));
        }
      }
      for (String t : topics.outputs()) {
        if (!existing.contains(t)) {
          missing.add(new NewTopic(t, partitions, (short) 1));
        }
      }
      try {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }

  private static ProducerRecord<String, String> record(String topic, String key, String brand,
      String value) {
    RecordHeaders h = new RecordHeaders();
    h.add("replyguard-brand", brand.getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(topic, null, key, value, h);
  }

  static void sendDemo(String bootstrap, Topics topics) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    String now = Instant.now().toString();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
        new StringSerializer())) {
      producer.send(new ProducerRecord<>(topics.config(), "du-brand", "{\"formality\": \"DU\"}"));
      producer.send(record(topics.posts(), "conv-1", "telco", "{\"id\":\"p1\",\"platform\":"
          + "\"twitter\",\"visibility\":\"public\",\"text\":\"Ich will kündigen! Meine "
          + "Kundennummer ist 12345678.\",\"createdAt\":\"" + now + "\"}"));
      for (int i = 0; i < 6; i++) {
        producer.send(record(topics.posts(), "conv-outage-" + i, "telco", "{\"id\":\"o" + i
            + "\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Seit heute früh "
            + "kein Internet, Störung bei euch?\",\"createdAt\":\"" + now + "\"}"));
      }
      producer.send(record(topics.drafts(), "conv-1", "telco", "{\"id\":\"d1\",\"platform\":"
          + "\"twitter\",\"visibility\":\"public\",\"text\":\"Wir melden uns zeitnah!\"}"));
      producer.send(record(topics.drafts(), "conv-2", "du-brand", "{\"id\":\"d2\",\"platform\":"
          + "\"twitter\",\"visibility\":\"public\",\"text\":\"Können Sie uns eine DM schicken?\"}"));
      producer.send(record(topics.sentReplies(), "conv-1", "telco", "{\"id\":\"r1\",\"platform\":"
          + "\"twitter\",\"visibility\":\"public\",\"text\":\"Schreiben Sie uns bitte per "
          + "E-Mail an kuendigung@example.de.\"}"));
      producer.send(record(topics.posts(), "conv-3", "telco", "{\"broken json"));
    }
  }

  static void printOutputs(String bootstrap, Topics topics, Duration duration) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "replyguard-example-reader-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
        new StringDeserializer())) {
      c.subscribe(topics.outputs());
      long end = System.nanoTime() + duration.toNanos();
      while (System.nanoTime() < end) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
          System.out.println(r.topic() + " " + r.key() + " " + r.value());
        }
      }
    }
  }
}
