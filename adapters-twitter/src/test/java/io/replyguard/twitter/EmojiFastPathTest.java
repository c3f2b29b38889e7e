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
