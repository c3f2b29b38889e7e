package io.replyguard.facebook;

import static io.replyguard.facebook.FacebookPolicyTest.DAY;
import static io.replyguard.facebook.FacebookPolicyTest.SECOND;
import static io.replyguard.facebook.FacebookPolicyTest.T0;
import static io.replyguard.facebook.FacebookPolicyTest.WEEK;
import static io.replyguard.facebook.FacebookPolicyTest.comment;
import static io.replyguard.facebook.FacebookPolicyTest.messenger;
import static io.replyguard.facebook.FacebookPolicyTest.privateDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.Replyguard;
import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FacebookRequestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final FacebookAdapter adapter = new FacebookAdapter();

  private static JsonNode body(OutboundRequest r) throws Exception {
    return MAPPER.readTree(r.jsonBody().orElseThrow());
  }

  private static Draft publicDraft(Message original) {
    return Draft.of("Danke, \"wir\" schauen nach 🙂", Platform.FACEBOOK, Visibility.PUBLIC)
        .inReplyTo(original);
  }

  @Test
  void publicReplyToComment() throws Exception {
    OutboundRequest r = adapter.replyRequest(publicDraft(comment(T0)));
    assertEquals("POST", r.method());
    assertEquals("/5_9/comments", r.path());
    assertEquals(MAPPER.readTree("{\"message\":\"Danke, \\\"wir\\\" schauen nach 🙂\"}"), body(r));
    assertFalse(r.toString().contains("Danke"), r.toString());
  }

  @Test
  void publicReplyToAReplyGoesToItsParentComment() {
    Message reply = adapter.parse("""
        {"object":"page","entry":[{"id":"900","changes":[{"field":"feed","value":{
          "item":"comment","verb":"add","comment_id":"5_10","post_id":"900_5","parent_id":"5_9",
          "from":{"id":"42"},"created_time":1,"message":"x"}}]}]}
        """).get(0);
    assertEquals("/5_9/comments", adapter.replyRequest(publicDraft(reply)).path());
  }

  @Test
  void privateReplyToComment() throws Exception {
    OutboundRequest r = adapter.replyRequest(privateDraft(comment(T0)).at(T0.plus(WEEK)));
    assertEquals("POST", r.method());
    assertEquals("/900/messages", r.path());
    assertEquals(MAPPER.readTree("{\"recipient\":{\"comment_id\":\"5_9\"},"
        + "\"message\":{\"text\":\"Wir melden uns 🙂\"}}"), body(r));
  }

  @Test
  void privateReplyRefusedWhenLateOrRepeated() {
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> adapter.replyRequest(privateDraft(comment(T0)).at(T0.plus(WEEK).plus(SECOND))));
    assertTrue(late.getMessage().startsWith(FacebookAdapter.RULE_PRIVATE_REPLY_WINDOW),
        late.getMessage());
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
        () -> adapter.replyRequest(privateDraft(comment(T0)).at(T0)
            .withAttribute(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT, "true")));
    assertTrue(again.getMessage().startsWith(FacebookAdapter.RULE_PRIVATE_REPLY_ONCE),
        again.getMessage());
  }

  @Test
  void messengerResponseWithin24Hours() throws Exception {
    OutboundRequest r = adapter.replyRequest(privateDraft(messenger(T0)).at(T0.plus(DAY)));
    assertEquals("/900/messages", r.path());
    assertEquals(MAPPER.readTree("{\"recipient\":{\"id\":\"771\"},\"messaging_type\":\"RESPONSE\","
        + "\"message\":{\"text\":\"Wir melden uns 🙂\"}}"), body(r));
  }

  @Test
  void messengerHumanAgentTagBetween24HoursAnd7Days() throws Exception {
    for (var now : new java.time.Instant[] {T0.plus(DAY).plus(SECOND), T0.plus(WEEK)}) {
      JsonNode b = body(adapter.replyRequest(privateDraft(messenger(T0)).at(now)));
      assertEquals("MESSAGE_TAG", b.get("messaging_type").asText());
      assertEquals("HUMAN_AGENT", b.get("tag").asText());
      assertEquals("771", b.get("recipient").get("id").asText());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> adapter.replyRequest(privateDraft(messenger(T0)).at(T0.plus(WEEK).plus(SECOND))));
    assertTrue(e.getMessage().startsWith(FacebookAdapter.RULE_MESSENGER_WINDOW), e.getMessage());
  }

  @Test
  void withoutDraftNowTheAdapterClockDecides() throws Exception {
    FacebookAdapter clocked = adapter.withClock(Clock.fixed(T0.plus(DAY).plus(SECOND),
        ZoneOffset.UTC));
    assertEquals("MESSAGE_TAG",
        body(clocked.replyRequest(privateDraft(messenger(T0)))).get("messaging_type").asText());
    FacebookAdapter early = adapter.withClock(Clock.fixed(T0.plus(SECOND), ZoneOffset.UTC));
    assertEquals("RESPONSE",
        body(early.replyRequest(privateDraft(messenger(T0)))).get("messaging_type").asText());
  }

  @Test
  void replyRequestRejectsWhatFacebookCannotTake() {
    assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(
        Draft.of("x", Platform.FACEBOOK, Visibility.PUBLIC)), "no answered message");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(
        publicDraft(messenger(T0)))).getMessage().startsWith(FacebookAdapter.RULE_REPLY_TARGET));
    Message removed = comment(T0).toBuilder().attribute(FacebookAdapter.ATTR_VERB, "remove").build();
    assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(publicDraft(removed)));
    Message echo = messenger(T0).toBuilder().attribute(FacebookAdapter.ATTR_IS_ECHO, "true").build();
    assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(privateDraft(echo).at(T0)));
    Message noPage = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "x").id("m_1")
        .createdAt(T0).build();
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> adapter.replyRequest(privateDraft(noPage).at(T0))).getMessage()
        .contains(FacebookAdapter.ATTR_PAGE_ID));
    Message noTime = messenger(T0).toBuilder().build();
    Message timeless = new Message(noTime.id(), noTime.platform(), noTime.visibility(),
        noTime.author(), noTime.text(), Optional.empty(), noTime.locale(), noTime.inReplyTo(),
        noTime.conversationId(), noTime.attributes());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> adapter.replyRequest(privateDraft(timeless).at(T0))).getMessage()
        .contains("createdAt"));
    Message pathTrick = comment(T0).toBuilder().id("5_9/../../me").build();
    assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(publicDraft(pathTrick)));
    assertThrows(IllegalArgumentException.class, () -> adapter.replyRequest(
        Draft.of("x", Platform.TWITTER, Visibility.PUBLIC).inReplyTo(comment(T0))));
    assertThrows(NullPointerException.class, () -> adapter.replyRequest(null));
  }

  @Test
  void hideRequests() throws Exception {
    OutboundRequest hide = adapter.hideRequest(comment(T0)).orElseThrow();
    assertEquals("POST", hide.method());
    assertEquals("/5_9", hide.path());
    assertEquals(MAPPER.readTree("{\"is_hidden\":true}"), body(hide));
    assertEquals(Optional.empty(), adapter.hideRequest(messenger(T0)));
    assertEquals(Optional.empty(), adapter.hideRequest(
        comment(T0).toBuilder().attribute(FacebookAdapter.ATTR_VERB, "remove").build()));
    assertThrows(NullPointerException.class, () -> adapter.hideRequest(null));
  }

  @Test
  void measureCountsCodePointsAgainstTheSurfaceLimit() {
    TextLength emoji = adapter.measure("🙂🙂", Visibility.PUBLIC);
    assertEquals(2, emoji.length());
    assertEquals(8000, emoji.limit());
    assertEquals(4, emoji.textLength());
    assertEquals(2000, adapter.measure("", Visibility.PRIVATE).limit());
    FacebookAdapter small = adapter.withLimits(Map.of("comment", 3, "messenger", 5,
        "privateReply", 4));
    TextLength over = small.measure("ab🙂cd", Visibility.PUBLIC);
    assertEquals(5, over.length());
    assertEquals(4, over.validEnd(), "the emoji is kept whole");
    assertEquals(Optional.of(Span.of(4, 6)), over.overflow());
    assertEquals(4, small.measure("x", Visibility.PRIVATE).limit(),
        "private uses the smaller of messenger and privateReply");
    assertTrue(small.measure("abc", Visibility.PUBLIC).fits());
  }

  @Property(tries = 300)
  void validEndNeverSplitsASurrogatePair(@ForAll String text) {
    TextLength t = adapter.withLimits(Map.of("comment", 3)).measure(text, Visibility.PUBLIC);
    assertEquals(text.codePointCount(0, text.length()), t.length());
    assertTrue(t.validEnd() == text.length() || !Character.isLowSurrogate(text.charAt(t.validEnd()))
        || !Character.isHighSurrogate(text.charAt(t.validEnd() - 1)));
    assertEquals(Math.min(3, t.length()), text.codePointCount(0, t.validEnd()));
  }

  @Test
  void limitsAreConfigurationAndValidated() {
    FacebookAdapter a = adapter.withLimits(Map.of("messenger", 640));
    assertEquals(640, a.limit("messenger"));
    assertEquals(8000, a.limit("comment"));
    assertEquals(2000, adapter.limit("messenger"), "the original is unchanged");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> adapter.withLimits(Map.of("story", 10)));
    assertTrue(unknown.getMessage().contains("'story'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> adapter.withLimits(Map.of("comment", 0)));
    assertThrows(IllegalArgumentException.class, () -> adapter.limit("story"));
    assertThrows(NullPointerException.class, () -> adapter.withLimits(null));
  }

  @Test
  void limitsComeFromTheEngineConfiguration() {
    Replyguard engine = Replyguard.create(ReplyguardConfig.fromJson(
        "{\"platformLimits\":{\"facebook\":{\"messenger\":640,\"privateReply\":1000}}}"));
    PlatformAdapter configured = engine.adapters().require(Platform.FACEBOOK);
    assertEquals(640, configured.measure("x", Visibility.PRIVATE).limit());
    assertEquals(8000, configured.measure("x", Visibility.PUBLIC).limit());
    ConfigException e = assertThrows(ConfigException.class, () -> Replyguard.create(
        ReplyguardConfig.fromJson("{\"platformLimits\":{\"facebook\":{\"reel\":10}}}")));
    assertTrue(e.getMessage().contains("/platformLimits/facebook"), e.getMessage());
    assertTrue(e.getMessage().contains("'reel'"), e.getMessage());
  }

  @Test
  void foundByTheServiceLoader() {
    PlatformAdapter found = AdapterRegistry.installed().require(Platform.FACEBOOK);
    assertTrue(found instanceof FacebookAdapter, found.getClass().getName());
    assertSame(Platform.FACEBOOK, adapter.platform());
  }
}
