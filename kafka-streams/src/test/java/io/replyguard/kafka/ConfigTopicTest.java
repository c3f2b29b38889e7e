package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Per-brand configuration from the compacted config topic, default as fallback. */
class ConfigTopicTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final String DU = "Hallo! Kannst du uns bitte kurz per DM schreiben, was genau nicht klappt?";
  static final String SIE = "Hallo! Können Sie uns bitte kurz per DM schreiben, was genau nicht klappt?";

  private static JsonNode verdict(Driver d, String brand, String text) {
    d.pipe(d.drafts, "c", Driver.draft("d", brand, text, "2026-11-23T10:00:00+01:00"), T0);
    var v = d.read(d.topics.verdicts());
    assertEquals(1, v.size());
    return v.get(0).value;
  }

  private static boolean formality(JsonNode v) {
    return v.get("findings").toString().contains("\"tone.formality\"");
  }

  @Test
  void aBrandsRecordChangesItsChecksAndOnlyItsChecks() {
    try (Driver d = new Driver(T0)) {
      assertTrue(formality(verdict(d, "acme", DU)), "default formality is SIE");
      d.config.pipeInput("acme", "{\"formality\": \"DU\"}", T0);
      assertFalse(formality(verdict(d, "acme", DU)));
      assertTrue(formality(verdict(d, "acme", SIE)));
      assertTrue(formality(verdict(d, "globex", DU)), "other brands keep the default");
      assertFalse(formality(verdict(d, "globex", SIE)));
    }
  }

  @Test
  void aBadRecordIsReportedAndIgnoredAndATombstoneRestoresTheDefault() {
    try (Driver d = new Driver(T0)) {
      d.config.pipeInput("acme", "{\"formality\": \"DU\"}", T0);
      d.config.pipeInput("acme", "{\"formality\": \"DU\", \"colour\": \"blue\"}", T0);
      d.config.pipeInput("acme", "{\"serviceHours\": {\"monday\": [\"20:00-08:00\"]}}", T0);
      d.config.pipeInput("acme", "not json", T0);
      d.config.pipeInput(null, "{\"formality\": \"SIE\"}", T0);
      assertEquals(3.0, d.metric("error", "config-invalid"));
      assertEquals(1.0, d.metric("error", "config-no-brand"));
      assertFalse(formality(verdict(d, "acme", DU)), "the last good record still holds");
      d.config.pipeInput("acme", null, T0);
      assertTrue(formality(verdict(d, "acme", DU)), "without a record the default holds");
      assertTrue(d.read(d.topics.deadLetters()).isEmpty());
    }
  }

  @Test
  void aBrandsServiceHoursSetItsFirstResponseDeadline() {
    try (Driver d = new Driver(T0)) {
      // acme answers around the clock; the default is Mon-Sat 08:00-20:00 Berlin
      d.config.pipeInput("acme", "{\"serviceHours\": {\"monday\": [\"00:00-24:00\"], "
          + "\"tuesday\": [\"00:00-24:00\"]}, \"serviceLevel\": \"PT2H\"}", T0);
      Instant late = Instant.parse("2026-11-23T21:00:00Z"); // Monday 22:00 Berlin
      d.pipe(d.posts, "c-acme", Driver.post("p1", "acme", "Wie schalte ich mobile Daten aus?",
          late.toString()), late);
      d.pipe(d.posts, "c-default", Driver.post("p2", "globex", "Wie schalte ich mobile Daten aus?",
          late.toString()), late);
      d.driver.advanceWallClockTime(java.time.Duration.between(T0, late.plusSeconds(2 * 3600 + 60)));
      var overdue = d.read(d.topics.overdue());
      assertEquals(1, overdue.size(), overdue.toString());
      assertEquals("c-acme", overdue.get(0).key);
      assertEquals("2026-11-23T23:00:00Z", overdue.get(0).value.get("deadline").asText());
    }
  }
}
