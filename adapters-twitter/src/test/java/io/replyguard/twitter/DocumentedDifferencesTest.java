package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextParser;
import io.replyguard.model.Draft;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each difference to twitter-text 3.1.0 that the README lists, with twitter-text's own answer
 * (test-scope oracle) next to the adapter's, so the list cannot go stale: when a case stops
 * differing, this test fails.
 */
class DocumentedDifferencesTest {
  static final TwitterAdapter ADAPTER = new TwitterAdapter();

  static Stream<Arguments> emoji() {
    return Stream.of(
        // Emoji 13.0 and newer: twitter-text counts the parts
        Arguments.of("face exhaling (13.1, ZWJ)", "\ud83d\ude2e\u200d\ud83d\udca8", 5),
        Arguments.of("mx claus (13.0, ZWJ)", "\ud83e\uddd1\u200d\ud83c\udf84", 5),
        Arguments.of("handshake with two skin tones (14.0)",
            "\ud83e\udef1\ud83c\udffb\u200d\ud83e\udef2\ud83c\udffc", 9),
        Arguments.of("black bird (15.0, ZWJ)", "\ud83d\udc26\u200d\u2b1b", 5),
        Arguments.of("kiss with skin tones (13.1)", "\ud83d\udc69\ud83c\udffe\u200d\u2764\ufe0f"
            + "\u200d\ud83d\udc8b\u200d\ud83d\udc68\ud83c\udffc", 11),
        // an RGI sequence without its presentation selector
        Arguments.of("man walking without U+FE0F", "\ud83d\udeb6\u200d\u2642", 5),
        Arguments.of("rainbow flag without U+FE0F", "\ud83c\udff3\u200d\ud83c\udf08", 5),
        Arguments.of("man detective without U+FE0F", "\ud83d\udd75\u200d\u2642\ufe0f", 5),
        // an RGI sequence of Emoji 11 that twitter-text splits
        Arguments.of("infinity with U+FE0F", "\u267e\ufe0f", 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emoji")
  void anEmojiSequenceCountsTwoAsXDocuments(String name, String emoji, int twitterText) {
    assertEquals(twitterText, TwitterTextParser.parseTweet(emoji).weightedLength, name);
    assertEquals(2, ADAPTER.measure(emoji, Visibility.PUBLIC).length(), name);
    assertEquals(2 + 6, ADAPTER.measure("Danke " + emoji, Visibility.PUBLIC).length(), name);
  }

  @Test
  void aSkinToneAfterANonModifierBaseIsTwoCharacters() {
    // U+26F7 SKIER is no Emoji_Modifier_Base in Unicode 15; twitter-text's pattern joins them
    String skier = "\u26f7\ud83c\udffd";
    assertEquals(2, TwitterTextParser.parseTweet(skier).weightedLength);
    assertEquals(4, ADAPTER.measure(skier, Visibility.PUBLIC).length());
    // a real modifier sequence is one emoji in both
    assertEquals(2, TwitterTextParser.parseTweet("\ud83d\udc4d\ud83c\udffd").weightedLength);
    assertEquals(2, ADAPTER.measure("\ud83d\udc4d\ud83c\udffd", Visibility.PUBLIC).length());
  }

  @Test
  void aRejectedCharacterInsideAUrlIsReported() {
    // twitter-text checks U+FEFF only at the start of each URL, emoji or code point
    String text = "siehe http://a\ufeffb.de";
    assertTrue(TwitterTextParser.parseTweet(text).isValid);
    assertTrue(ADAPTER.measure(text, Visibility.PUBLIC).fits());
    assertTrue(ADAPTER.policy(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC), Instant.EPOCH)
        .stream().anyMatch(f -> f.ruleId().equals(TwitterAdapter.RULE_INVALID_CHARACTERS)));
  }

  @Test
  void theOverflowOfTextNotInNfcStartsWhereItsCombiningSequenceStarts() {
    // 300 NFD "é" (600 UTF-16 units): 280 fit; the overflow starts at the 281st "é"
    String text = "e\u0301".repeat(300);
    TextLength length = ADAPTER.measure(text, Visibility.PUBLIC);
    assertEquals(300, length.length());
    assertEquals(560, length.validEnd());
    // twitter-text adds the length difference (300) to the NFC index: 580, inside the text
    assertEquals(580, TwitterTextParser.parseTweet(text).validTextRange.end + 1);
  }

  @Test
  void blankTextIsEmptyNotInvalid() {
    assertFalse(TwitterTextParser.parseTweet("  ").isValid);
    assertEquals(0, TwitterTextParser.parseTweet("  ").weightedLength);
    assertTrue(ADAPTER.measure("  ", Visibility.PUBLIC).fits());
    assertEquals(0, ADAPTER.measure("  ", Visibility.PUBLIC).length());
  }

  @Test
  void leadingParticipantNamesOfARepliesDoNotCount() {
    String text = "@kunde_1 Danke!";
    assertEquals(15, TwitterTextParser.parseTweet(text).weightedLength);
    Draft reply = ReplyMentionsTest.reply(text);
    assertEquals(6, ADAPTER.measure(reply).length());
  }

  @Test
  void aLoneCopyrightSignIsTextInBoth() {
    assertEquals(1, TwitterTextParser.parseTweet("\u00a9").weightedLength);
    assertEquals(1, ADAPTER.measure("\u00a9", Visibility.PUBLIC).length());
    assertEquals(2, TwitterTextParser.parseTweet("\u00a9\ufe0f").weightedLength);
    assertEquals(2, ADAPTER.measure("\u00a9\ufe0f", Visibility.PUBLIC).length());
  }
}
