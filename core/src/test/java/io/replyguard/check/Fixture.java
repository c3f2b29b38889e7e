package io.replyguard.check;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.pii.PiiDetector;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Builds checkers with the real detector and calendar and a test adapter for twitter and facebook. */
public final class Fixture {
  /** Monday, 23 November 2026, 10:00 in Berlin: the service is open. */
  public static final Instant MONDAY_10 = OffsetDateTime.parse("2026-11-23T10:00:00+01:00").toInstant();
  /** Saturday, 28 November 2026, 19:40 in Berlin: 20 minutes before closing, Sunday closed. */
  static final Instant SATURDAY_1940 =
      OffsetDateTime.parse("2026-11-28T19:40:00+01:00").toInstant();

  private Fixture() {}

  public static AdapterRegistry adapters() {
    return AdapterRegistry.builder().register(new TestAdapter(Platform.TWITTER))
        .register(new TestAdapter(Platform.FACEBOOK, 8000, 2000, (d, n) -> List.of())).build();
  }

  static DraftChecker checker(ReplyguardConfig config) {
    return checker(config, adapters(), Clock.fixed(MONDAY_10, ZoneOffset.UTC));
  }

  static DraftChecker checker(ReplyguardConfig config, AdapterRegistry adapters, Clock clock) {
    return DraftChecker.create(config, PiiDetector.create(config), BusinessCalendar.of(config),
        adapters, clock);
  }

  static final DraftChecker DEFAULT = checker(ReplyguardConfig.defaults());

  static Draft draft(String text, Visibility visibility, Locale locale) {
    return Draft.of(text, Platform.TWITTER, visibility).withLocale(locale).at(MONDAY_10);
  }

  /** A public German draft at Monday 10:00, checked with the default configuration. */
  static CheckResult de(String text) {
    return DEFAULT.check(draft(text, Visibility.PUBLIC, Locale.GERMAN));
  }

  /** A public English draft at Monday 10:00, checked with the default configuration. */
  static CheckResult en(String text) {
    return DEFAULT.check(draft(text, Visibility.PUBLIC, Locale.ENGLISH));
  }

  /** A private draft at Monday 10:00, checked with the default configuration. */
  static CheckResult dm(String text, Locale locale) {
    return DEFAULT.check(draft(text, Visibility.PRIVATE, locale));
  }

  static List<String> ids(CheckResult r) {
    return r.findings().stream().map(Finding::ruleId).toList();
  }

  static String describe(CheckResult r) {
    StringBuilder b = new StringBuilder(r.verdict().toString());
    for (Finding f : r.findings()) {
      b.append("\n  ").append(f.ruleId()).append(' ').append(f.severity()).append(' ')
          .append(f.span()).append(' ').append(f.message());
    }
    return b.toString();
  }

  /**
   * One row of a draft-class table: checks the draft in its language and asserts whether the
   * rule fires ("yes"/"no") and, unless {@code verdict} is "-", the verdict.
   */
  static void assertClassRow(String language, String rule, String fires, String verdict,
      String text) {
    io.replyguard.model.CheckResult r = language.equals("de") ? de(text) : en(text);
    org.junit.jupiter.api.Assertions.assertEquals(fires.equals("yes"), ids(r).contains(rule),
        describe(r));
    if (!verdict.equals("-")) {
      org.junit.jupiter.api.Assertions.assertEquals(io.replyguard.model.Verdict.valueOf(verdict),
          r.verdict(), describe(r));
    }
  }
}
