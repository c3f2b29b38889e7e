package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextTest {

  static List<String> words(Text t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.original(i));
    }
    return out;
  }

  @Test
  void wordsKeepInnerHyphensAndApostrophes() {
    Text t = new Text("Ihr SMS-Code, we'll see—ok? 😀Straße");
    assertEquals(List.of("Ihr", "SMS-Code", "we'll", "see", "ok", "Straße"), words(t));
    assertEquals("sms-code", t.words[1]);
    assertEquals(30, t.start[5]);
  }

  @Test
  void sentencesEndAtTerminatorsAndLineBreaksButNotInsideNumbers() {
    Text t = new Text("Bis 31.12.2026 ok. Sie kommen!\nDanke z.B. heute");
    assertTrue(t.opensSentence(0));
    assertEquals(0, t.sentence[3]);
    assertTrue(t.opensSentence(5), "after '. '");
    assertTrue(t.opensSentence(7), "after a line break");
    assertEquals(4, t.sentences);
  }

  @Test
  void capitalisationIsRecorded() {
    Text t = new Text("sie Sie");
    assertFalse(t.capital(0));
    assertTrue(t.capital(1));
  }

  /**
   * A Latin-1 text is split on its lower-cased characters, any other on the original ones: for
   * every Latin-1 character, the two paths agree (the second is forced by a trailing bullet,
   * U+2022, which is neither a word character nor a separator).
   */
  @Test
  void latin1TextsSplitAsTheGeneralPathDoes() {
    for (char c = 0; c < 256; c++) {
      char l = Character.toLowerCase(c);
      assertEquals(Character.isLetterOrDigit(c), Character.isLetterOrDigit(l), "U+" + (int) c);
      String s = "A" + c + "b " + c + " 1" + c + "2, X" + c + "-Y. " + c + "Z" + c;
      Text latin = new Text(s);
      Text general = new Text(s + "\u2022");
      assertEquals(latin.size, general.size, "U+" + (int) c);
      assertEquals(latin.sentences, general.sentences, "U+" + (int) c);
      for (int i = 0; i < latin.size; i++) {
        String at = "U+" + (int) c + " word " + i;
        assertEquals(latin.words[i], general.words[i], at);
        assertEquals(latin.start[i], general.start[i], at);
        assertEquals(latin.end[i], general.end[i], at);
        assertEquals(latin.sentence[i], general.sentence[i], at);
        assertEquals(latin.clause[i], general.clause[i], at);
        assertEquals(latin.flags[i], general.flags[i], at);
        assertEquals(latin.hash[i], general.hash[i], at);
        assertEquals(latin.capital(i), general.capital(i), at);
      }
    }
  }

  @Property(tries = 1000)
  void spansLieInsideAndLowerCaseKeepsLength(@ForAll String s) {
    Text t = new Text(s);
    assertEquals(s.length(), t.lower.length());
    int last = 0;
    for (int i = 0; i < t.size; i++) {
      assertTrue(t.start[i] >= last && t.start[i] < t.end[i] && t.end[i] <= s.length());
      assertEquals(t.lower.substring(t.start[i], t.end[i]), t.words[i]);
      last = t.end[i];
    }
    for (int i = 1; i < t.size; i++) {
      assertTrue(t.sentence[i] >= t.sentence[i - 1] && t.clause[i] >= t.clause[i - 1]);
    }
    if (t.size > 0) {
      assertEquals(t.sentences, t.sentence[t.size - 1] + 1);
    }
  }

  /**
   * The per-code-point lower-casing of a text with characters above U+00FF is exactly
   * {@link Text#lowerCase} (String.toLowerCase(Locale.ROOT) with aligned indices): any string,
   * and strings made of the characters where the two could part (sigma, dotted capital I,
   * supplementary letters with a lower case, emoji, lone surrogates).
   */
  @Property(tries = 3000)
  void lowerCaseIsStringLowerCase(@ForAll String s,
      @ForAll("tricky") java.util.List<String> pieces) {
    for (String text : List.of(s, String.join("", pieces), s + String.join("", pieces))) {
      assertEquals(Text.lowerCase(text), Text.lazy(text).lower(), () -> text.chars()
          .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<java.util.List<String>> tricky() {
    return net.jqwik.api.Arbitraries.of("A", "\u00c4", "\u00df", "\u03a3", "\u03c3", "\u0391",
        "\u0130", "I", "\u0406", "\u0416", "\u1e9e", "\u2013", "\ud801\udc00", "\ud801\udc28",
        "\ud83d\ude00", "\ud800", "\udc00", "\u2126", "\u212a", " ", ".", "x")
        .list().ofMaxSize(12);
  }
}
