package io.replyguard.kafka;

import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs the Replyguard topology in its own JVM until it is killed: the broker test kills it with
 * SIGKILL mid-way and starts another. Arguments: bootstrap servers, application id, state
 * directory, stream threads, instance id (static group membership, so a restarted instance takes
 * over its predecessor's partitions at once). Prints {@code RUNNING} when it runs.
 */
public final class StreamsRunner {
  private StreamsRunner() {}

  static Properties properties(String bootstrap, String appId, String stateDir, int threads) {
    Properties p = ReplyguardTopology.streamsConfig(appId, bootstrap);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    // fewer, larger transactions: the single in-process broker is the slow part of a commit
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    return p;
  }

  public static void main(String[] args) throws Exception {
    Properties p = properties(args[0], args[1], args[2], Integer.parseInt(args[3]));
    if (args.length > 4) {
      p.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), args[4]);
    }
    ReplyguardTopology topology = ReplyguardTopology.builder().adapters(Driver.ADAPTERS).build();
    KafkaStreams streams = new KafkaStreams(topology.build(), p);
    CountDownLatch running = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
      System.out.println("STATE " + before + " -> " + now);
    });
    streams.setUncaughtExceptionHandler(e -> {
      e.printStackTrace();
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
          .StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.start();
    running.await();
    System.out.println("RUNNING");
    while (true) {
      Thread.sleep(5000);
      System.out.println("METRICS " + StreamsRunnerMetrics.summary(streams));
    }
  }
}
