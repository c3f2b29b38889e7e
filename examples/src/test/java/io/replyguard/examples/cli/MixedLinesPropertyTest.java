package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mixed good and bad lines for every JSON Lines command: one answer per line, in order, the id
 * echoed; every error names the line, a JSON Pointer and the rule, never "internal error"; no
 * planted personal data in any answer. Bounded to run in seconds.
 */
class MixedLinesPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Planted in values, keys and ids of bad lines; must never come back (redacted or masked). */
  private static final List<String> PLANTED = List.of("max@example.de", "0172 9925904",
      "DE89370400440532013000");
  private static final Pattern ERROR = Pattern.compile("line \\d+: (line|/[^:]*): \\S.*");

  record Case(String command, List<String> lines) {}

  private static final List<String> GOOD_SCAN = List.of(
      "{\"id\":%d,\"text\":\"Schreiben Sie an max@example.de\"}",
      "{\"id\":%d,\"text\":\"Call 0172 9925904\",\"locale\":\"en\"}");
  private static final List<String> GOOD_CHECK = List.of(
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Wir melden uns zeitnah.\",\"now\":\"2026-11-28T19:40:00+01:00\"}",
      "{\"id\":%d,\"platform\":\"FACEBOOK\",\"visibility\":\"PRIVATE\",\"text\":\"Your IBAN DE89370400440532013000?\",\"now\":\"2026-11-23T10:00:00+01:00\"}");
  private static final List<String> GOOD_COMMIT = List.of(
      "{\"id\":%d,\"now\":\"2026-11-28T19:40:00+01:00\",\"within\":\"PT1H\"}",
      "{\"id\":%d,\"now\":\"2026-12-24T13:00:00+01:00\",\"within\":\"P2D\",\"locale\":\"en\"}");
  private static final List<String> GOOD_RENDER = List.of(
      "{\"id\":%d,\"template\":\"thanks\",\"values\":{\"customerName\":\"Frau Beispiel\"}}",
      "{\"id\":%d,\"template\":\"acknowledgement\",\"now\":\"2026-11-23T10:00:00+01:00\",\"values\":{\"customerName\":\"Sam\"}}");
  private static final List<String> GOOD_ADVISE = List.of(
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Ich will kündigen! max@example.de\"}",
      "{\"id\":%d,\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"Internet weg #fail\",\"author\":{\"followers\":20000},\"createdAt\":\"2026-11-23T10:00:00+01:00\"}");

  /** Bad variants, each for any command: %d is the id. */
  private static final List<String> BAD_ANY = List.of(
      "{\"id\":%d,",
      "[%d]",
      "{\"id\":%d,\"max@example.de\":1}",
      "{\"id\":%d,\"0172 9925904\":{\"x\":1}}",
      "{\"id\":%d,\"text\":7}",
      "{\"id\":%d,\"id\":%<d}",
      "{\"id\":%d,\"text\":\"a\"} trailing",
      "{\"id\":%d,\"platform\":\"DE89370400440532013000\",\"visibility\":\"public\",\"text\":\"x\"}",
      "{\"id\":%d,\"now\":\"+999999999-12-31T23:59:59+18:00\",\"within\":\"PT1H\"}",
      "{\"id\":%d,\"now\":\"2026-11-23T10:00:00+01:00\",\"within\":\"P36500D\"}",
      "{\"id\":%d,\"now\":\"-999999999-01-01T00:00:00-18:00\",\"within\":\"PT1H\"}",
      "{\"id\":%d,\"template\":\"max@example.de\",\"values\":{}}",
      "{\"id\":%d,\"template\":\"thanks\",\"values\":{\"DE89370400440532013000\":\"x\",\"customerName\":\"y\"}}",
      "{\"id\":%d,\"template\":\"thanks\",\"values\":{\"customerName\":\" \"}}",
      "{\"id\":%d,\"template\":\"thanks\",\"locale\":\"max@example.de\",\"values\":{}}",
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"author\":{\"id\":\" \",\"followers\":-1}}",
      "{\"id\":%d,\"platform\":\"facebook\",\"visibility\":\"private\",\"text\":\"x\",\"now\":\"2026-11-23T10:00:00+01:00\",\"inReplyTo\":{\"platform\":\"facebook\",\"visibility\":\"public\",\"text\":\"y\",\"attributes\":{\"facebook.kind\":\"max@example.de\"}}}",
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"secret\",\"text\":\"x\"}",
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"createdAt\":\"+20000-01-01T00:00:00Z\"}",
      "{\"id\":%d,\"text\":\"\\uD800 lone\"}",
      "{\"id\":%d,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"x\",\"now\":\"2026-13-01T00:00:00Z\"}");

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> command = Arbitraries.of("scan", "check", "commit", "render", "advise");
    return command.flatMap(c -> {
      List<String> good = switch (c) {
        case "scan" -> GOOD_SCAN;
        case "check" -> GOOD_CHECK;
        case "commit" -> GOOD_COMMIT;
        case "render" -> GOOD_RENDER;
        default -> GOOD_ADVISE;
      };
      Arbitrary<String> line = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(3, Arbitraries.of(good)),
          net.jqwik.api.Tuple.of(4, Arbitraries.of(BAD_ANY)),
          net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ", "\r")));
      return Combinators.combine(Arbitraries.just(c), line.list().ofMinSize(1).ofMaxSize(25))
          .as(Case::new);
    });
  }

  @Property(tries = 30)
  void everyLineGetsItsAnswerInOrderAndErrorsNameTheirPlace(@ForAll("cases") Case c)
      throws Exception {
    StringBuilder in = new StringBuilder();
    List<Integer> expectedIds = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      String template = c.lines().get(i);
      String line = template.contains("%") ? String.format(template, i + 1) : template;
      in.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
      if (!line.isBlank()) {
        expectedIds.add(i + 1);
      }
    }
    MainTest.Result r = MainTest.run(in.toString(), c.command());
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.out().split("\n")) {
      if (!l.isEmpty()) {
        out.add(MAPPER.readTree(l));
      }
    }
    assertEquals(expectedIds.size(), out.size(), r.out());
    boolean failed = false;
    for (int k = 0; k < out.size(); k++) {
      JsonNode o = out.get(k);
      if (o.has("error")) {
        failed = true;
        String e = o.get("error").asText();
        assertEquals(expectedIds.get(k).longValue(), o.get("line").asLong(), e);
        assertTrue(ERROR.matcher(e).matches(), "no pointer: " + e);
        assertFalse(e.contains("internal error"), e);
      } else {
        assertEquals(expectedIds.get(k).intValue(), o.get("id").asInt(), o.toString());
      }
    }
    for (String p : PLANTED) {
      assertFalse(r.out().contains(p) || r.err().contains(p), p + " leaked: " + r.out());
    }
    assertEquals(failed ? 1 : 0, r.status(), r.err());
  }
}
