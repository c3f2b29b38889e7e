package io.replyguard.time;

import io.replyguard.config.HolidaySettings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * German public holidays, computed: the nine national holidays (Neujahr, Karfreitag, Ostermontag,
 * Tag der Arbeit, Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit, 1. and 2.
 * Weihnachtstag; plus the one-off national Reformationstag of 2017) and the state-wide regional
 * holidays of the sixteen states (codes as in {@link HolidaySettings#GERMAN_STATES}).
 *
 * <p>Easter Sunday is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid
 * for every year from 1583. Regional holidays introduced recently carry their first year
 * (Reformationstag in HB, HH, NI, SH since 2018; Internationaler Frauentag in BE since 2019 and MV
 * since 2023; Weltkindertag in TH since 2019). Holidays that apply only in some municipalities of a
 * state (Fronleichnam in parts of SN and TH, Mariä Himmelfahrt in Bavarian municipalities,
 * Augsburger Friedensfest) and one-off state holidays are not included: configure them as dates.
 *
 * <p>Stateless and thread-safe; all methods reject {@code null} with a
 * {@link NullPointerException} naming the parameter.
 */
final class GermanHolidays {
  private GermanHolidays() {}

  private enum Kind { FIXED, EASTER, REPENTANCE_DAY }

  /** A holiday rule; {@code states} empty = national. */
  private record Rule(String name, Kind kind, int month, int day, int easterOffset,
      Set<String> states, int since, int until) {
    boolean appliesIn(int year) {
      return year >= since && year <= until;
    }
  }

  private static final int ALWAYS = 1583;
  private static final int FOREVER = Integer.MAX_VALUE;

  private static final List<Rule> RULES = List.of(
      fixed("Neujahr", 1, 1, Set.of()),
      fixed("Heilige Drei Könige", 1, 6, Set.of("BW", "BY", "ST")),
      new Rule("Internationaler Frauentag", Kind.FIXED, 3, 8, 0, Set.of("BE"), 2019, FOREVER),
      new Rule("Internationaler Frauentag", Kind.FIXED, 3, 8, 0, Set.of("MV"), 2023, FOREVER),
      easter("Karfreitag", -2, Set.of()),
      easter("Ostersonntag", 0, Set.of("BB")),
      easter("Ostermontag", 1, Set.of()),
      fixed("Tag der Arbeit", 5, 1, Set.of()),
      easter("Christi Himmelfahrt", 39, Set.of()),
      easter("Pfingstsonntag", 49, Set.of("BB")),
      easter("Pfingstmontag", 50, Set.of()),
      easter("Fronleichnam", 60, Set.of("BW", "BY", "HE", "NW", "RP", "SL")),
      fixed("Mariä Himmelfahrt", 8, 15, Set.of("SL")),
      new Rule("Weltkindertag", Kind.FIXED, 9, 20, 0, Set.of("TH"), 2019, FOREVER),
      fixed("Tag der Deutschen Einheit", 10, 3, Set.of()),
      new Rule("Reformationstag", Kind.FIXED, 10, 31, 0, Set.of(), 2017, 2017),
      fixed("Reformationstag", 10, 31, Set.of("BB", "MV", "SN", "ST", "TH")),
      new Rule("Reformationstag", Kind.FIXED, 10, 31, 0, Set.of("HB", "HH", "NI", "SH"), 2018,
          FOREVER),
      fixed("Allerheiligen", 11, 1, Set.of("BW", "BY", "NW", "RP", "SL")),
      new Rule("Buß- und Bettag", Kind.REPENTANCE_DAY, 11, 0, 0, Set.of("SN"), ALWAYS, FOREVER),
      fixed("1. Weihnachtstag", 12, 25, Set.of()),
      fixed("2. Weihnachtstag", 12, 26, Set.of()));

  private static Rule fixed(String name, int month, int day, Set<String> states) {
    return new Rule(name, Kind.FIXED, month, day, 0, states, ALWAYS, FOREVER);
  }

  private static Rule easter(String name, int offset, Set<String> states) {
    return new Rule(name, Kind.EASTER, 0, 0, offset, states, ALWAYS, FOREVER);
  }

  /**
   * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
   *
   * @param year 1583 or later
   * @return Easter Sunday
   * @throws IllegalArgumentException for years before 1583
   */
  public static LocalDate easterSunday(int year) {
    if (year < 1583) {
      throw new IllegalArgumentException("year must be 1583 or later: " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * Whether a date is a German national public holiday.
   *
   * @param date not null
   * @return true for the national holidays
   */
  public static boolean isNational(LocalDate date) {
    return name(date, Set.of()).isPresent();
  }

  /**
   * The German name of the holiday on a date, national or regional in one of the given states.
   *
   * @param date not null
   * @param states German state codes whose regional holidays count, not null (empty for national
   *     holidays only)
   * @return the holiday's name, or empty when the date is no such holiday (also for years before
   *     1583)
   * @throws IllegalArgumentException for an unknown state code
   */
  public static Optional<String> name(LocalDate date, Collection<String> states) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(states, "states");
    for (String s : states) {
      if (!HolidaySettings.GERMAN_STATES.contains(Objects.requireNonNull(s, "state"))) {
        throw new IllegalArgumentException("unknown German state code '" + s + "'");
      }
    }
    return Optional.ofNullable(lookup(date, true, states));
  }

  /**
   * All holidays of a year, national and those of the given states.
   *
   * @param year 1583 or later
   * @param states German state codes, not null (empty for national holidays only)
   * @return the holidays by date with their German names, sorted
   * @throws IllegalArgumentException for an unknown state code or a year before 1583
   */
  public static SortedMap<LocalDate, String> of(int year, Collection<String> states) {
    Objects.requireNonNull(states, "states");
    easterSunday(year); // validates the year
    TreeMap<LocalDate, String> out = new TreeMap<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      LocalDate day = d;
      name(day, states).ifPresent(n -> out.put(day, n));
    }
    return out;
  }

  /**
   * The holiday name of a date, or null. No argument validation (hot path).
   *
   * @param national whether national holidays count
   * @param states regional states that count
   */
  static String lookup(LocalDate date, boolean national, Collection<String> states) {
    int year = date.getYear();
    if (year < 1583) {
      return null;
    }
    int easterDay = -1;
    for (Rule r : RULES) {
      if (!r.appliesIn(year)) {
        continue;
      }
      if (r.states.isEmpty() ? !national : !intersects(r.states, states)) {
        continue;
      }
      boolean hit = switch (r.kind) {
        case FIXED -> date.getMonthValue() == r.month && date.getDayOfMonth() == r.day;
        case EASTER -> {
          if (easterDay < 0) {
            easterDay = easterSunday(year).getDayOfYear();
          }
          yield date.getDayOfYear() == easterDay + r.easterOffset;
        }
        case REPENTANCE_DAY -> isRepentanceDay(date);
      };
      if (hit) {
        return r.name;
      }
    }
    return null;
  }

  /**
   * Calls {@code sink} with every holiday date of a year (national when {@code national}, and
   * those of the given states). No argument validation.
   */
  static void forEach(int year, boolean national, Collection<String> states,
      java.util.function.Consumer<LocalDate> sink) {
    if (year < 1583) {
      return;
    }
    LocalDate easter = easterSunday(year);
    for (Rule r : RULES) {
      if (!r.appliesIn(year) || (r.states.isEmpty() ? !national : !intersects(r.states, states))) {
        continue;
      }
      switch (r.kind) {
        case FIXED -> sink.accept(LocalDate.of(year, r.month, r.day));
        case EASTER -> sink.accept(easter.plusDays(r.easterOffset));
        case REPENTANCE_DAY -> {
          LocalDate d = LocalDate.of(year, 11, 16);
          while (d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            d = d.plusDays(1);
          }
          sink.accept(d);
        }
      }
    }
  }

  private static boolean intersects(Set<String> ruleStates, Collection<String> states) {
    for (String s : states) {
      if (ruleStates.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Buß- und Bettag: the Wednesday before 23 November (16–22 November). */
  private static boolean isRepentanceDay(LocalDate date) {
    if (date.getDayOfWeek() != DayOfWeek.WEDNESDAY || date.getMonthValue() != 11) {
      return false;
    }
    int day = date.getDayOfMonth();
    return day >= 16 && day <= 22;
  }
}
