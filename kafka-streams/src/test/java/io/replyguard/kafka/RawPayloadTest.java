package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Raw platform payloads (header {@code replyguard-platform}) parsed by the platform's adapter. */
class RawPayloadTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  /** X Account Activity body with two posts of two conversations (shape from the X docs). */
  static final String ACCOUNT_ACTIVITY = """
      {"for_user_id": "783214",
       "tweet_create_events": [
         {"id_str": "1860000000000000001", "created_at": "Mon Nov 23 08:15:02 +0000 2026",
          "text": "@TelcoHilfe Ich will kündigen, Kundennummer 12345678",
          "in_reply_to_status_id_str": null, "lang": "de",
          "user": {"id_str": "2244994945", "screen_name": "erika_m", "followers_count": 120}},
         {"id_str": "1860000000000000002", "created_at": "Mon Nov 23 08:16:02 +0000 2026",
          "text": "@TelcoHilfe How do I switch off mobile data?", "lang": "en",
          "user": {"id_str": "2244994946", "screen_name": "john_d", "followers_count": 5}}]}""";

  private static void pipeRaw(Driver d, String platform, String value) {
    RecordHeaders h = new RecordHeaders();
    h.add("replyguard-platform", platform.getBytes(StandardCharsets.UTF_8));
    h.add("replyguard-brand", "acme".getBytes(StandardCharsets.UTF_8));
    d.posts.pipeInput(new TestRecord<>("webhook-1", value, h, T0));
  }

  @Test
  void aRawPayloadGivesOneAdvicePerMessage() {
    try (Driver d = new Driver(T0)) {
      pipeRaw(d, "twitter", ACCOUNT_ACTIVITY);
      var advice = d.records(d.topics.advice());
      assertEquals(2, advice.size(), d.read(d.topics.deadLetters()).toString());
      JsonNode first = Driver.json(advice.get(0).value());
      assertEquals("1860000000000000001", first.get("id").asText());
      assertEquals("EMAIL", first.get("channel").asText());
      assertEquals("acme", Driver.brandOf(advice.get(0)));
      var redacted = d.read(d.topics.redactedPosts());
      assertFalse(redacted.get(0).value.get("text").asText().contains("12345678"));
      assertFalse(redacted.toString().contains("erika_m"), "no author in the redacted post");
    }
  }

  @Test
  void anUnknownPlatformOrABadPayloadIsADeadLetter() {
    try (Driver d = new Driver(T0)) {
      pipeRaw(d, "myspace", ACCOUNT_ACTIVITY);
      pipeRaw(d, "facebook", "{\"object\": \"page\", \"entry\": 7}");
      var dead = d.read(d.topics.deadLetters());
      assertEquals(2, dead.size());
      assertEquals("platform.unknown", dead.get(0).value.get("error").get("rule").asText());
      assertEquals("payload.invalid", dead.get(1).value.get("error").get("rule").asText());
      assertTrue(dead.get(1).value.get("error").get("pointer").asText().startsWith("/entry"),
          dead.get(1).value.toString());
      assertFalse(dead.toString().contains("12345678"));
      assertTrue(d.read(d.topics.advice()).isEmpty());
    }
  }
}
