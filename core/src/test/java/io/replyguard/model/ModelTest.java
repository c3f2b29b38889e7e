package io.replyguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void aMessageBuiltWithoutAnIdGetsAUniqueOne() {
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      Message m = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Hallo").build();
      assertFalse(m.id().isBlank());
      assertTrue(ids.add(m.id()), "id generated twice: " + m.id());
    }
    assertEquals("123", Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Hallo").id("123")
        .build().id());
    Message built = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "x").build();
    assertEquals(built.id(), built.toBuilder().build().id(), "toBuilder keeps the generated id");
  }

  @Test
  void spanRejectsNegativeStartAndInvertedBounds() {
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertEquals("start must not be negative: -1", neg.getMessage());
    IllegalArgumentException inv = assertThrows(IllegalArgumentException.class, () -> Span.of(5, 4));
    assertEquals("end (4) must not be less than start (5)", inv.getMessage());
  }

  @Test
  void spanIsHalfOpenInUtf16Units() {
    String text = "Hi 😀 du";
    int emojiStart = text.indexOf("😀");
    Span emoji = Span.of(emojiStart, emojiStart + 2);
    assertEquals("😀", text.substring(emoji.start(), emoji.end()));
    assertEquals(2, emoji.length());
    assertTrue(Span.of(0, 3).fitsIn(3));
    assertFalse(Span.of(0, 4).fitsIn(3));
    assertFalse(Span.of(0, 3).overlaps(Span.of(3, 5)), "half-open spans that touch do not overlap");
    assertTrue(Span.of(0, 4).overlaps(Span.of(3, 5)));
    assertTrue(Span.of(0, 5).contains(Span.of(1, 5)));
    assertEquals("[3, 5)", Span.of(3, 5).toString());
  }

  @Property(tries = 300)
  void spanOrderIsConsistentWithEquals(@ForAll @IntRange(max = 50) int a, @ForAll @IntRange(max = 50) int b,
      @ForAll @IntRange(max = 50) int c, @ForAll @IntRange(max = 50) int d) {
    Span x = Span.of(Math.min(a, b), Math.max(a, b));
    Span y = Span.of(Math.min(c, d), Math.max(c, d));
    assertEquals(x.equals(y), x.compareTo(y) == 0);
    assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
  }

  @Test
  void platformIdsAreValidated() {
    assertEquals("twitter", Platform.TWITTER.id());
    assertEquals(Platform.FACEBOOK, Platform.of("facebook"));
    assertThrows(NullPointerException.class, () -> Platform.of(null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Platform.of("X"));
    assertTrue(e.getMessage().contains("[a-z][a-z0-9_-]*"), e.getMessage());
  }

  @Test
  void nullComponentsAreRejectedWithTheirName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Draft.of(null, Platform.TWITTER, Visibility.PUBLIC));
    assertEquals("text", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> Message.builder(Platform.TWITTER, null, "x"));
    assertEquals("visibility", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> Finding.of("r", null, Severity.INFO, Span.of(0, 0), "m"));
    assertEquals("category", e.getMessage());
  }

  @Test
  void blankIdsAndMessagesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Finding.of(" ", Category.PII, Severity.INFO, Span.of(0, 0), "m"));
    assertThrows(IllegalArgumentException.class,
        () -> Finding.of("r", Category.PII, Severity.INFO, Span.of(0, 0), ""));
    assertThrows(IllegalArgumentException.class,
        () -> Message.builder(Platform.TWITTER, Visibility.PUBLIC, "x").id(""));
  }

  @Test
  void piiScoreMustBeAProbability() {
    assertThrows(IllegalArgumentException.class,
        () -> new PiiFinding(PiiType.EMAIL, Span.of(0, 1), 1.5, "email", Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> new PiiFinding(PiiType.EMAIL, Span.of(0, 1), -0.1, "email", Optional.empty()));
  }

  @Test
  void toStringNeverShowsTextOrNames() {
    String secret = "Meine IBAN ist DE89370400440532013000";
    Message m = Message.builder(Platform.TWITTER, Visibility.PUBLIC, secret).id("1")
        .author(new Author("42", Optional.of("max_mustermann"), Optional.of("Max Mustermann"),
            OptionalLong.of(10)))
        .createdAt(Instant.parse("2026-11-23T10:00:00Z")).build();
    Draft d = Draft.of(secret, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(m);
    for (String s : List.of(m.toString(), d.toString(), m.author().orElseThrow().toString())) {
      assertFalse(s.contains("DE89"), s);
      assertFalse(s.contains("Mustermann"), s);
      assertFalse(s.contains("max_mustermann"), s);
    }
    assertTrue(m.toString().contains("<" + secret.length() + " chars>"));
  }

  @Test
  void messageBuilderRoundTrips() {
    Message m = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, "Hallo").id("m1")
        .inReplyTo("c1").conversationId("t1").attribute("facebook.kind", "messenger").build();
    assertEquals(m, m.toBuilder().build());
    assertEquals(Optional.of("messenger"), m.attribute("facebook.kind"));
    assertThrows(UnsupportedOperationException.class, () -> m.attributes().put("x", "y"));
  }

  @Test
  void severityForcesVerdict() {
    assertEquals(Verdict.ALLOW, Severity.INFO.verdict());
    assertEquals(Verdict.REVIEW, Severity.WARNING.verdict());
    assertEquals(Verdict.BLOCK, Severity.ERROR.verdict());
    assertEquals(Verdict.BLOCK, Severity.BLOCKER.verdict());
  }

  @Test
  void checkResultAggregatesAndSorts() {
    Finding late = Finding.of("b", Category.TONE, Severity.WARNING, Span.of(10, 12), "tone");
    Finding early = Finding.of("a", Category.PII, Severity.BLOCKER, Span.of(0, 4), "pii");
    CheckResult r = CheckResult.of(List.of(late, early));
    assertEquals(Verdict.BLOCK, r.verdict());
    assertEquals(List.of(early, late), r.findings());
    assertEquals(Verdict.ALLOW, CheckResult.of(List.of()).verdict());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CheckResult(Verdict.ALLOW, List.of(late)));
    assertEquals("verdict ALLOW disagrees with the findings, which force REVIEW", e.getMessage());
  }

  @Test
  void adviceNeedsIntentsAndReasons() {
    Reason reason = new Reason("advice.default", "Default policy.");
    assertThrows(IllegalArgumentException.class, () -> new Advice(List.of(), Channel.NONE, Set.of(),
        Priority.LOW, List.of(), List.of(reason)));
    assertThrows(IllegalArgumentException.class, () -> new Advice(List.of(Intent.OTHER),
        Channel.NONE, Set.of(), Priority.LOW, List.of(), List.of()));
    Advice a = new Advice(List.of(Intent.BILLING), Channel.PRIVATE_MESSAGE,
        EnumSet.of(Action.WARN_CUSTOMER, Action.HIDE_ORIGINAL), Priority.NORMAL, List.of(),
        List.of(reason));
    assertEquals(List.of(Action.HIDE_ORIGINAL, Action.WARN_CUSTOMER), List.copyOf(a.actions()));
  }

  @Test
  void channelPrivacyLevels() {
    assertTrue(Channel.EMAIL.privacyLevel() > Channel.PRIVATE_MESSAGE.privacyLevel());
    assertTrue(Channel.PRIVATE_MESSAGE.privacyLevel() > Channel.PUBLIC_REPLY.privacyLevel());
    assertEquals(Channel.BROADCAST.privacyLevel(), Channel.PUBLIC_REPLY.privacyLevel());
  }

  @Test
  void draftCopiesKeepOtherComponents() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    Draft d = Draft.of("x", Platform.TWITTER, Visibility.PRIVATE).at(now)
        .withLocale(java.util.Locale.ENGLISH).withAttribute("k", "v");
    assertEquals(Optional.of(now), d.now());
    assertEquals(Optional.of(java.util.Locale.ENGLISH), d.locale());
    assertEquals(Map.of("k", "v"), d.attributes());
    assertEquals(Visibility.PRIVATE, d.visibility());
  }

  @Property(tries = 200)
  void findingsOrderIsTotal(@ForAll @IntRange(max = 20) int s1, @ForAll @IntRange(max = 20) int s2,
      @ForAll Severity a, @ForAll Severity b) {
    Finding x = Finding.of("r1", Category.TONE, a, Span.of(s1, s1 + 1), "m");
    Finding y = Finding.of("r2", Category.TONE, b, Span.of(s2, s2 + 1), "m");
    assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
  }
}
