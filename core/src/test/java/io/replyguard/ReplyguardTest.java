package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.spi.AdapterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyguardTest {

  @Test
  void platformLimitsForAMissingAdapterFailNamingThePath() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .platformLimits(Map.of("mastodon", Map.of("post", 500))).build();
    ConfigException e = assertThrows(ConfigException.class, () -> Replyguard.builder()
        .config(config).adapters(AdapterRegistry.empty()).build());
    assertEquals("/platformLimits/mastodon", e.path());
    assertTrue(e.getMessage().contains("no adapter installed for platform 'mastodon'"),
        e.getMessage());
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    Replyguard.Builder b = Replyguard.builder();
    assertEquals("config", assertThrows(NullPointerException.class, () -> b.config(null)).getMessage());
    assertEquals("clock", assertThrows(NullPointerException.class, () -> b.clock(null)).getMessage());
    assertEquals("adapters",
        assertThrows(NullPointerException.class, () -> b.adapters(null)).getMessage());
  }

  static final java.time.Instant MONDAY_10 =
      java.time.OffsetDateTime.parse("2026-11-23T10:00:00+01:00").toInstant();

  static Replyguard engine() {
    return Replyguard.builder().adapters(io.replyguard.check.Fixture.adapters())
        .clock(java.time.Clock.fixed(MONDAY_10, java.time.ZoneOffset.UTC)).build();
  }

  @Test
  void everyVariantCanBeRenderedWithoutMovingTheRotation() {
    Replyguard guard = engine();
    for (java.util.Locale locale : java.util.List.of(java.util.Locale.GERMAN,
        java.util.Locale.ENGLISH)) {
      io.replyguard.template.RenderContext ctx = new io.replyguard.template.RenderContext(
          java.util.Optional.of(locale), MONDAY_10, Map.of("customerName", "Frau Berger"));
      java.util.List<String> all = guard.renderAll("acknowledgement", ctx);
      assertEquals(3, all.size());
      assertEquals(3, new java.util.HashSet<>(all).size(), "the variants differ");
      for (int i = 0; i < all.size(); i++) {
        assertEquals(all.get(i), guard.renderVariant("acknowledgement", i, ctx));
        assertTrue(all.get(i).contains("Frau Berger"), all.get(i));
      }
      // the rotation still starts at variant 0 and visits every variant once
      java.util.List<String> rotated = new java.util.ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        rotated.add(guard.render("acknowledgement", ctx));
      }
      assertEquals(all, rotated);
      io.replyguard.template.TemplateException e = assertThrows(
          io.replyguard.template.TemplateException.class,
          () -> guard.renderVariant("acknowledgement", 3, ctx));
      assertTrue(e.getMessage().contains("no variant 3; it has 3"), e.getMessage());
      assertThrows(io.replyguard.template.TemplateException.class,
          () -> guard.renderVariant("acknowledgement", -1, ctx));
    }
  }

  @Test
  void renderWithLocaleNowAndValuesIsTheSameAsWithAContext() {
    Replyguard a = engine();
    Replyguard b = engine();
    for (int i = 0; i < 4; i++) {
      assertEquals(a.render("acknowledgement", new io.replyguard.template.RenderContext(
              java.util.Optional.of(java.util.Locale.ENGLISH), MONDAY_10,
              Map.of("customerName", "Sam"))),
          b.render("acknowledgement", java.util.Locale.ENGLISH, MONDAY_10,
              Map.of("customerName", "Sam")));
    }
    assertThrows(NullPointerException.class,
        () -> a.render("acknowledgement", null, MONDAY_10, Map.of()));
  }

  @Test
  void isAllowedIsTheAllowVerdict() {
    Replyguard guard = engine();
    assertTrue(guard.check(io.replyguard.model.Draft.of("Danke für Ihr Lob!",
        io.replyguard.model.Platform.TWITTER, io.replyguard.model.Visibility.PUBLIC)).isAllowed());
    org.junit.jupiter.api.Assertions.assertFalse(guard.check(io.replyguard.model.Draft.of(
        "Nennen Sie uns Ihr Passwort.", io.replyguard.model.Platform.TWITTER,
        io.replyguard.model.Visibility.PUBLIC)).isAllowed());
    for (io.replyguard.model.Severity s : io.replyguard.model.Severity.values()) {
      io.replyguard.model.CheckResult r = io.replyguard.model.CheckResult.of(java.util.List.of(
          io.replyguard.model.Finding.of("x.rule", io.replyguard.model.Category.TONE, s,
              io.replyguard.model.Span.of(0, 1), "m")));
      assertEquals(r.verdict() == io.replyguard.model.Verdict.ALLOW, r.isAllowed(), s.name());
    }
  }
}
