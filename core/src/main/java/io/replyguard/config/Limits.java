package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The documented bounds of configuration values (README: contracts), checked when a configuration
 * is read or built, so that a configuration that loads never makes an engine call fail: every
 * duration fits the caches' arithmetic, and the service hours leave enough business time for the
 * longest service level within the calendar's ten-year search. Package-private; stateless.
 */
final class Limits {
  /** Shortest service level (configuration and templates). */
  static final Duration MIN_SERVICE_LEVEL = Duration.ofMinutes(1);
  /** Longest service level (configuration and templates), in business time. */
  static final Duration MAX_SERVICE_LEVEL = Duration.ofDays(30);
  /** Longest burst window. */
  static final Duration MAX_BURST_WINDOW = Duration.ofDays(7);
  /** Longest boilerplate retention. */
  static final Duration MAX_RETENTION = Duration.ofDays(366);
  /** Most remembered reports or sent replies. */
  static final int MAX_TRACKED = 1_000_000;
  /** The years closures and closed dates may lie in. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;
  /** Calendar search horizon (BusinessCalendar.HORIZON_DAYS, which is ten years). */
  static final int HORIZON_DAYS = 3653;
  /**
   * More closed days than German public holidays (national and of all states together) in any
   * calendar year; a test holds it against the calendar.
   */
  static final int MAX_HOLIDAYS_PER_YEAR = 25;

  private Limits() {}

  static void serviceLevel(Duration d, String what) {
    requireArgument(d.compareTo(MIN_SERVICE_LEVEL) >= 0 && d.compareTo(MAX_SERVICE_LEVEL) <= 0,
        "%s must be between %s and %s: %s", what, text(MIN_SERVICE_LEVEL),
        text(MAX_SERVICE_LEVEL), d);
  }

  /** ISO-8601 as it is written in configuration: whole days as {@code P30D}, else as Java does. */
  static String text(Duration d) {
    if (!d.isZero() && d.toSeconds() % 86_400 == 0 && d.getNano() == 0) {
      return "P" + d.toDays() + "D";
    }
    return d.toString();
  }

  static void inYears(LocalDate d, String what) {
    requireArgument(d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR,
        "%s must lie in the years %s to %s", what, FIRST_YEAR, LAST_YEAR);
  }

  static void inYears(LocalDateTime d, String what) {
    inYears(d.toLocalDate(), what);
  }

  /**
   * The business time the service hours guarantee in any ten-year search, whatever its start:
   * the open time of the full weeks it contains, less the most every holiday, closed date and
   * closure can take away, less an hour per year for daylight-saving changes.
   */
  static long guaranteedBusinessSeconds(WeeklyHours hours, HolidaySettings holidays,
      List<Closure> closures) {
    long weekly = 0;
    long dailyMax = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      long day = 0;
      for (OpeningWindow w : hours.on(d)) {
        day += w.seconds();
      }
      weekly += day;
      dailyMax = Math.max(dailyMax, day);
    }
    long weeks = (HORIZON_DAYS - 3) / 7;
    long years = HORIZON_DAYS / 365 + 1;
    long closedDays = holidays.dates().size()
        + (holidays.germanNational() || !holidays.regions().isEmpty()
            ? MAX_HOLIDAYS_PER_YEAR * years : 0);
    long lost = Math.min(Long.MAX_VALUE / 4, closedDays * dailyMax) + years * 3600;
    for (Closure c : closures) {
      lost += Math.min(Duration.between(c.from(), c.to()).getSeconds(), Long.MAX_VALUE / 4 / 64);
      lost = Math.min(lost, Long.MAX_VALUE / 4);
    }
    return weeks * weekly - lost;
  }
}
