package io.replyguard.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.Closure;
import io.replyguard.config.HolidaySettings;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.WeeklyHours;
import io.replyguard.internal.time.CommitmentPhrases;
import io.replyguard.internal.time.PromisedDeadline;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of business-time arithmetic over several calendars, including DST zones. */
class BusinessCalendarPropertiesTest {
  private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  private static final long RANGE_SECONDS = Duration.ofDays(3 * 365).toSeconds();
  private static final List<String> VAGUE = List.of("zeitnah", "bald", "asap", "soon", "shortly",
      "schnellstmöglich", "in kürze");

  static final List<BusinessCalendar> CALENDARS = List.of(
      BusinessCalendar.of(ReplyguardConfig.defaults()),
      BusinessCalendar.of(ZoneId.of("Europe/Berlin"), new WeeklyHours(Map.of(
          DayOfWeek.MONDAY, List.of(OpeningWindow.parse("08:00-12:00"),
              OpeningWindow.parse("13:00-17:30")),
          DayOfWeek.WEDNESDAY, List.of(OpeningWindow.parse("00:00-03:30"),
              OpeningWindow.parse("09:15-18:45")),
          DayOfWeek.SATURDAY, List.of(OpeningWindow.parse("10:00-14:00"),
              OpeningWindow.parse("14:00-24:00")),
          DayOfWeek.SUNDAY, List.of(OpeningWindow.parse("00:00-04:00")))),
          new HolidaySettings(true, List.of("BY", "SN"), List.of(LocalDate.of(2026, 12, 24))),
          List.of(new Closure(LocalDateTime.parse("2026-03-29T01:00"),
              LocalDateTime.parse("2026-03-29T02:30")),
              new Closure(LocalDateTime.parse("2025-06-02T09:00"),
                  LocalDateTime.parse("2025-06-10T11:11")))),
      BusinessCalendar.of(ZoneId.of("America/New_York"), WeeklyHours.of(
          OpeningWindow.parse("00:00-24:00"), DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
          DayOfWeek.FRIDAY), HolidaySettings.none(), List.of()),
      BusinessCalendar.of(ZoneId.of("Europe/Berlin"), WeeklyHours.of(
          OpeningWindow.parse("01:30-02:45"), DayOfWeek.values()), HolidaySettings.germanNationalOnly(),
          List.of()));

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(CALENDARS);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, RANGE_SECONDS)
        .flatMap(s -> Arbitraries.of(0, 0, 1, 999_999_999).map(n -> FROM.plusSeconds(s).plusNanos(n)));
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Arbitraries.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(24)),
        Arbitraries.longs().between(1, Duration.ofHours(60).toSeconds()).map(Duration::ofSeconds));
  }

  /** Open just before the deadline: the deadline lies in an open window or on its closing edge. */
  private static boolean insideOrClosingEdge(BusinessCalendar cal, Instant t) {
    return cal.isOpen(t.minusNanos(1));
  }

  @Property(tries = 600)
  void deadlineIsNotBeforeNowAndInsideAnOpenWindow(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant now, @ForAll("durations") Duration d) {
    Instant deadline = cal.deadline(now, d);
    assertFalse(deadline.isBefore(now));
    assertTrue(insideOrClosingEdge(cal, deadline), () -> cal + " " + now + " " + d + " " + deadline);
    assertTrue(Duration.between(now, deadline).compareTo(d) >= 0);
    assertEquals(d, cal.openTimeBetween(now, deadline));
  }

  @Property(tries = 400)
  void deadlineIsMonotonicInNow(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll("durations") Duration d) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    assertFalse(cal.deadline(late, d).isBefore(cal.deadline(early, d)));
  }

  @Property(tries = 400)
  void deadlineIsMonotonicNearby(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant now, @ForAll("durations") Duration d,
      @ForAll("durations") Duration shift) {
    assertFalse(cal.deadline(now.plus(shift), d).isBefore(cal.deadline(now, d)));
  }

  @Property(tries = 500)
  void deadlineIsAdditive(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant now, @ForAll("durations") Duration a,
      @ForAll("durations") Duration b) {
    assertEquals(cal.deadline(now, a.plus(b)), cal.deadline(cal.deadline(now, a), b));
  }

  @Property(tries = 400)
  void nextOpeningIsOpenAndNothingOpenBefore(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant now) {
    Instant opening = cal.nextOpening(now);
    assertFalse(opening.isBefore(now));
    assertTrue(cal.isOpen(opening));
    assertEquals(Duration.ZERO, cal.openTimeBetween(now, opening));
    assertEquals(cal.isOpen(now), opening.equals(now));
  }

  @Property(tries = 400)
  void commitmentIsConcreteAndKeepable(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant now, @ForAll("durations") Duration d,
      @ForAll boolean german) {
    Locale locale = german ? Locale.GERMAN : Locale.ENGLISH;
    Commitment c = cal.commitment(now, d, locale);
    Instant exact = cal.deadline(now, d);
    Instant promised = c.deadline().toInstant();
    assertFalse(promised.isBefore(exact));
    assertTrue(Duration.between(exact, promised).compareTo(Duration.ofMinutes(5)) <= 0);
    assertTrue(insideOrClosingEdge(cal, promised), () -> c.toString());
    assertEquals(cal.zone(), c.deadline().getZone());
    String lower = c.text().toLowerCase(Locale.ROOT);
    for (String v : VAGUE) {
      assertFalse(lower.contains(v), c.text());
    }
    // the phrase reads back as a promise no earlier than the computed deadline
    PromisedDeadline read = CommitmentPhrases.parse(c.text(), locale, now.atZone(cal.zone()))
        .orElseThrow(() -> new AssertionError("not parsed back: " + c.text()));
    assertEquals(c.text().length(), read.span().length(), c.text());
    assertFalse(read.deadline().toInstant().isBefore(exact), c.text());
    if (read.kind() == PromisedDeadline.Kind.CLOCK_TIME) {
      // a clock time in the repeated hour at the end of daylight saving time reads as the later one
      assertEquals(c.deadline().withLaterOffsetAtOverlap().toInstant(),
          read.deadline().toInstant(), c.text());
    }
  }

  @Property(tries = 1000)
  void holidayTableAgreesWithTheRules(@ForAll("days") LocalDate date) {
    BusinessCalendar cal = CALENDARS.get(1); // national + BY + SN + 2026-12-24
    boolean expected = GermanHolidays.name(date, List.of("BY", "SN")).isPresent()
        || date.equals(LocalDate.of(2026, 12, 24));
    assertEquals(expected, cal.isHoliday(date), date::toString);
    assertEquals(GermanHolidays.isNational(date), CALENDARS.get(0).isHoliday(date), date::toString);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(LocalDate.of(1980, 1, 1).toEpochDay(),
        LocalDate.of(2260, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }
}
