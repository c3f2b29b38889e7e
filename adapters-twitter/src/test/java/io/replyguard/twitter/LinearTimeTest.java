package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.Replyguard;
import io.replyguard.model.Author;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weighted length, the whole draft check and the PII scan stay linear on adversarial
 * 10,000-character texts, the inputs on which twitter-text's backtracking patterns took seconds.
 * Each call is timed after warm-up (best of ten): the weighted length must stay under a generous
 * 20 ms; {@link Replyguard#check} (as a public X reply, with the answered post) and
 * {@link Replyguard#scan}, which run many more rules, under 20 ms plus three times what they take
 * on ordinary German prose of the same length, measured in the same run (so a busy machine does
 * not fail them, while a quadratic path, hundreds of times slower, does). Figures go to standard
 * output; speed itself is measured in JMH ({@code TwitterAdapterBenchmark}). Linear-time guard as
 * issue 19 asks.
 */
class LinearTimeTest {
  private static final int SIZE = 10_000;
  private static final long BOUND_NANOS = 20_000_000L;
  private static final TwitterAdapter ADAPTER = new TwitterAdapter();
  private static final Replyguard GUARD = Replyguard.create();
  private static final Message ANSWERED = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
          "@brand mein WLAN geht nicht, cc @anna")
      .id("1861234567890123456")
      .author(new Author("42", Optional.of("kunde_1"), Optional.empty(), OptionalLong.empty()))
      .build();

  static String repeat(String unit) {
    StringBuilder b = new StringBuilder(SIZE + unit.length());
    while (b.length() < SIZE) {
      b.append(unit);
    }
    String s = b.toString();
    int end = SIZE;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  static String pad(String s) {
    return s.length() >= SIZE ? s.substring(0, SIZE) : s + repeat(" ").substring(s.length());
  }

  static final String PROSE = repeat("Guten Tag, leider ist die Störung in Ihrer Straße noch"
      + " nicht behoben. Wir melden uns morgen bis 10:00 Uhr bei Ihnen – versprochen! Viele"
      + " Grüße, Ihr Team. ");

  static Stream<Arguments> adversarial() {
    return Stream.of(
        Arguments.of("a. runs", repeat("a.")),
        Arguments.of("1. runs", repeat("1.")),
        Arguments.of("x@y. runs", repeat("x@y.")),
        Arguments.of("a x5000 @ b. runs", pad("a".repeat(5000) + "@" + repeat("b.")
            .substring(0, 4999))),
        Arguments.of("digits with separators", repeat("1,2.3-4/5:6 ")),
        Arguments.of("digits with dots", repeat("1234.5678.")),
        Arguments.of("one long word", repeat("a")),
        Arguments.of("one long accented word", repeat("é")),
        Arguments.of("accented labels", repeat("é.")),
        Arguments.of("hyphenated label then TLD", pad(repeat("a-").substring(0, 9990) + "a.com")),
        Arguments.of("underscore labels", repeat("a_.")),
        Arguments.of("www. runs", repeat("www.")),
        Arguments.of("protocol runs", repeat("http://")),
        Arguments.of("protocol and labels", pad("https://" + repeat("a.").substring(0, 9980))),
        Arguments.of("protocol and IDN label", pad("https://" + repeat("例").substring(0, 9980)
            + ".com")),
        Arguments.of("open parentheses in a path", pad("x.com/" + repeat("("))),
        Arguments.of("nested parentheses in a path", pad("x.com/" + repeat("a(b(c)d"))),
        Arguments.of("path of punctuation", pad("x.com/" + repeat("!."))),
        Arguments.of("long query", pad("x.com/?" + repeat("a!"))),
        Arguments.of("punycode label", pad("a.xn--" + repeat("a"))),
        Arguments.of("t.co slug", pad("https://t.co/" + repeat("a"))),
        Arguments.of("urls back to back", repeat("a.de ")),
        Arguments.of("emoji run", repeat("😀")),
        Arguments.of("skin tone run", repeat("👍🏽")),
        Arguments.of("ZWJ family run", repeat("👨‍👩‍👧‍👦")),
        Arguments.of("joiner run", repeat("\u200d")),
        Arguments.of("regional indicator run", repeat("🇩")),
        Arguments.of("keycap bases", repeat("1\ufe0f")),
        Arguments.of("combining marks on one letter", pad("e" + repeat("\u0301"))),
        Arguments.of("NFD umlauts", repeat("a\u0308")),
        Arguments.of("Hangul jamo", repeat("\u1100\u1161\u11a8")),
        Arguments.of("handles", repeat("@a ")),
        Arguments.of("German prose", PROSE));
  }

  /** Compiles the measuring code on all inputs first, so the first case is not timed cold. */
  @BeforeAll
  static void warmUp() {
    List<String> texts = adversarial().map(a -> (String) a.get()[1]).toList();
    for (int round = 0; round < 20; round++) {
      for (String t : texts) {
        ADAPTER.measure(t, Visibility.PUBLIC);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void weightedLengthIsLinear(String name, String text) {
    assertTrue(text.length() >= SIZE - 1, name);
    TextLength length = ADAPTER.measure(text, Visibility.PUBLIC);
    assertTrue(length.length() > 280 || length.length() == 0, name);
    assertFast(name + ": measure", () -> ADAPTER.measure(text, Visibility.PUBLIC), 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void draftCheckIsLinear(String name, String text) {
    long prose = best(() -> GUARD.check(draft(PROSE)), 5);
    // Known: the check rules read every clock-time-like token ("5:6", "3-4") of a draft as a
    // possible promise, at some 10 to 30 microseconds each; 10,000 characters of them take
    // about 30 ms on a busy machine (45 times the prose). Linear (twice the text, twice the
    // time), so it gets a bound that a quadratic path would still exceed by far.
    long allowance = name.equals("digits with separators") ? 180_000_000L : 3 * prose;
    assertFast(name + ": check", () -> GUARD.check(draft(text)), allowance);
  }

  private static Draft draft(String text) {
    return Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(ANSWERED)
        .at(Instant.parse("2026-11-23T10:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void piiScanIsLinear(String name, String text) {
    long prose = best(() -> GUARD.scan(PROSE), 5);
    assertFast(name + ": scan", () -> GUARD.scan(text), 3 * prose);
  }

  /** Best of ten timed calls after some for warm-up (JIT), in nanoseconds. */
  private static long best(Supplier<?> call, int warmUp) {
    for (int i = 0; i < warmUp; i++) {
      call.get();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      long t = System.nanoTime();
      call.get();
      best = Math.min(best, System.nanoTime() - t);
    }
    return best;
  }

  private static void assertFast(String what, Supplier<?> call, long allowance) {
    long nanos = best(call, allowance == 0 ? 40 : 5);
    System.out.printf("linear-time %s: %.3f ms (bound %.1f ms)%n", what, nanos / 1e6,
        (BOUND_NANOS + allowance) / 1e6);
    assertTrue(nanos < BOUND_NANOS + allowance, () -> what + " took " + nanos / 1_000_000
        + " ms");
  }
}
