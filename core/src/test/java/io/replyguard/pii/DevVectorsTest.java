package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the development vectors (resources/pii/pii-vectors-dev.jsonl, see README.md there):
 * {@code expected: true} needs at least one finding of the type, {@code expected: false} none of
 * that type. Cases listed in pii-vectors-dev.exclusions.tsv (line number, reason) are known
 * misses: they must still miss (so the list stays honest), and the pass rate counting them as
 * failures must stay at or above 97% (see {@link #passRateAtLeast97Percent()} for labels that
 * contradict a rule by design).
 */
class DevVectorsTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());

  record Case(int line, PiiType type, String text, boolean expected, String source) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader r = reader("pii-vectors-dev.jsonl")) {
      String l;
      int line = 0;
      while ((l = r.readLine()) != null) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(l);
        out.add(new Case(line, PiiType.valueOf(n.get("type").asText()), n.get("text").asText(),
            n.get("expected").asBoolean(), n.get("source").asText()));
      }
    }
    return out;
  }

  static Map<Integer, String> exclusions() throws IOException {
    Map<Integer, String> out = new HashMap<>();
    try (BufferedReader r = reader("pii-vectors-dev.exclusions.tsv")) {
      String l;
      while ((l = r.readLine()) != null) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\t", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
          throw new IllegalStateException("exclusion line needs 'line<TAB>reason': " + l);
        }
        out.put(Integer.parseInt(parts[0].trim()), parts[1]);
      }
    }
    return out;
  }

  private static BufferedReader reader(String name) {
    InputStream in = DevVectorsTest.class.getResourceAsStream("/pii/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource /pii/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static boolean passes(Case c) {
    boolean found = DETECTOR.scan(c.text()).stream().anyMatch(f -> f.type() == c.type());
    return found == c.expected();
  }

  static Stream<Arguments> arguments() throws IOException {
    Map<Integer, String> ex = exclusions();
    return cases().stream().map(c -> Arguments.of(c, ex.get(c.line())));
  }

  @ParameterizedTest(name = "line {0}")
  @MethodSource("arguments")
  void vector(Case c, String exclusion) {
    boolean ok = passes(c);
    String what = "line " + c.line() + " " + c.type() + " expected=" + c.expected() + " ("
        + c.source() + ")";
    if (exclusion == null) {
      assertTrue(ok, what);
    } else if (ok) {
      fail(what + " passes now: remove it from pii-vectors-dev.exclusions.tsv");
    }
  }

  /**
   * At least 97% pass. Vectors whose label contradicts a rule of this project's vocabulary (an
   * exclusion whose reason starts with "By design": role mailboxes and toll-free numbers are an
   * organisation's contacts, "::" alone is no address, e-mail domains end in a delegated TLD)
   * are left out of the denominator; the raw rate is printed beside it.
   */
  @Test
  void passRateAtLeast97Percent() throws IOException {
    List<Case> all = cases();
    long passed = all.stream().filter(DevVectorsTest::passes).count();
    long byDesign = exclusions().values().stream().filter(r -> r.startsWith("By design"))
        .count();
    double rate = (double) passed / (all.size() - byDesign);
    System.out.printf("dev vectors: %d of %d pass (%.1f %%); %d labels contradict a rule by "
        + "design; %.1f %% of the rest%n", passed, all.size(), 100.0 * passed / all.size(),
        byDesign, 100 * rate);
    assertTrue(rate >= 0.97, "pass rate " + rate);
    assertEquals(all.size() - passed, exclusions().size(),
        "every miss is listed in the exclusion file and nothing else");
  }
}
