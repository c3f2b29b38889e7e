package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.PayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing of payload samples written from the X API v2 and Account Activity documentation. */
class TwitterParseTest {
  static final TwitterAdapter ADAPTER = new TwitterAdapter();

  /** GET /2/tweets/:id with expansions=author_id and tweet.fields=created_at,lang,... */
  static final String V2_SINGLE = """
      {
        "data": {
          "id": "1460323737035677698",
          "text": "@TelcoHilfe Seit heute Morgen kein Internet &amp; kein Telefon &gt;:(",
          "edit_history_tweet_ids": ["1460323737035677698"],
          "author_id": "2244994945",
          "conversation_id": "1460320000000000000",
          "in_reply_to_user_id": "783214",
          "created_at": "2026-11-23T08:15:02.000Z",
          "lang": "de",
          "possibly_sensitive": false,
          "reply_settings": "everyone",
          "referenced_tweets": [{"type": "replied_to", "id": "1460320000000000000"}],
          "entities": {"mentions": [{"start": 0, "end": 11, "username": "TelcoHilfe", "id": "783214"}]}
        },
        "includes": {
          "users": [
            {"id": "2244994945", "name": "Erika Mustermann", "username": "erika_m",
             "public_metrics": {"followers_count": 5120, "following_count": 300, "tweet_count": 900}}
          ]
        }
      }""";

  /** GET /2/tweets?ids=... with two posts, an unknown referenced type and a long note_tweet. */
  static final String V2_MULTIPLE = """
      {
        "data": [
          {"id": "1", "text": "How do I switch off mobile data?", "author_id": "10", "lang": "en",
           "created_at": "2026-11-23T09:00:00Z",
           "referenced_tweets": [{"type": "quoted", "id": "77"}, {"type": "reposted_with_note", "id": "78"}],
           "brand_new_field": {"nested": [1, 2, 3]}},
          {"id": "2", "text": "truncated…", "note_tweet": {"text": "the full long text"},
           "author_id": "11", "lang": "fr"},
          {"id": "1", "text": "How do I switch off mobile data?", "author_id": "10"}
        ],
        "includes": {"users": [
          {"id": "10", "username": "a", "name": "A", "public_metrics": {"followers_count": 3}},
          {"id": "11", "username": "b"}
        ]},
        "meta": {"result_count": 3}
      }""";

  /** Account Activity body with v1.1 post objects. */
  static final String AAA_V1 = """
      {
        "for_user_id": "783214",
        "tweet_create_events": [
          {
            "created_at": "Wed Oct 10 20:19:24 +0000 2018",
            "id": 1050118621198921728,
            "id_str": "1050118621198921728",
            "text": "@TelcoHilfe Meine Kundennummer ist 123 …",
            "truncated": true,
            "extended_tweet": {"full_text": "@TelcoHilfe Meine Kundennummer ist 1234567, bitte um Hilfe"},
            "in_reply_to_status_id_str": "1050118000000000000",
            "in_reply_to_user_id_str": "783214",
            "in_reply_to_screen_name": "TelcoHilfe",
            "user": {"id": 6253282, "id_str": "6253282", "name": "Max", "screen_name": "max",
                     "followers_count": 42, "verified": false},
            "lang": "de",
            "new_v1_field": null
          },
          {
            "created_at": "Wed Oct 10 20:20:00 +0000 2018",
            "id_str": "1050118621198921729",
            "full_text": "Danke für eure Geduld! Die Störung ist behoben.",
            "in_reply_to_status_id_str": null,
            "in_reply_to_user_id_str": null,
            "user": {"id_str": "783214", "screen_name": "TelcoHilfe", "name": "Telco Hilfe"},
            "lang": "de"
          },
          {
            "id_str": "1050118621198921730",
            "text": "@someone @TelcoHilfe same here",
            "in_reply_to_status_id_str": "999",
            "in_reply_to_user_id_str": "555",
            "user": {"id_str": "7"},
            "lang": "und",
            "retweeted_status": null,
            "quoted_status_id_str": "888"
          }
        ]
      }""";

  /** Account Activity body with v2-style post objects (format unconfirmed; parsed tolerantly). */
  static final String AAA_V2 = """
      {
        "for_user_id": "783214",
        "tweet_create_events": [
          {"id": "500", "text": "@TelcoHilfe hi", "author_id": "6253282", "in_reply_to_user_id": "783214",
           "created_at": "2026-11-23T10:00:00.000Z", "lang": "en",
           "referenced_tweets": [{"type": "replied_to", "id": "499"}]}
        ],
        "includes": {"users": [{"id": "6253282", "username": "max", "public_metrics": {"followers_count": 9}}]}
      }""";

  /** Account Activity direct_message_events with the users map. */
  static final String AAA_DM = """
      {
        "for_user_id": "783214",
        "direct_message_events": [
          {"type": "message_create", "id": "954491830116155396", "created_timestamp": "1516403560557",
           "message_create": {"target": {"recipient_id": "783214"}, "sender_id": "6253282",
             "source_app_id": "268278",
             "message_data": {"text": "Meine IBAN: DE89 3704 0044 0532 0130 00", "entities": {"hashtags": [], "urls": []}}}},
          {"type": "message_create", "id": "954491830116155397", "created_timestamp": "1516403561000",
           "message_create": {"target": {"recipient_id": "6253282"}, "sender_id": "783214",
             "message_data": {"text": "Danke, wir melden uns."}}},
          {"type": "message_create", "id": "954491830116155396", "created_timestamp": "1516403560557",
           "message_create": {"target": {"recipient_id": "783214"}, "sender_id": "6253282",
             "message_data": {"text": "Meine IBAN: DE89 3704 0044 0532 0130 00"}}},
          {"type": "reaction_create", "id": "954491830116155400"}
        ],
        "users": {
          "6253282": {"id": "6253282", "created_timestamp": "1187796000000", "name": "Max",
                      "screen_name": "max", "followers_count": 42, "protected": false},
          "783214": {"id": "783214", "name": "Telco Hilfe", "screen_name": "TelcoHilfe", "followers_count": 100000}
        }
      }""";

  @Test
  void v2SinglePostWithIncludes() {
    List<Message> messages = ADAPTER.parse(V2_SINGLE);
    assertEquals(1, messages.size());
    Message m = messages.get(0);
    assertEquals("1460323737035677698", m.id());
    assertEquals(Platform.TWITTER, m.platform());
    assertEquals(Visibility.PUBLIC, m.visibility());
    assertEquals("@TelcoHilfe Seit heute Morgen kein Internet & kein Telefon >:(", m.text());
    assertEquals(Optional.of(new Author("2244994945", Optional.of("erika_m"),
        Optional.of("Erika Mustermann"), OptionalLong.of(5120))), m.author());
    assertEquals(Optional.of(Instant.parse("2026-11-23T08:15:02Z")), m.createdAt());
    assertEquals(Optional.of(Locale.GERMAN), m.locale());
    assertEquals(Optional.of("1460320000000000000"), m.inReplyTo());
    assertEquals(Optional.of("1460320000000000000"), m.conversationId());
    assertEquals(Optional.of("post"), m.attribute(TwitterAdapter.ATTR_KIND));
    assertEquals(Optional.of("v2"), m.attribute(TwitterAdapter.ATTR_FORMAT));
    assertEquals(Optional.of("783214"), m.attribute(TwitterAdapter.ATTR_IN_REPLY_TO_USER_ID));
    // No for_user_id and no configured page: page facts are unknown, so nothing can be hidden.
    assertEquals(Optional.empty(), m.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));
    assertEquals(Optional.empty(), ADAPTER.hideRequest(m));
  }

  @Test
  void aConfiguredPageUserIdMakesV2RepliesHideable() {
    TwitterAdapter adapter = TwitterAdapter.builder().pageUserId("783214").build();
    Message m = adapter.parse(V2_SINGLE).get(0);
    assertEquals(Optional.of("783214"), m.attribute(TwitterAdapter.ATTR_FOR_USER_ID));
    assertEquals(Optional.of("true"), m.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));
    assertEquals(Optional.of("false"), m.attribute(TwitterAdapter.ATTR_FROM_PAGE));
    assertTrue(adapter.hideRequest(m).isPresent());
  }

  @Test
  void v2MultiplePostsDedupedWithUnknownTypesKept() {
    List<Message> messages = ADAPTER.parse(V2_MULTIPLE);
    assertEquals(List.of("1", "2"), messages.stream().map(Message::id).toList());
    Message first = messages.get(0);
    assertEquals(Optional.of(Locale.ENGLISH), first.locale());
    assertEquals(OptionalLong.of(3), first.author().orElseThrow().followers());
    assertEquals(Optional.of("77"), first.attribute(TwitterAdapter.ATTR_QUOTED_ID));
    assertEquals(Optional.of("78"),
        first.attribute(TwitterAdapter.ATTR_REFERENCED_PREFIX + "reposted_with_note"));
    assertEquals(Optional.empty(), first.inReplyTo());
    Message second = messages.get(1);
    assertEquals("the full long text", second.text());
    assertEquals(Optional.empty(), second.locale(), "fr is not a served locale");
    assertEquals(Optional.of("b"), second.author().orElseThrow().handle());
    assertEquals(OptionalLong.empty(), second.author().orElseThrow().followers());
  }

  @Test
  void accountActivityV1Posts() {
    List<Message> messages = ADAPTER.parse(AAA_V1);
    assertEquals(3, messages.size());
    Message reply = messages.get(0);
    assertEquals("1050118621198921728", reply.id());
    assertEquals("@TelcoHilfe Meine Kundennummer ist 1234567, bitte um Hilfe", reply.text());
    assertEquals(Optional.of(Instant.parse("2018-10-10T20:19:24Z")), reply.createdAt());
    assertEquals(new Author("6253282", Optional.of("max"), Optional.of("Max"), OptionalLong.of(42)),
        reply.author().orElseThrow());
    assertEquals(Optional.of("1050118000000000000"), reply.inReplyTo());
    assertEquals(Optional.of("v1.1"), reply.attribute(TwitterAdapter.ATTR_FORMAT));
    assertEquals(Optional.of("783214"), reply.attribute(TwitterAdapter.ATTR_FOR_USER_ID));
    assertEquals(Optional.of("false"), reply.attribute(TwitterAdapter.ATTR_FROM_PAGE));
    assertEquals(Optional.of("true"), reply.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));

    Message own = messages.get(1);
    assertEquals("Danke für eure Geduld! Die Störung ist behoben.", own.text());
    assertEquals(Optional.of("true"), own.attribute(TwitterAdapter.ATTR_FROM_PAGE));
    assertEquals(Optional.of("false"), own.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));
    assertEquals(Optional.empty(), own.inReplyTo());

    Message mention = messages.get(2);
    assertEquals(Optional.empty(), mention.locale());
    assertEquals(Optional.of("888"), mention.attribute(TwitterAdapter.ATTR_QUOTED_ID));
    assertEquals(Optional.of("false"), mention.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));
    assertEquals(Optional.empty(), mention.createdAt());
  }

  @Test
  void accountActivityV2Posts() {
    Message m = ADAPTER.parse(AAA_V2).get(0);
    assertEquals("500", m.id());
    assertEquals(Optional.of("499"), m.inReplyTo());
    assertEquals(OptionalLong.of(9), m.author().orElseThrow().followers());
    assertEquals(Optional.of("true"), m.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE));
    assertEquals(Optional.of("v2"), m.attribute(TwitterAdapter.ATTR_FORMAT));
  }

  @Test
  void accountActivityDirectMessages() {
    List<Message> messages = ADAPTER.parse(AAA_DM);
    assertEquals(List.of("954491830116155396", "954491830116155397"),
        messages.stream().map(Message::id).toList(), "duplicate dropped, reaction skipped");
    Message in = messages.get(0);
    assertEquals(Visibility.PRIVATE, in.visibility());
    assertEquals("Meine IBAN: DE89 3704 0044 0532 0130 00", in.text());
    assertEquals(Optional.of(Instant.ofEpochMilli(1516403560557L)), in.createdAt());
    assertEquals(new Author("6253282", Optional.of("max"), Optional.of("Max"), OptionalLong.of(42)),
        in.author().orElseThrow());
    assertEquals(Optional.of("dm"), in.attribute(TwitterAdapter.ATTR_KIND));
    assertEquals(Optional.of("783214"), in.attribute(TwitterAdapter.ATTR_RECIPIENT_ID));
    assertEquals(Optional.of("false"), in.attribute(TwitterAdapter.ATTR_FROM_PAGE));
    Message out = messages.get(1);
    assertEquals(Optional.of("true"), out.attribute(TwitterAdapter.ATTR_FROM_PAGE));
    assertEquals(OptionalLong.of(100000), out.author().orElseThrow().followers());
  }

  @Test
  void v2DirectMessageEvents() {
    List<Message> messages = ADAPTER.parse("""
        {"data": [
          {"id": "1580705921830768639", "event_type": "MessageCreate", "text": "Hallo",
           "sender_id": "906948460078698496", "dm_conversation_id": "906948460078698496-1580705921830768640",
           "created_at": "2026-11-23T10:00:00.000Z"},
          {"id": "1580705921830768640", "event_type": "ParticipantsJoin", "dm_conversation_id": "x"}
        ]}""");
    assertEquals(1, messages.size());
    assertEquals(Visibility.PRIVATE, messages.get(0).visibility());
    assertEquals(Optional.of("906948460078698496-1580705921830768640"),
        messages.get(0).conversationId());
  }

  @Test
  void webhookBodiesWithoutMessagesYieldNothing() {
    assertEquals(List.of(), ADAPTER.parse("""
        {"for_user_id": "783214", "favorite_events": [{"id": "a", "favorited_status": {}}]}"""));
    assertEquals(List.of(), ADAPTER.parse("{\"data\": [], \"meta\": {\"result_count\": 0}}"));
    assertEquals(List.of(), ADAPTER.parse("{\"for_user_id\":\"1\",\"tweet_create_events\":[]}"));
  }

  @ParameterizedTest(name = "{index}: pointer {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"for_user_id\":\"1\",\"tweet_create_events\":[{\"text\":\"x\",\"user\":{\"id_str\":\"2\"}}]}"
          + "| /tweet_create_events/0/id_str",
      "{\"tweet_create_events\":[{\"id_str\":\"5\",\"user\":{\"id_str\":\"2\"}}]}"
          + "| /tweet_create_events/0/text",
      "{\"tweet_create_events\":[{\"id_str\":\"5\",\"text\":\"x\"}]}"
          + "| /tweet_create_events/0/user",
      "{\"tweet_create_events\":[{\"id_str\":\"5\",\"text\":\"x\",\"user\":{\"screen_name\":\"a\"}}]}"
          + "| /tweet_create_events/0/user/id_str",
      "{\"tweet_create_events\":[{\"id_str\":\"5\",\"text\":\"x\",\"user\":{\"id_str\":\"2\"},"
          + "\"created_at\":\"yesterday\"}]}| /tweet_create_events/0/created_at",
      "{\"data\":{\"text\":\"x\"}}| /data/id",
      "{\"data\":{\"id\":\"1\"}}| /data/text",
      "{\"data\":[{\"id\":\"1\",\"text\":\"x\"},{\"id\":\"\",\"text\":\"y\"}]}| /data/1/id",
      "{\"data\":{\"id\":\"1\",\"text\":\"x\",\"created_at\":\"2026-13-01\"}}| /data/created_at",
      "{\"data\":{\"id\":\"1\",\"text\":\"x\",\"referenced_tweets\":[{\"id\":\"2\"}]}}"
          + "| /data/referenced_tweets/0/type",
      "{\"data\":{\"id\":\"1\",\"text\":5}}| /data/text",
      "{\"data\":{\"id\":\"1\",\"text\":\"x\"},\"includes\":{\"users\":[{\"id\":\"2\","
          + "\"public_metrics\":{\"followers_count\":-1}}]}}"
          + "| /includes/users/0/public_metrics/followers_count",
      "{\"direct_message_events\":[{\"type\":\"message_create\",\"id\":\"9\","
          + "\"message_create\":{\"message_data\":{\"text\":\"x\"}}}]}"
          + "| /direct_message_events/0/message_create/sender_id",
      "{\"direct_message_events\":[{\"type\":\"message_create\",\"id\":\"9\","
          + "\"created_timestamp\":\"soon\",\"message_create\":{\"sender_id\":\"1\","
          + "\"message_data\":{\"text\":\"x\"}}}]}| /direct_message_events/0/created_timestamp",
      "{\"direct_message_events\":[{\"id\":\"9\"}]}| /direct_message_events/0/type",
      "{\"errors\":[{\"title\":\"Not Found Error\"}]}| /data",
      "{\"something\":1}| ''",
      "[1,2]| ''",
      "{\"data\":{\"id\":\"1\",\"text\":\"x\",\"id\":\"2\"}}| ''",
      "not json| ''"})
  void missingOrMistypedRequiredFieldsNameTheirPointer(String json, String pointer) {
    PayloadException e = assertThrows(PayloadException.class, () -> ADAPTER.parse(json));
    assertEquals(pointer, e.path(), e.getMessage());
  }

  @Test
  void errorsNeverQuoteTheText() {
    String secret = "DE89370400440532013000";
    PayloadException e = assertThrows(PayloadException.class, () -> ADAPTER.parse(
        "{\"data\":{\"id\":\"1\",\"text\":\"" + secret + "\",\"created_at\":\"" + secret + "\"}}"));
    assertFalse(e.getMessage().contains(secret), e.getMessage());
    PayloadException malformed = assertThrows(PayloadException.class,
        () -> ADAPTER.parse("{\"data\":{\"id\":\"1\",\"text\":\"" + secret + "\" " + secret));
    assertFalse(malformed.getMessage().contains(secret), malformed.getMessage());
  }

  @Test
  void messagesDoNotShowTextOrNamesInToString() {
    for (String payload : List.of(V2_SINGLE, AAA_V1, AAA_DM)) {
      for (Message m : ADAPTER.parse(payload)) {
        assertFalse(m.toString().contains("Kunden") || m.toString().contains("IBAN")
            || m.toString().contains("Erika") || m.toString().contains("Internet"), m.toString());
      }
    }
  }

  @Test
  void deeplyNestedOrHugeDocumentsArePayloadErrors() {
    String nested = "{\"data\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    assertEquals("", assertThrows(PayloadException.class, () -> ADAPTER.parse(nested)).path());
  }

  @Test
  void nullIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ADAPTER.parse(null));
    assertEquals("json", e.getMessage());
  }

  @Test
  void unescapesOnlyTheThreeEntitiesXEscapes() {
    assertEquals("a & b < c > d &quot; &amp", PayloadParser.unescape(
        "a &amp; b &lt; c &gt; d &quot; &amp"));
    assertEquals("&lt;", PayloadParser.unescape("&amp;lt;"));
  }

  @Test
  void referencedTypesThatAreNotTypeNamesNeverBecomeAttributeKeys() {
    String payload = "{\"data\":{\"id\":\"5\",\"text\":\"hi\",\"author_id\":\"9\","
        + "\"referenced_tweets\":[{\"type\":\"DE89370400440532013000\",\"id\":\"70\"},"
        + "{\"type\":\"max@example.de\",\"id\":\"71\"},{\"type\":\"quoted_reply\",\"id\":\"72\"}]}}";
    Message m = ADAPTER.parse(payload).get(0);
    for (String key : m.attributes().keySet()) {
      assertTrue(!key.contains("DE89") && !key.contains("example"), key);
    }
    assertTrue(m.attribute(TwitterAdapter.ATTR_REFERENCED_OTHER).isPresent());
    assertEquals(Optional.of("72"),
        m.attribute(TwitterAdapter.ATTR_REFERENCED_PREFIX + "quoted_reply"));
  }
}
