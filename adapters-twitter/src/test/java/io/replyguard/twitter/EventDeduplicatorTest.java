package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Cross-payload de-duplication of webhook deliveries. */
class EventDeduplicatorTest {

  @Test
  void aRedeliveredPayloadYieldsNothingNew() {
    EventDeduplicator dedup = EventDeduplicator.create(1000, Duration.ofHours(1));
    List<Message> first = dedup.filter(TwitterParseTest.ADAPTER.parse(TwitterParseTest.AAA_DM));
    assertEquals(2, first.size());
    assertEquals(List.of(), dedup.filter(TwitterParseTest.ADAPTER.parse(TwitterParseTest.AAA_DM)));
    assertEquals(3, dedup.filter(TwitterParseTest.ADAPTER.parse(TwitterParseTest.AAA_V1)).size());
  }

  @Test
  void idsAreForgottenAfterTheRetention() {
    AtomicLong nanos = new AtomicLong();
    EventDeduplicator dedup = EventDeduplicator.create(10, Duration.ofMinutes(5), nanos::get);
    assertTrue(dedup.firstSeen("1"));
    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    assertFalse(dedup.firstSeen("1"));
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    assertTrue(dedup.firstSeen("1"), "expired after 5 minutes");
  }

  @Test
  void memoryIsBoundedBySize() {
    EventDeduplicator dedup = EventDeduplicator.create(100, Duration.ofHours(1));
    for (int i = 0; i < 10_000; i++) {
      assertTrue(dedup.firstSeen("id" + i));
    }
    int forgotten = 0;
    for (int i = 0; i < 10_000; i++) {
      if (dedup.firstSeen("id" + i)) {
        forgotten++;
      }
    }
    assertTrue(forgotten >= 9_800, "at most ~100 of 10,000 ids remembered: " + forgotten);
  }

  @Test
  void concurrentDeliveriesAreAcceptedExactlyOnce() throws Exception {
    EventDeduplicator dedup = EventDeduplicator.create(100_000, Duration.ofHours(1));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          int accepted = 0;
          for (int i = 0; i < 5_000; i++) {
            if (dedup.firstSeen("event-" + i)) {
              accepted++;
            }
          }
          return accepted;
        }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      assertEquals(5_000, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void boundsAreValidated() {
    assertEquals("maximum size must be positive: 0", assertThrows(IllegalArgumentException.class,
        () -> EventDeduplicator.create(0, Duration.ofMinutes(1))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EventDeduplicator.create(1, Duration.ZERO));
    assertEquals("eventId", assertThrows(NullPointerException.class,
        () -> EventDeduplicator.create(1, Duration.ofMinutes(1)).firstSeen(null)).getMessage());
    assertEquals("EventDeduplicator[maximumSize=5, retention=PT1M]",
        EventDeduplicator.create(5, Duration.ofMinutes(1)).toString());
  }
}
