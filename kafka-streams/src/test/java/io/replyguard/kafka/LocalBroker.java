package io.replyguard.kafka;

/**
 * Starts the in-process single-node KRaft broker of the tests and prints its bootstrap address,
 * for trying {@code ./replyguard kafka-example} without an installed Kafka. Runs until killed.
 */
public final class LocalBroker {
  private LocalBroker() {}

  public static void main(String[] args) throws Exception {
    KRaftBroker broker = KRaftBroker.start();
    System.out.println("BOOTSTRAP " + broker.bootstrap());
    Thread.currentThread().join();
  }
}
