package io.replyguard.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.PayloadException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacebookParseTest {
  private final FacebookAdapter adapter = new FacebookAdapter();

  static final String COMMENT_ADD = """
      {"object":"page","entry":[{"id":"104857600123456","time":1795428000,
        "changes":[{"field":"feed","value":{
          "from":{"id":"6029384756102938","name":"Erika Mustermann"},
          "post":{"status_type":"added_photos","is_published":true,"updated_time":"2026-11-23T10:00:00+0000",
                  "permalink_url":"https://www.facebook.com/104857600123456/posts/555","promotion_status":"inactive",
                  "id":"104857600123456_555"},
          "message":"Seit gestern kein Internet in 10115 Berlin 😡",
          "post_id":"104857600123456_555","comment_id":"555_777","created_time":1795427990,
          "item":"comment","parent_id":"104857600123456_555","verb":"add"}}]}]}
      """;

  private static PayloadException payloadError(FacebookAdapter a, String json) {
    return assertThrows(PayloadException.class, () -> a.parse(json));
  }

  @Test
  void commentAdd() {
    List<Message> messages = adapter.parse(COMMENT_ADD);
    assertEquals(1, messages.size());
    Message m = messages.get(0);
    assertEquals("555_777", m.id());
    assertEquals(Platform.FACEBOOK, m.platform());
    assertEquals(Visibility.PUBLIC, m.visibility());
    assertEquals("Seit gestern kein Internet in 10115 Berlin 😡", m.text());
    assertEquals(Optional.of(Instant.ofEpochSecond(1795427990)), m.createdAt());
    assertEquals("6029384756102938", m.author().orElseThrow().id());
    assertEquals(Optional.of("Erika Mustermann"), m.author().orElseThrow().displayName());
    assertEquals(Optional.of("104857600123456_555"), m.inReplyTo());
    assertEquals(Optional.of("104857600123456_555"), m.conversationId());
    assertEquals(Optional.of("comment"), m.attribute(FacebookAdapter.ATTR_KIND));
    assertEquals(Optional.of("add"), m.attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(Optional.of("104857600123456_555"), m.attribute(FacebookAdapter.ATTR_POST_ID));
    assertEquals(Optional.of("104857600123456_555"), m.attribute(FacebookAdapter.ATTR_PARENT_ID));
    assertEquals(Optional.of("104857600123456"), m.attribute(FacebookAdapter.ATTR_PAGE_ID));
    assertFalse(m.toString().contains("Internet"), "toString must not show the text");
  }

  @Test
  void commentEditedWithIsoTimeInFacebookForm() {
    String json = """
        {"object":"page","entry":[{"id":"1","time":1795428000,"changes":[{"field":"feed","value":{
          "from":{"id":"42"},"message":"korrigiert","post_id":"1_5","comment_id":"5_9",
          "created_time":"2026-11-23T09:59:50+0000","item":"comment","verb":"edited"}}]}]}
        """;
    Message m = adapter.parse(json).get(0);
    assertEquals(Optional.of("edited"), m.attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(Optional.of(Instant.parse("2026-11-23T09:59:50Z")), m.createdAt());
    assertEquals(Optional.empty(), m.attribute(FacebookAdapter.ATTR_PARENT_ID));
    assertEquals(Optional.of("1_5"), m.inReplyTo(), "without parent_id the post is answered");
    assertEquals(Optional.empty(), m.author().orElseThrow().displayName());
  }

  @ParameterizedTest
  @CsvSource({"2026-11-23T09:59:50Z", "2026-11-23T10:59:50+01:00", "2026-11-23T09:59:50.000+0000"})
  void isoTimeForms(String time) {
    String json = COMMENT_ADD.replace("1795427990", "\"" + time + "\"");
    assertEquals(Optional.of(Instant.parse("2026-11-23T09:59:50Z")),
        adapter.parse(json).get(0).createdAt());
  }

  @Test
  void removedCommentIsEmittedWithEmptyTextAndVerbRemove() {
    String json = """
        {"object":"page","entry":[{"id":"1","time":1795428000,"changes":[{"field":"feed","value":{
          "post_id":"1_5","comment_id":"5_9","item":"comment","verb":"remove",
          "message":"still here?","parent_id":"1_5","from":{"id":"42","name":"Max"}}}]}]}
        """;
    Message m = adapter.parse(json).get(0);
    assertEquals("5_9", m.id());
    assertEquals("", m.text(), "a removed comment carries no text");
    assertEquals(Optional.of("remove"), m.attribute(FacebookAdapter.ATTR_VERB));
    assertEquals(Optional.empty(), m.createdAt());
    String minimal = """
        {"object":"page","entry":[{"id":"1","changes":[{"field":"feed","value":{
          "post_id":"1_5","comment_id":"5_9","item":"comment","verb":"remove"}}]}]}
        """;
    Message bare = adapter.parse(minimal).get(0);
    assertEquals(Optional.empty(), bare.author(), "from is optional for removals");
    assertEquals(Optional.of("remove"), bare.attribute(FacebookAdapter.ATTR_VERB));
  }

  @Test
  void replyToCommentKeepsParent() {
    String json = """
        {"object":"page","entry":[{"id":"1","time":1795428000,"changes":[{"field":"feed","value":{
          "from":{"id":"42","name":"Max"},"message":"@Erika bei mir auch","post_id":"1_5",
          "comment_id":"5_10","parent_id":"5_9","created_time":1795427000,"item":"comment",
          "verb":"add"}}]}]}
        """;
    Message m = adapter.parse(json).get(0);
    assertEquals(Optional.of("5_9"), m.inReplyTo());
    assertEquals(Optional.of("5_9"), m.attribute(FacebookAdapter.ATTR_PARENT_ID));
    assertEquals(Optional.of("1_5"), m.conversationId());
  }

  @Test
  void commentWithoutMessageHasEmptyText() {
    String json = COMMENT_ADD.replace("\"message\":\"Seit gestern kein Internet in 10115 Berlin 😡\",",
        "\"photo\":\"https://scontent.example/p.jpg\",");
    assertEquals("", adapter.parse(json).get(0).text());
  }

  static final String MESSENGER = """
      {"object":"page","entry":[{"id":"104857600123456","time":1795428000123,"messaging":[
        {"sender":{"id":"7712345678901234"},"recipient":{"id":"104857600123456"},
         "timestamp":1795427999876,
         "message":{"mid":"m_AbC-123_xyz","text":"Meine Rechnung ist falsch","nlp":{"entities":{}}}}]}]}
      """;

  @Test
  void messengerMessage() {
    Message m = adapter.parse(MESSENGER).get(0);
    assertEquals("m_AbC-123_xyz", m.id());
    assertEquals(Visibility.PRIVATE, m.visibility());
    assertEquals("Meine Rechnung ist falsch", m.text());
    assertEquals(Optional.of(Instant.ofEpochMilli(1795427999876L)), m.createdAt());
    assertEquals("7712345678901234", m.author().orElseThrow().id());
    assertEquals(Optional.of("7712345678901234"), m.conversationId());
    assertEquals(Optional.of("messenger"), m.attribute(FacebookAdapter.ATTR_KIND));
    assertEquals(Optional.of("104857600123456"), m.attribute(FacebookAdapter.ATTR_PAGE_ID));
    assertEquals(Optional.of("7712345678901234"), m.attribute(FacebookAdapter.ATTR_PSID));
    assertEquals(Optional.of("false"), m.attribute(FacebookAdapter.ATTR_IS_ECHO));
    assertEquals(Optional.empty(), m.inReplyTo());
  }

  @Test
  void messengerEchoNamesTheCustomerAsPsid() {
    String json = """
        {"object":"page","entry":[{"id":"900","time":1795428000123,"messaging":[
          {"sender":{"id":"900"},"recipient":{"id":"771"},"timestamp":1795427999000,
           "message":{"is_echo":true,"app_id":1517776481860111,"metadata":"x","mid":"m_echo1",
                      "text":"Wir kümmern uns darum."}}]}]}
        """;
    Message m = adapter.parse(json).get(0);
    assertEquals(Optional.of("true"), m.attribute(FacebookAdapter.ATTR_IS_ECHO));
    assertEquals(Optional.of("771"), m.attribute(FacebookAdapter.ATTR_PSID));
    assertEquals(Optional.of("771"), m.conversationId());
    assertEquals("900", m.author().orElseThrow().id());
  }

  @Test
  void messengerAttachmentWithoutTextHasEmptyText() {
    String json = MESSENGER.replace("\"text\":\"Meine Rechnung ist falsch\",",
        "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://x\"}}],");
    assertEquals("", adapter.parse(json).get(0).text());
  }

  @Test
  void nonMessageEventsAndModerationNoticesAreSkipped() {
    String json = """
        {"object":"page","entry":[{"id":"1","time":1,
          "changes":[
            {"field":"feed","value":{"item":"reaction","verb":"add","reaction_type":"like",
              "post_id":"1_5","from":{"id":"42"},"created_time":1}},
            {"field":"feed","value":{"item":"like","verb":"add","post_id":"1_5","user_id":"42"}},
            {"field":"feed","value":{"item":"comment","verb":"hide","comment_id":"5_9","post_id":"1_5"}},
            {"field":"feed","value":{"item":"post","verb":"unhide","post_id":"1_5"}},
            {"field":"conversations","value":{"thread_id":"t_1","page_id":"1"}}],
          "messaging":[
            {"sender":{"id":"7"},"recipient":{"id":"1"},"delivery":{"mids":["m_1"],"watermark":1}},
            {"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":1,"read":{"watermark":1}},
            {"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":1,"reaction":{"mid":"m_1","action":"react","emoji":"👍"}},
            {"recipient":{"id":"1"},"timestamp":1,"policy-enforcement":{"action":"block","reason":"x"}}],
          "standby":[{"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":1,"read":{"watermark":1}}]}]}
        """;
    assertEquals(new io.replyguard.spi.ParsedPayload(List.of(), List.of(), List.of()),
        adapter.parsePayload(json));
  }

  @Test
  void unknownFieldsAreIgnored() {
    String json = """
        {"object":"page","future":{"a":[1,2]},"entry":[{"id":"1","time":1,"new_thing":true,
          "changes":[{"field":"feed","extra":1,"value":{"item":"comment","verb":"add","comment_id":"5_9",
            "post_id":"1_5","from":{"id":"42","picture":"x"},"created_time":1,"message":"hi",
            "is_hidden":false,"new_field":{"x":null}}}]}]}
        """;
    assertEquals("hi", adapter.parse(json).get(0).text());
  }

  @Test
  void batchesKeepOrderAcrossEntriesAndEvents() {
    String json = """
        {"object":"page","entry":[
          {"id":"1","time":1,"changes":[
            {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"5_1","post_id":"1_5","from":{"id":"a"},"created_time":10,"message":"one"}},
            {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"5_2","post_id":"1_5","from":{"id":"b"},"created_time":11,"message":"two"}}],
           "messaging":[
            {"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":12000,"message":{"mid":"m_3","text":"three"}}]},
          {"id":"2","time":2,"messaging":[
            {"sender":{"id":"8"},"recipient":{"id":"2"},"timestamp":13000,"message":{"mid":"m_4","text":"four"}},
            {"sender":{"id":"9"},"recipient":{"id":"2"},"timestamp":14000,"message":{"mid":"m_5","text":"five"}}]}]}
        """;
    List<Message> messages = adapter.parse(json);
    assertEquals(List.of("one", "two", "three", "four", "five"),
        messages.stream().map(Message::text).toList());
    assertEquals(Optional.of("2"), messages.get(4).attribute(FacebookAdapter.ATTR_PAGE_ID));
  }

  @Test
  void duplicatesAreDroppedButAddThenEditIsKept() {
    String add = "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_1\","
        + "\"post_id\":\"1_5\",\"from\":{\"id\":\"a\"},\"created_time\":10,\"message\":\"one\"}}";
    String edit = add.replace("\"add\"", "\"edited\"").replace("one", "one!");
    String msg = "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"1\"},\"timestamp\":12000,"
        + "\"message\":{\"mid\":\"m_3\",\"text\":\"three\"}}";
    String json = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"changes\":[" + add + "," + add
        + "," + edit + "],\"messaging\":[" + msg + "]},{\"id\":\"1\",\"messaging\":[" + msg
        + "],\"changes\":[" + add + "]}]}";
    List<Message> messages = adapter.parse(json);
    assertEquals(List.of("one", "one!", "three"), messages.stream().map(Message::text).toList());
  }

  @Test
  void emptyEntryListYieldsNoMessages() {
    assertEquals(List.of(), adapter.parse("{\"object\":\"page\",\"entry\":[]}"));
    assertEquals(List.of(), adapter.parse("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "comment_id|/entry/0/changes/1/value/comment_id",
      "post_id|/entry/0/changes/1/value/post_id",
      "verb|/entry/0/changes/1/value/verb",
      "item|/entry/0/changes/1/value/item",
      "from|/entry/0/changes/1/value/from",
      "created_time|/entry/0/changes/1/value/created_time"})
  void missingCommentFieldsNameThePointer(String field, String pointer) {
    String good = "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_1\","
        + "\"post_id\":\"1_5\",\"from\":{\"id\":\"a\"},\"created_time\":10,\"message\":\"one\"}}";
    String bad = good.replaceFirst("\"" + field + "\":(\\{[^}]*\\}|\"[^\"]*\"|\\d+),?", "")
        .replace(",}", "}");
    String json = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"changes\":[" + good + "," + bad
        + "]}]}";
    PayloadException e = payloadError(adapter, json);
    assertEquals(pointer, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(pointer + ": required key '" + field + "' is missing"),
        e.getMessage());
    // The good change before the bad one is still returned by parsePayload.
    io.replyguard.spi.ParsedPayload partial = adapter.parsePayload(json);
    assertEquals(List.of("5_1"), partial.messages().stream().map(Message::id).toList());
    assertEquals(pointer, partial.problems().get(0).path());
  }

  @Test
  void missingNestedAndTopLevelFieldsNameThePointer() {
    assertEquals("/object", payloadError(adapter, "{\"entry\":[]}").path());
    assertEquals("/entry", payloadError(adapter, "{\"object\":\"page\"}").path());
    assertEquals("/entry/0/id",
        payloadError(adapter, "{\"object\":\"page\",\"entry\":[{\"time\":1}]}").path());
    assertEquals("/entry/0/changes/0/value/from/id", payloadError(adapter,
        COMMENT_ADD.replace("\"id\":\"6029384756102938\",", "")).path());
    assertEquals("/entry/0/changes/0/field", payloadError(adapter,
        COMMENT_ADD.replace("\"field\":\"feed\",", "")).path());
    assertEquals("/entry/0/messaging/0/sender", payloadError(adapter,
        MESSENGER.replace("\"sender\":{\"id\":\"7712345678901234\"},", "")).path());
    assertEquals("/entry/0/messaging/0/recipient/id", payloadError(adapter,
        MESSENGER.replace("\"recipient\":{\"id\":\"104857600123456\"}", "\"recipient\":{}")).path());
    assertEquals("/entry/0/messaging/0/timestamp", payloadError(adapter,
        MESSENGER.replace("\"timestamp\":1795427999876,", "")).path());
    assertEquals("/entry/0/messaging/0/message/mid", payloadError(adapter,
        MESSENGER.replace("\"mid\":\"m_AbC-123_xyz\",", "")).path());
  }

  @Test
  void mistypedFieldsNameThePointerWithoutQuotingValues() {
    PayloadException e = payloadError(adapter, MESSENGER.replace("\"text\":\"Meine Rechnung ist falsch\"",
        "\"text\":{\"secret\":\"Meine Rechnung ist falsch\"}"));
    assertEquals("/entry/0/messaging/0/message/text", e.path());
    assertFalse(e.getMessage().contains("Rechnung"), e.getMessage());
    assertEquals("/entry/0/messaging/0/message/is_echo", payloadError(adapter,
        MESSENGER.replace("\"mid\"", "\"is_echo\":\"yes\",\"mid\"")).path());
    assertEquals("/entry/0/changes/0/value/created_time", payloadError(adapter,
        COMMENT_ADD.replace("1795427990", "\"yesterday\"")).path());
    assertEquals("/entry/0/changes/0/value/created_time", payloadError(adapter,
        COMMENT_ADD.replace("1795427990", "-5")).path());
    assertEquals("/entry/0/changes/0/value/created_time", payloadError(adapter,
        COMMENT_ADD.replace("1795427990", "99999999999999999")).path());
    assertEquals("/entry/0/changes/0/value/comment_id", payloadError(adapter,
        COMMENT_ADD.replace("\"555_777\"", "\"  \"")).path());
    assertEquals("/entry", payloadError(adapter, "{\"object\":\"page\",\"entry\":{}}").path());
    assertEquals("/entry/0", payloadError(adapter, "{\"object\":\"page\",\"entry\":[1]}").path());
  }

  @Test
  void numericIdsAreAccepted() {
    String json = MESSENGER.replace("\"7712345678901234\"", "7712345678901234");
    assertEquals("7712345678901234", adapter.parse(json).get(0).author().orElseThrow().id());
  }

  @Test
  void otherWebhookObjectsAndMalformedJsonAreRejected() {
    PayloadException other = payloadError(adapter, "{\"object\":\"instagram\",\"entry\":[]}");
    assertEquals("/object", other.path());
    assertTrue(other.getMessage().contains("expected \"page\""), other.getMessage());
    assertEquals("", payloadError(adapter, "{\"object\":\"page\",").path());
    assertEquals("", payloadError(adapter, "").path());
    assertEquals("", payloadError(adapter, "[]").path());
    assertEquals("", payloadError(adapter, "{\"object\":\"page\",\"object\":\"page\",\"entry\":[]}").path());
    assertThrows(NullPointerException.class, () -> adapter.parse(null));
  }
}
