package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {

  private static List<JsonNode> lines(MainTest.Result r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      out.add(new ObjectMapper().readTree(line));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isObject() ? n.get("ruleId").asText() : n.asText()));
    return out;
  }

  @Test
  void advisesEachLineWithReasonsAndWithoutEchoingPersonalData() throws Exception {
    String in = String.join("\n",
        "{\"id\":\"a1\",\"platform\":\"twitter\",\"visibility\":\"public\","
            + "\"text\":\"Wie schalte ich die mobilen Daten aus?\"}",
        "{\"id\":\"a2\",\"platform\":\"facebook\",\"visibility\":\"public\","
            + "\"text\":\"Meine Kundennummer ist 123456789, ich will kündigen!\",\"locale\":\"de\"}",
        "{\"id\":7,\"platform\":\"twitter\",\"visibility\":\"private\","
            + "\"text\":\"Frohe Weihnachten 🎄\",\"createdAt\":\"2026-12-24T10:00:00+01:00\"}",
        "{\"id\":\"a4\",\"platform\":\"twitter\",\"visibility\":\"public\","
            + "\"text\":\"Euer Service ist eine Katastrophe #fail\",\"author\":{\"followers\":50000}}")
        + "\n";
    MainTest.Result r = MainTest.run(in, "advise");
    assertEquals(0, r.status(), r.err());
    List<JsonNode> out = lines(r);
    assertEquals(4, out.size());

    JsonNode howTo = out.get(0);
    assertEquals("a1", howTo.get("id").asText());
    assertEquals(List.of("HOW_TO"), texts(howTo.get("intents")));
    assertEquals("PUBLIC_REPLY", howTo.get("channel").asText());
    assertEquals(List.of(), texts(howTo.get("actions")));
    assertEquals("NORMAL", howTo.get("priority").asText());
    assertEquals(0, howTo.get("pii").size());
    assertEquals(List.of("advice.intent.how-to"), texts(howTo.get("reasons")));
    assertFalse(howTo.get("reasons").get(0).get("message").asText().isBlank());

    JsonNode cancel = out.get(1);
    assertEquals("EMAIL", cancel.get("channel").asText());
    assertEquals(List.of("HIDE_ORIGINAL", "WARN_CUSTOMER"), texts(cancel.get("actions")));
    assertEquals("HIGH", cancel.get("priority").asText());
    assertEquals("CUSTOMER_NUMBER", cancel.get("pii").get(0).get("type").asText());
    assertTrue(cancel.get("pii").get(0).has("start") && cancel.get("pii").get(0).has("end"));
    assertEquals("advice.intent.cancellation", texts(cancel.get("reasons")).get(0));
    assertFalse(r.out().contains("123456789"), r.out());

    JsonNode greeting = out.get(2);
    assertEquals(7, greeting.get("id").asInt());
    assertEquals("PUBLIC_REPLY", greeting.get("channel").asText());
    assertEquals("LOW", greeting.get("priority").asText());

    JsonNode storm = out.get(3);
    assertEquals(List.of("ESCALATE"), texts(storm.get("actions")));
    assertEquals("HIGH", storm.get("priority").asText());
    assertTrue(texts(storm.get("reasons")).containsAll(
        List.of("advice.shitstorm.tag", "advice.shitstorm.reach")), storm.toString());
  }

  @Test
  void outageBurstAcrossLinesBecomesBroadcast() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      in.append("{\"id\":\"o").append(i).append("\",\"platform\":\"twitter\",")
          .append("\"visibility\":\"public\",\"text\":\"Störung? Kein Internet in Köln\",")
          .append("\"createdAt\":\"2026-11-23T10:0").append(i).append(":00+01:00\"}\n");
    }
    List<JsonNode> out = lines(MainTest.run(in.toString(), "advise"));
    for (int i = 0; i < 4; i++) {
      assertEquals("PUBLIC_REPLY", out.get(i).get("channel").asText());
    }
    assertEquals("BROADCAST", out.get(4).get("channel").asText());
    assertEquals("advice.burst.outage", texts(out.get(4).get("reasons")).get(0));
  }

  @Test
  void configuredRulesApply(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"adviceRules\": [{\"id\": \"acme.vip\", \"precedence\": 50,"
        + " \"when\": {\"keywords\": [\"Vorstand\"]}, \"then\": {\"channel\": \"PHONE\"},"
        + " \"message\": \"The board office calls back.\"}],"
        + " \"ruleOverrides\": {\"advice.shitstorm.tag\": {\"enabled\": false}}}");
    MainTest.Result r = MainTest.run("{\"id\":\"v\",\"platform\":\"twitter\","
        + "\"visibility\":\"public\",\"text\":\"Ich schreibe dem Vorstand #fail\"}\n",
        "advise", "--config", config.toString());
    JsonNode out = lines(r).get(0);
    assertEquals("PHONE", out.get("channel").asText(), r.out() + r.err());
    assertEquals("acme.vip", texts(out.get("reasons")).get(0));
    assertEquals(List.of(), texts(out.get("actions")));
  }

  @Test
  void badLinesNameTheField() throws Exception {
    String in = String.join("\n",
        "{\"id\":\"b1\",\"platform\":\"twitter\",\"visibility\":\"secret\",\"text\":\"x\"}",
        "{\"id\":\"b2\",\"platform\":\"twitter\",\"visibility\":\"public\"}",
        "{\"id\":\"b3\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\","
            + "\"author\":{\"followers\":-1}}",
        "{\"id\":\"b4\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\","
            + "\"mood\":\"angry\"}",
        "{\"id\":\"ok\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"\"}") + "\n";
    MainTest.Result r = MainTest.run(in, "advise");
    assertEquals(1, r.status());
    List<JsonNode> out = lines(r);
    assertTrue(out.get(0).get("error").asText().contains("/visibility"), out.get(0).toString());
    assertTrue(out.get(1).get("error").asText().contains("text"), out.get(1).toString());
    assertTrue(out.get(2).get("error").asText().contains("/author/followers"), out.get(2).toString());
    assertTrue(out.get(3).get("error").asText().contains("unknown key 'moo…' (4 characters)"),
        out.get(3).toString());
    assertEquals(List.of("OTHER"), texts(out.get(4).get("intents")));
    assertEquals("PUBLIC_REPLY", out.get(4).get("channel").asText());
  }
}
