package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AdviceAndVerdictTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Berlin

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ich will kündigen! Meine Kundennummer ist 12345678.|12345678|EMAIL|CANCELLATION",
      "I want to cancel my contract, my customer number is 87654321.|87654321|EMAIL|CANCELLATION",
      "Meine IBAN ist DE89 3704 0044 0532 0130 00, warum wurde doppelt abgebucht?|3704 0044|PRIVATE_MESSAGE|BILLING",
      "Please call me back on +49 171 2345678 about my bill.|2345678|PRIVATE_MESSAGE|BILLING"})
  void aPostGivesAdviceAndARedactedPostKeyedByConversation(String text, String secret,
      String channel, String intent) {
    try (Driver d = new Driver(T0)) {
      d.pipe(d.posts, "conv-1", Driver.post("p1", "acme", text, "2026-11-23T10:00:00+01:00"), T0);
      var advice = d.records(d.topics.advice());
      assertEquals(1, advice.size());
      assertEquals("conv-1", advice.get(0).key());
      assertEquals("acme", Driver.brandOf(advice.get(0)));
      JsonNode a = Driver.json(advice.get(0).value());
      assertEquals("p1", a.get("id").asText());
      assertEquals(channel, a.get("channel").asText(), a.toString());
      assertTrue(a.get("intents").toString().contains(intent), a.toString());
      assertTrue(a.get("actions").toString().contains("HIDE_ORIGINAL"), a.toString());
      assertTrue(a.get("pii").size() >= 1);
      assertFalse(a.toString().contains(secret), "advice must not quote personal data");

      List<KeyValue<String, JsonNode>> redacted = d.read(d.topics.redactedPosts());
      assertEquals(1, redacted.size());
      assertEquals("conv-1", redacted.get(0).key);
      String r = redacted.get(0).value.get("text").asText();
      assertFalse(r.contains(secret), r);
      assertTrue(r.contains("•"), r);
      assertEquals(text.length(), r.length(), "redaction keeps the text's structure");
      assertEquals(1.0, d.metric("channel", channel.toLowerCase().replace('_', '-')));
      assertTrue(d.read(d.topics.deadLetters()).isEmpty());
    }
  }

  @Test
  void theConversationComesFromTheFieldWhenTheRecordHasNoKey() {
    try (Driver d = new Driver(T0)) {
      Driver.Rec r = Driver.post("p9", "acme", "Danke für die schnelle Hilfe!",
          "2026-11-23T10:00:00+01:00");
      d.pipe(d.posts, null, new Driver.Rec("acme",
          r.value().replace("}", ",\"conversationId\":\"c-77\"}")), T0);
      d.pipe(d.posts, null, Driver.post("p10", "acme", "Danke!", "2026-11-23T10:00:00+01:00"), T0);
      var advice = d.read(d.topics.advice());
      assertEquals("c-77", advice.get(0).key);
      assertEquals("p10", advice.get(1).key, "without key and conversation: the message id");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bitte nennen Sie uns Ihr Passwort per DM, dann prüfen wir das.|BLOCK|credential.request",
      "Please send us your password by DM and we will check.|BLOCK|credential.request",
      "Wir melden uns zeitnah bei Ihnen!|REVIEW|commitment.vague",
      "We will get back to you shortly.|REVIEW|commitment.vague",
      "Danke für Ihre Nachricht, das freut uns sehr!|ALLOW|",
      "Thanks a lot for the kind words!|ALLOW|"})
  void aDraftGivesAVerdictKeyedByConversation(String text, String verdict, String rule) {
    try (Driver d = new Driver(T0)) {
      d.pipe(d.drafts, "conv-9", Driver.draft("d1", "acme", text, "2026-11-23T10:00:00+01:00"), T0);
      List<KeyValue<String, JsonNode>> v = d.read(d.topics.verdicts());
      assertEquals(1, v.size());
      assertEquals("conv-9", v.get(0).key);
      JsonNode j = v.get(0).value;
      assertEquals("d1", j.get("id").asText());
      assertEquals(verdict, j.get("verdict").asText(), j.toString());
      if (rule != null) {
        assertTrue(j.get("findings").toString().contains("\"" + rule + "\""), j.toString());
      }
      assertEquals(1.0, d.metric("verdict", verdict.toLowerCase()));
    }
  }

  /** The outputs are exactly the command-line tool's (core's JSON Lines codec). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"id\":7,\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Ich will kündigen, Kundennummer 12345678\",\"locale\":\"de\"}|advise",
      "{\"platform\":\"TWITTER\",\"visibility\":\"private\",\"text\":\"How do I switch off mobile data?\",\"author\":{\"followers\":20000}}|advise",
      "{\"id\":\"d1\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Wir melden uns zeitnah!\",\"now\":\"2026-11-23T10:00:00+01:00\"}|check",
      "{\"id\":\"d2\",\"platform\":\"facebook\",\"visibility\":\"private\",\"text\":\"Please send us your password.\",\"now\":\"2026-11-23T10:00:00+01:00\",\"inReplyTo\":{\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Login geht nicht\"}}|check"})
  void outputsAreTheCommandLineShapes(String line, String command) {
    io.replyguard.json.JsonLines lines = io.replyguard.json.JsonLines.of(
        io.replyguard.Replyguard.builder().adapters(Driver.ADAPTERS).build());
    try (Driver d = new Driver(T0)) {
      if (command.equals("advise")) {
        d.pipe(d.posts, "c", line, T0);
        assertEquals(Driver.json(lines.advise(line)), d.read(d.topics.advice()).get(0).value);
      } else {
        d.pipe(d.drafts, "c", line, T0);
        assertEquals(Driver.json(lines.check(line)), d.read(d.topics.verdicts()).get(0).value);
      }
    }
  }

  @Test
  void addsToAUsersStreamsBuilderBesideItsOwnProcessing() {
    StreamsBuilder b = new StreamsBuilder();
    b.stream("user-in", Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(v -> v.toUpperCase())
        .to("user-out", Produced.with(Serdes.String(), Serdes.String()));
    ReplyguardTopology.builder().adapters(Driver.ADAPTERS).inMemoryState(true).build().addTo(b);
    String description = b.build().describe().toString();
    assertTrue(description.contains("user-in"), description);
    assertTrue(description.contains("replyguard-inbound"), description);
    assertTrue(description.contains("replyguard-by-brand-repartition"), description);
  }
}
