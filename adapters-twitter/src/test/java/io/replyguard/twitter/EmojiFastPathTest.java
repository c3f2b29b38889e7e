package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link TwitterAdapter#measure} skips twitter-text's emoji regex for texts in which no emoji can
 * occur ({@link TwitterAdapter#mayContainEmoji}). These tests show the shortcut never changes a
 * result: no allowed character matches the emoji regex, alone or next to the keycap bases, and
 * random texts measure exactly as twitter-text with its default (v3) configuration.
 */
class EmojiFastPathTest {
  private static final Pattern EMOJI = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
  private static final TwitterAdapter ADAPTER = new TwitterAdapter();

  static List<Character> allowed() {
    List<Character> out = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (!TwitterAdapter.mayContainEmoji(String.valueOf(c))) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void noAllowedCharacterIsOrCompletesAnEmoji() {
    List<Character> allowed = allowed();
    assertTrue(allowed.size() > 8_000, "size " + allowed.size());
    assertFalse(allowed.contains('\u00a9'));
    assertFalse(allowed.contains('\u2122'), "trade mark sign is an emoji");
    assertFalse(allowed.contains('\ufe0f'));
    assertFalse(allowed.contains('\ud83d'));
    List<String> contexts = List.of("", "#", "*", "0", "7", "a", " ");
    for (char c : allowed) {
      for (String before : contexts) {
        for (String after : contexts) {
          String s = before + c + after;
          assertFalse(EMOJI.matcher(s).find(), () -> String.format("U+%04X in context", (int) c));
        }
      }
    }
  }

  @Test
  void keycapBasesAloneAreNoEmoji() {
    String bases = "#*0123456789";
    for (char a : bases.toCharArray()) {
      for (char b : bases.toCharArray()) {
        for (char c : bases.toCharArray()) {
          assertFalse(EMOJI.matcher("" + a + b + c).find(), "" + a + b + c);
        }
      }
    }
    assertTrue(EMOJI.matcher("#\ufe0f\u20e3").find(), "the keycap sequence itself is an emoji");
  }

  @Property(tries = 300)
  void measuresExactlyAsTwitterText(@ForAll("mixedTexts") String text) {
    TextLength mine = ADAPTER.measure(text, Visibility.PUBLIC);
    TwitterTextParseResults reference = TwitterTextParser.parseTweet(text);
    assertEquals(reference.weightedLength, mine.length());
    if (reference.weightedLength > 280 && reference.validTextRange.end + 1 <= text.length()) {
      int end = reference.validTextRange.end + 1;
      boolean pairSplit = end > 0 && end < text.length()
          && Character.isHighSurrogate(text.charAt(end - 1))
          && Character.isLowSurrogate(text.charAt(end));
      assertEquals(pairSplit ? end - 1 : end, mine.validEnd());
    }
  }

  @Provide
  Arbitrary<String> mixedTexts() {
    Arbitrary<String> typical = Arbitraries.of("Hallo", " ", "Straße", "„Danke“", "–", "…", "€",
        "#1", "*", "0", "9", ".", "https://example.de/a", "example.com", "x@y.de", "\u00e9",
        "e\u0301", "=\u0338", "\u00a9", "\u2122", "😷", "1\u20e3", "#\ufe0f\u20e3", "🇩🇪", "ä",
        "\u202f", "‰", "›", "\n", "Ω", "ありがとう");
    return typical.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  /** The plain fast path (no emoji, no URL, NFC) gives the library's weighted length exactly. */
  @Property(tries = 500)
  void plainFastPathMatchesTwitterText(@ForAll("plainTexts") String text) {
    if (TwitterAdapter.mayContainEmoji(text) || TwitterAdapter.mayContainUrl(text)
        || !java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)
        || text.trim().isEmpty()) {
      return;
    }
    TwitterTextParseResults reference = TwitterTextParser.parseTweet(text);
    assertEquals(reference.weightedLength, TwitterAdapter.plainWeightedLength(text), text);
    assertEquals(reference.weightedLength, ADAPTER.measure(text, Visibility.PUBLIC).length());
  }

  @Test
  void urlLikeTextsTakeTheLibraryPath() {
    assertTrue(TwitterAdapter.mayContainUrl("siehe example.de"));
    assertTrue(TwitterAdapter.mayContainUrl("http://localhost"));
    assertFalse(TwitterAdapter.mayContainUrl("Ende. Neuer Satz... und 3 . 5"));
    assertEquals(23 + 6, ADAPTER.measure("Siehe example.de", Visibility.PUBLIC).length());
  }

  /** {@link TwitterAdapter#latinPlainLength} relies on text below U+0300 being NFC as it is. */
  @Test
  void textBelowU0300IsNormalizedAsItIs() {
    StringBuilder pair = new StringBuilder(2);
    for (char a = 0; a < 0x300; a++) {
      for (char b = 0; b < 0x300; b++) {
        pair.setLength(0);
        pair.append(a).append(b);
        assertTrue(java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC),
            () -> String.format("U+%04X U+%04X", (int) pair.charAt(0), (int) pair.charAt(1)));
      }
    }
  }

  /** The one-pass Latin path agrees with twitter-text wherever it answers. */
  @Property(tries = 500)
  void latinPathMatchesTwitterText(@ForAll("latinTexts") String text) {
    int latin = TwitterAdapter.latinPlainLength(text);
    TwitterTextParseResults reference = TwitterTextParser.parseTweet(text);
    if (latin >= 0) {
      assertEquals(reference.weightedLength, latin, text);
    }
    assertEquals(reference.weightedLength, ADAPTER.measure(text, Visibility.PUBLIC).length());
  }

  @Test
  void latinPathDefersUrlsEmojiAndBlankText() {
    assertEquals(-1, TwitterAdapter.latinPlainLength("siehe example.de"));
    assertEquals(-1, TwitterAdapter.latinPlainLength("see http://x"));
    assertEquals(-1, TwitterAdapter.latinPlainLength("Marke \u00ae"));
    assertEquals(-1, TwitterAdapter.latinPlainLength(" \n\t "));
    assertEquals(-1, TwitterAdapter.latinPlainLength("e\u0301"));
    assertEquals(12, TwitterAdapter.latinPlainLength("Grüße, Jörg!"));
  }

  @Provide
  Arbitrary<String> latinTexts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u02ff').ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ':', '/', '\n')
            .ofMaxLength(30),
        Arbitraries.of("://", ".de", "x.y", "\u00a9", "\u00ae", "é", "ß", "Ω", "€", " "));
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> plainTexts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',', '!', '?', '\n')
            .ofMaxLength(40),
        Arbitraries.of("Grüße", "Straße", "Ä", "–", "—", "„", "“", "‚", "‘", "’", "…", "€", "‰",
            "′", "″", "‹", "›", "\u202f", "\u2020", "\u2021", "\u2022", "\u1100", "\u10d0",
            "Ω", "ж", ". ", "3.", "1,5", "\t"));
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }
}
