package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrokerSmokeTest {
  @Test
  void starts() throws Exception {
    try (KRaftBroker b = KRaftBroker.start()) {
      b.createTopics(Topics.defaults(), 2);
      try (var a = b.admin()) {
        assertTrue(a.listTopics().names().get().contains("replyguard-posts"));
      }
    }
  }
}
