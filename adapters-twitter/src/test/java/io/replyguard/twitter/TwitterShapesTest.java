package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PayloadProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The X payload shapes of issue 14: other events, empty pages, deletions, edits, retweets. */
class TwitterShapesTest {
  private static final TwitterAdapter ADAPTER = new TwitterAdapter();
  private static final ParsedPayload NOTHING = new ParsedPayload(List.of(), List.of(), List.of());

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"user_event\":{\"revoke\":{\"date_time\":\"2018-05-24T09:48:12+00:00\",\"target\":{\"app_id\":\"13090192\"},\"source\":{\"user_id\":\"63046977\"}}}}",
      "{\"for_user_id\":\"2244994945\",\"favorite_events\":[{\"id\":\"a7ba59eab0bfcba386f7acedac279542\",\"created_at\":\"Mon Mar 26 16:33:26 +0000 2018\",\"favorited_status\":{},\"user\":{}}]}",
      "{\"follow_events\":[{\"type\":\"follow\",\"created_timestamp\":\"1517588749178\",\"target\":{},\"source\":{}}]}",
      "{\"for_user_id\":\"1\",\"direct_message_indicate_typing_events\":[{\"created_timestamp\":\"1518127183443\",\"sender_id\":\"3\",\"target\":{\"recipient_id\":\"1\"}}]}",
      "{\"meta\":{\"result_count\":0}}",
      "{\"meta\":{\"result_count\":0,\"newest_id\":null}}",
      "{\"data\":{\"withheld\":{\"tweet\":{\"id\":\"1\",\"author_id\":\"2\"},\"withheld_in_countries\":[\"DE\"],\"event_at\":\"2022-12-23T12:34:56.789Z\"}}}"})
  void nonMessageEventsAndEmptyPagesAreSkippedWithoutError(String json) {
    assertEquals(NOTHING, ADAPTER.parsePayload(json));
    assertEquals(List.of(), ADAPTER.parse(json));
  }

  @Test
  void v2DmEventsWithDefaultFieldsHaveNoAuthor() {
    List<Message> ms = ADAPTER.parse("{\"data\":[{\"id\":\"158\",\"event_type\":\"MessageCreate\","
        + "\"text\":\"Hallo, mein Router blinkt rot\"},{\"id\":\"159\",\"event_type\":"
        + "\"MessageCreate\",\"text\":\"My router blinks red\"}],\"meta\":{\"result_count\":2}}");
    assertEquals(List.of("158", "159"), ms.stream().map(Message::id).toList());
    assertTrue(ms.stream().allMatch(m -> m.author().isEmpty() && m.createdAt().isEmpty()));
    assertFalse(ms.get(0).attributes().containsKey(TwitterAdapter.ATTR_FROM_PAGE));
  }

  @Test
  void aDmSendReceiptIsRefusedSayingWhy() {
    PayloadException e = assertThrows(PayloadException.class, () -> ADAPTER.parse(
        "{\"data\":{\"dm_conversation_id\":\"1-2\",\"dm_event_id\":\"158\"}}"));
    assertEquals("/data", e.path());
    assertTrue(e.getMessage().contains("send receipt"), e.getMessage());
  }

  @Test
  void deletionsInAllThreeShapesAreTheSameSignal() {
    ParsedPayload aaa = ADAPTER.parsePayload("{\"for_user_id\":\"930524282358325248\","
        + "\"tweet_delete_events\":[{\"status\":{\"id\":\"1045405559317569537\",\"user_id\":"
        + "\"930524282358325248\"},\"timestamp_ms\":\"1432228155593\"}]}");
    ParsedPayload compliance = ADAPTER.parsePayload("{\"data\":{\"delete\":{\"tweet\":{\"id\":"
        + "\"1045405559317569537\",\"author_id\":\"930524282358325248\"},\"event_at\":"
        + "\"2015-05-21T17:09:15.593Z\"}}}");
    ParsedPayload stream = ADAPTER.parsePayload("{\"delete\":{\"status\":{\"id\":"
        + "1045405559317569537,\"id_str\":\"1045405559317569537\",\"user_id\":930524282358325248,"
        + "\"user_id_str\":\"930524282358325248\"},\"timestamp_ms\":\"1432228155593\"}}");
    for (ParsedPayload p : List.of(aaa, compliance, stream)) {
      assertEquals(List.of(), p.messages());
      Deletion d = p.deletions().get(0);
      assertEquals("1045405559317569537", d.messageId());
      assertEquals(Platform.TWITTER, d.platform());
      assertEquals(Optional.of("930524282358325248"), d.authorId());
      assertEquals(Optional.of(Instant.ofEpochMilli(1432228155593L)), d.deletedAt());
      assertEquals(Optional.of("post"), Optional.ofNullable(d.attributes().get(
          TwitterAdapter.ATTR_KIND)));
    }
    assertEquals("930524282358325248", aaa.deletions().get(0).attributes().get(
        TwitterAdapter.ATTR_FOR_USER_ID));
  }

  @Test
  void editHistoryMakesTheVersionsOfOnePostRecognisable() {
    String first = "{\"data\":{\"id\":\"1576994746135764992\",\"text\":\"Stoerung in Berlin?\","
        + "\"edit_history_tweet_ids\":[\"1576994746135764992\"]}}";
    String second = "{\"data\":{\"id\":\"1576994789110992896\",\"text\":\"Störung in Berlin?\","
        + "\"edit_history_tweet_ids\":[\"1576994746135764992\",\"1576994789110992896\"]}}";
    Message a = ADAPTER.parse(first).get(0);
    Message b = ADAPTER.parse(second).get(0);
    assertEquals(a.attribute(TwitterAdapter.ATTR_ORIGINAL_ID), b.attribute(
        TwitterAdapter.ATTR_ORIGINAL_ID));
    assertEquals(Optional.of("1576994746135764992,1576994789110992896"),
        b.attribute(TwitterAdapter.ATTR_EDIT_HISTORY_IDS));
    PayloadException empty = assertThrows(PayloadException.class, () -> ADAPTER.parse(
        first.replace("[\"1576994746135764992\"]", "[]")));
    assertEquals("/data/edit_history_tweet_ids", empty.path());
  }

  @Test
  void retweetsKeepTheirTextAndCarryTheFullRetweetedText() {
    String full = "Looking for gaming mutuals (and I usually follow back unless you’ve got a few"
        + " dozen tweets and your account is a couple of days old) &amp; more";
    Message v2 = ADAPTER.parse("{\"data\":[{\"id\":\"2\",\"text\":\"RT @S3NT1N3L17: Looking for"
        + " gaming mutuals…\",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"1\"}]}],"
        + "\"includes\":{\"tweets\":[{\"id\":\"1\",\"text\":\"" + full + "\"}]}}").get(0);
    assertEquals("RT @S3NT1N3L17: Looking for gaming mutuals…", v2.text());
    assertEquals(Optional.of(full.replace("&amp;", "&")),
        v2.attribute(TwitterAdapter.ATTR_RETWEETED_TEXT));
    Message v1 = ADAPTER.parse("{\"id_str\":\"9\",\"text\":\"RT @telco: Wartungsarbeiten heute…\","
        + "\"user\":{\"id_str\":\"5\"},\"retweeted_status\":{\"id_str\":\"8\",\"text\":\"cut\","
        + "\"extended_tweet\":{\"full_text\":\"Wartungsarbeiten heute Nacht von 0 bis 4 Uhr\"}}}")
        .get(0);
    assertEquals(Optional.of("Wartungsarbeiten heute Nacht von 0 bis 4 Uhr"),
        v1.attribute(TwitterAdapter.ATTR_RETWEETED_TEXT));
    assertFalse(v1.toString().contains("Wartung"), "toString shows attribute keys only");
  }

  @Test
  void bareV11StatusesAreAccepted() {
    Message m = ADAPTER.parse("{\"created_at\":\"Wed May 24 20:32:51 +0000 2017\",\"id\":"
        + "867478524235366400,\"id_str\":\"867478524235366400\",\"text\":\"@telco kein Netz &amp;"
        + " kein WLAN\",\"truncated\":false,\"in_reply_to_status_id_str\":\"8674\",\"user\":{"
        + "\"id_str\":\"815279070241955840\",\"followers_count\":1},\"lang\":\"de\"}").get(0);
    assertEquals("867478524235366400", m.id());
    assertEquals("@telco kein Netz & kein WLAN", m.text());
    assertEquals(Optional.of("8674"), m.inReplyTo());
    assertEquals(Optional.of("v1.1"), m.attribute(TwitterAdapter.ATTR_FORMAT));
  }

  @Test
  void unknownObjectsNameTheAcceptedShapes() {
    PayloadException e = assertThrows(PayloadException.class,
        () -> ADAPTER.parse("{\"id\":1,\"name\":\"x\"}"));
    assertTrue(e.getMessage().contains("v1.1 status"), e.getMessage());
    assertTrue(e.getMessage().contains("'meta' for an empty page"), e.getMessage());
  }

  @Test
  void oneBadPostOrEventDoesNotLoseTheRest() {
    String json = "{\"for_user_id\":\"1\",\"tweet_create_events\":[{\"id\":\"10\",\"text\":\"gut\"},"
        + "{\"text\":\"ohne id\"},{\"id\":\"12\",\"text\":\"auch gut\"}],\"tweet_delete_events\":["
        + "{\"status\":{}},{\"status\":{\"id\":\"13\"}}]}";
    ParsedPayload p = ADAPTER.parsePayload(json);
    assertEquals(List.of("10", "12"), p.messages().stream().map(Message::id).toList());
    assertEquals(List.of("13"), p.deletions().stream().map(Deletion::messageId).toList());
    assertEquals(List.of("/tweet_create_events/1/id", "/tweet_delete_events/0/status/id"),
        p.problems().stream().map(PayloadProblem::path).toList());
    assertFalse(p.problems().toString().contains("ohne"), p.problems().toString());
    PayloadException e = assertThrows(PayloadException.class, () -> ADAPTER.parse(json));
    assertEquals("/tweet_create_events/1/id", e.path());
  }
}
