package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The lazy text the checker uses agrees with the text whose word strings are all made. */
class TextLazyTest {

  static void assertSame(String s) {
    Text eager = new Text(s);
    Text lazy = Text.lazy(s);
    assertEquals(eager.size, lazy.size, s);
    assertEquals(eager.sentences, lazy.sentences, s);
    assertEquals(eager.clauses, lazy.clauses, s);
    assertEquals(Text.lowerCase(s), lazy.lower(), s);
    assertEquals(eager.lower, lazy.lower(), s);
    for (int i = 0; i < eager.size; i++) {
      assertEquals(eager.words[i], lazy.word(i), s);
      assertEquals(eager.start[i], lazy.start[i], s);
      assertEquals(eager.end[i], lazy.end[i], s);
      assertEquals(eager.flags[i], lazy.flags[i], s);
      assertEquals(Text.hash(eager.words[i]), lazy.hash[i], s);
      assertEquals(eager.capital(i), lazy.capital(i), s);
      assertEquals(eager.opensSentence(i), lazy.opensSentence(i), s);
      assertEquals(i == 0 || lazy.sentence[i - 1] != lazy.sentence[i], lazy.opensSentence(i), s);
      char first = s.charAt(lazy.start[i]);
      assertEquals(Character.isUpperCase(Character.isHighSurrogate(first)
          ? s.codePointAt(lazy.start[i]) : first), lazy.capital(i), s);
      assertEquals(eager.sentence[i], lazy.sentence[i], s);
      assertEquals(eager.clause[i], lazy.clause[i], s);
      assertEquals(eager.words[i].length(), lazy.length(i), s);
      assertEquals(eager.words[i].startsWith("ku"), lazy.startsWith(i, "ku"), s);
      assertEquals(eager.words[i].endsWith("er"), lazy.endsWith(i, "er"), s);
      assertEquals(eager.words[i].equals("sie"), lazy.is(i, "sie"), s);
    }
    for (int k = 0; k < eager.sentences; k++) {
      int bits = 0;
      for (int i = eager.sentenceFrom(k); i < eager.sentenceTo(k); i++) {
        bits |= eager.flags[i];
      }
      assertEquals(bits, lazy.sentenceFlags[k], s);
    }
  }

  @Property(tries = 1000)
  void lazyAndEagerTextsAgree(@ForAll String s) {
    assertSame(s);
  }

  @Test
  void lazyAndEagerTextsAgreeOnDrafts() {
    assertSame("Hallo Frau Schneider, bitte nennen Sie uns hier Ihre Kundennummer und dein "
        + "Passwort. Wir melden uns zeitnah, heute bis 18:00 Uhr! Zur Kündigung Ihres "
        + "Vertrags: die Frist beträgt 3 Monate. Sonderkündigung? SMS-Code, we'll see.");
    assertSame("İSTANBUL ΟΔΟΣ Straße ÄÖÜ 😀Grüße \uD800 x\uDC00y İİ");
  }

  @Test
  void latin1IsLowerCasedAsByString() {
    char[] all = new char[256];
    for (char c = 0; c < 256; c++) {
      all[c] = c;
    }
    String s = new String(all);
    assertEquals(s.toLowerCase(Locale.ROOT), Text.lazy(s).lower());
    assertArrayEquals(s.toLowerCase(Locale.ROOT).toCharArray(), Text.lazy(s).lo);
  }
}
