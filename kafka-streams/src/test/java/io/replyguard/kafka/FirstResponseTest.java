package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * First-response tracking with the default calendar (Mon-Sat 08:00-20:00 Europe/Berlin, German
 * national holidays closed, service level PT1H), driven by the test driver's wall clock.
 */
class FirstResponseTest {

  private static void advanceTo(Driver d, Instant[] clock, Instant to) {
    d.driver.advanceWallClockTime(Duration.between(clock[0], to));
    clock[0] = to;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Christmas: Thursday 24.12. 19:30, Fri 25 + Sat 26 holidays, Sunday closed -> Mon 08:30
      "Christmas weekend|2026-12-24T19:30:00+01:00|2026-12-28T07:30:00Z|Ich warte seit Stunden auf meine Lieferung!",
      // Easter: Saturday 27.3.2027 19:50, Sunday closed, Easter Monday holiday -> Tue 08:50 CEST
      "Easter weekend and DST|2027-03-27T19:50:00+01:00|2027-03-30T06:50:00Z|My parcel still has not arrived, where is it?",
      // an ordinary Saturday evening: Sunday closed -> Monday 08:40
      "ordinary weekend|2026-11-28T19:40:00+01:00|2026-11-30T07:40:00Z|Wann kommt endlich der Techniker?"})
  void anUnansweredPostIsOverdueOnceAtItsBusinessDeadline(String what, String created,
      String deadline, String text) {
    Instant createdAt = java.time.OffsetDateTime.parse(created).toInstant();
    Instant due = Instant.parse(deadline);
    Instant[] clock = {createdAt};
    try (Driver d = new Driver(createdAt)) {
      d.pipe(d.posts, "conv-1", Driver.post("p1", "acme", text, created), createdAt);
      d.pipe(d.posts, "conv-1", Driver.post("p2", "acme", "Hallo??", created),
          createdAt.plusSeconds(600)); // a second post does not move the first one's deadline
      d.pipe(d.posts, "conv-2", Driver.post("p3", "acme", text, created), createdAt);
      d.pipe(d.sent, "conv-2", Driver.sentReply("r3", "acme",
          "Das tut uns leid, wir kümmern uns.", created), createdAt.plusSeconds(60));
      // through the closed days, until one minute before the deadline: nothing
      for (Instant t = createdAt; t.isBefore(due.minusSeconds(60)); t = t.plus(Duration.ofHours(6))) {
        advanceTo(d, clock, t);
      }
      advanceTo(d, clock, due.minusSeconds(60));
      assertTrue(d.read(d.topics.overdue()).isEmpty(), what);
      advanceTo(d, clock, due.plusSeconds(60));
      List<KeyValue<String, JsonNode>> o = d.read(d.topics.overdue());
      assertEquals(1, o.size(), what + ": " + o);
      assertEquals("conv-1", o.get(0).key);
      JsonNode e = o.get(0).value;
      assertEquals("OVERDUE", e.get("status").asText());
      assertEquals("p1", e.get("postId").asText());
      assertEquals(due.toString(), e.get("deadline").asText());
      assertEquals("PT1H", e.get("serviceLevel").asText());
      advanceTo(d, clock, due.plus(Duration.ofDays(2)));
      assertTrue(d.read(d.topics.overdue()).isEmpty(), "one event per post");
      // the late reply closes it
      d.pipe(d.sent, "conv-1", Driver.sentReply("r1", "acme", "Entschuldigung für die Wartezeit!",
          due.plus(Duration.ofDays(2)).toString()), due.plus(Duration.ofDays(2)));
      List<KeyValue<String, JsonNode>> closed = d.read(d.topics.overdue());
      assertEquals(1, closed.size());
      assertEquals("CLOSED", closed.get(0).value.get("status").asText());
      assertEquals("r1", closed.get(0).value.get("replyId").asText());
      assertEquals(1.0, d.metric("event", "overdue"));
      assertEquals(1.0, d.metric("event", "closed"));
    }
  }

  @Test
  void aReplyInTimeMeansNoEventAndTheNextPostStartsANewClock() {
    Instant t = Instant.parse("2026-11-23T09:00:00Z"); // Monday 10:00
    Instant[] clock = {t};
    try (Driver d = new Driver(t)) {
      d.pipe(d.posts, "c", Driver.post("p1", "acme", "Wie kündige ich?", t.toString()), t);
      d.pipe(d.sent, "c", Driver.sentReply("r1", "acme", "Per E-Mail an uns.",
          t.plusSeconds(1800).toString()), t.plusSeconds(1800));
      advanceTo(d, clock, t.plus(Duration.ofHours(3)));
      assertTrue(d.read(d.topics.overdue()).isEmpty());
      Instant t2 = t.plus(Duration.ofHours(3));
      d.pipe(d.posts, "c", Driver.post("p2", "acme", "Und jetzt?", t2.toString()), t2);
      advanceTo(d, clock, t2.plus(Duration.ofMinutes(61)));
      List<KeyValue<String, JsonNode>> o = d.read(d.topics.overdue());
      assertEquals(1, o.size());
      assertEquals("p2", o.get(0).value.get("postId").asText());
    }
  }

  @Test
  void aReplyToAConversationWithoutAnOpenPostChangesNothing() {
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    try (Driver d = new Driver(t)) {
      d.pipe(d.sent, "c", Driver.sentReply("r1", "acme", "Hallo!", t.toString()), t);
      d.driver.advanceWallClockTime(Duration.ofDays(3));
      assertTrue(d.read(d.topics.overdue()).isEmpty());
    }
  }

  @Test
  void anOverduePostNobodyAnswersExpiresOnceAfterTheRetention() {
    Instant t = Instant.parse("2026-11-23T09:00:00Z"); // Monday 10:00, deadline 11:00
    Instant due = t.plus(Duration.ofHours(1));
    Instant[] clock = {t};
    try (Driver d = new Driver(t, b -> b.overdueRetention(Duration.ofDays(2)))) {
      d.pipe(d.posts, "c", Driver.post("p1", "acme", "Mein Router ist kaputt.", t.toString()), t);
      d.pipe(d.posts, "d", Driver.post("p2", "acme", "Bei mir auch kein Netz.", t.toString()), t);
      advanceTo(d, clock, due.plusSeconds(60));
      assertEquals(List.of("OVERDUE", "OVERDUE"), statuses(d));
      // "d" is answered late but within the retention: closed, and it never expires
      d.pipe(d.sent, "d", Driver.sentReply("r2", "acme", "Wir prüfen das.",
          due.plus(Duration.ofDays(1)).toString()), due.plus(Duration.ofDays(1)));
      assertEquals(List.of("CLOSED"), statuses(d));
      advanceTo(d, clock, due.plus(Duration.ofDays(2)).minusSeconds(60));
      assertTrue(d.read(d.topics.overdue()).isEmpty());
      advanceTo(d, clock, due.plus(Duration.ofDays(2)).plusSeconds(60));
      List<KeyValue<String, JsonNode>> expired = d.read(d.topics.overdue());
      assertEquals(1, expired.size(), expired.toString());
      assertEquals("c", expired.get(0).key);
      assertEquals("EXPIRED", expired.get(0).value.get("status").asText());
      assertEquals("p1", expired.get(0).value.get("postId").asText());
      assertEquals(due.toString(), expired.get(0).value.get("deadline").asText());
      advanceTo(d, clock, due.plus(Duration.ofDays(10)));
      assertTrue(d.read(d.topics.overdue()).isEmpty(), "one EXPIRED event per post");
      // a reply after the expiry finds nothing open; a new post starts a new clock
      Instant late = due.plus(Duration.ofDays(10));
      d.pipe(d.sent, "c", Driver.sentReply("r1", "acme", "Entschuldigung!", late.toString()), late);
      assertTrue(d.read(d.topics.overdue()).isEmpty());
      Instant again = Instant.parse("2026-12-07T09:00:00Z"); // Monday 10:00
      advanceTo(d, clock, again);
      d.pipe(d.posts, "c", Driver.post("p3", "acme", "Immer noch kaputt.", again.toString()),
          again);
      advanceTo(d, clock, again.plus(Duration.ofMinutes(61)));
      List<KeyValue<String, JsonNode>> o = d.read(d.topics.overdue());
      assertEquals(1, o.size(), o.toString());
      assertEquals("p3", o.get(0).value.get("postId").asText());
      assertEquals("OVERDUE", o.get(0).value.get("status").asText());
      assertEquals(1.0, d.metric("event", "expired"));
      assertEquals(1.0, d.metric("event", "closed"));
    }
  }

  @Test
  void theOverdueRetentionIsAtLeastOneMinute() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ReplyguardTopology.builder().overdueRetention(Duration.ofSeconds(59)));
    assertTrue(e.getMessage().contains("overdue retention"), e.getMessage());
  }

  private static List<String> statuses(Driver d) {
    return d.read(d.topics.overdue()).stream().map(kv -> kv.value.get("status").asText())
        .toList();
  }
}
