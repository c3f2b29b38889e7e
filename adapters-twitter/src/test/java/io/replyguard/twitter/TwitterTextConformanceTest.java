package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Draft;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * twitter-text's language-neutral conformance data (test resources {@code twitter-text/}, Apache
 * License 2.0, copied with its license and note) run against the adapter's own implementation:
 * every case of the v3 sections {@code WeightedTweetsWithDiscountedEmojiCounterTest} and
 * {@code UnicodeDirectionalMarkerCounterTest} of {@code validate.yml} through
 * {@link TwitterAdapter#measure}: weighted length, the end of the valid range as
 * {@link TextLength#validEnd()}, and validity as "fits and no {@code twitter.invalid-characters}
 * policy finding"; and every URL case of {@code extract.yml} ({@code urls},
 * {@code urls_with_indices}, {@code urls_with_directional_markers}, {@code tco_urls_with_params})
 * through {@link UrlFinder}. The v2 section {@code WeightedTweetsCounterTest} (no emoji discount)
 * and the 140-character {@code tweets} section describe rules no longer in force and are not run.
 */
class TwitterTextConformanceTest {
  private static final Map<String, Object> VALIDATE =
      ConformanceYaml.load("/twitter-text/validate.yml");
  private static final TwitterAdapter ADAPTER = new TwitterAdapter();

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> section(String name) {
    Map<String, Object> tests = (Map<String, Object>) VALIDATE.get("tests");
    return (List<Map<String, Object>>) tests.get(name);
  }

  static Stream<Arguments> v3Cases() {
    return Stream.concat(section("WeightedTweetsWithDiscountedEmojiCounterTest").stream(),
            section("UnicodeDirectionalMarkerCounterTest").stream())
        .map(c -> Arguments.of(c.get("description"), c.get("text"), c.get("expected")));
  }

  @Test
  void theV3SectionsAreAllThere() {
    assertEquals(22, section("WeightedTweetsWithDiscountedEmojiCounterTest").size());
    assertEquals(2, section("UnicodeDirectionalMarkerCounterTest").size());
    assertEquals(24, v3Cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("v3Cases")
  void weightedLengthMatchesTwitterTextV3(String description, String text,
      Map<String, Object> expected) {
    TextLength length = ADAPTER.measure(text, Visibility.PUBLIC);
    long weighted = (Long) expected.get("weightedLength");
    boolean valid = (Boolean) expected.get("valid");
    long validRangeEnd = (Long) expected.get("validRangeEnd");
    assertEquals(weighted, length.length(), description + ": weightedLength");
    assertEquals(280, length.limit(), description);
    assertEquals(text.length(), length.textLength(), description);
    boolean invalidCharacters = ADAPTER.policy(Draft.of(text, Platform.TWITTER,
        Visibility.PUBLIC), Instant.EPOCH).stream()
        .anyMatch(f -> f.ruleId().equals(TwitterAdapter.RULE_INVALID_CHARACTERS));
    assertEquals(valid, length.fits() && !invalidCharacters, description + ": valid");
    if (weighted <= 280) {
      assertTrue(length.fits(), description + ": fits");
      assertEquals(text.length(), length.validEnd(), description + ": validEnd");
    } else {
      assertFalse(valid, description + ": conformance says invalid");
      assertFalse(length.fits(), description + ": fits");
      assertEquals(validRangeEnd + 1, length.validEnd(), description + ": validRangeEnd + 1");
    }
  }

  static Stream<Arguments> urlCases() {
    Map<String, Object> extract = ConformanceYaml.load("/twitter-text/extract.yml");
    @SuppressWarnings("unchecked")
    Map<String, Object> tests = (Map<String, Object>) extract.get("tests");
    Stream.Builder<Arguments> out = Stream.builder();
    for (String name : List.of("urls", "urls_with_indices", "urls_with_directional_markers",
        "tco_urls_with_params")) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cases = (List<Map<String, Object>>) tests.get(name);
      for (Map<String, Object> c : cases) {
        out.add(Arguments.of(name + ": " + c.get("description"), c.get("text"), c.get("expected")));
      }
    }
    return out.build();
  }

  @Test
  void theUrlSectionsAreAllThere() {
    assertEquals(108, urlCases().count());
  }

  /**
   * Every URL case of {@code extract.yml}: exactly the expected URLs, in order, at the expected
   * indices where the file gives them (UTF-16 indices; the file's indices count code points, so
   * they are converted), and each counting 23 in the weighted length.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("urlCases")
  void extractsExactlyTheExpectedUrls(String description, String text, List<?> expected) {
    int[] found = UrlFinder.find(text);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < found.length; i += 2) {
      urls.add(text.substring(found[i], found[i + 1]));
    }
    List<String> expectedUrls = new ArrayList<>();
    for (Object e : expected) {
      expectedUrls.add(e instanceof Map<?, ?> m ? (String) m.get("url") : (String) e);
    }
    assertEquals(expectedUrls, urls, description);
    for (int k = 0; k < expected.size(); k++) {
      if (expected.get(k) instanceof Map<?, ?> m) {
        List<?> indices = (List<?>) m.get("indices");
        int start = text.offsetByCodePoints(0, ((Long) indices.get(0)).intValue());
        int end = text.offsetByCodePoints(0, ((Long) indices.get(1)).intValue());
        assertEquals(List.of(start, end), List.of(found[2 * k], found[2 * k + 1]),
            description + ": indices of " + expectedUrls.get(k));
      }
    }
  }

  @Test
  void theReaderHandlesTheEscapesOfTheFiles() {
    Map<String, Object> y = ConformanceYaml.parse("tests:\n  s:\n    - description: \"d\"\n"
        + "      text: \"a\\u00e9\\U0001f431\\n\\\"\"\n      expected: [1, \"x\"]\n");
    @SuppressWarnings("unchecked")
    Map<String, Object> c = ((List<Map<String, Object>>) ((Map<String, Object>) y.get("tests"))
        .get("s")).get(0);
    assertEquals("a\u00e9\ud83d\udc31\n\"", c.get("text"));
    assertEquals(List.of(1L, "x"), c.get("expected"));
  }
}
