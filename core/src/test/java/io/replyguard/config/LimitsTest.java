package io.replyguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds the load-time guarantee rests on agree with the calendar. */
class LimitsTest {

  @Test
  void theSearchHorizonIsTheCalendars() {
    assertEquals(BusinessCalendar.HORIZON_DAYS, Limits.HORIZON_DAYS);
  }

  @Test
  void noYearHasMoreHolidaysThanTheGuaranteeAssumes() {
    BusinessCalendar all = BusinessCalendar.of(ZoneId.of("Europe/Berlin"),
        WeeklyHours.of(OpeningWindow.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
            DayOfWeek.values()),
        new HolidaySettings(true, List.copyOf(HolidaySettings.GERMAN_STATES), List.of()),
        List.of());
    int most = 0;
    for (int year = Limits.FIRST_YEAR; year <= Limits.LAST_YEAR + 11; year++) {
      int n = 0;
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (all.isHoliday(d)) {
          n++;
        }
      }
      most = Math.max(most, n);
    }
    assertTrue(most <= Limits.MAX_HOLIDAYS_PER_YEAR, "most holidays in a year: " + most);
  }

  @Test
  void theGuaranteeIsTheOpenTimeOfFullWeeksLessWhatClosedDaysCanTake() {
    WeeklyHours oneHourMondays = WeeklyHours.of(
        OpeningWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0)), DayOfWeek.MONDAY);
    long none = Limits.guaranteedBusinessSeconds(oneHourMondays, HolidaySettings.none(),
        List.of());
    assertEquals(521 * 3600L - 11 * 3600L, none);
    long national = Limits.guaranteedBusinessSeconds(oneHourMondays,
        HolidaySettings.germanNationalOnly(), List.of());
    assertEquals(none - Limits.MAX_HOLIDAYS_PER_YEAR * 11L * 3600, national);
  }
}
