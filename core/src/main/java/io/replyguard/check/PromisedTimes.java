package io.replyguard.check;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * A fast word-level reader of the most common concrete time promises: "innerhalb der nächsten
 * Stunde", "in 30 Minuten", "within 2 hours", "heute bis 18:00 Uhr", "bis 18 Uhr", "morgen bis
 * 9 Uhr", "tomorrow by 9:00 am", "today by 6pm", "noch heute". It is a pre-filter for
 * {@link io.replyguard.internal.time.CommitmentPhrases#findAll}, the authoritative parser, whose regular
 * expressions cost tens of microseconds per call: the commitment rule only calls it for a sentence
 * in which this reader finds a promise that looks unkeepable or time words it cannot read.
 * Agreement with {@code findAll} is tested. Internal.
 */
final class PromisedTimes {
  private PromisedTimes() {}

  /** A promise found at words {@code [from, to)} that ends at {@code deadline}. */
  record Promise(int from, int to, Instant deadline) {}

  /**
   * The moment of one check: an instant whose form in the service's zone is made on first use, so
   * that a relative promise ("innerhalb der nächsten Stunde"), which needs only the instant, costs
   * no zone-rule look-up. Not thread-safe; one per check.
   */
  static final class Moment {
    private final Instant instant;
    private final ZoneId zone;
    private ZonedDateTime zoned;

    Moment(Instant instant, ZoneId zone) {
      this.instant = instant;
      this.zone = zone;
    }

    Moment(ZonedDateTime zoned) {
      this(zoned.toInstant(), zoned.getZone());
      this.zoned = zoned;
    }

    Instant instant() {
      return instant;
    }

    /** The moment in the service's zone, as {@code instant.atZone(zone)}. */
    ZonedDateTime zoned() {
      ZonedDateTime z = zoned;
      if (z == null) {
        z = instant.atZone(zone);
        zoned = z;
      }
      return z;
    }
  }

  static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("eine", 1),
      Map.entry("einer", 1), Map.entry("einem", 1), Map.entry("eines", 1), Map.entry("one", 1),
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("zwei", 2), Map.entry("two", 2),
      Map.entry("drei", 3), Map.entry("three", 3), Map.entry("vier", 4), Map.entry("four", 4),
      Map.entry("fünf", 5), Map.entry("five", 5), Map.entry("sechs", 6), Map.entry("six", 6),
      Map.entry("zehn", 10), Map.entry("ten", 10), Map.entry("fünfzehn", 15),
      Map.entry("fifteen", 15), Map.entry("zwanzig", 20), Map.entry("twenty", 20),
      Map.entry("dreißig", 30), Map.entry("thirty", 30));

  static final Set<String> FILLER = Set.of("der", "den", "von", "the", "next", "nächsten",
      "nächste", "kommenden", "coming", "halben", "half", "kurzen");

  private static final String[] NOCH_HEUTE = {"noch", "heute"};
  private static final String[] LATER_TODAY = {"later", "today"};

  static final Set<String> START = Set.of("innerhalb", "binnen", "within", "in");

  /** Every word a promise can start with ({@link Lexicon#PROMISE_START}). */
  static final Set<String> AT_FIRST_WORDS = Set.of("innerhalb", "binnen", "within", "in",
      "heute", "today", "tomorrow", "morgen", "bis", "by", "until", NOCH_HEUTE[0],
      LATER_TODAY[0]);

  /** Parses a unit word into its wall-clock length, or null. */
  private static Duration unit(String w) {
    return switch (w) {
      case "minute", "minuten", "minutes", "min", "mins" -> Duration.ofMinutes(1);
      case "stunde", "stunden", "hour", "hours", "std" -> Duration.ofHours(1);
      case "tag", "tage", "tages", "tagen", "day", "days" -> Duration.ofDays(1);
      default -> null;
    };
  }

  private static int number(String w) {
    if (w.length() <= 3 && !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(w);
    }
    Integer n = NUMBERS.get(w);
    return n == null ? -1 : n;
  }

  /** The promise starting at word {@code i} of sentence {@code [i, to)}, or null. */
  static Promise at(Text t, int i, int to, Moment now) {
    if (t.lexicon && !t.has(i, Lexicon.PROMISE_START)) {
      return null;
    }
    String w = t.word(i);
    if (START.contains(w)) {
      return relative(t, i, to, now);
    }
    if (w.equals("heute") || w.equals("today") || w.equals("tomorrow") || w.equals("morgen")
        || w.equals("bis") || w.equals("by") || w.equals("until")) {
      return clock(t, i, to, now);
    }
    if (t.matches(i, NOCH_HEUTE) || t.matches(i, LATER_TODAY)) {
      return new Promise(i, i + 2, endOfDay(now.zoned()));
    }
    return null;
  }

  private static Instant endOfDay(ZonedDateTime now) {
    return now.toLocalDate().atTime(LocalTime.MAX).atZone(now.getZone()).toInstant();
  }

  private static Promise relative(Text t, int i, int to, Moment now) {
    int k = i + 1;
    boolean half = false;
    int count = -1;
    while (k < to && k < i + 6) {
      String w = t.word(k);
      Duration u = unit(w);
      if (u != null) {
        long minutes = u.toMinutes() * (count < 0 ? 1 : count);
        if (half) {
          minutes = u.toMinutes() / 2 * (count < 0 ? 1 : count);
        }
        if (minutes <= 0) {
          return null;
        }
        // ZonedDateTime.plusMinutes works on the instant time-line: the instant plus the minutes
        return new Promise(i, k + 1, now.instant().plusSeconds(minutes * 60));
      }
      if (w.equals("half") || w.equals("halben")) {
        half = true;
      } else if (number(w) >= 0 && count < 0) {
        count = number(w);
      } else if (!FILLER.contains(w)) {
        return null;
      }
      k++;
    }
    return null;
  }

  private static final Set<String> PREPOSITIONS = Set.of("bis", "by", "until", "before", "um",
      "at");

  private static Promise clock(Text t, int i, int to, Moment moment) {
    int k = i;
    int dayOffset = 0;
    boolean dayGiven = false;
    String w = t.word(k);
    if (w.equals("heute") || w.equals("today")) {
      dayGiven = true;
      k++;
    } else if (w.equals("morgen") || w.equals("tomorrow")) {
      if (i > 0 && (t.is(i - 1, "guten") || t.is(i - 1, "heute"))) {
        return null;
      }
      dayOffset = 1;
      dayGiven = true;
      k++;
    }
    if (dayGiven && k < to && (t.is(k, "noch") || t.is(k, "früh"))) {
      k++;
    }
    boolean prep = k < to && PREPOSITIONS.contains(t.word(k));
    if (!prep) {
      if (w.equals("heute") && k == i + 2 && t.is(i + 1, "noch")) {
        return new Promise(i, k, endOfDay(moment.zoned()));
      }
      return null;
    }
    k++;
    if (k >= to) {
      return null;
    }
    String hw = t.word(k);
    int hour;
    int minute = 0;
    int end = k + 1;
    String suffix = null;
    boolean marked = false;
    if ((hw.endsWith("pm") || hw.endsWith("am")) && hw.length() > 2
        && isDigits(hw.substring(0, hw.length() - 2))) {
      hour = number(hw.substring(0, hw.length() - 2));
      suffix = hw.substring(hw.length() - 2);
      marked = true;
    } else {
      if (!isDigits(hw)) {
        return null;
      }
      hour = number(hw);
      if (k + 1 < to && isDigits(t.word(k + 1)) && t.length(k + 1) == 2) {
        if (timeSeparated(t, k)) {
          minute = Integer.parseInt(t.word(k + 1));
          end = k + 2;
          marked = true;
        }
      }
      if (end < to && (t.is(end, "am") || t.is(end, "pm"))) {
        suffix = t.word(end);
        end++;
        marked = true;
      } else if (end < to && (t.is(end, "uhr") || t.is(end, "o'clock"))) {
        end++;
        marked = true;
      }
    }
    if (!marked || hour < 0 || hour > 24 || minute > 59) {
      return null;
    }
    if ("pm".equals(suffix) && hour < 12) {
      hour += 12;
    } else if ("am".equals(suffix) && hour == 12) {
      hour = 0;
    }
    ZonedDateTime now = moment.zoned();
    ZonedDateTime day = dayOffset == 0 ? now : now.plusDays(dayOffset);
    ZonedDateTime deadline = hour == 24
        ? day.toLocalDate().atTime(LocalTime.MAX).atZone(now.getZone())
        : day.toLocalDate().atTime(hour, minute).atZone(now.getZone());
    if (!dayGiven && deadline.isBefore(now)) {
      deadline = deadline.plusDays(1); // "bis 18 Uhr" said after 18:00 means tomorrow
    }
    return new Promise(i, end, deadline.toInstant());
  }

  /** Whether words {@code k} and {@code k + 1} are joined by exactly one ':' or '.' ("18:00"). */
  static boolean timeSeparated(Text t, int k) {
    if (t.start[k + 1] - t.end[k] != 1) {
      return false;
    }
    char c = t.text.charAt(t.end[k]);
    return c == ':' || c == '.';
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

}
