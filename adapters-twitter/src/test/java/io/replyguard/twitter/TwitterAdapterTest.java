package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.model.Author;
import io.replyguard.model.Category;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Measuring, request mapping and policy of {@link TwitterAdapter}. */
class TwitterAdapterTest {
  static final TwitterAdapter ADAPTER = new TwitterAdapter();
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  static Message post(String id, boolean replyToPage) {
    return Message.builder(Platform.TWITTER, Visibility.PUBLIC, "@TelcoHilfe Hilfe!").id(id)
        .author(Author.of("6253282")).attribute(TwitterAdapter.ATTR_FOR_USER_ID, "783214")
        .attribute(TwitterAdapter.ATTR_FROM_PAGE, "false")
        .attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE, String.valueOf(replyToPage)).build();
  }

  static Message dm(String id) {
    return Message.builder(Platform.TWITTER, Visibility.PRIVATE, "Hallo").id(id)
        .author(Author.of("6253282")).build();
  }

  // ------------------------------------------------------------------ discovery and limits

  @Test
  void foundByTheServiceLoader() {
    PlatformAdapter a = AdapterRegistry.installed().require(Platform.TWITTER);
    assertInstanceOf(TwitterAdapter.class, a);
    assertEquals(Platform.TWITTER, a.platform());
  }

  @Test
  void limitsPerSurface() {
    TwitterAdapter a = ADAPTER.withLimits(Map.of("post", 100, "dm", 20));
    assertEquals(100, a.postLimit());
    assertEquals(20, a.dmLimit());
    assertEquals(280, ADAPTER.postLimit(), "the original is unchanged");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.withLimits(Map.of("story", 5)));
    assertTrue(unknown.getMessage().contains("'story'"), unknown.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.withLimits(Map.of("dm", 0)));
    assertEquals("dm limit must be positive: 0", negative.getMessage());
    assertEquals(ADAPTER.postLimit(), ADAPTER.withLimits(Map.of()).postLimit());
  }

  @Test
  void aLowerPostLimitMovesTheValidEndButNotTheWeightedLength() {
    String text = "x".repeat(90) + "\u00e9\u00e9" + "ありがとう" + " https://example.com/a";
    TextLength full = ADAPTER.measure(text, Visibility.PUBLIC);
    TextLength small = ADAPTER.withLimits(Map.of("post", 95)).measure(text, Visibility.PUBLIC);
    assertEquals(90 + 2 + 10 + 1 + 23, full.length());
    assertEquals(full.length(), small.length());
    assertTrue(full.fits());
    assertFalse(small.fits());
    assertEquals(95, small.limit());
    assertEquals(93, small.validEnd(), "90 x, 2 accented letters and one CJK letter (weight 2) fit");
    assertEquals(Optional.of(Span.of(93, text.length())), small.overflow());
  }

  // ------------------------------------------------------------------ measuring

  @Test
  void postsAreWeighted() {
    TextLength l = ADAPTER.measure("Hi 👋 https://t.co/abc ありがとう", Visibility.PUBLIC);
    assertEquals(3 + 2 + 1 + 23 + 1 + 10, l.length());
    assertEquals(280, l.limit());
    TextLength empty = ADAPTER.measure("", Visibility.PUBLIC);
    assertEquals(new TextLength(0, 280, 0, 0), empty);
  }

  @Test
  void overlongEmojiPostsNeverCutASurrogatePair() {
    String text = "😷".repeat(141);
    TextLength l = ADAPTER.measure(text, Visibility.PUBLIC);
    assertEquals(282, l.length());
    assertEquals(280, l.validEnd(), "140 emoji = 280 UTF-16 units fit");
    assertFalse(Character.isLowSurrogate(text.charAt(l.validEnd())));
  }

  @Test
  void directMessagesCountCodePoints() {
    String text = "a".repeat(9_999) + "😷" + "b";
    TextLength l = ADAPTER.measure(text, Visibility.PRIVATE);
    assertEquals(10_001, l.length());
    assertEquals(10_000, l.limit());
    assertEquals(10_001, l.validEnd(), "the emoji is the 10,000th code point: 2 UTF-16 units");
    assertEquals(10_002, l.textLength());
    TextLength fits = ADAPTER.measure("😷".repeat(10_000), Visibility.PRIVATE);
    assertTrue(fits.fits());
    assertEquals(20_000, fits.validEnd());
  }

  @Property(tries = 300)
  void validEndNeverSplitsASurrogatePairAndMeasuresAPrefixThatFits(
      @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 300) int limit) {
    TwitterAdapter a = ADAPTER.withLimits(Map.of("post", limit, "dm", limit));
    for (Visibility v : Visibility.values()) {
      TextLength l = a.measure(text, v);
      assertTrue(l.validEnd() >= 0 && l.validEnd() <= text.length());
      int end = l.validEnd();
      assertFalse(end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
          && Character.isLowSurrogate(text.charAt(end)), "split pair at " + end);
      if (l.fits()) {
        assertEquals(text.length(), end);
      } else if (v == Visibility.PRIVATE) {
        assertEquals(limit, text.codePointCount(0, end));
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> texts() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.strings().ofMaxLength(400),
        net.jqwik.api.Arbitraries.of("a", "ä", "😷", "👨‍👩‍👧", "あ", " ", "https://x.co/a ", "\ud800")
            .list().ofMaxSize(200).map(l -> String.join("", l)));
  }

  @Test
  void measuringIsThreadSafe() throws Exception {
    List<String> texts = List.of("Hi 👋 https://t.co/abc ありがとう", "x".repeat(300),
        "😷".repeat(141), "Ein ganz normaler Satz mit Umlauten: äöü ß.");
    List<TextLength> expected = texts.stream().map(t -> ADAPTER.measure(t, Visibility.PUBLIC))
        .toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            int k = i % texts.size();
            if (!ADAPTER.measure(texts.get(k), Visibility.PUBLIC).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : futures) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ requests

  @Test
  void publicReply() throws Exception {
    Draft d = Draft.of("Das tut uns leid!", Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("1460323737035677698", true));
    OutboundRequest r = ADAPTER.replyRequest(d);
    assertEquals("POST", r.method());
    assertEquals("/2/tweets", r.path());
    JsonNode body = JSON.readTree(r.jsonBody().orElseThrow());
    assertEquals("Das tut uns leid!", body.get("text").asText());
    assertEquals("1460323737035677698", body.get("reply").get("in_reply_to_tweet_id").asText());
    assertEquals(2, body.size());
  }

  @Test
  void directMessageGoesToTheAuthorOrToTheRecipientOfThePagesOwnMessage() throws Exception {
    Draft d = Draft.of("Schreiben Sie uns \"bitte\" hier.", Platform.TWITTER, Visibility.PRIVATE)
        .inReplyTo(dm("954491830116155396"));
    OutboundRequest r = ADAPTER.replyRequest(d);
    assertEquals("POST", r.method());
    assertEquals("/2/dm_conversations/with/6253282/messages", r.path());
    assertEquals("Schreiben Sie uns \"bitte\" hier.",
        JSON.readTree(r.jsonBody().orElseThrow()).get("text").asText());

    Message own = Message.builder(Platform.TWITTER, Visibility.PRIVATE, "x").id("5")
        .author(Author.of("783214")).attribute(TwitterAdapter.ATTR_FROM_PAGE, "true")
        .attribute(TwitterAdapter.ATTR_RECIPIENT_ID, "6253282").build();
    assertEquals("/2/dm_conversations/with/6253282/messages",
        ADAPTER.replyRequest(d.inReplyTo(own)).path());
  }

  @Test
  void missingContextIsNamedWithoutQuotingTheText() {
    String secret = "Meine PIN ist 1234";
    IllegalArgumentException noOriginal = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.replyRequest(Draft.of(secret, Platform.TWITTER, Visibility.PUBLIC)));
    assertTrue(noOriginal.getMessage().contains("inReplyTo"), noOriginal.getMessage());
    Message anonymous = Message.builder(Platform.TWITTER, Visibility.PRIVATE, secret).id("9")
        .build();
    IllegalArgumentException noAuthor = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.replyRequest(Draft.of(secret, Platform.TWITTER, Visibility.PRIVATE)
            .inReplyTo(anonymous)));
    assertTrue(noAuthor.getMessage().contains("no author"), noAuthor.getMessage());
    IllegalArgumentException publicToDm = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.replyRequest(Draft.of(secret, Platform.TWITTER, Visibility.PUBLIC)
            .inReplyTo(dm("9"))));
    assertTrue(publicToDm.getMessage().contains("direct message"), publicToDm.getMessage());
    IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.replyRequest(Draft.of(secret, Platform.TWITTER, Visibility.PUBLIC)
            .inReplyTo(post("../../1", true))));
    assertTrue(badId.getMessage().contains("not an X id"), badId.getMessage());
    IllegalArgumentException otherPlatform = assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.replyRequest(Draft.of(secret, Platform.FACEBOOK, Visibility.PUBLIC)));
    assertTrue(otherPlatform.getMessage().contains("facebook"), otherPlatform.getMessage());
    for (IllegalArgumentException e : List.of(noOriginal, noAuthor, publicToDm, badId,
        otherPlatform)) {
      assertFalse(e.getMessage().contains("PIN"), e.getMessage());
    }
    assertEquals("draft", assertThrows(NullPointerException.class,
        () -> ADAPTER.replyRequest(null)).getMessage());
  }

  @Test
  void hidingOnlyRepliesToThePagesPosts() throws Exception {
    OutboundRequest r = ADAPTER.hideRequest(post("42", true)).orElseThrow();
    assertEquals("PUT", r.method());
    assertEquals("/2/tweets/42/hidden", r.path());
    assertEquals(JSON.readTree("{\"hidden\":true}"), JSON.readTree(r.jsonBody().orElseThrow()));
    assertEquals(Optional.empty(), ADAPTER.hideRequest(post("42", false)));
    assertEquals(Optional.empty(), ADAPTER.hideRequest(dm("42")));
    Message ownReply = post("43", true).toBuilder()
        .attribute(TwitterAdapter.ATTR_FROM_PAGE, "true").build();
    assertEquals(Optional.empty(), ADAPTER.hideRequest(ownReply));
  }

  // ------------------------------------------------------------------ policy

  @Test
  void hideNotPossibleSuggestsAskingForDeletion() {
    Draft wantsHide = Draft.of("Bitte keine Kundennummern posten.", Platform.TWITTER,
        Visibility.PUBLIC).inReplyTo(post("42", false))
        .withAttribute(TwitterAdapter.DRAFT_HIDE_ORIGINAL, "true");
    List<Finding> findings = ADAPTER.policy(wantsHide, NOW);
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(TwitterAdapter.RULE_HIDE_NOT_POSSIBLE, f.ruleId());
    assertEquals(Category.PLATFORM_POLICY, f.category());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.suggestion().orElseThrow().contains("delete"));
    Finding german = ADAPTER.policy(wantsHide.withLocale(Locale.GERMAN), NOW).get(0);
    assertTrue(german.suggestion().orElseThrow().contains("löschen"), german.toString());
    // A reply to the page's own post can be hidden: no finding.
    assertEquals(List.of(), ADAPTER.policy(Draft.of("Danke!", Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("42", true)).withAttribute(TwitterAdapter.DRAFT_HIDE_ORIGINAL, "true"),
        NOW));
    // Without the wish to hide there is nothing to report.
    assertEquals(List.of(), ADAPTER.policy(Draft.of("Danke!", Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("42", false)), NOW));
  }

  @Test
  void overlongPublicDraftsAreNotSplitIntoThreads() {
    String text = "x".repeat(300);
    List<Finding> findings = ADAPTER.policy(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("1", true)), NOW);
    assertEquals(1, findings.size());
    assertEquals(TwitterAdapter.RULE_THREAD_SPLIT, findings.get(0).ruleId());
    assertEquals(Span.of(280, 300), findings.get(0).span());
    assertTrue(findings.get(0).message().contains("300 of 280"), findings.get(0).message());
    assertEquals(List.of(), ADAPTER.policy(Draft.of("x".repeat(280), Platform.TWITTER,
        Visibility.PUBLIC).inReplyTo(post("1", true)), NOW));
  }

  @Test
  void charactersXRejectsAreMarked() {
    String text = "\uFEFFHallo \uFFFF!";
    List<Finding> findings = ADAPTER.policy(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("1", true)), NOW);
    assertEquals(List.of(Span.of(0, 1), Span.of(7, 8)),
        findings.stream().map(Finding::span).toList());
    assertTrue(findings.stream().allMatch(f -> f.ruleId().equals(
        TwitterAdapter.RULE_INVALID_CHARACTERS) && f.severity() == Severity.ERROR));
    assertTrue(findings.get(0).message().contains("U+FEFF"), findings.get(0).message());
  }

  @Test
  void everyOccurrenceOfEveryRejectedCharacterIsMarkedInTextOrder() {
    String text = "\uFFFEa\uFEFF Grüße \uFFFE\uFFFF b\uFEFF";
    List<Finding> findings = ADAPTER.policy(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(post("1", true)), NOW);
    assertEquals(List.of(Span.of(0, 1), Span.of(2, 3), Span.of(10, 11), Span.of(11, 12),
        Span.of(14, 15)), findings.stream().map(Finding::span).toList());
    assertEquals(List.of("U+FFFE", "U+FEFF", "U+FFFE", "U+FFFF", "U+FEFF"), findings.stream()
        .map(f -> f.message().replaceAll(".*(U\\+[0-9A-F]{4}).*", "$1")).toList());
  }

  @Test
  void directMessageRules() {
    Finding noRecipient = ADAPTER.policy(Draft.of("Hallo", Platform.TWITTER, Visibility.PRIVATE),
        NOW).get(0);
    assertEquals(TwitterAdapter.RULE_DM_NO_RECIPIENT, noRecipient.ruleId());
    assertEquals(Severity.INFO, noRecipient.severity(), "a transport precondition, not content");
    assertEquals(Span.of(0, 5), noRecipient.span());
    Finding closed = ADAPTER.policy(Draft.of("Hallo", Platform.TWITTER, Visibility.PRIVATE)
        .inReplyTo(post("1", false)), NOW).get(0);
    assertEquals(TwitterAdapter.RULE_DM_MAY_BE_CLOSED, closed.ruleId());
    assertEquals(Severity.INFO, closed.severity());
    assertEquals(List.of(), ADAPTER.policy(Draft.of("Hallo", Platform.TWITTER,
        Visibility.PRIVATE).inReplyTo(dm("2")), NOW));
    Finding publicToDm = ADAPTER.policy(Draft.of("Hallo", Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(dm("2")), NOW).get(0);
    assertEquals(TwitterAdapter.RULE_PUBLIC_REPLY_TO_DM, publicToDm.ruleId());
    assertEquals(Severity.ERROR, publicToDm.severity());
  }

  @Test
  void policyRejectsNullsAndOtherPlatforms() {
    Draft d = Draft.of("x", Platform.TWITTER, Visibility.PUBLIC);
    assertEquals("now", assertThrows(NullPointerException.class, () -> ADAPTER.policy(d, null))
        .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ADAPTER.policy(Draft.of("x", Platform.FACEBOOK, Visibility.PUBLIC), NOW));
  }

  @Test
  void toStringShowsConfigurationOnly() {
    assertEquals("TwitterAdapter[post=280, dm=10000, pageUserId=none]", ADAPTER.toString());
    assertThrows(IllegalArgumentException.class, () -> TwitterAdapter.builder().pageUserId("me"));
  }

  @Test
  void aHarmlessDmTemplateWithoutConversationIsAllowed() {
    io.replyguard.Replyguard engine = io.replyguard.Replyguard.create();
    io.replyguard.testing.DraftAssertions.assertAllowed(engine, Draft.of(
        "Danke für Ihre Nachricht! Wir melden uns heute bis 18 Uhr bei Ihnen.",
        Platform.TWITTER, Visibility.PRIVATE).withLocale(java.util.Locale.GERMAN)
        .at(Instant.parse("2026-11-23T08:00:00Z")));
    io.replyguard.testing.DraftAssertions.assertAllowed(engine, Draft.of(
        "Thanks for your message! We will get back to you today by 6 pm.",
        Platform.TWITTER, Visibility.PRIVATE).withLocale(java.util.Locale.ENGLISH)
        .at(Instant.parse("2026-11-23T08:00:00Z")));
  }

  @Test
  void everyPolicyRuleSpeaksTheDraftsLanguage() {
    java.util.Set<String> english = java.util.Set.of("the", "and", "your", "you", "is", "are",
        "not", "to", "of", "with", "please", "reply", "this", "that", "for", "only", "has",
        "cannot", "message", "characters", "into");
    java.util.Set<String> german = java.util.Set.of("der", "die", "das", "und", "ist", "nicht",
        "mit", "eine", "nur", "bitte", "sie", "keine", "zeichen", "wenn");
    List<Draft> drafts = List.of(
        Draft.of("Hallo", Platform.TWITTER, Visibility.PRIVATE),
        Draft.of("Hallo", Platform.TWITTER, Visibility.PRIVATE).inReplyTo(post("1", false)),
        Draft.of("Hallo", Platform.TWITTER, Visibility.PUBLIC).inReplyTo(dm("2")),
        Draft.of("Hallo \uFEFF", Platform.TWITTER, Visibility.PUBLIC),
        Draft.of("x".repeat(300), Platform.TWITTER, Visibility.PUBLIC),
        new Draft("Hallo", Platform.TWITTER, Visibility.PUBLIC,
            java.util.Optional.of(post("1", false)), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Map.of(TwitterAdapter.DRAFT_HIDE_ORIGINAL, "true")));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Draft d : drafts) {
      for (java.util.Locale locale : List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH)) {
        List<Finding> found = ADAPTER.policy(d.withLocale(locale), NOW);
        assertTrue(!found.isEmpty(), d.toString());
        for (Finding f : found) {
          String text = (f.message() + " " + f.suggestion().orElse(""))
              .toLowerCase(java.util.Locale.ROOT);
          boolean de = locale.equals(java.util.Locale.GERMAN);
          for (String w : text.split("[^\\p{L}']+")) {
            assertTrue(!(de ? english : german).contains(w), f.ruleId() + " in " + locale
                + ": " + text);
          }
          seen.add(f.ruleId());
        }
      }
    }
    assertEquals(java.util.Set.of(TwitterAdapter.RULE_HIDE_NOT_POSSIBLE,
        TwitterAdapter.RULE_THREAD_SPLIT, TwitterAdapter.RULE_INVALID_CHARACTERS,
        TwitterAdapter.RULE_DM_NO_RECIPIENT, TwitterAdapter.RULE_DM_MAY_BE_CLOSED,
        TwitterAdapter.RULE_PUBLIC_REPLY_TO_DM), seen);
  }

  /**
   * A draft check asks for the length and then for the policy; the adapter measures the draft
   * once for both. Whatever was measured before, in whatever order, the policy of a draft must be
   * that of a fresh adapter: same text instance or not, reply prefix or not.
   */
  @Property(tries = 300)
  void policyDoesNotDependOnEarlierMeasurements(@ForAll @IntRange(min = 0, max = 7) int first,
      @ForAll @IntRange(min = 0, max = 7) int second, @ForAll boolean measureSecondToo) {
    String body = "Wir melden uns heute bis 18 Uhr. Bitte per DM: example.de/kontakt ".repeat(5);
    String shared = "@kunde_1 " + body.substring(0, 271);
    Message answered = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Hilfe @anna_b")
        .id("7").author(new Author("6253282", Optional.of("kunde_1"), Optional.empty(),
            java.util.OptionalLong.empty())).build();
    Draft[] drafts = {
        Draft.of(shared, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(answered), // prefix off
        Draft.of(shared, Platform.TWITTER, Visibility.PUBLIC), // the same instance, counted
        Draft.of(new String(shared), Platform.TWITTER, Visibility.PUBLIC).inReplyTo(answered),
        Draft.of(shared, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(post("1", true)),
        Draft.of("Danke!", Platform.TWITTER, Visibility.PUBLIC).inReplyTo(answered),
        Draft.of("x".repeat(300), Platform.TWITTER, Visibility.PUBLIC).inReplyTo(answered),
        Draft.of(shared, Platform.TWITTER, Visibility.PRIVATE).inReplyTo(dm("9")),
        Draft.of(shared, Platform.TWITTER, Visibility.PUBLIC).withLocale(Locale.GERMAN),
    };
    TwitterAdapter adapter = new TwitterAdapter();
    adapter.measure(drafts[first]);
    if (measureSecondToo) {
      adapter.measure(drafts[second]);
    }
    for (Draft d : drafts) {
      assertEquals(new TwitterAdapter().policy(d, NOW), adapter.policy(d, NOW));
      assertEquals(new TwitterAdapter().measure(d), adapter.measure(d));
      assertEquals(new TwitterAdapter().policy(d, NOW), adapter.policy(d, NOW));
    }
  }
}
