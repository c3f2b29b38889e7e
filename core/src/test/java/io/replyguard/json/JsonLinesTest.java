package io.replyguard.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.Replyguard;
import io.replyguard.check.Fixture;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  static final Replyguard ENGINE = Replyguard.builder().adapters(Fixture.adapters())
      .clock(Clock.fixed(Fixture.MONDAY_10, ZoneOffset.UTC)).build();
  static final JsonLines LINES = JsonLines.of(ENGINE);
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode read(String line) throws Exception {
    return JSON.readTree(line);
  }

  @Test
  void answersEchoTheIdAsGiven() throws Exception {
    assertEquals("a-1", read(LINES.scan("{\"id\":\"a-1\",\"text\":\"x\"}")).get("id").asText());
    JsonNode numeric = read(LINES.scan("{\"id\":12345678901234,\"text\":\"x\"}")).get("id");
    assertTrue(numeric.isIntegralNumber());
    assertEquals(12345678901234L, numeric.asLong());
    assertTrue(read(LINES.scan("{\"text\":\"x\"}")).get("id").isNull());
    assertEquals("id", read(LINES.scan("{\"id\":1,\"text\":\"x\"}")).fieldNames().next(),
        "the id is the first key");
  }

  @Test
  void eachMethodGivesTheToolsShape() throws Exception {
    JsonNode scan = read(LINES.scan(
        "{\"id\":1,\"text\":\"Meine IBAN ist DE89 3704 0044 0532 0130 00\",\"locale\":\"de\"}"));
    assertEquals("IBAN", scan.get("pii").get(0).get("type").asText());
    assertFalse(scan.get("redacted").asText().contains("0532 0130"));
    JsonNode advice = read(LINES.advise("{\"id\":2,\"platform\":\"twitter\",\"visibility\":"
        + "\"public\",\"text\":\"Ich möchte meinen Vertrag kündigen.\"}"));
    assertEquals("EMAIL", advice.get("channel").asText());
    assertTrue(advice.has("intents") && advice.has("actions") && advice.has("priority")
        && advice.has("reasons") && advice.has("pii"), advice.toString());
    JsonNode check = read(LINES.check("{\"id\":3,\"platform\":\"facebook\",\"visibility\":"
        + "\"public\",\"text\":\"Nennen Sie uns Ihr Passwort.\"}"));
    assertEquals("BLOCK", check.get("verdict").asText());
    assertEquals("credential.request", check.get("findings").get(0).get("ruleId").asText());
    JsonNode commit = read(LINES.commit("{\"id\":4,\"now\":\"2026-11-28T19:40:00+01:00\","
        + "\"within\":\"PT1H\",\"locale\":\"de\"}"));
    assertEquals("2026-11-30T08:40:00+01:00", commit.get("deadline").asText());
    assertEquals("am Montag, 30.11., bis 8:40 Uhr", commit.get("text").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":1,\"platform\":\"myspace\",\"visibility\":\"public\",\"text\":\"x\"}|/platform|unknown platform; expected one of [facebook, twitter]",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"secret\",\"text\":\"x\"}|/visibility|expected \"public\" or \"private\"",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\"}|/text|required key 'text' is missing",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"locale\":\"fr\"}|/locale|unsupported locale; expected \"de\" or \"en\"",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"author\":{\"followers\":-1}}|/author/followers|must not be negative",
      "{\"id\":[1],\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\"}|/id|must be a string or an integer",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"createdAt\":\"yesterday\"}|/createdAt|expected an ISO-8601 instant with offset such as \"2026-11-23T10:15:00+01:00\" but found a string that is not one",
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"author\":{\"id\":\" \"}}|/author/id|must not be blank",
      "[1,2]||expected an object but found an array"})
  void badLinesNameThePointerAndTheRule(String line, String pointer, String problem) {
    JsonLineException e = assertThrows(JsonLineException.class, () -> LINES.advise(line));
    assertEquals(pointer == null ? "" : pointer, e.pointer());
    assertTrue(e.problem().startsWith(problem), e.problem());
  }

  @Test
  void namesOfPlatformsAndVisibilitiesAreCaseInsensitive() {
    Message m = LINES.readMessage("{\"platform\":\"TWITTER\",\"visibility\":\"Private\","
        + "\"text\":\"Hallo\"}");
    assertEquals(Platform.TWITTER, m.platform());
    assertEquals(Visibility.PRIVATE, m.visibility());
  }

  @Test
  void messagesWithoutAuthorIdDoNotShareAnAuthor() {
    String line = "{\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Hallo\","
        + "\"author\":{\"followers\":12}}";
    Message a = LINES.readMessage(line);
    Message b = LINES.readMessage(line);
    assertNotEquals(a.author().orElseThrow().id(), b.author().orElseThrow().id());
    assertEquals(12, a.author().orElseThrow().followers().orElseThrow());
    Message c = LINES.readMessage("{\"id\":\"m7\",\"platform\":\"twitter\",\"visibility\":"
        + "\"public\",\"text\":\"Hallo\",\"author\":{}}");
    assertEquals("anonymous:m7", c.author().orElseThrow().id());
  }

  @Property(tries = 300)
  void errorsNeverQuoteTheLine(@ForAll("secrets") String secret) {
    for (String line : new String[] {
        "{\"id\":1,\"text\":\"" + secret + "\",\"extra\":\"" + secret + "\"}",
        "{\"id\":1,\"text\":" + secret + "}",
        "{\"id\":1,\"platform\":\"" + secret + "\",\"visibility\":\"public\",\"text\":\"x\"}",
        "{\"id\":1,\"text\":\"" + secret}) {
      JsonLineException e = assertThrows(JsonLineException.class, () -> {
        LINES.scan(line);
        LINES.advise(line);
      });
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> secrets() {
    return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(6)
        .ofMaxLength(20).map(s -> "Geheim" + s);
  }
}
