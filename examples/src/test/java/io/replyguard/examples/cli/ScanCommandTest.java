package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code scan} command end to end through {@link Main#run}. */
class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int status, List<JsonNode> lines, String stderr) {}

  private static Result run(String stdin, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        lines.add(JSON.readTree(l));
      }
    }
    return new Result(status, lines, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void scanPrintsSpansAndRedactedTextOnly() throws IOException {
    Result r = run("{\"id\":\"a\",\"text\":\"IBAN DE89 3704 0044 0532 0130 00, Tel. 0152 28817386\","
        + "\"locale\":\"de\"}\n{\"id\":\"b\",\"text\":\"Danke!\"}\n", "scan");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(2, r.lines().size());
    JsonNode a = r.lines().get(0);
    assertEquals("a", a.get("id").asText());
    assertEquals(2, a.get("pii").size());
    JsonNode iban = a.get("pii").get(0);
    assertEquals("IBAN", iban.get("type").asText());
    assertEquals(5, iban.get("start").asInt());
    assertEquals(32, iban.get("end").asInt());
    assertTrue(iban.get("score").asDouble() > 0.9);
    assertEquals("PHONE", a.get("pii").get(1).get("type").asText());
    assertEquals("IBAN DE89 •••• •••• •••• •••• 00, Tel. •••• ••••••••",
        a.get("redacted").asText());
    String all = a.toString();
    assertFalse(all.contains("3704") || all.contains("28817386"), all);
    JsonNode b = r.lines().get(1);
    assertEquals(0, b.get("pii").size());
    assertEquals("Danke!", b.get("redacted").asText());
  }

  @Test
  void badLinesNameTheFieldAndProcessingGoesOn() throws IOException {
    Result r = run("{\"id\":\"x\"}\n{\"id\":\"y\",\"text\":\"hi\",\"extra\":1}\n"
        + "{\"id\":\"z\",\"text\":\"hi\",\"locale\":\"fr\"}\n{\"id\":\"ok\",\"text\":\"\"}\n", "scan");
    assertEquals(1, r.status());
    assertEquals(4, r.lines().size());
    assertTrue(r.lines().get(0).get("error").asText().contains("text"), r.lines().get(0)
        .toString());
    assertTrue(r.lines().get(1).get("error").asText().contains("unknown key 'ext…' (5 characters)"), r.lines().get(1)
        .toString());
    assertTrue(r.lines().get(2).get("error").asText().contains("locale"), r.lines().get(2)
        .toString());
    assertEquals("", r.lines().get(3).get("redacted").asText());
  }

  @Test
  void companyContactsFromConfigAreNotReported(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"companyContacts\": [\"0800 330 2020\"]}");
    Result r = run("{\"id\":\"1\",\"text\":\"Hotline 0800 330 2020, mein Handy 0152 28817386\"}\n",
        "scan", "--config", config.toString());
    assertEquals(0, r.status(), r.stderr());
    JsonNode pii = r.lines().get(0).get("pii");
    assertEquals(1, pii.size());
    assertEquals(34, pii.get(0).get("start").asInt());
  }

  @Test
  void badRecognizerPatternIsAConfigurationError(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"recognizers\": [{\"id\": \"acme\", \"type\": \"CUSTOMER_NUMBER\","
        + " \"pattern\": \"(\"}]}");
    Result r = run("", "scan", "--config", config.toString());
    assertEquals(2, r.status());
    assertTrue(r.stderr().contains("acme"), r.stderr());
  }
}
