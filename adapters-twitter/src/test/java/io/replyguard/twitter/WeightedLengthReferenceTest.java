package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.spi.TextLength;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The optimized walk of {@link WeightedLength#measure} (table-driven runs, a lazy emoji scan that
 * jumps over runs, NFC checked along the walk) against {@link ReferenceWeightedLength}, the plain
 * specification: the same length, limit and valid end for every text, limit and uncounted
 * prefix. {@code -Dreplyguard.reference.count=N} sets the number of generated texts (default
 * 200,000).
 */
class WeightedLengthReferenceTest {
  private static final WeightedLength V3 = WeightedLength.V3;
  private static final int[] LIMITS = {280, 25_000, 60, 7, 1};
  private static final String[] PREFIXES = {"", "@kunde_1 ", "@a @b_2 ", "@TelcoHilfe  ", "＠x "};

  @Test
  void generatedTextsMeasureAsTheReferenceDoes() {
    int count = Integer.getInteger("replyguard.reference.count", 200_000);
    TextGenerator gen = new TextGenerator(Long.getLong("replyguard.reference.seed", 20261204L));
    Random random = new Random(7);
    int overLimit = 0;
    int notNfc = 0;
    for (int t = 0; t < count; t++) {
      String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
      String text = prefix + gen.next();
      int limit = LIMITS[random.nextInt(LIMITS.length)];
      int uncounted = random.nextBoolean() ? prefix.length() : 0;
      TextLength expected = same(text, limit, uncounted);
      overLimit += expected.fits() ? 0 : 1;
      notNfc += java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? 0 : 1;
    }
    System.out.printf("weighted length vs reference: %,d texts identical (%,d over their limit,"
        + " %,d not NFC)%n", count, overLimit, notNfc);
    assertTrue(overLimit > count / 10, "generator makes texts over the limit: " + overLimit);
    assertTrue(notNfc > count / 20, "generator makes NFD texts: " + notNfc);
  }

  @Test
  void edgeCasesMeasureAsTheReferenceDoes() {
    List<String> texts = List.of("", " ", "\t\n", "a", ".", "1", "11", "1\u20e3", "1\ufe0f\u20e3",
        "#\ufe0f\u20e3x", "\u00a9", "\u00a9\ufe0f", "\u00ae text", "a.b", "example.de",
        "example.de/" + "\ud83d\ude00", "\ud83d\ude00example.de", "x\ud83d\ude00.de",
        "\ud83c\udde9\ud83c\uddea\ud83c\udde9", "\ud83d\udc69\u200d\ud83d\udd27.",
        "e\u0301", "e\u0301.de", "https://e\u0301x.de/a\u0301", "\ud800", "\udc00a.de",
        "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f",
        "a".repeat(300), "a".repeat(279) + "\u00e9\u0301", "\u4e2d".repeat(150),
        "\u0430\u0431\u0432 ".repeat(80), "1.".repeat(200), "x@y.".repeat(100),
        "\ud83d\ude00".repeat(200), "t.co/abc \u2764\ufe0f".repeat(30));
    for (String text : texts) {
      for (int limit : LIMITS) {
        same(text, limit, 0);
        same("@kunde " + text, limit, 7);
      }
    }
  }

  @Property(tries = 3000)
  void anyMixOfTrickyPiecesMeasuresAsTheReferenceDoes(@ForAll("texts") String text,
      @ForAll("limits") int limit) {
    same(text, limit, 0);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of("a", "Z", "ä", "ß", " ", ".", ",", "/", ":", "@",
        "#", "*", "0", "7", "\u00a9", "\u00ae", "\u20e3", "\ufe0f", "\u200d", "e\u0301",
        "\u0301", "\u1100\u1161", "\u4e2d", "\u0436", "\u2013", "\u20ac", "\u2122",
        "\ud83d\ude00", "\ud83c\udffd", "\ud83d\udc69", "\ud83d\udd27", "\ud83c\udde9",
        "\ud83c\uddea", "\ud840\udc0b", "\ud800", "\udc00", "https://", "http://", "www.",
        "example", "de", "com", "t.co/", "xn--bcher-kva", "?a=1", "(x)", "\n");
    return piece.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.of(280, 40, 5, 1);
  }

  private static TextLength same(String text, int limit, int uncounted) {
    TextLength expected = ReferenceWeightedLength.measure(V3, text, limit, uncounted);
    TextLength actual = V3.measure(text, limit, uncounted);
    assertEquals(expected, actual, () -> "limit " + limit + ", uncounted " + uncounted
        + ", text " + escape(text));
    return expected;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return b.toString();
  }
}
