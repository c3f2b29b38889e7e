package io.replyguard.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.Closure;
import io.replyguard.config.ConfigException;
import io.replyguard.config.HolidaySettings;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar DEFAULT = BusinessCalendar.of(ReplyguardConfig.defaults());

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  static BusinessCalendar allDay() {
    return BusinessCalendar.of(BERLIN, WeeklyHours.of(OpeningWindow.parse("00:00-24:00"),
        DayOfWeek.values()), HolidaySettings.none(), List.of());
  }

  private static void assertCommitment(BusinessCalendar cal, String now, String within,
      String deadline, String de, String en) {
    Commitment c = cal.commitment(at(now), Duration.parse(within), Locale.GERMAN);
    assertEquals(at(deadline), c.deadline().toInstant(), "deadline");
    assertEquals(BERLIN, c.deadline().getZone());
    assertEquals(de, c.text());
    assertEquals(en, cal.commitment(at(now), Duration.parse(within), Locale.ENGLISH).text());
  }

  @Test
  void weekdayWithinTheNextHour() {
    assertEquals(at("2026-11-23T11:15+01:00"), DEFAULT.deadline(at("2026-11-23T10:15+01:00"),
        Duration.ofHours(1)));
    assertCommitment(DEFAULT, "2026-11-23T10:15+01:00", "PT1H", "2026-11-23T11:15+01:00",
        "innerhalb der nächsten Stunde", "within the next hour");
    assertCommitment(DEFAULT, "2026-11-23T10:15+01:00", "PT30M", "2026-11-23T10:45+01:00",
        "innerhalb der nächsten 30 Minuten", "within the next 30 minutes");
  }

  @Test
  void weekdayClockTimeIsRoundedUpToFiveMinutes() {
    assertCommitment(DEFAULT, "2026-11-23T16:30+01:00", "PT1H30M", "2026-11-23T18:00+01:00",
        "heute bis 18:00 Uhr", "today by 6:00 pm");
    assertEquals(at("2026-11-23T10:57:20+01:00"),
        DEFAULT.deadline(at("2026-11-23T10:12:20+01:00"), Duration.ofMinutes(45)));
    assertCommitment(DEFAULT, "2026-11-23T10:12:20+01:00", "PT45M", "2026-11-23T11:00+01:00",
        "heute bis 11:00 Uhr", "today by 11:00 am");
  }

  @Test
  void deadlineOnClosingTimeStaysThere() {
    assertEquals(at("2026-11-23T20:00+01:00"),
        DEFAULT.deadline(at("2026-11-23T19:00+01:00"), Duration.ofHours(1)));
    assertCommitment(DEFAULT, "2026-11-23T19:00+01:00", "PT1H", "2026-11-23T20:00+01:00",
        "innerhalb der nächsten Stunde", "within the next hour");
    assertCommitment(DEFAULT, "2026-11-23T19:20+01:00", "PT40M", "2026-11-23T20:00+01:00",
        "heute bis 20:00 Uhr", "today by 8:00 pm");
  }

  @Test
  void eveningCarriesOverToTomorrowMorning() {
    assertCommitment(DEFAULT, "2026-11-23T19:30+01:00", "PT1H", "2026-11-24T08:30+01:00",
        "morgen bis 8:30 Uhr", "tomorrow by 8:30 am");
    assertCommitment(DEFAULT, "2026-11-23T22:00+01:00", "PT1H30M", "2026-11-24T09:30+01:00",
        "morgen bis 9:30 Uhr", "tomorrow by 9:30 am");
  }

  @Test
  void saturdayEveningCarriesOverToMonday() {
    assertCommitment(DEFAULT, "2026-11-28T19:30+01:00", "PT1H", "2026-11-30T08:30+01:00",
        "am Montag, 30.11., bis 8:30 Uhr", "on Monday, 30 November, by 8:30 am");
  }

  @Test
  void sundayCountsFromMondayOpening() {
    assertCommitment(DEFAULT, "2026-11-29T12:00+01:00", "PT1H", "2026-11-30T09:00+01:00",
        "morgen bis 9:00 Uhr", "tomorrow by 9:00 am");
    assertFalse(DEFAULT.isOpen(at("2026-11-29T12:00+01:00")));
    assertEquals(at("2026-11-30T08:00+01:00"), DEFAULT.nextOpening(at("2026-11-29T12:00+01:00")));
  }

  @Test
  void pt24hIsTwentyFourHoursOfOpenTime() {
    // Monday 10:00 + 24 h of open time (12 h per day): Tuesday 20:00 is 22 h, Wednesday 10:00
    assertEquals(at("2026-11-25T10:00+01:00"),
        DEFAULT.deadline(at("2026-11-23T10:00+01:00"), Duration.parse("PT24H")));
    assertEquals(Duration.ofHours(24), DEFAULT.openTimeBetween(at("2026-11-23T10:00+01:00"),
        at("2026-11-25T10:00+01:00")));
  }

  @Test
  void christmasHolidays() {
    // Thu 24.12.2026 evening; Fri 25. and Sat 26. are holidays, Sunday closed
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 12, 25)));
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 12, 26)));
    assertFalse(DEFAULT.isHoliday(LocalDate.of(2026, 12, 24)));
    assertCommitment(DEFAULT, "2026-12-24T19:30+01:00", "PT1H", "2026-12-28T08:30+01:00",
        "am Montag, 28.12., bis 8:30 Uhr", "on Monday, 28 December, by 8:30 am");
    assertEquals("1. Weihnachtstag", DEFAULT.holidayName(LocalDate.of(2026, 12, 25)).orElseThrow());
  }

  @Test
  void newYearAndUnityDay() {
    // Thu 31.12.2026 19:30 -> Fri 1.1.2027 holiday -> Sat 2.1. 08:30 (shown with weekday and date)
    assertCommitment(DEFAULT, "2026-12-31T19:30+01:00", "PT1H", "2027-01-02T08:30+01:00",
        "am Samstag, 02.01., bis 8:30 Uhr", "on Saturday, 2 January, by 8:30 am");
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 10, 3)));
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 5, 1)));
  }

  @Test
  void easter2026() {
    // Easter Sunday 5.4.2026: Karfreitag 3.4., Ostermontag 6.4.
    assertEquals(LocalDate.of(2026, 4, 5), GermanHolidays.easterSunday(2026));
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 4, 3)));
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2026, 4, 6)));
    assertFalse(DEFAULT.isHoliday(LocalDate.of(2026, 4, 4)));
    // Thursday evening -> Saturday (Karfreitag closed)
    assertCommitment(DEFAULT, "2026-04-02T19:30+02:00", "PT1H", "2026-04-04T08:30+02:00",
        "am Samstag, 04.04., bis 8:30 Uhr", "on Saturday, 4 April, by 8:30 am");
    // Saturday evening -> Tuesday (Sunday, Ostermontag closed)
    assertCommitment(DEFAULT, "2026-04-04T19:30+02:00", "PT1H", "2026-04-07T08:30+02:00",
        "am Dienstag, 07.04., bis 8:30 Uhr", "on Tuesday, 7 April, by 8:30 am");
    // Christi Himmelfahrt 14.5.2026, Pfingstmontag 25.5.2026
    assertEquals("Christi Himmelfahrt", DEFAULT.holidayName(LocalDate.of(2026, 5, 14)).orElseThrow());
    assertEquals("Pfingstmontag", DEFAULT.holidayName(LocalDate.of(2026, 5, 25)).orElseThrow());
    assertFalse(DEFAULT.isHoliday(LocalDate.of(2026, 6, 4)), "Fronleichnam is regional only");
  }

  @Test
  void easterSundayKnownDates() {
    Map<Integer, LocalDate> known = Map.of(1818, LocalDate.of(1818, 3, 22),
        1943, LocalDate.of(1943, 4, 25), 2000, LocalDate.of(2000, 4, 23),
        2019, LocalDate.of(2019, 4, 21), 2024, LocalDate.of(2024, 3, 31),
        2025, LocalDate.of(2025, 4, 20), 2027, LocalDate.of(2027, 3, 28),
        2038, LocalDate.of(2038, 4, 25), 2285, LocalDate.of(2285, 3, 22));
    known.forEach((y, d) -> assertEquals(d, GermanHolidays.easterSunday(y), "Easter " + y));
    assertThrows(IllegalArgumentException.class, () -> GermanHolidays.easterSunday(1500));
  }

  @Test
  void nationalHolidaysOfAYear() {
    assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
        LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 25),
        LocalDate.of(2026, 12, 26)), List.copyOf(GermanHolidays.of(2026, List.of()).keySet()));
    assertTrue(GermanHolidays.isNational(LocalDate.of(2017, 10, 31)), "Reformationstag 2017");
    assertFalse(GermanHolidays.isNational(LocalDate.of(2018, 10, 31)));
  }

  @Test
  void holidaysOutsideThePrecomputedRange() {
    assertTrue(DEFAULT.isHoliday(LocalDate.of(1985, 12, 25)));
    assertTrue(DEFAULT.isHoliday(LocalDate.of(2250, 12, 26)));
    assertTrue(DEFAULT.isHoliday(GermanHolidays.easterSunday(2250).plusDays(1)));
    assertFalse(DEFAULT.isHoliday(LocalDate.of(2250, 12, 27)));
    assertFalse(DEFAULT.isHoliday(LocalDate.of(1500, 12, 25)), "before the Gregorian rules");
  }

  @Test
  void regionalHolidays() {
    ReplyguardConfig bavaria = ReplyguardConfig.builder()
        .holidays(new HolidaySettings(true, List.of("BY"), List.of())).build();
    BusinessCalendar by = BusinessCalendar.of(bavaria);
    assertTrue(by.isHoliday(LocalDate.of(2026, 1, 6)), "Heilige Drei Könige");
    assertTrue(by.isHoliday(LocalDate.of(2026, 6, 4)), "Fronleichnam");
    assertTrue(by.isHoliday(LocalDate.of(2027, 11, 1)), "Allerheiligen");
    assertFalse(by.isHoliday(LocalDate.of(2026, 10, 31)), "no Reformationstag in BY");
    assertFalse(DEFAULT.isHoliday(LocalDate.of(2026, 1, 6)));
    // Monday 5.1.2026 evening in Bavaria -> Wednesday
    assertEquals(at("2026-01-07T08:30+01:00"),
        by.deadline(at("2026-01-05T19:30+01:00"), Duration.ofHours(1)));
    assertEquals("Buß- und Bettag",
        GermanHolidays.name(LocalDate.of(2026, 11, 18), List.of("SN")).orElseThrow());
    assertTrue(GermanHolidays.name(LocalDate.of(2018, 10, 31), List.of("NI")).isPresent());
    assertFalse(GermanHolidays.name(LocalDate.of(2017, 10, 31).minusYears(1), List.of("NI"))
        .isPresent());
    assertTrue(GermanHolidays.name(LocalDate.of(2026, 3, 8), List.of("BE")).isPresent());
    assertFalse(GermanHolidays.name(LocalDate.of(2022, 3, 8), List.of("MV")).isPresent());
    assertThrows(IllegalArgumentException.class,
        () -> GermanHolidays.name(LocalDate.of(2026, 1, 1), List.of("XX")));
  }

  @Test
  void configuredDatesAndClosures() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .holidays(new HolidaySettings(true, List.of(), List.of(LocalDate.of(2026, 12, 31))))
        .closures(List.of(new Closure(LocalDateTime.parse("2026-12-24T14:00"),
            LocalDateTime.parse("2026-12-27T00:00")),
            new Closure(LocalDateTime.parse("2026-11-25T12:00"),
                LocalDateTime.parse("2026-11-25T13:00"))))
        .build();
    BusinessCalendar cal = BusinessCalendar.of(config);
    assertTrue(cal.isHoliday(LocalDate.of(2026, 12, 31)));
    assertFalse(cal.isOpen(at("2026-12-24T14:00+01:00")));
    assertTrue(cal.isOpen(at("2026-12-24T13:59+01:00")));
    assertEquals(at("2026-12-24T14:00+01:00"),
        cal.deadline(at("2026-12-24T13:30+01:00"), Duration.ofMinutes(30)));
    assertEquals(at("2026-12-28T08:30+01:00"),
        cal.deadline(at("2026-12-24T13:30+01:00"), Duration.ofHours(1)));
    // lunch closure on Wednesday: 11:30 + 1 h -> 13:30
    assertEquals(at("2026-11-25T13:30+01:00"),
        cal.deadline(at("2026-11-25T11:30+01:00"), Duration.ofHours(1)));
    assertEquals(Duration.ofHours(1), cal.openTimeBetween(at("2026-11-25T11:30+01:00"),
        at("2026-11-25T13:30+01:00")));
    assertEquals(at("2026-11-25T12:00+01:00"),
        cal.closingAt(at("2026-11-25T11:30+01:00")).orElseThrow());
    assertEquals(at("2026-11-25T20:00+01:00"),
        cal.closingAt(at("2026-11-25T13:00+01:00")).orElseThrow());
    assertTrue(cal.closingAt(at("2026-11-25T12:30+01:00")).isEmpty());
    // Dec 30 19:30 -> Dec 31 configured closed, Jan 1 holiday -> Sat Jan 2
    assertEquals(at("2027-01-02T08:30+01:00"),
        cal.deadline(at("2026-12-30T19:30+01:00"), Duration.ofHours(1)));
  }

  @Test
  void springForwardDst() {
    // default hours: Saturday 28.3.2026 19:30 CET -> Monday 30.3. 08:30 CEST
    assertEquals(at("2026-03-30T08:30+02:00"),
        DEFAULT.deadline(at("2026-03-28T19:30+01:00"), Duration.ofHours(1)));
    BusinessCalendar all = allDay();
    // Sunday 29.3.2026 has 23 hours
    Instant start = at("2026-03-29T00:00+01:00");
    assertEquals(at("2026-03-30T00:00+02:00"), all.deadline(start, Duration.ofHours(23)));
    assertEquals(at("2026-03-29T04:30+02:00"),
        all.deadline(at("2026-03-29T00:30+01:00"), Duration.ofHours(3)));
    // a window 01:00-04:00 is only two hours long on that day
    BusinessCalendar night = BusinessCalendar.of(BERLIN,
        WeeklyHours.of(OpeningWindow.parse("01:00-04:00"), DayOfWeek.values()),
        HolidaySettings.none(), List.of());
    assertEquals(at("2026-03-29T04:00+02:00"), night.deadline(start, Duration.ofHours(2)));
    assertEquals(at("2026-03-30T01:30+02:00"),
        night.deadline(start, Duration.ofMinutes(150)));
  }

  @Test
  void fallBackDst() {
    assertEquals(at("2026-10-26T08:30+01:00"),
        DEFAULT.deadline(at("2026-10-24T19:30+02:00"), Duration.ofHours(1)));
    assertCommitment(DEFAULT, "2026-10-24T19:30+02:00", "PT1H", "2026-10-26T08:30+01:00",
        "am Montag, 26.10., bis 8:30 Uhr", "on Monday, 26 October, by 8:30 am");
    BusinessCalendar all = allDay();
    // Sunday 25.10.2026 has 25 hours
    assertEquals(at("2026-10-26T00:00+01:00"),
        all.deadline(at("2026-10-25T00:00+02:00"), Duration.ofHours(25)));
    assertEquals(Duration.ofHours(25), all.openTimeBetween(at("2026-10-25T00:00+02:00"),
        at("2026-10-26T00:00+01:00")));
  }

  @Test
  void midnightClosingIsPhrasedAsEndOfDay() {
    BusinessCalendar evening = BusinessCalendar.of(BERLIN,
        WeeklyHours.of(OpeningWindow.parse("18:00-24:00"), DayOfWeek.values()),
        HolidaySettings.none(), List.of());
    assertCommitment(evening, "2026-11-23T22:50+01:00", "PT70M", "2026-11-24T00:00+01:00",
        "heute bis 24:00 Uhr", "today by midnight");
  }

  @Test
  void roundingNeverPassesTheClosingEdge() {
    BusinessCalendar odd = BusinessCalendar.of(BERLIN,
        WeeklyHours.of(OpeningWindow.parse("08:00-19:58"), DayOfWeek.values()),
        HolidaySettings.none(), List.of());
    Commitment c = odd.commitment(at("2026-11-23T19:50:30+01:00"), Duration.ofMinutes(5),
        Locale.GERMAN);
    assertEquals(at("2026-11-23T19:56+01:00"), c.deadline().toInstant());
    assertEquals("heute bis 19:56 Uhr", c.text());
  }

  @Test
  void nextOpeningPhrase() {
    assertEquals("morgen ab 8:00 Uhr",
        DEFAULT.nextOpeningPhrase(at("2026-11-23T21:00+01:00"), Locale.GERMAN));
    assertEquals("heute ab 8:00 Uhr",
        DEFAULT.nextOpeningPhrase(at("2026-11-24T06:00+01:00"), Locale.GERMAN));
    assertEquals("on Monday, 30 November, from 8:00 am",
        DEFAULT.nextOpeningPhrase(at("2026-11-28T21:00+01:00"), Locale.ENGLISH));
    assertEquals("jetzt", DEFAULT.nextOpeningPhrase(at("2026-11-24T09:00+01:00"), Locale.GERMAN));
  }

  @Test
  void isOpenEdges() {
    assertTrue(DEFAULT.isOpen(at("2026-11-23T08:00+01:00")));
    assertTrue(DEFAULT.isOpen(at("2026-11-23T19:59:59.999+01:00")));
    assertFalse(DEFAULT.isOpen(at("2026-11-23T20:00+01:00")));
    assertFalse(DEFAULT.isOpen(at("2026-11-23T07:59:59+01:00")));
    assertFalse(DEFAULT.isOpen(at("2026-12-25T10:00+01:00")));
  }

  @Test
  void neverOpenConfigurationIsRejected() {
    // a configuration cannot even be built with such hours (it could keep no service level) …
    IllegalArgumentException built = assertThrows(IllegalArgumentException.class,
        () -> ReplyguardConfig.builder()
            .serviceHours(new WeeklyHours(new EnumMap<>(DayOfWeek.class))).build());
    assertTrue(built.getMessage().contains("guarantee no business time"), built.getMessage());
    // … and a calendar made of such parts is rejected too
    ConfigException e = assertThrows(ConfigException.class, () -> BusinessCalendar.of(BERLIN,
        new WeeklyHours(new EnumMap<>(DayOfWeek.class)), HolidaySettings.none(), List.of()));
    assertTrue(e.getMessage().contains("serviceHours"), e.getMessage());
  }

  @Test
  void searchesAreBounded() {
    BusinessCalendar shut = BusinessCalendar.of(BERLIN, WeeklyHours.of(
        OpeningWindow.parse("08:00-20:00"), DayOfWeek.MONDAY), HolidaySettings.none(),
        List.of(new Closure(LocalDateTime.parse("2026-01-01T00:00"),
            LocalDateTime.parse("2100-01-01T00:00"))));
    Instant now = at("2026-11-23T10:00+01:00");
    assertThrows(IllegalStateException.class, () -> shut.deadline(now, Duration.ofHours(1)));
    assertThrows(IllegalStateException.class, () -> shut.nextOpening(now));
    assertFalse(shut.isOpen(now));
    assertThrows(IllegalStateException.class,
        () -> DEFAULT.deadline(now, Duration.ofDays(100_000)));
  }

  @Test
  void badArguments() {
    Instant now = at("2026-11-23T10:00+01:00");
    assertEquals("now", assertThrows(NullPointerException.class,
        () -> DEFAULT.deadline(null, Duration.ofHours(1))).getMessage());
    assertEquals("businessTime", assertThrows(NullPointerException.class,
        () -> DEFAULT.deadline(now, null)).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class,
        () -> DEFAULT.commitment(now, Duration.ofHours(1), null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DEFAULT.deadline(now, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> DEFAULT.deadline(now, Duration.ofHours(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> DEFAULT.commitment(now, Duration.ofHours(1), Locale.FRENCH));
    assertThrows(IllegalArgumentException.class,
        () -> DEFAULT.openTimeBetween(now, now.minusSeconds(1)));
    assertEquals(BERLIN, DEFAULT.zone());
  }
}
