package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> hits(PhraseMatcher m, String text) {
    List<String> out = new ArrayList<>();
    m.scan(text, (p, s, e) -> out.add(p + "@" + s + "-" + e));
    return out;
  }

  @Test
  void findsOverlappingPatternsWithSpans() {
    PhraseMatcher m = PhraseMatcher.builder().add("he", false, false, 0)
        .add("she", false, false, 1).add("his", false, false, 2).add("hers", false, false, 3)
        .build();
    assertEquals(List.of("1@1-4", "0@2-4", "3@2-6"), hits(m, "ushers"));
  }

  @Test
  void boundaryFlagsApplyOnlyToWordCharacters() {
    PhraseMatcher m = PhraseMatcher.builder().add("app", true, true, 0)
        .add("#fail", true, false, 1).add("kuendig", false, false, 2).build();
    assertEquals(List.of("0@4-7"), hits(m, "die app"));
    assertEquals(List.of(), hits(m, "happy apps"));
    assertEquals(List.of("1@1-6"), hits(m, "x#failed"));
    assertEquals(List.of("2@7-14"), hits(m, "vertragkuendigung"));
  }

  @Test
  void emojiPatternsMatchSurrogatePairs() {
    PhraseMatcher m = PhraseMatcher.builder().add("😡", true, true, 7).build();
    assertEquals(List.of("7@2-4", "7@4-6"), hits(m, "so😡😡"));
  }

  @Test
  void emptyPatternIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.builder().add("", true, true, 0));
  }

  @Test
  void largeAutomataAreSplitIntoSegments() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    for (int i = 0; i < 40_000; i++) {
      b.add("w" + Integer.toString(i * 7919, 36) + "x", false, false, i);
    }
    PhraseMatcher m = b.build();
    assertEquals(true, m.states() > PhraseMatcher.MAX_STATES, "states " + m.states());
    assertEquals(List.of("0@0-3", "39999@4-" + (4 + ("w" + Integer.toString(39999 * 7919, 36)
        + "x").length())), hits(m, "w0x " + "w" + Integer.toString(39999 * 7919, 36) + "x"));
  }

  @Property(tries = 300)
  void agreesWithNaiveSearch(@ForAll("patterns") List<String> patterns, @ForAll("haystack") String text) {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    for (int i = 0; i < patterns.size(); i++) {
      b.add(patterns.get(i), false, false, i);
    }
    PhraseMatcher m = b.build();
    List<String> expected = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int i = 0; i < patterns.size(); i++) {
        String p = patterns.get(i);
        if (end >= p.length() && text.startsWith(p, end - p.length())) {
          expected.add(i + "@" + (end - p.length()) + "-" + end);
        }
      }
    }
    List<String> actual = hits(m, text);
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual);
  }

  @Provide
  Arbitrary<List<String>> patterns() {
    return Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(4).list()
        .ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> haystack() {
    return Arbitraries.strings().withChars("abcd").ofMaxLength(30);
  }
}
