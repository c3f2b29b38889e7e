package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad records go to the dead-letter topic with pointer and rule, never their content. */
class DeadLetterTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final String SECRET = "DE89370400440532013000";

  private static JsonNode deadLetter(Driver d, TestInputTopic<String, String> in, String bad,
      Driver.Rec good) {
    d.pipe(in, "conv-1", bad, T0);
    d.pipe(in, "conv-2", good, T0);
    List<KeyValue<String, JsonNode>> dead = d.read(d.topics.deadLetters());
    assertEquals(1, dead.size(), dead.toString());
    assertEquals("conv-1", dead.get(0).key);
    JsonNode e = dead.get(0).value;
    assertFalse(e.toString().contains(SECRET), e.toString());
    assertFalse(e.toString().contains("DE89"), e.toString());
    assertEquals(0, e.get("offset").asLong());
    assertEquals(0, e.get("partition").asInt());
    assertTrue(d.metric("error", e.get("error").get("rule").asText().replace('.', '-')) == 1.0);
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated JSON|{\"id\":\"x\",\"text\":\"IBAN DE89370400440532013000|''|json.malformed",
      "not an object|[\"DE89370400440532013000\"]|''|value.type",
      "unknown platform|{\"id\":\"x\",\"platform\":\"myspace\",\"visibility\":\"public\",\"text\":\"IBAN DE89370400440532013000\"}|/platform|platform.unknown",
      "missing text|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\"}|/text|field.missing",
      "text not a string|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":4711}|/text|value.type",
      "unknown key|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"iban\":\"DE89370400440532013000\"}|''|field.unknown",
      "bad visibility|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"secret\",\"text\":\"DE89370400440532013000\"}|/visibility|value.invalid",
      "bad time|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"createdAt\":\"DE89370400440532013000\"}|/createdAt|value.invalid",
      "negative followers|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"author\":{\"followers\":-1}}|/author/followers|value.invalid",
      "unsupported locale|{\"id\":\"x\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"locale\":\"fr\"}|/locale|value.invalid"})
  void aBadPostIsADeadLetterAndTheNextPostIsProcessed(String what, String value, String pointer,
      String rule) {
    try (Driver d = new Driver(T0)) {
      JsonNode e = deadLetter(d, d.posts, value, Driver.post("ok", "acme", "Danke!", T0.toString()));
      assertEquals(pointer, e.get("error").get("pointer").asText(), what);
      assertEquals(rule, e.get("error").get("rule").asText(), what);
      assertEquals("replyguard-posts", e.get("topic").asText());
      assertEquals(1, d.read(d.topics.advice()).size());
      assertEquals(1, d.read(d.topics.redactedPosts()).size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated JSON|{\"text\":\"Ihre IBAN DE89370400440532013000|''|json.malformed",
      "unknown platform|{\"platform\":\"icq\",\"visibility\":\"public\",\"text\":\"DE89370400440532013000\"}|/platform|platform.unknown",
      "unknown key|{\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"createdAt\":\"2026-11-23T10:00:00Z\"}|''|field.unknown",
      "bad now|{\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"now\":\"DE89370400440532013000\"}|/now|value.invalid",
      "bad message answered|{\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"inReplyTo\":{\"platform\":\"twitter\",\"visibility\":\"public\"}}|/inReplyTo/text|field.missing"})
  void aBadDraftIsADeadLetterAndTheNextDraftIsChecked(String what, String value, String pointer,
      String rule) {
    try (Driver d = new Driver(T0)) {
      JsonNode e = deadLetter(d, d.drafts, value,
          Driver.draft("ok", "acme", "Danke!", T0.toString()));
      assertEquals(pointer, e.get("error").get("pointer").asText(), what);
      assertEquals(rule, e.get("error").get("rule").asText(), what);
      assertEquals("replyguard-drafts", e.get("topic").asText());
      assertEquals(1, d.read(d.topics.verdicts()).size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated JSON|{\"text\":\"DE89370400440532013000|''|json.malformed",
      "unknown key (named by its object: a key may be personal data)|{\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"hi\",\"DE89370400440532013000\":1}|''|field.unknown",
      "bad sentAt|{\"platform\":\"facebook\",\"visibility\":\"private\",\"text\":\"hi\",\"sentAt\":\"DE89370400440532013000\"}|/sentAt|value.invalid"})
  void aBadSentReplyIsADeadLetter(String what, String value, String pointer, String rule) {
    try (Driver d = new Driver(T0)) {
      JsonNode e = deadLetter(d, d.sent, value,
          Driver.sentReply("ok", "acme", "Danke!", T0.toString()));
      assertEquals(pointer, e.get("error").get("pointer").asText(), what);
      assertEquals(rule, e.get("error").get("rule").asText(), what);
      assertEquals("replyguard-sent-replies", e.get("topic").asText());
    }
  }
}
