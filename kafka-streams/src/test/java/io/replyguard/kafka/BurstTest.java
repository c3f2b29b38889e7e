package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * Outage bursts: counted per brand and topic after a repartition (each post below comes from its
 * own conversation, so on a real cluster from different partitions), one BROADCAST per burst.
 * Default burst settings: 5 reports within 15 minutes.
 */
class BurstTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final String[] DE = {
      "Seit heute früh kein Internet, Störung bei euch?",
      "Internet geht nicht, DSL komplett ausgefallen!",
      "Wieder kein Internet. Großstörung?",
      "Störung im Internet? Bei mir geht seit 10 Uhr nichts.",
      "Internet ist ausgefallen, Router blinkt rot."};
  static final String[] EN = {
      "Is there an outage? My broadband is down.",
      "Internet down since this morning, outage in Berlin?",
      "No internet at all, is your network down?",
      "Broadband outage again?! Nothing works.",
      "Internet outage? Router shows no connection."};

  private static void report(Driver d, String brand, int i, String text, Instant at) {
    d.pipe(d.posts, "conv-" + brand + "-" + i, Driver.post("p-" + brand + "-" + i, brand, text,
        at.toString()), at);
  }

  @Test
  void manyReportsFromManyConversationsGiveExactlyOneBroadcast() {
    try (Driver d = new Driver(T0)) {
      for (int i = 0; i < 12; i++) {
        String text = (i % 2 == 0 ? DE : EN)[i % 5];
        report(d, "acme", i, text, T0.plusSeconds(30L * i));
      }
      List<KeyValue<String, JsonNode>> b = d.read(d.topics.broadcasts());
      assertEquals(1, b.size(), b.toString());
      JsonNode e = b.get(0).value;
      assertEquals("acme", b.get(0).key);
      assertEquals("BROADCAST", e.get("channel").asText());
      assertEquals("internet", e.get("topic").asText());
      assertEquals(5, e.get("reports").asInt());
      assertEquals(5, e.get("postIds").size());
      assertTrue(e.get("suggestion").asText().contains("Störung"), e.toString());
      assertEquals(1.0, d.metric("event", "broadcast"));
      // no single advice became a broadcast: the engine's own burst memory is off
      for (KeyValue<String, JsonNode> a : d.read(d.topics.advice())) {
        assertFalse(a.value.get("channel").asText().equals("BROADCAST"), a.value.toString());
      }
    }
  }

  @Test
  void brandsAndTopicsAreCountedApart() {
    try (Driver d = new Driver(T0)) {
      for (int i = 0; i < 4; i++) {
        report(d, "acme", i, DE[i], T0.plusSeconds(i));
        report(d, "globex", i, EN[i], T0.plusSeconds(i));
        report(d, "acme", 10 + i, "Kein Mobilfunk, Handynetz gestört, Störung?", T0.plusSeconds(i));
      }
      assertTrue(d.read(d.topics.broadcasts()).isEmpty(), "4 per brand and topic is no burst");
      report(d, "globex", 4, EN[4], T0.plusSeconds(10));
      List<KeyValue<String, JsonNode>> b = d.read(d.topics.broadcasts());
      assertEquals(1, b.size());
      assertEquals("globex", b.get(0).key);
    }
  }

  @Test
  void aWindowClosesBelowTheThresholdAndALaterBurstGetsItsOwnBroadcast() {
    try (Driver d = new Driver(T0)) {
      for (int i = 0; i < 4; i++) {
        report(d, "acme", i, DE[i], T0.plus(Duration.ofMinutes(i)));
      }
      // the fifth report comes after the first four's window closed: still no burst
      report(d, "acme", 4, DE[4], T0.plus(Duration.ofMinutes(20)));
      assertTrue(d.read(d.topics.broadcasts()).isEmpty());
      // four more within 15 minutes of the fifth: a burst
      for (int i = 5; i < 9; i++) {
        report(d, "acme", i, DE[i % 5], T0.plus(Duration.ofMinutes(16 + i)));
      }
      assertEquals(1, d.read(d.topics.broadcasts()).size());
      // the burst goes on: no second broadcast
      for (int i = 9; i < 20; i++) {
        report(d, "acme", i, EN[i % 5], T0.plus(Duration.ofMinutes(16 + i)));
      }
      assertTrue(d.read(d.topics.broadcasts()).isEmpty());
      // quiet for longer than the window, then a new burst: one new broadcast
      Instant later = T0.plus(Duration.ofHours(1));
      for (int i = 20; i < 25; i++) {
        report(d, "acme", i, DE[i % 5], later.plusSeconds(i));
      }
      assertEquals(1, d.read(d.topics.broadcasts()).size());
    }
  }

  @Test
  void reportsArrivingOutOfOrderWithinTheGraceCount() {
    try (Driver d = new Driver(T0)) {
      report(d, "acme", 0, DE[0], T0.plus(Duration.ofMinutes(4)));
      report(d, "acme", 1, DE[1], T0.plus(Duration.ofMinutes(1)));
      report(d, "acme", 2, DE[2], T0.plus(Duration.ofMinutes(3)));
      report(d, "acme", 3, DE[3], T0.plus(Duration.ofMinutes(2)));
      assertTrue(d.read(d.topics.broadcasts()).isEmpty());
      report(d, "acme", 4, DE[4], T0);
      List<KeyValue<String, JsonNode>> b = d.read(d.topics.broadcasts());
      assertEquals(1, b.size());
      assertEquals(T0.toString(), b.get(0).value.get("firstReportAt").asText());
    }
  }

  @Test
  void lateReportsAreNotCounted() {
    try (Driver d = new Driver(T0)) {
      report(d, "acme", 0, DE[0], T0.plus(Duration.ofHours(1))); // stream time moves on
      for (int i = 1; i < 8; i++) { // an hour old: beyond the 5-minute grace
        report(d, "acme", i, DE[i % 5], T0.plusSeconds(i));
      }
      assertTrue(d.read(d.topics.broadcasts()).isEmpty());
      assertEquals(7.0, d.metric("event", "late-report"));
      assertEquals(8, d.read(d.topics.advice()).size(), "late posts still get their advice");
    }
  }

  @Test
  void theBrandsBurstSettingsApply() {
    try (Driver d = new Driver(T0)) {
      d.config.pipeInput("acme", "{\"burst\": {\"threshold\": 3, \"window\": \"PT5M\", "
          + "\"maxTracked\": 100}}", T0);
      for (int i = 0; i < 3; i++) {
        report(d, "acme", i, DE[i], T0.plus(Duration.ofMinutes(3L * i)));
      }
      assertTrue(d.read(d.topics.broadcasts()).isEmpty(), "3 within 6 minutes: no burst");
      report(d, "acme", 3, DE[3], T0.plus(Duration.ofMinutes(7)));
      assertEquals(1, d.read(d.topics.broadcasts()).size());
    }
  }
}
