package io.replyguard.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Deletion;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payload shapes of issue 14: older feed shape, Graph objects, posts, Messenger events. */
class FacebookShapesTest {
  private final FacebookAdapter adapter = new FacebookAdapter();

  private static String feed(String value) {
    return "{\"object\":\"page\",\"entry\":[{\"id\":\"100\",\"time\":1,\"changes\":[{\"field\":"
        + "\"feed\",\"value\":" + value + "}]}]}";
  }

  private static String messaging(String list, String event) {
    return "{\"object\":\"page\",\"entry\":[{\"id\":\"100\",\"time\":1,\"" + list + "\":[" + event
        + "]}]}";
  }

  private static final String SENDER =
      "\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"100\"},\"timestamp\":1795428000000";

  @ParameterizedTest
  @ValueSource(strings = {"Wann kommt der Techniker?", "When is the technician coming?"})
  void olderFeedShapeNamesTheAuthorBySenderId(String text) {
    Message m = adapter.parse(feed("{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_9\","
        + "\"post_id\":\"100_5\",\"sender_id\":4711,\"sender_name\":\"Erika\",\"created_time\":10,"
        + "\"message\":\"" + text + "\"}")).get(0);
    assertEquals("4711", m.author().orElseThrow().id());
    assertEquals(Optional.of("Erika"), m.author().orElseThrow().displayName());
    assertEquals(Optional.of("false"), m.attribute(FacebookAdapter.ATTR_FROM_PAGE));
    assertEquals(text, m.text());
  }

  @Test
  void thePagesOwnCommentsAreMarked() {
    for (String author : List.of("\"from\":{\"id\":\"100\",\"name\":\"Telco\"}", "\"sender_id\":100")) {
      Message m = adapter.parse(feed("{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_9\","
          + "\"post_id\":\"100_5\"," + author + ",\"created_time\":10,\"message\":\"Danke!\"}")).get(0);
      assertEquals(Optional.of("true"), m.attribute(FacebookAdapter.ATTR_FROM_PAGE), author);
    }
  }

  @Test
  void aCommentWithoutAnyAuthorNamesFromAsMissing() {
    PayloadException e = assertThrows(PayloadException.class, () -> adapter.parse(feed(
        "{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_9\",\"post_id\":\"100_5\","
            + "\"created_time\":10,\"message\":\"x\"}")));
    assertEquals("/entry/0/changes/0/value/from", e.path());
    assertTrue(e.getMessage().contains("sender_id"), e.getMessage());
  }

  @Test
  void visitorPostsAndTheirEditsAreOneMessageId() {
    String add = feed("{\"item\":\"post\",\"verb\":\"add\",\"post_id\":\"100_77\","
        + "\"from\":{\"id\":\"42\",\"name\":\"Max\"},\"message\":\"Seit Tagen kein Netz\"}");
    String edit = feed("{\"item\":\"post\",\"verb\":\"edit\",\"post_id\":\"100_77\","
        + "\"from\":{\"id\":42},\"created_time\":1795428000,\"message\":\"Seit Tagen kein Netz in Köln\"}");
    Message first = adapter.parse(add).get(0);
    Message second = adapter.parse(edit).get(0);
    assertEquals("100_77", first.id());
    assertEquals(first.id(), second.id());
    assertEquals(Optional.of("post"), first.attribute(FacebookAdapter.ATTR_KIND));
    assertEquals(Optional.of("edit"), second.attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(Optional.of("100"), first.inReplyTo(), "a post addresses the page");
    assertEquals(Optional.empty(), first.createdAt());
    assertEquals(Optional.of(Instant.ofEpochSecond(1795428000)), second.createdAt());
    assertEquals("Seit Tagen kein Netz in Köln", second.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"status", "photo", "video", "share"})
  void otherPostItemsAreMessagesWithTheirItem(String item) {
    Message m = adapter.parse(feed("{\"item\":\"" + item + "\",\"verb\":\"add\",\"post_id\":\"100_8\","
        + "\"from\":{\"id\":\"100\"},\"created_time\":5,\"message\":\"Störung behoben\"}")).get(0);
    assertEquals(Optional.of(item), m.attribute(FacebookAdapter.ATTR_ITEM));
    assertEquals(Optional.of("true"), m.attribute(FacebookAdapter.ATTR_FROM_PAGE));
  }

  @Test
  void removalsAreDeletionSignalsAsWellAsRemoveMessages() {
    ParsedPayload p = adapter.parsePayload(feed("{\"item\":\"comment\",\"verb\":\"remove\","
        + "\"comment_id\":\"5_9\",\"post_id\":\"100_5\",\"from\":{\"id\":\"42\"}}"));
    assertEquals(1, p.messages().size());
    assertEquals(Optional.of("remove"), p.messages().get(0).attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(List.of("5_9"), p.deletions().stream().map(Deletion::messageId).toList());
    assertEquals(Optional.of("42"), p.deletions().get(0).authorId());
    ParsedPayload post = adapter.parsePayload(feed("{\"item\":\"post\",\"verb\":\"remove\","
        + "\"post_id\":\"100_5\",\"recipient_id\":100}"));
    assertEquals(List.of("100_5"), post.deletions().stream().map(Deletion::messageId).toList());
  }

  @Test
  void mentionsAreAnonymousPublicMessages() {
    String json = "{\"object\":\"page\",\"entry\":[{\"id\":\"100\",\"changes\":["
        + "{\"field\":\"mention\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"9_1\","
        + "\"comment_id\":\"1_2\",\"created_time\":5,\"message\":\"@Telco hilft mir keiner?\"}},"
        + "{\"field\":\"mention\",\"value\":{\"item\":\"post\",\"verb\":\"add\",\"post_id\":\"9_3\","
        + "\"message\":\"Thanks @Telco for the quick fix\"}}]}]}";
    List<Message> ms = adapter.parse(json);
    assertEquals(List.of("1_2", "9_3"), ms.stream().map(Message::id).toList());
    assertEquals(Optional.of("9_1"), ms.get(0).inReplyTo());
    assertTrue(ms.stream().allMatch(m -> m.author().isEmpty()));
    assertTrue(ms.stream().allMatch(m -> m.attribute(FacebookAdapter.ATTR_FIELD).equals(
        Optional.of("mention"))));
  }

  @Test
  void reviewsArePublicMessagesWithTheirRating() {
    String json = "{\"object\":\"page\",\"entry\":[{\"id\":\"100\",\"changes\":[{\"field\":\"ratings\","
        + "\"value\":{\"item\":\"rating\",\"verb\":\"add\",\"open_graph_story_id\":904801,"
        + "\"reviewer_id\":7059,\"reviewer_name\":\"Tester\",\"rating\":2,\"recommendation_type\":"
        + "\"NEGATIVE\",\"review_text\":\"Hotline never answers\",\"created_time\":1537369512}}]}]}";
    Message m = adapter.parse(json).get(0);
    assertEquals("904801", m.id());
    assertEquals("Hotline never answers", m.text());
    assertEquals(Optional.of("2"), m.attribute(FacebookAdapter.ATTR_RATING));
    assertEquals(Optional.of("NEGATIVE"), m.attribute(FacebookAdapter.ATTR_RECOMMENDATION));
    assertEquals(Optional.of(FacebookAdapter.KIND_RATING), m.attribute(FacebookAdapter.ATTR_KIND));
    Draft privateReply = Draft.of("Schreiben Sie uns", Platform.FACEBOOK, Visibility.PRIVATE)
        .inReplyTo(m);
    assertTrue(adapter.policy(privateReply, Instant.ofEpochSecond(1537369600)).stream()
        .anyMatch(f -> f.ruleId().equals(FacebookAdapter.RULE_REPLY_TARGET)));
    assertEquals("/904801/comments", adapter.replyRequest(Draft.of("Sorry!", Platform.FACEBOOK,
        Visibility.PUBLIC).inReplyTo(m)).path());
    PayloadException bad = assertThrows(PayloadException.class, () -> adapter.parse(
        json.replace("\"rating\":2", "\"rating\":9")));
    assertEquals("/entry/0/changes/0/value/rating", bad.path());
  }

  @Test
  void aPrivateReplyToAVisitorPostUsesPostId() {
    Message post = adapter.parse(feed("{\"item\":\"post\",\"verb\":\"add\",\"post_id\":\"100_77\","
        + "\"from\":{\"id\":\"42\"},\"created_time\":1795428000,\"message\":\"Vertrag kündigen?\"}"))
        .get(0);
    Draft d = Draft.of("Wir schreiben Ihnen", Platform.FACEBOOK, Visibility.PRIVATE).inReplyTo(post)
        .at(Instant.ofEpochSecond(1795428100));
    assertTrue(adapter.replyRequest(d).jsonBody().orElseThrow().contains("\"post_id\":\"100_77\""));
  }

  @Test
  void messageEditsAreTheSameMidWithNewText() {
    String json = messaging("messaging", "{" + SENDER + ",\"message\":{\"mid\":\"m_1\",\"text\":"
        + "\"Rechnung falsch\"}},{" + SENDER + ",\"message_edit\":{\"mid\":\"m_1\",\"text\":"
        + "\"Rechnung 11/2026 falsch\",\"num_edit\":1}}");
    List<Message> ms = adapter.parse(json);
    assertEquals(List.of("m_1", "m_1"), ms.stream().map(Message::id).toList());
    assertEquals("Rechnung 11/2026 falsch", ms.get(1).text());
    assertEquals(Optional.of("edited"), ms.get(1).attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(Optional.of("1"), ms.get(1).attribute(FacebookAdapter.ATTR_EDIT_COUNT));
  }

  @Test
  void postbacksCarryTitleAsTextAndPayloadAsAttribute() {
    List<Message> ms = adapter.parse(messaging("messaging", "{" + SENDER + ",\"postback\":{"
        + "\"title\":\"Talk to an agent\",\"payload\":\"AGENT\",\"mid\":\"m_pb\"}},{" + SENDER
        + ",\"postback\":{\"payload\":\"GET_STARTED\"}}"));
    assertEquals("Talk to an agent", ms.get(0).text());
    assertEquals("m_pb", ms.get(0).id());
    assertEquals(Optional.of("AGENT"), ms.get(0).attribute(FacebookAdapter.ATTR_POSTBACK_PAYLOAD));
    assertEquals("", ms.get(1).text());
    assertEquals("postback:7:1795428000000", ms.get(1).id());
    assertEquals(Optional.of("true"), ms.get(1).attribute(FacebookAdapter.ATTR_POSTBACK));
  }

  @Test
  void replyToMidIsInReplyToAndStoriesAreAnAttribute() {
    List<Message> ms = adapter.parse(messaging("messaging", "{" + SENDER + ",\"message\":{\"mid\":"
        + "\"m_2\",\"text\":\"genau das\",\"reply_to\":{\"mid\":\"m_1\"}}},{" + SENDER
        + ",\"message\":{\"mid\":\"m_3\",\"text\":\"nice\",\"reply_to\":{\"story\":{\"id\":\"s_1\","
        + "\"url\":\"https://x\"}}}}"));
    assertEquals(Optional.of("m_1"), ms.get(0).inReplyTo());
    assertEquals(Optional.empty(), ms.get(1).inReplyTo());
    assertEquals(Optional.of("s_1"), ms.get(1).attribute(FacebookAdapter.ATTR_REPLY_TO_STORY));
  }

  @Test
  void unsendIsADeletionNotAnEmptyMessage() {
    ParsedPayload p = adapter.parsePayload(messaging("messaging", "{" + SENDER
        + ",\"message\":{\"mid\":\"m_1\",\"is_deleted\":true}}"));
    assertEquals(List.of(), p.messages());
    Deletion d = p.deletions().get(0);
    assertEquals("m_1", d.messageId());
    assertEquals(Optional.of("7"), d.authorId());
    assertEquals(Optional.of(Instant.ofEpochMilli(1795428000000L)), d.deletedAt());
    assertEquals(Platform.FACEBOOK, d.platform());
    assertEquals(List.of(), adapter.parse(messaging("messaging", "{" + SENDER
        + ",\"message\":{\"mid\":\"m_1\",\"is_deleted\":true}}")));
  }

  @Test
  void standbyEventsAreParsedAndMarked() {
    Message m = adapter.parse(messaging("standby", "{" + SENDER
        + ",\"message\":{\"mid\":\"m_s\",\"text\":\"Hallo?\"}}")).get(0);
    assertEquals("Hallo?", m.text());
    assertEquals(Optional.of("true"), m.attribute(FacebookAdapter.ATTR_STANDBY));
    Message normal = adapter.parse(messaging("messaging", "{" + SENDER
        + ",\"message\":{\"mid\":\"m_s\",\"text\":\"Hallo?\"}}")).get(0);
    assertEquals(Optional.empty(), normal.attribute(FacebookAdapter.ATTR_STANDBY));
  }

  @Test
  void attachmentOnlyMessagesSayWhatWasSent() {
    Message m = adapter.parse(messaging("messaging", "{" + SENDER + ",\"message\":{\"mid\":\"m_a\","
        + "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn.example/a.jpg\"}},"
        + "{\"type\":\"location\",\"payload\":{\"coordinates\":{\"lat\":52.52,\"long\":13.40}}},"
        + "{\"type\":\"file\",\"payload\":{\"url\":\"https://cdn.example/b.pdf\"}},"
        + "{\"type\":\"fallback\",\"url\":\"https://example.org/\",\"title\":\"Link\"}]}}")).get(0);
    assertEquals("", m.text());
    Map<String, String> a = m.attributes();
    assertEquals("4", a.get(FacebookAdapter.ATTR_ATTACHMENTS));
    assertEquals("image", a.get("facebook.attachment.0.type"));
    assertEquals("https://cdn.example/a.jpg", a.get("facebook.attachment.0.url"));
    assertEquals("location", a.get("facebook.attachment.1.type"));
    assertFalse(a.containsKey("facebook.attachment.1.url"), "no coordinates copied");
    assertFalse(a.values().stream().anyMatch(v -> v.contains("52.52")));
    assertEquals("file", a.get("facebook.attachment.2.type"));
    assertEquals("https://example.org/", a.get("facebook.attachment.3.url"));
    Message sticker = adapter.parse(messaging("messaging", "{" + SENDER + ",\"message\":{\"mid\":"
        + "\"m_st\",\"sticker_id\":369239263222822,\"attachments\":[{\"type\":\"image\",\"payload\":"
        + "{\"url\":\"https://cdn.example/s.png\",\"sticker_id\":369239263222822}}]}}")).get(0);
    assertEquals(Optional.of("369239263222822"), sticker.attribute(FacebookAdapter.ATTR_STICKER_ID));
  }

  @Test
  void feedCommentPhotosAreAttachments() {
    Message m = adapter.parse(feed("{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_9\","
        + "\"post_id\":\"100_5\",\"from\":{\"id\":\"42\"},\"created_time\":10,"
        + "\"photo\":\"https://cdn.example/p.jpg\"}")).get(0);
    assertEquals("", m.text());
    assertEquals(Optional.of("image"), m.attribute("facebook.attachment.0.type"));
  }

  @Test
  void graphCommentObjectsListsAndEdges() {
    Message single = adapter.parse("{\"id\":\"55_66\",\"message\":\"Danke, läuft wieder\","
        + "\"from\":{\"id\":\"42\",\"name\":\"Erika\"},\"created_time\":\"2026-11-23T10:15:30+0000\","
        + "\"parent\":{\"id\":\"55_60\"},\"object\":{\"id\":\"55\"}}").get(0);
    assertEquals(Optional.of("55_60"), single.inReplyTo());
    assertEquals(Optional.of("55"), single.conversationId());
    assertEquals(Optional.of(Instant.parse("2026-11-23T10:15:30Z")), single.createdAt());

    List<Message> list = adapter.parse("{\"data\":[{\"id\":\"55_1\",\"message\":\"a\"},"
        + "{\"id\":\"55_2\",\"message\":\"b\",\"from\":{\"id\":\"9\"}}],\"paging\":{\"cursors\":"
        + "{\"before\":\"x\",\"after\":\"y\"}}}");
    assertEquals(List.of("55_1", "55_2"), list.stream().map(Message::id).toList());
    assertEquals(Optional.of("55"), list.get(0).inReplyTo(), "from the comment id's prefix");
    assertTrue(list.get(0).author().isEmpty() && list.get(0).createdAt().isEmpty());

    List<Message> edge = adapter.parse("{\"id\":\"100_55\",\"comments\":{\"data\":[{\"id\":\"55_3\","
        + "\"message\":\"c\"}],\"paging\":{},\"summary\":{\"total_count\":1}}}");
    assertEquals(Optional.of("100_55"), edge.get(0).inReplyTo());

    ParsedPayload empty = adapter.parsePayload("{\"data\":[],\"paging\":{}}");
    assertEquals(List.of(), empty.messages());
    PayloadException unknown = assertThrows(PayloadException.class,
        () -> adapter.parse("{\"name\":\"Telco\",\"id\":\"100\"}"));
    assertTrue(unknown.getMessage().contains("Graph comment object"), unknown.getMessage());
  }

  @Test
  void oneBadEntryOrEventDoesNotLoseTheRest() {
    String json = "{\"object\":\"page\",\"entry\":["
        + "{\"id\":\"100\",\"messaging\":[{" + SENDER + ",\"message\":{\"mid\":\"m_1\",\"text\":\"eins\"}},"
        + "{" + SENDER + ",\"message\":{\"text\":\"no mid\"}},"
        + "{" + SENDER + ",\"message\":{\"mid\":\"m_3\",\"text\":\"drei\"}}]},"
        + "{\"time\":1,\"messaging\":[]},"
        + "{\"id\":\"101\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":"
        + "\"add\",\"comment_id\":\"5_9\",\"post_id\":\"101_5\",\"from\":{\"id\":\"4\"},"
        + "\"created_time\":\"gestern\",\"message\":\"x\"}}]}]}";
    ParsedPayload p = adapter.parsePayload(json);
    assertEquals(List.of("m_1", "m_3"), p.messages().stream().map(Message::id).toList());
    assertEquals(List.of("/entry/0/messaging/1/message/mid", "/entry/1/id",
        "/entry/2/changes/0/value/created_time"),
        p.problems().stream().map(io.replyguard.spi.PayloadProblem::path).toList());
    assertFalse(p.problems().toString().contains("gestern"), "problems quote no payload text");
    PayloadException e = assertThrows(PayloadException.class, () -> adapter.parse(json));
    assertEquals("/entry/0/messaging/1/message/mid", e.path());
    assertTrue(e.getMessage().endsWith("(and 2 more problems)"), e.getMessage());
  }
}
