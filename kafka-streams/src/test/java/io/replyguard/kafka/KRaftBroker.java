package io.replyguard.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka (KRaft: broker and controller in one server) started in this JVM from
 * the {@code kafka_2.13} artifact, on free loopback ports, with its logs in a temporary directory.
 * Replication factors of the internal topics are 1. For tests and the broker benchmark.
 */
final class KRaftBroker implements AutoCloseable {
  private final Path dir;
  private final KafkaRaftServer server;
  private final String bootstrap;

  private KRaftBroker(Path dir, KafkaRaftServer server, String bootstrap) {
    this.dir = dir;
    this.server = server;
    this.bootstrap = bootstrap;
  }

  static KRaftBroker start() throws Exception {
    Path dir = Files.createTempDirectory("replyguard-kraft-");
    int brokerPort = freePort();
    int controllerPort = freePort();
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:"
        + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", dir.toString());
    p.put("num.partitions", "1");
    p.put("auto.create.topics.enable", "false");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("group.min.session.timeout.ms", "1000");
    p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "4");
    KafkaConfig config = new KafkaConfig(p, false);
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(dir.toString()))
        .setMetadataLogDirectory(dir.toString())
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
        .setControllerListenerName("CONTROLLER")
        .run();
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    KRaftBroker broker = new KRaftBroker(dir, server, "127.0.0.1:" + brokerPort);
    try (Admin admin = broker.admin()) {
      admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
    }
    return broker;
  }

  String bootstrap() {
    return bootstrap;
  }

  Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }

  /** Creates the topology's topics: inputs and outputs with the given partitions, config compacted. */
  void createTopics(Topics topics, int partitions) throws Exception {
    List<NewTopic> list = new ArrayList<>();
    for (String t : topics.inputs()) {
      NewTopic n = new NewTopic(t, t.equals(topics.config()) ? 1 : partitions, (short) 1);
      if (t.equals(topics.config())) {
        n.configs(Map.of("cleanup.policy", "compact"));
      }
      list.add(n);
    }
    for (String t : topics.outputs()) {
      // the broker stamps outputs on append: end-to-end latency = output append - input create
      list.add(new NewTopic(t, partitions, (short) 1)
          .configs(Map.of("message.timestamp.type", "LogAppendTime")));
    }
    try (Admin admin = admin()) {
      admin.createTopics(list).all().get(60, TimeUnit.SECONDS);
      // wait until every partition has its leader
      List<String> names = list.stream().map(NewTopic::name).toList();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        boolean ready = admin.describeTopics(names).allTopicNames().get(60, TimeUnit.SECONDS)
            .values().stream().flatMap(d -> d.partitions().stream())
            .allMatch(pi -> pi.leader() != null && !pi.leader().isEmpty());
        if (ready) {
          return;
        }
        Thread.sleep(200);
      }
      throw new IllegalStateException("partitions without a leader after 60 s");
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
    server.awaitShutdown();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
