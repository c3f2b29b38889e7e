package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cue lexicon: the pre-check before the trie walk never hides a cue. */
class CueLexiconTest {
  private static final CueLexicon CUES = CueLexicon.BUILT_IN;

  @Test
  void everyLabelIsFoundInAnyCaseAndPassesThePreCheck() {
    for (String label : CueLexicon.labels()) {
      for (String form : List.of(label, label.toLowerCase(Locale.ROOT), upperEachChar(label))) {
        char[] text = (form + " 12345").toCharArray();
        assertTrue(CUES.mayStartAt(text, 0, text.length), form);
        CueLexicon.Hit hit = CUES.match(text, 0);
        assertNotNull(hit, form);
        assertEquals(0, hit.start());
        assertTrue(hit.end() >= 2, form);
      }
    }
  }

  /** Upper case char by char: 'ß' stays one character, as in text typed in capitals. */
  private static String upperEachChar(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(Character.toUpperCase(s.charAt(i)));
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"steht noch", "Auf eurer Seite", "per DM", "vereinbart", "Seite",
      "xylophon", "ökologisch", "12345", "•••• 1234", "verpasst"})
  void wordsThatStartNoCueAreRejectedBeforeTheWalk(String text) {
    char[] a = text.toCharArray();
    assertFalse(CUES.mayStartAt(a, 0, a.length), text);
  }

  @Test
  void shortCuesAtTheEndOfTheTextPass() {
    for (String text : List.of("PW", "LG", "Tel", "geb.")) {
      char[] a = text.toCharArray();
      assertTrue(CUES.mayStartAt(a, 0, a.length), text);
      assertNotNull(CUES.match(a, 0), text);
    }
  }

  /** Text made of cue labels (in mixed case), cue-like fragments and odd characters. */
  @Provide
  Arbitrary<String> cueText() {
    List<String> pieces = new ArrayList<>(CueLexicon.labels());
    pieces.addAll(List.of(" ", " ", ".", "-", ":", "'", "#", "ü", "Ü", "ß", "ẞ", "İ", "K",
        "ı", "ſ", "a", "e", "nummer", "nr", "12", "\uD83D\uDE00", "\uD800", "\u2022", "Tele",
        "Konto", "Vers", "ip", "IPv"));
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(pieces),
        Arbitraries.of(pieces).map(s -> s.toUpperCase(Locale.ROOT)),
        Arbitraries.of(pieces).map(s -> s.toLowerCase(Locale.ROOT)),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(3));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void thePreCheckRejectsNoPositionWhereACueMatches(@ForAll("cueText") String text) {
    char[] a = text.toCharArray();
    for (int i = 0; i < a.length; i++) {
      if (CUES.match(a, i) != null) {
        int at = i;
        assertTrue(CUES.mayStartAt(a, i, a.length), () -> "cue at " + at + " in " + text);
      }
    }
  }
}
