package io.replyguard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The boilerplate memory per brand, across conversations (record keys). */
class BoilerplateMemoryTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static JsonNode verdict(Driver d, String conversation, String brand, String text) {
    d.pipe(d.drafts, conversation, Driver.draft("d-" + conversation, brand, text,
        "2026-11-23T10:00:00+01:00"), T0);
    var v = d.read(d.topics.verdicts());
    assertEquals(1, v.size());
    assertEquals(conversation, v.get(0).key);
    return v.get(0).value;
  }

  private static boolean repeat(JsonNode v) {
    return v.get("findings").toString().contains("\"boilerplate.repeat\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Vielen Dank für Ihre Geduld, wir haben Ihr Anliegen an die zuständige Fachabteilung weitergegeben und melden uns heute bis 18:00 Uhr.",
      "Thank you for your patience, we have passed your request on to the responsible team and will get back to you today by 6:00 pm."})
  void aReplySentInOneConversationIsBoilerplateInAnother(String text) {
    try (Driver d = new Driver(T0)) {
      assertFalse(repeat(verdict(d, "conv-a", "acme", text)));
      d.pipe(d.sent, "conv-a", Driver.sentReply("r1", "acme", text, T0.toString()), T0);
      assertTrue(repeat(verdict(d, "conv-b", "acme", text)), "same brand, other conversation");
      assertTrue(repeat(verdict(d, "conv-c", "acme", text + " Viele Grüße")), "a near-duplicate");
      assertFalse(repeat(verdict(d, "conv-d", "globex", text)), "another brand's memory");
    }
  }

  @Test
  void theMemoryKeepsRedactedTextOnlyAndSurvivesAnEngineRebuild() {
    String withPii = "Vielen Dank, wir haben Ihre Kundennummer 12345678 notiert und melden uns "
        + "heute bis 18:00 Uhr mit einer Lösung bei Ihnen.";
    String plain = "Vielen Dank für Ihre Nachricht, wir prüfen das gerade und melden uns heute "
        + "bis 18:00 Uhr mit einer Lösung bei Ihnen.";
    try (Driver d = new Driver(T0)) {
      d.pipe(d.sent, "conv-a", Driver.sentReply("r1", "acme", withPii, T0.toString()), T0);
      d.pipe(d.sent, "conv-a", Driver.sentReply("r2", "acme", plain, T0.toString()), T0);
      KeyValueStore<String, String> store = d.driver.getKeyValueStore("replyguard-sent-replies");
      int n = 0;
      try (var it = store.all()) {
        while (it.hasNext()) {
          var kv = it.next();
          assertTrue(kv.key.startsWith("acme\u0000"));
          assertFalse(kv.value.contains("12345678"), kv.value);
          n++;
        }
      }
      assertEquals(2, n);
      // a configuration change builds a new engine for the brand: it is fed from the store
      d.config.pipeInput("acme", "{\"formality\": \"SIE\"}", T0);
      assertTrue(repeat(verdict(d, "conv-b", "acme", plain)));
    }
  }

  /**
   * The stored reply is redacted, the draft is not; a template sent to one customer and drafted
   * for another differs in the personal data either way. Differential: the topology's verdict
   * equals that of one engine remembering the unredacted reply.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Vielen Dank, wir haben Ihre Kundennummer {n} notiert und melden uns heute bis 18:00 Uhr mit einer Lösung.",
      "Thanks, we noted your customer number {n} and will get back to you today by 6:00 pm with a solution.",
      "Hallo, wir haben Ihren Vertrag {n} geprüft: die Kündigung ist eingegangen und wird zum Monatsende wirksam.",
      "Bitte rufen Sie uns unter der Nummer an, die wir Ihnen per DM geschickt haben, dann klären wir das."})
  void verdictsEqualThoseOfAnEngineRememberingTheOriginal(String template) {
    String sentText = template.replace("{n}", "12345678");
    String draftText = template.replace("{n}", "87654321");
    io.replyguard.Replyguard engine = io.replyguard.Replyguard.builder()
        .adapters(Driver.ADAPTERS).build();
    engine.recordSent(io.replyguard.model.Draft.of(sentText, io.replyguard.model.Platform.TWITTER,
        io.replyguard.model.Visibility.PUBLIC));
    boolean expected = engine.check(io.replyguard.model.Draft.of(draftText,
            io.replyguard.model.Platform.TWITTER, io.replyguard.model.Visibility.PUBLIC)
        .at(Instant.parse("2026-11-23T09:00:00Z"))).findings().stream()
        .anyMatch(f -> f.ruleId().equals("boilerplate.repeat"));
    try (Driver d = new Driver(T0)) {
      d.pipe(d.sent, "conv-a", Driver.sentReply("r1", "acme", sentText, T0.toString()), T0);
      assertEquals(expected, repeat(verdict(d, "conv-b", "acme", draftText)), template);
    }
  }
}
