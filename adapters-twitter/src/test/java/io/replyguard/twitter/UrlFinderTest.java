package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link UrlFinder} on the cases where twitter-text's pattern is subtle, each against
 * twitter-text 3.1.0 itself (test-scope oracle) and, where written out, against the expected
 * URLs. The differential test covers random texts; these are the classes of cases it found or
 * that the pattern's structure suggests.
 */
class UrlFinderTest {
  static Stream<String> subtle() {
    return Stream.of(
        // the path's ending class and parenthesis group are joined by a bare '|'
        "http://a.b.c.Example.com.DE/track/We_Up_(Album_Version_(Edited))//a$b/[x]](https//sub"
            + ".domain.sfr/path/to/page.)x",
        "https://de.wikipedia.org/wiki/Primer_(film)", "x.com/(a)(b)(c).", "x.com/a(b)c.",
        "x.com/!(a)", "x.com/((a))", "x.com/(a(b)c)d", "x.com/a(", "x.com/@user/", "x.com/@a",
        // preceding characters and the start of the text
        "é1.gr", " é1.gr", "-x.com", "_x.com", ".x.com", "/x.com", "$x.com", "#x.com", "@x.com",
        "user@example.com", "x@y.de", "a@b.c.de", "http://x@y.com", "ftp://x.com",
        // trailing punctuation
        "siehe example.de.", "(example.de)", "example.de/.", "example.de/a.", "example.de?a=1.",
        "example.de?a=(1)", "example.de:8080/a", "example.de:/a", "example.de:x",
        // TLDs, IDN, punycode
        "example.comé", "example.com_x", "example.com-x", "example.co.uk", "example.c",
        "bücher.de", "http://例え.テスト", "http://例え.com", "例え.com", "http://xn--bcher-kva.ch",
        "a.xn--p1ai", "a.XN--P1AI", "http://www.google.com.xyz", "www.google.com.xyz",
        "http://t.co/abc?x=1&y=2.", "https://t.co/" + "a".repeat(41), "https://t.co/abc/def",
        "t.co/abc", "HTTPS://T.CO/ABC", "http://" + "a".repeat(64) + ".com",
        "http://" + "a".repeat(63) + ".com", "http://http://x.com", "https//x.com",
        "http://a.b", "http://1.2.3.4", "1.2.3.4.de", "a_b.c_d.com", "a_b.com", "a-.com",
        "-a.com", "http://-a.com", "http://a-.de", "\u202ahttp://x.com\u202c",
        "\ufeffexample.com", "example.com\ufeff");
  }

  @ParameterizedTest
  @MethodSource("subtle")
  void findsWhatTwitterTextFinds(String text) {
    assertArrayEquals(TwitterTextDifferentialTest.twitterTextUrls(text), UrlFinder.find(text),
        TwitterTextDifferentialTest.escape(text));
  }

  @org.junit.jupiter.api.Test
  void examples() {
    assertEquals("[0, 43]", java.util.Arrays.toString(
        UrlFinder.find("https://de.wikipedia.org/wiki/Primer_(film)")));
    assertEquals("[6, 16]", java.util.Arrays.toString(UrlFinder.find("siehe example.de.")));
    assertEquals("[1, 5]", java.util.Arrays.toString(UrlFinder.find("é1.gr")));
    assertEquals("[]", java.util.Arrays.toString(UrlFinder.find("user@example.com")));
    assertEquals("[]", java.util.Arrays.toString(UrlFinder.find("-x.com")));
  }
}
