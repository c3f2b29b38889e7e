package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Lines contract of every line command: one output line per input line, in order, ids
 * echoed, one bad line among valid ones reported with its line number while the rest goes on,
 * exit status 1 then (0 without it), and no personal data from the input in the output.
 */
class CliContractTest {

  /** Personal data planted in every valid line; it must never come back. */
  static final List<String> SECRETS = List.of("DE89 3704 0044 0532 0130 00", "0152 28817386",
      "max.mustermann@example.com");

  static final String TEXT = "Meine IBAN ist DE89 3704 0044 0532 0130 00, Handy 0152 28817386, "
      + "Mail max.mustermann@example.com. Bitte um Rückruf!";

  static String line(String command, String id) {
    return switch (command) {
      case "scan" -> "{\"id\":\"" + id + "\",\"text\":\"" + TEXT + "\",\"locale\":\"de\"}";
      case "advise" -> "{\"id\":\"" + id + "\",\"platform\":\"twitter\",\"visibility\":\"public\","
          + "\"text\":\"" + TEXT + "\",\"author\":{\"followers\":12}}";
      case "check" -> "{\"id\":\"" + id + "\",\"platform\":\"facebook\",\"visibility\":\"public\","
          + "\"text\":\"" + TEXT + "\",\"now\":\"2026-11-23T10:00:00+01:00\"}";
      case "commit" -> "{\"id\":\"" + id + "\",\"now\":\"2026-11-23T10:00:00+01:00\","
          + "\"within\":\"PT1H\",\"locale\":\"de\"}";
      default -> throw new IllegalArgumentException(command);
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "scan,   '{\"id\":\"bad\",\"text\":42}',                         /text",
      "advise, '{\"id\":\"bad\",\"platform\":\"myspace\",\"visibility\":\"public\",\"text\":\"x\"}', /platform",
      "check,  '{\"id\":\"bad\",\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"now\":\"yesterday\"}', /now",
      "commit, '{\"id\":\"bad\",\"now\":\"2026-11-23T10:00:00+01:00\",\"within\":\"-PT1H\"}', /within"})
  void oneBadLineAmongValidOnes(String command, String badLine, String pointer) throws Exception {
    List<String> in = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      in.add(i == 2 ? badLine : line(command, "L" + i));
    }
    MainTest.Result r = MainTest.run(String.join("\n", in) + "\n", command);
    assertEquals(1, r.status(), r.err());
    String[] out = r.out().split("\n");
    assertEquals(5, out.length, r.out());
    for (int i = 0; i < 5; i++) {
      JsonNode node = new ObjectMapper().readTree(out[i]);
      if (i == 2) {
        assertEquals("bad", node.get("id").asText());
        assertEquals(3, node.get("line").asInt());
        assertTrue(node.get("error").asText().startsWith("line 3: " + pointer), out[i]);
      } else {
        assertEquals("L" + i, node.get("id").asText(), out[i]);
        assertFalse(node.has("error"), out[i]);
      }
    }
    for (String secret : SECRETS) {
      assertFalse(r.out().contains(secret), command + " echoed personal data: " + r.out());
      assertFalse(r.err().contains(secret), command + " echoed personal data: " + r.err());
    }
    MainTest.Result ok = MainTest.run(line(command, "only") + "\n", command);
    assertEquals(0, ok.status(), ok.out() + ok.err());
  }
}
