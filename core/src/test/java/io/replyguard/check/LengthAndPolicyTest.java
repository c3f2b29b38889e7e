package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Category;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Platform;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LengthAndPolicyTest {

  static Finding length(CheckResult r) {
    return r.findings().stream().filter(f -> f.ruleId().equals(DraftRules.LENGTH_LIMIT))
        .findFirst().orElseThrow(() -> new AssertionError(Fixture.describe(r)));
  }

  @Test
  void overTheLimitBlocksWithTheOverflowSpan() {
    String text = "a".repeat(300);
    CheckResult r = Fixture.de(text);
    Finding f = length(r);
    assertEquals(Span.of(280, 300), f.span());
    assertEquals(Severity.BLOCKER, f.severity());
    assertEquals(Verdict.BLOCK, r.verdict());
    assertTrue(f.message().contains("280"), f.message());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "de|Vielen Dank für Ihre ausführliche Nachricht und Ihre Geduld mit uns. ",
      "de|Wir haben die Störung in Ihrem Anschlussbereich an die Technik gemeldet. ",
      "de|Ihr Router sollte nach einem Neustart wieder eine Verbindung aufbauen. ",
      "de|Die Gutschrift erscheint auf Ihrer nächsten Rechnung im kommenden Monat. ",
      "de|Unsere Technikerin meldet sich heute bis 18:00 Uhr per Direktnachricht. ",
      "de|Schöne Grüße aus dem Service-Team und einen angenehmen Abend 😀 ",
      "en|Thank you for your detailed message and your patience with us today. ",
      "en|We have reported the outage in your area to our network engineers. ",
      "en|Your router should reconnect after a restart, please give it a try. "})
  void longRepliesInEitherLanguageBlockAndShortOnesPass(String lang, String sentence) {
    java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
    String longText = sentence.repeat(6);
    CheckResult r = Fixture.DEFAULT.check(Fixture.draft(longText, Visibility.PUBLIC, locale));
    Finding f = length(r);
    assertEquals(longText.length(), f.span().end());
    assertEquals(longText.codePointCount(0, f.span().start()), 280);
    CheckResult fits = Fixture.DEFAULT.check(Fixture.draft(sentence.repeat(2), Visibility.PUBLIC,
        locale));
    assertTrue(fits.findings().stream().noneMatch(x -> x.ruleId().equals(DraftRules.LENGTH_LIMIT)));
  }

  @Test
  void exactlyAtTheLimitIsFine() {
    assertTrue(Fixture.de("a".repeat(280)).findings().isEmpty());
  }

  @Test
  void overflowSpanStartsAfterTheLastFittingEmoji() {
    String text = "😀".repeat(281);
    Finding f = length(Fixture.en(text));
    assertEquals(Span.of(560, 562), f.span());
  }

  @Test
  void privateMessagesUseTheirOwnLimit() {
    String text = "b".repeat(5000);
    assertTrue(Fixture.dm(text, Locale.GERMAN).findings().isEmpty());
    assertEquals(Span.of(280, 5000), length(Fixture.de(text)).span());
  }

  @Test
  void noAdapterForThePlatformIsAnErrorNamingIt() {
    DraftChecker c = Fixture.checker(ReplyguardConfig.defaults(), AdapterRegistry.empty(),
        Clock.fixed(Fixture.MONDAY_10, ZoneOffset.UTC));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> c.check(Draft.of("Hallo", Platform.of("mastodon"), Visibility.PUBLIC)));
    assertTrue(e.getMessage().contains("mastodon"), e.getMessage());
  }

  @Test
  void policyFindingsAreAddedWithTheDraftMoment() {
    AtomicReference<Instant> seen = new AtomicReference<>();
    Finding once = new Finding("facebook.private-reply-once", Category.PLATFORM_POLICY,
        Severity.BLOCKER, Span.of(0, 5), "Only one private reply per comment.", Optional.empty());
    AdapterRegistry adapters = AdapterRegistry.builder().register(new TestAdapter(
        Platform.FACEBOOK, 8000, 2000, (d, now) -> {
          seen.set(now);
          return List.of(once);
        })).build();
    DraftChecker c = Fixture.checker(ReplyguardConfig.defaults(), adapters,
        Clock.fixed(Fixture.SATURDAY_1940, ZoneOffset.UTC));
    CheckResult r = c.check(Draft.of("Hallo Frau Muster", Platform.FACEBOOK, Visibility.PRIVATE)
        .at(Fixture.MONDAY_10));
    assertEquals(List.of(once), r.findings());
    assertEquals(Fixture.MONDAY_10, seen.get());
    c.check(Draft.of("Hallo", Platform.FACEBOOK, Visibility.PRIVATE));
    assertEquals(Fixture.SATURDAY_1940, seen.get(), "the clock serves drafts without a moment");
  }

  @Test
  void policyFindingOutsideTheTextIsAnAdapterBug() {
    Finding bad = Finding.of("twitter.bug", Category.PLATFORM_POLICY, Severity.INFO,
        Span.of(0, 99), "x");
    DraftChecker c = Fixture.checker(ReplyguardConfig.defaults(), AdapterRegistry.builder()
        .register(new TestAdapter(Platform.TWITTER, 280, 10_000, (d, n) -> List.of(bad))).build(),
        Clock.systemUTC());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> c.check(Draft.of("kurz", Platform.TWITTER, Visibility.PUBLIC)));
    assertTrue(e.getMessage().contains("twitter.bug"));
    assertFalse(e.getMessage().contains("kurz"));
  }
}
