package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ConfigException;
import io.replyguard.config.DraftRuleSpec;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declarative rules from JSON, overrides of every rule, and verdict aggregation. */
class RulesConfigurationTest {

  static final String RULES = """
      {"draftRules": [
        {"id": "acme.competitor", "category": "TONE", "severity": "WARNING",
         "keywords": ["Konkurrenz", "Mitbewerber", "competitor"],
         "message": {"de": "Keine Aussagen über Mitbewerber.", "en": "No statements about competitors."},
         "suggestion": {"de": "Bleiben Sie bei unserem Angebot."}},
        {"id": "acme.order-id", "category": "PII", "severity": "ERROR",
         "pattern": "ACME-[0-9]{6}", "visibility": "PUBLIC", "platforms": ["twitter"],
         "message": {"en": "Internal order ids stay private."}}
      ]}""";

  static DraftChecker checker(String json) {
    return Fixture.checker(ReplyguardConfig.fromJson(json));
  }

  static CheckResult check(DraftChecker c, String text, Visibility v, Platform p, Locale l) {
    return c.check(Draft.of(text, p, v).withLocale(l).at(Fixture.MONDAY_10));
  }

  @Test
  void keywordRuleMatchesCaseInsensitivelyOnWordBoundariesInTheDraftLanguage() {
    DraftChecker c = checker(RULES);
    String text = "Bei der KONKURRENZ ist es nicht besser. Konkurrenzlos gut sind wir.";
    CheckResult r = check(c, text, Visibility.PUBLIC, Platform.TWITTER, Locale.GERMAN);
    List<Finding> fs = r.findings().stream().filter(f -> f.ruleId().equals("acme.competitor"))
        .toList();
    assertEquals(1, fs.size(), Fixture.describe(r));
    Finding f = fs.get(0);
    assertEquals("KONKURRENZ", text.substring(f.span().start(), f.span().end()));
    assertEquals("Keine Aussagen über Mitbewerber.", f.message());
    assertEquals(Optional.of("Bleiben Sie bei unserem Angebot."), f.suggestion());
    assertEquals(Category.TONE, f.category());
    assertEquals(Verdict.REVIEW, r.verdict());

    Finding en = check(c, "Our competitor is slower.", Visibility.PRIVATE, Platform.FACEBOOK,
        Locale.ENGLISH).findings().get(0);
    assertEquals("No statements about competitors.", en.message());
    assertEquals(Optional.of("Bleiben Sie bei unserem Angebot."), en.suggestion(),
        "falls back to the other language when one is missing");
  }

  @Test
  void patternRuleHonoursScopeAndCountsUtf16IndicesAfterEmoji() {
    DraftChecker c = checker(RULES);
    String text = "😀😀 Ihre Bestellung ACME-123456 ist unterwegs.";
    CheckResult r = check(c, text, Visibility.PUBLIC, Platform.TWITTER, Locale.GERMAN);
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals("acme.order-id"))
        .findFirst().orElseThrow(() -> new AssertionError(Fixture.describe(r)));
    assertEquals("ACME-123456", text.substring(f.span().start(), f.span().end()));
    assertEquals(Span.of(21, 32), f.span());
    assertEquals("Internal order ids stay private.", f.message(), "only English given");
    assertEquals(Verdict.BLOCK, r.verdict());
    assertTrue(check(c, text, Visibility.PRIVATE, Platform.TWITTER, Locale.GERMAN).findings()
        .stream().noneMatch(x -> x.ruleId().equals("acme.order-id")), "visibility scope");
    assertTrue(check(c, text, Visibility.PUBLIC, Platform.FACEBOOK, Locale.GERMAN).findings()
        .stream().noneMatch(x -> x.ruleId().equals("acme.order-id")), "platform scope");
  }

  @Test
  void badPatternFailsNamingTheRule() {
    ConfigException e = assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson("""
        {"draftRules": [{"id": "acme.broken", "category": "TONE", "severity": "INFO",
          "pattern": "(unclosed", "message": {"en": "x"}}]}"""));
    assertTrue(e.getMessage().contains("acme.broken"), e.getMessage());
    assertTrue(e.getMessage().startsWith("/draftRules/0/pattern"), e.getMessage());
    IllegalArgumentException direct = assertThrows(IllegalArgumentException.class,
        () -> new DraftRuleSpec("acme.lookbehind", Category.TONE, Severity.INFO,
            Optional.of("(?<=a)b"), List.of(), Optional.empty(), List.of(),
            Map.of("en", "x"), Map.of()));
    assertTrue(direct.getMessage().contains("acme.lookbehind"), direct.getMessage());
  }

  @Test
  void ruleWithoutMessageOrWithBothPatternAndKeywordsFailsNamingIt() {
    ConfigException e = assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson("""
        {"draftRules": [{"id": "acme.both", "category": "TONE", "severity": "INFO",
          "pattern": "x", "keywords": ["y"], "message": {"en": "x"}}]}"""));
    assertTrue(e.getMessage().contains("acme.both"), e.getMessage());
  }

  @Test
  void declarativeRuleMayNotReuseABuiltInId() {
    ReplyguardConfig config = ReplyguardConfig.builder().draftRules(List.of(new DraftRuleSpec(
        "commitment.vague", Category.COMMITMENT, Severity.INFO, Optional.empty(),
        List.of("zeitnah"), Optional.empty(), List.of(), Map.of("de", "x"), Map.of()))).build();
    ConfigException e = assertThrows(ConfigException.class, () -> Fixture.checker(config));
    assertTrue(e.getMessage().contains("'commitment.vague'"), e.getMessage());
    assertEquals("/draftRules/0/id", e.path());
  }

  @Test
  void overridesDisableAndChangeBuiltInRules() {
    String text = "Wir melden uns zeitnah. Hast du Fragen?";
    CheckResult plain = Fixture.de(text);
    assertTrue(Fixture.ids(plain).containsAll(List.of(DraftRules.COMMITMENT_VAGUE,
        DraftRules.TONE_FORMALITY)), Fixture.describe(plain));

    DraftChecker c = checker("""
        {"ruleOverrides": {"commitment.vague": {"enabled": false},
                           "tone.formality": {"severity": "ERROR"}}}""");
    CheckResult r = c.check(Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN));
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_VAGUE), Fixture.describe(r));
    assertEquals(Severity.ERROR, r.findings().stream()
        .filter(f -> f.ruleId().equals(DraftRules.TONE_FORMALITY)).findFirst().orElseThrow()
        .severity());
    assertEquals(Verdict.BLOCK, r.verdict());
  }

  @Test
  void overridesApplyToDeclarativeRules() {
    DraftChecker c = checker(RULES.substring(0, RULES.lastIndexOf('}'))
        + ", \"ruleOverrides\": {\"acme.competitor\": {\"severity\": \"INFO\"},"
        + " \"acme.order-id\": {\"enabled\": false}}}");
    CheckResult r = check(c, "Die Konkurrenz hat ACME-123456.", Visibility.PUBLIC,
        Platform.TWITTER, Locale.GERMAN);
    assertEquals(List.of("acme.competitor"), Fixture.ids(r));
    assertEquals(Verdict.ALLOW, r.verdict());
  }

  @Test
  void overrideOfAnUnknownRuleFailsNamingIt() {
    ReplyguardConfig config = ReplyguardConfig.fromJson(
        "{\"ruleOverrides\": {\"commitment.vauge\": {\"enabled\": false}}}");
    ConfigException e = assertThrows(ConfigException.class, () -> Fixture.checker(config));
    assertTrue(e.getMessage().contains("'commitment.vauge'"), e.getMessage());
    assertEquals("/ruleOverrides/commitment.vauge", e.path());
  }

  @Test
  void overridesReachPlatformPolicyRulesOfInstalledAdapters() {
    Finding window = new Finding("twitter.reply-window", Category.PLATFORM_POLICY,
        Severity.BLOCKER, Span.of(0, 0), "The reply window has closed.", Optional.empty());
    AdapterRegistry adapters = AdapterRegistry.builder().register(new TestAdapter(
        Platform.TWITTER, 280, 10_000, (d, n) -> List.of(window))).build();
    Clock clock = Clock.fixed(Fixture.MONDAY_10, ZoneOffset.UTC);
    String text = "Danke für Ihre Nachricht!";
    Draft d = Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN);

    CheckResult plain = Fixture.checker(ReplyguardConfig.defaults(), adapters, clock).check(d);
    assertEquals(List.of(window), plain.findings());
    assertEquals(Verdict.BLOCK, plain.verdict());

    CheckResult softened = Fixture.checker(ReplyguardConfig.fromJson(
        "{\"ruleOverrides\": {\"twitter.reply-window\": {\"severity\": \"WARNING\"}}}"),
        adapters, clock).check(d);
    assertEquals(Verdict.REVIEW, softened.verdict());

    CheckResult off = Fixture.checker(ReplyguardConfig.fromJson(
        "{\"ruleOverrides\": {\"twitter.reply-window\": {\"enabled\": false}}}"),
        adapters, clock).check(d);
    assertEquals(Verdict.ALLOW, off.verdict());

    assertThrows(ConfigException.class, () -> Fixture.checker(ReplyguardConfig.fromJson(
        "{\"ruleOverrides\": {\"myspace.window\": {\"enabled\": false}}}"), adapters, clock));
  }

  @Test
  void verdictIsTheStrictestSeverity() {
    assertEquals(Verdict.ALLOW, Fixture.de("Danke für Ihr Lob, das freut uns sehr!").verdict());
    assertEquals(Verdict.ALLOW, Fixture.dm("Wir rufen Sie unter 0152 28817386 zurück.",
        Locale.GERMAN).verdict(), "INFO only");
    assertEquals(Verdict.REVIEW, Fixture.de("Wir melden uns zeitnah.").verdict());
    CheckResult both = Fixture.de("Wir melden uns zeitnah, nennen Sie uns hier Ihre PIN.");
    assertEquals(Verdict.BLOCK, both.verdict());
    assertTrue(Fixture.ids(both).containsAll(List.of(DraftRules.COMMITMENT_VAGUE,
        DraftRules.CREDENTIAL_REQUEST)));
  }
}
