package io.replyguard.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.replyguard.config.Closure;
import io.replyguard.config.HolidaySettings;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-calendar cache of day plans and the commitment for a known deadline: answers must not
 * depend on what the cache holds, on which days share a slot, or on threads sharing a calendar.
 */
class BusinessCalendarPlansTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ReplyguardConfig DEFAULTS = ReplyguardConfig.defaults();

  static BusinessCalendar defaults() {
    return BusinessCalendar.of(DEFAULTS);
  }

  /** Independent of the calendar: Monday to Saturday 08:00–20:00 local time, holidays closed. */
  static boolean openByDefinition(Instant instant) {
    ZonedDateTime local = instant.atZone(BERLIN);
    return local.getDayOfWeek() != DayOfWeek.SUNDAY
        && GermanHolidays.lookup(local.toLocalDate(), true, List.of()) == null
        && local.getHour() >= 8 && local.getHour() < 20;
  }

  /** A few instants of one day around its opening and closing and at noon. */
  static List<Instant> probes(LocalDate day) {
    List<Instant> list = new ArrayList<>();
    for (LocalTime t : List.of(LocalTime.of(7, 59, 59), LocalTime.of(8, 0), LocalTime.NOON,
        LocalTime.of(19, 59, 59, 999_999_999), LocalTime.of(20, 0), LocalTime.of(23, 30))) {
      list.add(day.atTime(t).atZone(BERLIN).toInstant());
    }
    return list;
  }

  /** Every answer of one calendar for an instant, as text. */
  static String answers(BusinessCalendar cal, Instant i) {
    return cal.isOpen(i) + " " + cal.nextOpening(i) + " " + cal.closingAt(i) + " "
        + cal.deadline(i, Duration.ofHours(1)) + " " + cal.deadline(i, Duration.ofDays(3)) + " "
        + cal.openTimeBetween(i, i.plus(Duration.ofDays(2))) + " "
        + cal.commitment(i, Duration.ofHours(1), Locale.GERMAN).text();
  }

  @Test
  void daysSharingACacheSlotAreToldApart() {
    BusinessCalendar shared = defaults();
    LocalDate base = LocalDate.of(2026, 11, 23);
    // days 64 apart share a slot; alternate between them so that each query replaces the plans
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 40; k++) {
        long slots = BusinessCalendar.PLAN_SLOTS;
        LocalDate day = base.plusDays(k * slots * (k % 2 == 0 ? 1 : -7));
        for (Instant i : probes(day)) {
          assertEquals(openByDefinition(i), shared.isOpen(i), i.toString());
          assertEquals(answers(defaults(), i), answers(shared, i), i.toString());
        }
      }
    }
  }

  @Test
  void farApartDatesAndDatesBeyondTheHolidayTable() {
    BusinessCalendar cal = defaults();
    for (LocalDate day : List.of(LocalDate.of(1583, 1, 3), LocalDate.of(1989, 12, 29),
        LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2201, 1, 2),
        LocalDate.of(4000, 6, 1), LocalDate.of(9999, 12, 28))) {
      for (Instant i : probes(day)) {
        assertEquals(openByDefinition(i), cal.isOpen(i), i.toString());
      }
    }
    // Monday 2 January 2201: 1 January is a holiday outside the precomputed table
    assertEquals(LocalDateTime.of(2201, 1, 2, 8, 0).atZone(BERLIN).toInstant(),
        cal.nextOpening(LocalDateTime.of(2200, 12, 31, 21, 0).atZone(BERLIN).toInstant()));
  }

  @Test
  void searchesCrossTheLastPlannedDay() {
    // days after 9999-12-31 have no plans; a search that starts before and ends after works
    BusinessCalendar utc = BusinessCalendar.of(ZoneOffset.UTC, WeeklyHours.of(
        OpeningWindow.parse("08:00-20:00"), DayOfWeek.values()), HolidaySettings.none(), List.of());
    Instant lastEvening = Instant.parse("9999-12-31T19:30:00Z");
    assertEquals(Instant.parse("+10000-01-01T08:30:00Z"),
        utc.deadline(lastEvening, Duration.ofHours(1)));
    assertEquals(Duration.ofMinutes(30 + 12 * 60), utc.openTimeBetween(lastEvening,
        Instant.parse("+10000-01-02T00:00:00Z")));
    assertEquals(Instant.parse("+10000-01-01T08:00:00Z"),
        utc.nextOpening(Instant.parse("+10000-01-01T07:00:00Z")));
    assertEquals(Instant.parse("0001-01-01T08:00:00Z"),
        utc.nextOpening(Instant.parse("0000-12-31T21:00:00Z")));
    assertThrows(java.time.DateTimeException.class, () -> utc.isOpen(Instant.MAX));
  }

  @Test
  void daylightSavingDaysKeepTheirShiftedWindows() {
    // Lord Howe Island moves its clocks by 30 minutes at 02:00
    ZoneId howe = ZoneId.of("Australia/Lord_Howe");
    BusinessCalendar cal = BusinessCalendar.of(howe, WeeklyHours.of(OpeningWindow.parse(
        "01:00-03:00"), DayOfWeek.values()), HolidaySettings.none(), List.of());
    LocalDate springForward = LocalDate.of(2026, 10, 4);
    Instant open = springForward.atTime(1, 0).atZone(howe).toInstant();
    // 02:00–02:30 does not exist: the window holds 90 minutes
    assertEquals(Duration.ofMinutes(90), cal.openTimeBetween(open, open.plus(Duration.ofHours(5))));
    LocalDate fallBack = LocalDate.of(2026, 4, 5);
    Instant open2 = fallBack.atTime(1, 0).atZone(howe).toInstant();
    // 01:30–02:00 happens twice: the window holds 150 minutes
    assertEquals(Duration.ofMinutes(150), cal.openTimeBetween(open2,
        open2.plus(Duration.ofHours(5))));
  }

  @Test
  void threadsSharingACalendarGetTheAnswersOfFreshCalendars() throws Exception {
    BusinessCalendar shared = BusinessCalendar.of(DEFAULTS.toBuilder().closures(List.of(
        new Closure(LocalDateTime.of(2026, 12, 2, 12, 0), LocalDateTime.of(2026, 12, 4, 9, 0))))
        .build());
    List<Instant> instants = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      instants.add(LocalDateTime.of(2026, 11, 23, 7, 13).plusDays(k * 37L % 500)
          .plusMinutes(k * 97L % 900).atZone(BERLIN).toInstant());
    }
    List<String> expected = new ArrayList<>();
    for (Instant i : instants) {
      expected.add(answers(BusinessCalendar.of(shared.zone(), shared.hours(),
          DEFAULTS.holidays(), List.of(new Closure(LocalDateTime.of(2026, 12, 2, 12, 0),
              LocalDateTime.of(2026, 12, 4, 9, 0)))), i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int k = 0; k < instants.size(); k++) {
              int j = (k * 7 + offset * 101 + round) % instants.size();
              assertEquals(expected.get(j), answers(shared, instants.get(j)));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void commitmentForAKnownDeadlineEqualsTheComputedOne() {
    BusinessCalendar cal = defaults();
    Instant start = Instant.parse("2026-11-20T06:07:00Z");
    for (int k = 0; k < 300; k++) {
      Instant now = start.plusSeconds(k * 3_331L);
      for (Duration within : List.of(Duration.ofMinutes(15), Duration.ofHours(1),
          Duration.ofHours(2), Duration.ofMinutes(47), Duration.ofHours(24))) {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
          assertEquals(cal.commitment(now, within, locale),
              cal.commitment(now, within, cal.deadline(now, within), locale), now + " " + within);
        }
      }
    }
  }

  @Test
  void commitmentForAGivenDeadlineIsPhrasedForIt() {
    BusinessCalendar cal = defaults();
    Instant now = Instant.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Berlin
    // exactly `within` after now: relative, even when not computed by the calendar
    assertEquals("innerhalb der nächsten Stunde", cal.commitment(now, Duration.ofHours(1),
        now.plus(Duration.ofHours(1)), Locale.GERMAN).text());
    Commitment c = cal.commitment(now, Duration.ofHours(1),
        Instant.parse("2026-11-23T13:02:00Z"), Locale.ENGLISH);
    assertEquals("today by 2:05 pm", c.text());
    assertEquals(Instant.parse("2026-11-23T13:05:00Z"), c.deadline().toInstant());
    // rounding up reaches, but never passes, the closing time 20:00
    assertEquals(Instant.parse("2026-11-23T19:00:00Z"), cal.commitment(now, Duration.ofHours(1),
        Instant.parse("2026-11-23T18:58:30Z"), Locale.ENGLISH).deadline().toInstant());
  }

  @Test
  void commitmentForAKnownDeadlineRejectsBadArguments() {
    BusinessCalendar cal = defaults();
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    Duration hour = Duration.ofHours(1);
    Instant later = now.plus(hour);
    assertEquals("now", assertThrows(NullPointerException.class,
        () -> cal.commitment(null, hour, later, Locale.GERMAN)).getMessage());
    assertEquals("within", assertThrows(NullPointerException.class,
        () -> cal.commitment(now, null, later, Locale.GERMAN)).getMessage());
    assertEquals("exactDeadline", assertThrows(NullPointerException.class,
        () -> cal.commitment(now, hour, null, Locale.GERMAN)).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class,
        () -> cal.commitment(now, hour, later, null)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> cal.commitment(now, hour, later, Locale.FRENCH));
    assertThrows(IllegalArgumentException.class,
        () -> cal.commitment(now, Duration.ZERO, later, Locale.GERMAN));
    assertThrows(IllegalArgumentException.class,
        () -> cal.commitment(now, hour.negated(), later, Locale.GERMAN));
    assertThrows(IllegalArgumentException.class,
        () -> cal.commitment(now, hour, now.minusNanos(1), Locale.GERMAN));
  }
}
