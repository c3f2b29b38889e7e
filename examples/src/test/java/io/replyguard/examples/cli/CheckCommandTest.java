package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  static JsonNode[] lines(MainTest.Result r) throws Exception {
    String[] raw = r.out().split("\n");
    JsonNode[] out = new JsonNode[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = new ObjectMapper().readTree(raw[i]);
    }
    return out;
  }

  @Test
  void checksDraftsAndPrintsFindingsWithoutPersonalData() throws Exception {
    String in = String.join("\n",
        "{\"id\":\"ok\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Danke für "
            + "Ihr Lob, das freut uns sehr!\",\"locale\":\"de\",\"now\":\"2026-11-23T10:00:00+01:00\"}",
        "{\"id\":\"vague\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Wir "
            + "melden uns zeitnah.\",\"locale\":\"de\",\"now\":\"2026-11-28T19:40:00+01:00\"}",
        "{\"id\":\"pii\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Wir rufen "
            + "Sie unter 0152 28817386 zurück.\",\"now\":\"2026-11-23T10:00:00+01:00\"}",
        "{\"id\":7,\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Das tut uns "
            + "leid!\",\"locale\":\"en\",\"now\":\"2026-11-23T10:00:00+01:00\",\"inReplyTo\":"
            + "{\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"I want to cancel my "
            + "contract!\"}}") + "\n";
    MainTest.Result r = MainTest.run(in, "check");
    assertEquals(0, r.status(), r.out() + r.err());
    JsonNode[] out = lines(r);
    assertEquals(4, out.length, r.out());

    assertEquals("ok", out[0].get("id").asText());
    assertEquals("ALLOW", out[0].get("verdict").asText());
    assertEquals(0, out[0].get("findings").size());

    JsonNode vague = out[1].get("findings").get(0);
    assertEquals("REVIEW", out[1].get("verdict").asText());
    assertEquals("commitment.vague", vague.get("ruleId").asText());
    assertEquals("COMMITMENT", vague.get("category").asText());
    assertEquals("WARNING", vague.get("severity").asText());
    assertEquals(15, vague.get("start").asInt());
    assertEquals(22, vague.get("end").asInt());
    assertTrue(vague.get("message").asText().startsWith("Vage"), vague.toString());
    assertTrue(vague.get("suggestion").asText().contains("Montag"), vague.toString());

    assertEquals("BLOCK", out[2].get("verdict").asText());
    assertEquals("pii.public", out[2].get("findings").get(0).get("ruleId").asText());
    assertFalse(r.out().contains("28817386"), r.out());

    assertEquals(7, out[3].get("id").asInt());
    assertEquals("channel.contract-public", out[3].get("findings").get(0).get("ruleId").asText());
    assertFalse(out[3].get("findings").get(0).get("message").asText().contains("cancel my"));
  }

  @Test
  void badLinesNameTheField() throws Exception {
    String in = String.join("\n",
        "{\"id\":\"a\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"x\",\"tone\":1}",
        "{\"id\":\"b\",\"platform\":\"facebook\",\"visibility\":\"secret\",\"text\":\"x\"}",
        "{\"id\":\"c\",\"platform\":\"facebook\",\"visibility\":\"public\"}",
        "{\"id\":\"d\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"x\","
            + "\"inReplyTo\":{\"platform\":\"facebook\",\"visibility\":\"public\"}}",
        "{\"id\":\"e\",\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"x\","
            + "\"locale\":\"fr\"}") + "\n";
    MainTest.Result r = MainTest.run(in, "check");
    assertEquals(1, r.status());
    JsonNode[] out = lines(r);
    assertEquals(5, out.length, r.out());
    assertTrue(out[0].get("error").asText().contains("unknown key 'ton…' (4 characters)"),
        out[0].toString());
    assertTrue(out[1].get("error").asText().contains("/visibility"), out[1].toString());
    assertTrue(out[2].get("error").asText().contains("/text"), out[2].toString());
    assertTrue(out[3].get("error").asText().contains("/inReplyTo/text"), out[3].toString());
    assertTrue(out[4].get("error").asText().contains("/locale"), out[4].toString());
  }

  @Test
  void configurationOverridesAndDeclarativeRulesApply(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, """
        {"ruleOverrides": {"commitment.vague": {"enabled": false}},
         "draftRules": [{"id": "acme.competitor", "category": "TONE", "severity": "ERROR",
           "keywords": ["Konkurrenz"], "message": {"de": "Keine Mitbewerber nennen."}}]}""");
    MainTest.Result r = MainTest.run("{\"id\":1,\"platform\":\"facebook\",\"visibility\":"
        + "\"public\",\"text\":\"Wir melden uns zeitnah, anders als die Konkurrenz.\","
        + "\"locale\":\"de\",\"now\":\"2026-11-23T10:00:00+01:00\"}\n", "check", "--config",
        config.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode o = lines(r)[0];
    assertEquals("BLOCK", o.get("verdict").asText());
    assertEquals(1, o.get("findings").size(), o.toString());
    assertEquals("acme.competitor", o.get("findings").get(0).get("ruleId").asText());
    assertEquals("Keine Mitbewerber nennen.", o.get("findings").get(0).get("message").asText());
  }

  @Test
  void unknownOverrideIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"ruleOverrides\": {\"no.such-rule\": {\"enabled\": false}}}");
    MainTest.Result r = MainTest.run("", "check", "--config", config.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'no.such-rule'"), r.err());
  }
}
