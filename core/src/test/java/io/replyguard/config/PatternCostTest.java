package io.replyguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cost of user patterns is bounded before re2j compiles them. */
class PatternCostTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      literal                 | abc                           | 1
      class and counts        | \\bAC-\\d{8}\\b                | 8
      nested counts multiply  | (x{10}){20}                   | 200
      stars count one         | ((a*)+)?                      | 1
      open count              | (ab{3,}){4}                   | 12
      range uses its maximum  | (a{2,5}){3}                   | 15
      sibling groups          | (a{10})(b{20})                | 20
      brace literal           | a{,3}{x}                      | 1
      escaped brace           | a\\{1000}                     | 1
      quoted text             | \\Qa{1000}\\E                 | 1
      class with brace        | [{}]{3}                       | 3
      non-capturing           | (?:(?i:a{4}){5}){6}           | 120
      named                   | (?P<n>a{7}){7}                | 49
      """)
  void repetitionProductFollowsTheSyntax(String name, String pattern, long product) {
    assertEquals(product, PatternCost.of(pattern).repetitionProduct(), name);
  }

  @Test
  void explosivePatternsAreRejectedWithoutCompiling() {
    List<String> hostile = List.of("((a{1000}){1000}){1000}", "((a{1000}){1000}){1000})",
        "(x{1000}){20}", "(((((a{10}){10}){10}){10}){10}){10}", "(?:a{1000}|b){2}",
        "[a-z]{1000}[0-9]{1000}x{1000}");
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String p : hostile) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PatternCost.require(p), p);
        assertTrue(e.getMessage().contains("limit is"), e.getMessage());
        assertTrue(!e.getMessage().contains(p), "the pattern is not quoted: " + e.getMessage());
      }
    });
  }

  @Test
  void ordinaryPatternsAreAccepted() {
    for (String p : List.of("\\bAC-\\d{8}\\b", "(?i)\\b(?:KD|Kunde)[- ]?\\d{6,10}\\b",
        "\\b[A-Z]{2}\\d{2}(?: ?\\d{4}){4,7}\\b", "x{990}", "\\p{Lu}\\p{Ll}+ \\pL{2,40}",
        "[[:alpha:]]{3}-[^\\]]{2}")) {
      PatternCost.require(p);
    }
  }

  /** The estimate is an upper bound of what re2j really compiles (read from its program). */
  @Property(tries = 400)
  void estimateIsAnUpperBoundOfTheCompiledProgram(@ForAll("patterns") String pattern)
      throws Exception {
    PatternCost.Cost cost = PatternCost.of(pattern);
    if (cost.programSize() > 50_000) {
      return;
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return;
    }
    int actual = instructions(compiled);
    assertTrue(cost.programSize() >= actual,
        pattern + ": estimated " + cost.programSize() + " < compiled " + actual);
    // re2j merges alternatives of single characters into one class; elsewhere the estimate
    // stays close
    assertTrue(pattern.contains("|") || cost.programSize() <= 4L * actual + 16,
        pattern + ": estimated " + cost.programSize() + " far above compiled " + actual);
  }

  private static int instructions(Pattern p) throws Exception {
    Method re2 = Pattern.class.getDeclaredMethod("re2");
    re2.setAccessible(true);
    Object r = re2.invoke(p);
    Field prog = r.getClass().getDeclaredField("prog");
    prog.setAccessible(true);
    Object pr = prog.get(r);
    Method num = pr.getClass().getDeclaredMethod("numInst");
    num.setAccessible(true);
    return (int) num.invoke(pr);
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> atoms = Arbitraries.of("a", "b", "\\d", "[a-z]", "[^x]", ".", "\\b", "\\pL",
        "\\x{41}", "\\Qab\\E", "é", "^", "$", "[[:digit:]]");
    return Arbitraries.recursive(() -> atoms, inner -> Arbitraries.oneOf(
        Arbitraries.of("(", "(?:", "(?i:", "(?P<g>").flatMap(open ->
            inner.map(x -> open + x + ")")),
        inner.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l)),
        inner.list().ofMinSize(2).ofMaxSize(3).map(l -> "(?:" + String.join("|", l) + ")"),
        Arbitraries.of("*", "+", "?", "*?", "{3}", "{2,5}", "{4,}", "{0,2}", "{0}", "{1}",
            "{12}").flatMap(q -> inner.map(x -> "(?:" + x + ")" + q))), 4);
  }
}
