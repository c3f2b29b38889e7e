package io.replyguard.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Category;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FacebookPolicyTest {
  static final Instant T0 = Instant.parse("2026-11-16T10:00:00Z");
  static final Duration DAY = Duration.ofHours(24);
  static final Duration WEEK = Duration.ofDays(7);
  static final Duration SECOND = Duration.ofSeconds(1);

  private final FacebookAdapter adapter = new FacebookAdapter();

  static Message comment(Instant created) {
    return new FacebookAdapter().parse("""
        {"object":"page","entry":[{"id":"900","changes":[{"field":"feed","value":{
          "item":"comment","verb":"add","comment_id":"5_9","post_id":"900_5","parent_id":"900_5",
          "from":{"id":"42"},"created_time":%d,"message":"Meine Kundennummer ist 123"}}]}]}
        """.formatted(created.getEpochSecond())).get(0);
  }

  static Message messenger(Instant created) {
    return new FacebookAdapter().parse("""
        {"object":"page","entry":[{"id":"900","messaging":[{"sender":{"id":"771"},
          "recipient":{"id":"900"},"timestamp":%d,"message":{"mid":"m_1","text":"Hallo"}}]}]}
        """.formatted(created.toEpochMilli())).get(0);
  }

  static Draft privateDraft(Message original) {
    return Draft.of("Wir melden uns 🙂", Platform.FACEBOOK, Visibility.PRIVATE).inReplyTo(original);
  }

  private List<String> rules(Draft draft, Instant now) {
    return adapter.policy(draft, now).stream().map(Finding::ruleId).toList();
  }

  @Test
  void messengerWithin24HoursIsFine() {
    Draft d = privateDraft(messenger(T0));
    assertEquals(List.of(), rules(d, T0));
    assertEquals(List.of(), rules(d, T0.plus(DAY).minus(SECOND)));
    assertEquals(List.of(), rules(d, T0.plus(DAY)), "exactly 24 h is still inside");
  }

  @Test
  void messengerAfter24HoursNeedsHumanAgent() {
    Draft d = privateDraft(messenger(T0));
    List<Finding> findings = adapter.policy(d, T0.plus(DAY).plus(SECOND));
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT, f.ruleId());
    assertEquals(Category.PLATFORM_POLICY, f.category());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Span.of(0, d.text().length()), f.span(), "the whole draft, emoji included");
    assertTrue(f.message().contains("HUMAN_AGENT"), f.message());
    assertTrue(f.message().contains("a day ago"), f.message());
    assertEquals(List.of(FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT), rules(d, T0.plus(WEEK)),
        "exactly 7 days is still allowed with the tag");
    assertEquals(List.of(FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT),
        rules(d, T0.plus(WEEK).minus(SECOND)));
  }

  @Test
  void messengerAfter7DaysIsBlockedWithEmailAlternative() {
    List<Finding> findings = adapter.policy(privateDraft(messenger(T0)), T0.plus(WEEK).plus(SECOND));
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(FacebookAdapter.RULE_MESSENGER_WINDOW, f.ruleId());
    assertEquals(Severity.BLOCKER, f.severity());
    assertTrue(f.message().contains("7 days ago"), f.message());
    assertTrue(f.suggestion().orElseThrow().contains("e-mail"), f.suggestion().toString());
  }

  @Test
  void privateReplyWindowEdges() {
    Draft d = privateDraft(comment(T0));
    assertEquals(List.of(), rules(d, T0.plus(DAY).plus(SECOND)), "no 24 h limit for comments");
    assertEquals(List.of(), rules(d, T0.plus(WEEK).minus(SECOND)));
    assertEquals(List.of(), rules(d, T0.plus(WEEK)));
    List<Finding> late = adapter.policy(d, T0.plus(WEEK).plus(SECOND));
    assertEquals(List.of(FacebookAdapter.RULE_PRIVATE_REPLY_WINDOW),
        late.stream().map(Finding::ruleId).toList());
    assertEquals(Severity.BLOCKER, late.get(0).severity());
    assertTrue(late.get(0).suggestion().orElseThrow().contains("e-mail"));
  }

  @Test
  void secondPrivateReplyIsBlocked() {
    Draft second = privateDraft(comment(T0)).withAttribute(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT,
        "true");
    List<Finding> findings = adapter.policy(second, T0.plus(Duration.ofMinutes(5)));
    assertEquals(1, findings.size());
    assertEquals(FacebookAdapter.RULE_PRIVATE_REPLY_ONCE, findings.get(0).ruleId());
    assertEquals(Severity.BLOCKER, findings.get(0).severity());
    assertTrue(findings.get(0).suggestion().orElseThrow().contains("Messenger"));
    assertEquals(List.of(FacebookAdapter.RULE_PRIVATE_REPLY_ONCE,
        FacebookAdapter.RULE_PRIVATE_REPLY_WINDOW), rules(second, T0.plus(WEEK).plus(SECOND)));
    Draft first = privateDraft(comment(T0)).withAttribute(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT,
        "false");
    assertEquals(List.of(), rules(first, T0.plus(SECOND)));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> adapter.policy(first.withAttribute(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT, "yes"), T0));
    assertTrue(bad.getMessage().contains(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT), bad.getMessage());
  }

  @Test
  void publicRepliesHaveNoWindow() {
    Draft d = Draft.of("Danke!", Platform.FACEBOOK, Visibility.PUBLIC).inReplyTo(comment(T0));
    assertEquals(List.of(), rules(d, T0.plus(Duration.ofDays(400))));
    assertEquals(List.of(), rules(Draft.of("Neuer Post", Platform.FACEBOOK, Visibility.PUBLIC), T0));
  }

  @Test
  void impossibleTargets() {
    Draft publicToMessenger = Draft.of("x", Platform.FACEBOOK, Visibility.PUBLIC)
        .inReplyTo(messenger(T0));
    assertEquals(List.of(FacebookAdapter.RULE_REPLY_TARGET), rules(publicToMessenger, T0));
    Message removed = comment(T0).toBuilder().attribute(FacebookAdapter.ATTR_VERB, "remove").build();
    assertEquals(List.of(FacebookAdapter.RULE_REPLY_TARGET), rules(privateDraft(removed), T0));
    Message echo = messenger(T0).toBuilder().attribute(FacebookAdapter.ATTR_IS_ECHO, "true").build();
    List<Finding> f = adapter.policy(privateDraft(echo), T0);
    assertEquals(List.of(FacebookAdapter.RULE_REPLY_TARGET), f.stream().map(Finding::ruleId).toList());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void unknownWindowIsATransportPreconditionReportedAsInfo() {
    Message noTime = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "hi").id("m_2").build();
    assertEquals(List.of(FacebookAdapter.RULE_WINDOW_UNKNOWN), rules(privateDraft(noTime), T0));
    assertEquals(List.of(FacebookAdapter.RULE_WINDOW_UNKNOWN),
        rules(Draft.of("x", Platform.FACEBOOK, Visibility.PRIVATE), T0));
    for (Finding f : adapter.policy(Draft.of("x", Platform.FACEBOOK, Visibility.PRIVATE), T0)) {
      assertEquals(Severity.INFO, f.severity(), "content verdicts must not depend on it");
    }
    for (Finding f : adapter.policy(privateDraft(noTime), T0)) {
      assertEquals(Severity.INFO, f.severity());
    }
  }

  @Test
  void agesReadNaturallyInBothLanguages() {
    assertEquals("vor 14 Tagen", FacebookAdapter.age(java.time.Duration.ofDays(14).plusMinutes(10), true));
    assertEquals("14 days ago", FacebookAdapter.age(java.time.Duration.ofDays(14).plusMinutes(10), false));
    assertEquals("vor einem Tag", FacebookAdapter.age(java.time.Duration.ofHours(30), true));
    assertEquals("a day ago", FacebookAdapter.age(java.time.Duration.ofHours(30), false));
    assertEquals("vor 3 Stunden", FacebookAdapter.age(java.time.Duration.ofMinutes(200), true));
    assertEquals("an hour ago", FacebookAdapter.age(java.time.Duration.ofMinutes(61), false));
    assertEquals("vor einer Minute", FacebookAdapter.age(java.time.Duration.ofSeconds(5), true));
    assertEquals("2 minutes ago", FacebookAdapter.age(java.time.Duration.ofSeconds(150), false));
  }

  @Test
  void germanDraftsGetGermanFindings() {
    Draft d = privateDraft(messenger(T0)).withLocale(java.util.Locale.GERMAN);
    Finding f = adapter.policy(d, T0.plus(WEEK).plus(SECOND)).get(0);
    assertTrue(f.message().contains("vor 7 Tagen"), f.message());
    assertTrue(f.suggestion().orElseThrow().contains("E-Mail"), f.suggestion().toString());
    Finding g = adapter.policy(privateDraft(messenger(T0)), T0.plus(WEEK).plus(SECOND)).get(0);
    assertTrue(g.message().contains("7 days ago"), g.message());
  }

  @Test
  void messageWithoutKindIsInferredFromVisibility() {
    Message handMadePrivate = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "hi").id("m_2")
        .createdAt(T0).build();
    assertEquals(List.of(FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT),
        rules(privateDraft(handMadePrivate), T0.plus(DAY).plus(SECOND)));
    Message handMadePublic = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "hi").id("5_1")
        .createdAt(T0).build();
    assertEquals(List.of(), rules(privateDraft(handMadePublic), T0.plus(DAY).plus(SECOND)));
  }

  @Test
  void findingsNeverQuoteTheTexts() {
    for (Instant now : List.of(T0.plus(DAY).plus(SECOND), T0.plus(WEEK).plus(SECOND))) {
      for (Finding f : adapter.policy(privateDraft(comment(T0))
          .withAttribute(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT, "true"), now)) {
        assertFalse(f.message().contains("Kundennummer"), f.message());
        assertFalse(f.message().contains("melden"), f.message());
      }
    }
  }

  @Test
  void nullsAndOtherPlatformsAreRejected() {
    Draft d = privateDraft(messenger(T0));
    assertEquals("draft", assertThrows(NullPointerException.class,
        () -> adapter.policy(null, T0)).getMessage());
    assertEquals("now", assertThrows(NullPointerException.class,
        () -> adapter.policy(d, null)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> adapter.policy(Draft.of("x", Platform.TWITTER, Visibility.PUBLIC), T0));
  }

  @Property(tries = 300)
  void messengerSeverityIsMonotonicInElapsedTime(
      @ForAll @LongRange(min = -3600, max = 10 * 86400) long seconds) {
    List<Finding> f = adapter.policy(privateDraft(messenger(T0)), T0.plusSeconds(seconds));
    String expected = seconds <= DAY.getSeconds() ? null
        : seconds <= WEEK.getSeconds() ? FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT
        : FacebookAdapter.RULE_MESSENGER_WINDOW;
    assertEquals(expected == null ? List.of() : List.of(expected),
        f.stream().map(Finding::ruleId).toList());
  }

  /** English function words that must not appear in a German finding, and the reverse. */
  static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "and", "your", "you",
      "is", "are", "not", "to", "of", "with", "please", "reply", "this", "that", "for", "only",
      "was", "has", "within", "days", "ago", "answer", "message");
  static final java.util.Set<String> GERMAN = java.util.Set.of("der", "die", "das", "und",
      "ist", "nicht", "mit", "eine", "wurde", "nur", "innerhalb", "tagen", "vor", "bitte");

  static boolean has(String text, java.util.Set<String> words) {
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyPolicyRuleSpeaksTheDraftsLanguage() {
    Message removed = comment(T0).toBuilder().attribute(FacebookAdapter.ATTR_VERB, "remove")
        .build();
    Message echo = messenger(T0).toBuilder().attribute(FacebookAdapter.ATTR_IS_ECHO, "true")
        .build();
    Message noTime = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "hi").id("m_2").build();
    List<Object[]> cases = List.of(
        new Object[] {Draft.of("Hallo", Platform.FACEBOOK, Visibility.PRIVATE), T0},
        new Object[] {privateDraft(noTime), T0},
        new Object[] {privateDraft(removed), T0},
        new Object[] {Draft.of("Hallo", Platform.FACEBOOK, Visibility.PUBLIC)
            .inReplyTo(messenger(T0)), T0},
        new Object[] {privateDraft(echo), T0},
        new Object[] {new Draft("Hallo", Platform.FACEBOOK, Visibility.PRIVATE,
            java.util.Optional.of(comment(T0)), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Map.of(FacebookAdapter.ATTR_PRIVATE_REPLY_SENT,
            "true")), T0},
        new Object[] {privateDraft(comment(T0)), T0.plus(WEEK).plus(DAY)},
        new Object[] {privateDraft(messenger(T0)), T0.plus(WEEK).plus(DAY)},
        new Object[] {privateDraft(messenger(T0)), T0.plus(DAY).plus(DAY)});
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Object[] c : cases) {
      Draft d = (Draft) c[0];
      Instant now = (Instant) c[1];
      for (java.util.Locale locale : List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH)) {
        List<Finding> found = adapter.policy(d.withLocale(locale), now);
        assertTrue(!found.isEmpty(), d.toString());
        for (Finding f : found) {
          String text = f.message() + " " + f.suggestion().orElse("");
          boolean german = locale.equals(java.util.Locale.GERMAN);
          assertTrue(!has(text, german ? ENGLISH : GERMAN), f.ruleId() + " in " + locale + ": "
              + text);
          seen.add(f.ruleId());
        }
      }
    }
    assertEquals(java.util.Set.of(FacebookAdapter.RULE_PRIVATE_REPLY_ONCE,
        FacebookAdapter.RULE_PRIVATE_REPLY_WINDOW, FacebookAdapter.RULE_MESSENGER_HUMAN_AGENT,
        FacebookAdapter.RULE_MESSENGER_WINDOW, FacebookAdapter.RULE_REPLY_TARGET,
        FacebookAdapter.RULE_WINDOW_UNKNOWN), seen);
  }

  @Test
  void aHarmlessDmTemplateWithoutConversationIsAllowed() {
    io.replyguard.Replyguard engine = io.replyguard.Replyguard.create();
    io.replyguard.testing.DraftAssertions.assertAllowed(engine, Draft.of(
        "Danke für Ihre Nachricht! Wir melden uns heute bis 18 Uhr bei Ihnen.",
        Platform.FACEBOOK, Visibility.PRIVATE).withLocale(java.util.Locale.GERMAN)
        .at(Instant.parse("2026-11-23T08:00:00Z")));
    io.replyguard.testing.DraftAssertions.assertAllowed(engine, Draft.of(
        "Thanks for your message! We will get back to you today by 6 pm.",
        Platform.FACEBOOK, Visibility.PRIVATE).withLocale(java.util.Locale.ENGLISH)
        .at(Instant.parse("2026-11-23T08:00:00Z")));
  }
}
