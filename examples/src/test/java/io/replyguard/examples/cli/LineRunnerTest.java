package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineRunnerTest {

  /** Upper-cases "word"; fails on "fail": true. A minimal strict reader, like the commands'. */
  private static final Command UPPER = (line, id) -> {
    JsonNode input;
    try {
      input = new ObjectMapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new CliException("", "malformed JSON at line 1");
    }
    input.fieldNames().forEachRemaining(k -> {
      if (!List.of("id", "word", "fail").contains(k)) {
        throw new CliException("/" + k, "unknown key '" + k + "'");
      }
    });
    if (input.path("fail").asBoolean(false)) {
      throw new CliException("/fail", "asked to fail");
    }
    if (!input.path("word").isTextual()) {
      throw new CliException("/word", "expected a string but found a number");
    }
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.set("id", id);
    o.put("word", input.get("word").asText().toUpperCase(java.util.Locale.ROOT));
    return List.of(o.toString());
  };

  private static List<JsonNode> run(Command command, String input, long[] failed) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    LineRunner.Summary s = new LineRunner(command, true, null)
        .run(new BufferedReader(new StringReader(input)), out);
    failed[0] = s.failed();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(new ObjectMapper().readTree(line));
      }
    }
    return lines;
  }

  @Test
  void badLineYieldsAnErrorWithItsLineNumberAndTheRestGoesOn() throws Exception {
    long[] failed = new long[1];
    List<JsonNode> out = run(UPPER, String.join("\n",
        "{\"id\": \"a\", \"word\": \"eins\"}",
        "{\"id\": 7, \"word\": \"zwei\", \"fail\": true}",
        "",
        "not json",
        "{\"word\": \"no id\"}",
        "{\"id\": \"e\", \"word\": 5}",
        "{\"id\": \"f\", \"word\": \"sechs\", \"extra\": 1}",
        "{\"id\": \"g\", \"word\": \"sieben\"}"), failed);
    assertEquals(7, out.size(), "one output per non-blank input line");
    assertEquals("a", out.get(0).get("id").asText());
    assertEquals("EINS", out.get(0).get("word").asText());
    assertEquals(7, out.get(1).get("id").asInt(), "numeric ids are echoed as numbers");
    assertEquals("line 2: /fail: asked to fail", out.get(1).get("error").asText());
    assertEquals(2, out.get(1).get("line").asInt());
    assertTrue(out.get(2).get("id").isNull());
    assertTrue(out.get(2).get("error").asText().startsWith("line 4: line: malformed JSON at line 1"),
        out.get(2).toString());
    assertEquals("line 5: /id: required key 'id' is missing", out.get(3).get("error").asText());
    assertEquals("line 6: /word: expected a string but found a number",
        out.get(4).get("error").asText());
    assertTrue(out.get(5).get("error").asText().startsWith("line 7: /extra: unknown key 'extra'"),
        out.get(5).toString());
    assertEquals("SIEBEN", out.get(6).get("word").asText());
    assertEquals(5, failed[0]);
  }

  @Property(tries = 50)
  void orderAndIdsArePreserved(@ForAll @IntRange(min = 1, max = 60) int n) throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < n; i++) {
      in.append(i % 7 == 3 ? "{\"id\": \"x" + i + "\", \"fail\": true, \"word\": \"w\"}"
          : "{\"id\": \"x" + i + "\", \"word\": \"w" + i + "\"}").append('\n');
    }
    long[] failed = new long[1];
    List<JsonNode> out = run(UPPER, in.toString(), failed);
    assertEquals(n, out.size());
    long expectedFailures = 0;
    for (int i = 0; i < n; i++) {
      assertEquals("x" + i, out.get(i).get("id").asText());
      if (i % 7 == 3) {
        expectedFailures++;
        assertTrue(out.get(i).has("error"));
      } else {
        assertEquals("W" + i, out.get(i).get("word").asText());
      }
    }
    assertEquals(expectedFailures, failed[0]);
  }

  @Test
  void unexpectedExceptionsAreSummarisedWithoutTheirMessage() throws Exception {
    Command leaky = (input, out) -> {
      throw new UnsupportedOperationException("secret DE89370400440532013000");
    };
    long[] failed = new long[1];
    List<JsonNode> out = run(leaky, "{\"id\": 1}", failed);
    assertEquals("line 1: internal error (java.lang.UnsupportedOperationException)",
        out.get(0).get("error").asText());
  }
}
