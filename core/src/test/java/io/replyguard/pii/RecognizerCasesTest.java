package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The case file of every recognizer ({@code resources/pii/cases/<name>.jsonl}): one JSON object
 * per line with {@code text}, {@code spans} (type, start, end and, for readers, value) and
 * {@code why}. The detector must report exactly these spans with these types, nothing else; a
 * case without spans is a negative.
 */
class RecognizerCasesTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Case file per recognizer, by recognizer class. */
  static final List<String> FILES = List.of("network", "tokens", "places", "numbers",
      "customer-numbers", "credentials", "birth-dates", "names");

  record Case(int line, String text, List<String> expected, String why) {}

  static List<Case> cases(String file) throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        RecognizerCasesTest.class.getResourceAsStream("/pii/cases/" + file + ".jsonl"),
        file), StandardCharsets.UTF_8))) {
      String l;
      int line = 0;
      while ((l = r.readLine()) != null) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(l);
        String text = n.get("text").asText();
        List<String> expected = new ArrayList<>();
        for (JsonNode s : n.get("spans")) {
          int start = s.get("start").asInt();
          int end = s.get("end").asInt();
          assertEquals(s.get("value").asText(), text.substring(start, end),
              file + ":" + line + " value does not match its span");
          expected.add(s.get("type").asText() + "[" + start + "," + end + ")");
        }
        out.add(new Case(line, text, expected, n.get("why").asText()));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicContainer> everyCaseFileHolds() throws IOException {
    List<DynamicContainer> files = new ArrayList<>();
    for (String file : FILES) {
      List<Case> cases = cases(file);
      assertFalse(cases.isEmpty(), file);
      List<DynamicTest> tests = new ArrayList<>();
      for (Case c : cases) {
        tests.add(DynamicTest.dynamicTest(file + ":" + c.line() + " " + c.why(), () -> {
          List<String> found = new ArrayList<>();
          for (PiiFinding f : DETECTOR.scan(c.text())) {
            found.add(f.type() + "[" + f.span().start() + "," + f.span().end() + ")");
          }
          assertEquals(c.expected(), found, c.why());
        }));
      }
      files.add(DynamicContainer.dynamicContainer(file, tests));
    }
    return files.stream();
  }
}
