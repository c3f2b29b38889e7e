package io.replyguard.time;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.replyguard.model.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Concrete time-commitment phrases in German and English: writes them ("heute bis 18:00 Uhr",
 * "tomorrow by 9:30 am") and finds them in reply drafts, resolving each to the deadline it
 * promises, so that a draft check can compare the promise with what the service hours allow.
 *
 * <h2>Writing</h2>
 * German clock times are written without a leading zero for the hour ("9:30 Uhr"), English ones in
 * the 12-hour clock ("9:30 am", "6:00 pm"). A deadline at midnight is written as the end of the
 * previous day ("heute bis 24:00 Uhr", "today by midnight"). The day is "heute"/"today",
 * "morgen"/"tomorrow", or weekday and date ("am Montag, 24.11.,", "on Monday, 24 November,"),
 * with the year when the date is more than 300 days ahead.
 *
 * <h2>Reading</h2>
 * {@link #findAll} recognizes, case-insensitively, in the language of the given locale:
 * <ul>
 *   <li>relative promises: "innerhalb der nächsten Stunde", "innerhalb von 2 Stunden", "binnen 30
 *       Minuten", "in den nächsten 15 Minuten", "innerhalb der nächsten halben Stunde", "innerhalb
 *       eines Tages"; "within the next hour", "within the hour", "within 2 hours", "in 30
 *       minutes", "within half an hour". A unit without a number counts once only after
 *       "nächsten"/"next" or "innerhalb"/"binnen"/"within" ("in den nächsten Tagen" and other
 *       plurals without a number are vague, not concrete, and are not reported). Days are 24
 *       hours of wall-clock time. The deadline is {@code now} plus the span.</li>
 *   <li>clock times with a day: "heute bis 18:00 Uhr", "morgen bis 9:30 Uhr", "morgen um 9 Uhr",
 *       "am Montag, 24.11., bis 10:00 Uhr", "bis morgen 9 Uhr", "bis Montag, 10 Uhr", "bis 9 Uhr
 *       morgen"; "today by 6:00 pm", "tomorrow at 9 am", "on Monday, 24 November, by 10:00 am",
 *       "by tomorrow 9 am", "by 10 am on Monday", "by noon", "by midnight".</li>
 *   <li>clock times without a day ("bis 18 Uhr", "by 6 pm"): today, or tomorrow when that time
 *       has passed.</li>
 *   <li>days without a time ("bis morgen", "bis Montag", "bis zum 24.11.", "by tomorrow", "by
 *       Monday"): the end of that day (midnight).</li>
 * </ul>
 * A weekday without a date is its next occurrence whose deadline is not before {@code now}; a date
 * without a year is the next such date not before today. Invalid dates and times ("31.02.", "25
 * Uhr") are not reported. Vague words ("zeitnah", "bald", "soon", "asap") are no promise and are
 * not reported: finding them is the draft checks' business.
 *
 * <p>Stateless and thread-safe. Methods reject {@code null} arguments with a
 * {@link NullPointerException} naming the parameter; languages other than German and English are
 * an {@link IllegalArgumentException}.
 */
public final class CommitmentPhrases {
  private CommitmentPhrases() {}

  /** The supported phrase languages. */
  enum Language { DE, EN }

  static Language language(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return switch (locale.getLanguage()) {
      case "de" -> Language.DE;
      case "en" -> Language.EN;
      default -> throw new IllegalArgumentException(
          "unsupported locale '" + locale.toLanguageTag() + "'; expected de or en");
    };
  }

  // ---- writing ---------------------------------------------------------------------------

  private static final int[] RELATIVE_MINUTES = {15, 30, 60, 120};

  /** Whether {@code span} has a relative phrase (15 or 30 minutes, 1 or 2 hours exactly). */
  static boolean hasRelativePhrase(Duration span) {
    if (span.getNano() != 0 || span.getSeconds() % 60 != 0) {
      return false;
    }
    long minutes = span.toMinutes();
    for (int m : RELATIVE_MINUTES) {
      if (m == minutes) {
        return true;
      }
    }
    return false;
  }

  static String relativePhrase(Duration span, Language lang) {
    long minutes = span.toMinutes();
    boolean de = lang == Language.DE;
    if (minutes == 60) {
      return de ? "innerhalb der nächsten Stunde" : "within the next hour";
    }
    if (minutes % 60 == 0) {
      return de ? "innerhalb der nächsten " + minutes / 60 + " Stunden"
          : "within the next " + minutes / 60 + " hours";
    }
    return de ? "innerhalb der nächsten " + minutes + " Minuten"
        : "within the next " + minutes + " minutes";
  }

  /**
   * A relative phrase for a span, if it has one: exactly 15 or 30 minutes, one or two hours
   * ("innerhalb der nächsten Stunde", "within the next 30 minutes").
   *
   * @param span not null
   * @param locale {@code de} or {@code en}, not null
   * @return the phrase, or empty for other spans
   */
  public static Optional<String> relative(Duration span, Locale locale) {
    Objects.requireNonNull(span, "span");
    Language lang = language(locale);
    return hasRelativePhrase(span) ? Optional.of(relativePhrase(span, lang)) : Optional.empty();
  }

  /**
   * The clock-time phrase for a deadline as seen at {@code now}: "heute bis 18:00 Uhr", "morgen
   * bis 9:30 Uhr", "am Montag, 24.11., bis 10:00 Uhr"; "today by 6:00 pm", "tomorrow by 9:30 am",
   * "on Monday, 24 November, by 10:00 am". The deadline is shown in the zone of {@code now};
   * seconds are dropped (round the deadline first if it has any).
   *
   * @param now not null
   * @param deadline not null
   * @param locale {@code de} or {@code en}, not null
   * @return the phrase
   */
  public static String byClockTime(ZonedDateTime now, ZonedDateTime deadline, Locale locale) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(deadline, "deadline");
    return clockPhrase(now, deadline.withZoneSameInstant(now.getZone()), language(locale));
  }

  /**
   * The phrase for an opening time as seen at {@code now}: "heute ab 14:00 Uhr", "morgen ab 8:00
   * Uhr", "am Montag, 24.11., ab 8:00 Uhr"; "today from 2:00 pm", "tomorrow from 8:00 am", "on
   * Monday, 24 November, from 8:00 am".
   *
   * @param now not null
   * @param opening not null
   * @param locale {@code de} or {@code en}, not null
   * @return the phrase
   */
  public static String fromClockTime(ZonedDateTime now, ZonedDateTime opening, Locale locale) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(opening, "opening");
    return openingPhrase(now, opening.withZoneSameInstant(now.getZone()), language(locale));
  }

  static String clockPhrase(ZonedDateTime now, ZonedDateTime deadline, Language lang) {
    LocalDateTime t = deadline.toLocalDateTime();
    boolean endOfDay = t.toLocalTime().equals(LocalTime.MIDNIGHT);
    LocalDate day = endOfDay ? t.toLocalDate().minusDays(1) : t.toLocalDate();
    String time = endOfDay ? (lang == Language.DE ? "24:00 Uhr" : "midnight")
        : time(t.toLocalTime(), lang);
    String dayPhrase = dayPhrase(now.toLocalDate(), day, lang);
    return dayPhrase + (lang == Language.DE ? " bis " : " by ") + time;
  }

  static String openingPhrase(ZonedDateTime now, ZonedDateTime opening, Language lang) {
    LocalDateTime t = opening.toLocalDateTime();
    return dayPhrase(now.toLocalDate(), t.toLocalDate(), lang)
        + (lang == Language.DE ? " ab " : " from ") + time(t.toLocalTime(), lang);
  }

  private static String dayPhrase(LocalDate today, LocalDate day, Language lang) {
    long diff = ChronoUnit.DAYS.between(today, day);
    boolean de = lang == Language.DE;
    if (diff == 0) {
      return de ? "heute" : "today";
    }
    if (diff == 1) {
      return de ? "morgen" : "tomorrow";
    }
    boolean withYear = diff > 300 || diff < 0;
    if (de) {
      return "am " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN) + ", "
          + two(day.getDayOfMonth()) + "." + two(day.getMonthValue()) + "."
          + (withYear ? day.getYear() : "") + ",";
    }
    return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
        + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + (withYear ? " " + day.getYear() : "") + ",";
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** "9:30 Uhr" / "9:30 am". */
  static String time(LocalTime t, Language lang) {
    int h = t.getHour();
    String mm = two(t.getMinute());
    if (lang == Language.DE) {
      return h + ":" + mm + " Uhr";
    }
    int h12 = h % 12 == 0 ? 12 : h % 12;
    return h12 + ":" + mm + (h < 12 ? " am" : " pm");
  }

  // ---- reading ---------------------------------------------------------------------------

  private static final String NUM_DE = "\\d{1,3}|anderthalb|eineinhalb|einer|einem|einen|eines"
      + "|eine|ein|zwei|dreißig|drei|fünfundvierzig|fünfzehn|fünf|vierzig|vier|sechzig|sechs"
      + "|sieben|acht|neun|zehn|elf|zwölf|zwanzig";
  private static final String NUM_EN = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
      + "|ten|eleven|twelve|fifteen|twenty-four|twenty|thirty|forty-five|forty|sixty";
  private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
      Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einer", 1), Map.entry("einem", 1),
      Map.entry("einen", 1), Map.entry("eines", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
      Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
      Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
      Map.entry("zwölf", 12), Map.entry("fünfzehn", 15), Map.entry("zwanzig", 20),
      Map.entry("dreißig", 30), Map.entry("vierzig", 40), Map.entry("fünfundvierzig", 45),
      Map.entry("sechzig", 60), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("forty-five", 45), Map.entry("sixty", 60));

  private static final String WD_DE =
      "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag";
  private static final String WD_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String MONTHS_DE = "januar|jänner|februar|märz|april|mai|juni|juli|august"
      + "|september|oktober|november|dezember";
  private static final String MONTHS_EN = "january|february|march|april|may|june|july|august"
      + "|september|october|november|december";
  private static final List<String> MONTH_NAMES_DE = List.of("januar", "februar", "märz", "april",
      "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember");
  private static final List<String> MONTH_NAMES_EN = List.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  private static final String SEP = "\\s*,?\\s*";

  private static String dateDe(String s) {
    return "(?P<dd" + s + ">\\d{1,2})\\.\\s?(?:(?P<mm" + s + ">\\d{1,2})\\.(?P<yy" + s
        + ">\\d{4}|\\d{2})?|(?P<mon" + s + ">" + MONTHS_DE + ")(?:\\s+(?P<yy" + s + "x>\\d{4}))?)";
  }

  private static String dayDe() {
    return "(?:(?P<rel>übermorgen|heute|morgen)|(?:(?:am|den|zum)\\s+)?(?:(?P<wd>" + WD_DE + ")(?:"
        + SEP + "(?:den\\s+)?" + dateDe("a") + ")?|(?:den\\s+)?" + dateDe("b") + "))";
  }

  private static final String TIME_DE = "(?:(?P<h>\\d{1,2})(?:[:.](?P<min>\\d{2}))?\\s*uhr"
      + "|(?P<hx>\\d{1,2}):(?P<minx>\\d{2}))";

  private static String dateEn(String s) {
    return "(?:(?:the\\s+)?(?P<dd" + s + ">\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?P<mon" + s
        + ">" + MONTHS_EN + ")|(?P<mon" + s + "x>" + MONTHS_EN + ")\\s+(?P<dd" + s
        + "x>\\d{1,2})(?:st|nd|rd|th)?)(?:" + SEP + "(?P<yy" + s + ">\\d{4}))?";
  }

  private static String dayEn() {
    return "(?:(?P<rel>today|tonight|tomorrow)|(?:on\\s+)?(?:(?P<wd>" + WD_EN + ")(?:" + SEP
        + dateEn("a") + ")?|" + dateEn("b") + "))";
  }

  private static final String TIME_EN = "(?:(?P<h>\\d{1,2})(?::(?P<min>\\d{2}))?\\s*"
      + "(?P<ap>a\\.m\\.|p\\.m\\.|am|pm)|(?P<hx>\\d{1,2}):(?P<minx>\\d{2})"
      + "|(?P<noon>noon|midday)|(?P<midnight>midnight))";

  /** One recognizer: a pattern and the group names it has. */
  private record Form(Pattern pattern, Set<String> groups, boolean relative) {
    static Form of(String regex, boolean relative) {
      Set<String> names = new HashSet<>();
      Matcher m = Pattern.compile("\\(\\?P<(\\w+)>").matcher(regex);
      while (m.find()) {
        names.add(m.group(1));
      }
      return new Form(Pattern.compile("(?i)" + regex), Set.copyOf(names), relative);
    }
  }

  private static final List<Form> FORMS_DE = List.of(
      Form.of("(?P<lead>innerhalb|binnen|in)\\s+(?:(?:der|den|des)\\s+)?(?:(?P<next>nächsten"
          + "|kommenden)\\s+)?(?:von\\s+)?(?:(?P<num>" + NUM_DE + ")\\s+)?(?:(?P<half>halben)\\s+)?"
          + "(?P<unit>minuten|minute|min\\.?|stunden|stunde|std\\.?|tagen|tages|tage|tag)", true),
      Form.of(dayDe() + SEP + "(?:noch\\s+)?(?:bis|um)\\s+(?:spätestens\\s+)?(?:um\\s+)?"
          + TIME_DE, false),
      Form.of("bis\\s+(?:spätestens\\s+)?" + dayDe() + SEP + "(?:um\\s+)?" + TIME_DE, false),
      Form.of("bis\\s+(?:spätestens\\s+)?(?:um\\s+)?" + TIME_DE + "(?:" + SEP + dayDe() + ")?",
          false),
      Form.of("bis\\s+(?:spätestens\\s+)?" + dayDe(), false));

  private static final List<Form> FORMS_EN = List.of(
      Form.of("(?P<lead>within|in)\\s+(?:the\\s+)?(?:(?P<next>next|coming)\\s+)?(?:(?P<num>"
          + NUM_EN + ")\\s+|(?P<an>an?)\\s+|(?P<half>half\\s+an)\\s+)?"
          + "(?P<unit>minutes|minute|mins|min|hours|hour|hrs|hr|days|day)", true),
      Form.of(dayEn() + SEP + "(?:by|at)\\s+(?:the\\s+latest\\s+)?" + TIME_EN, false),
      Form.of("by\\s+" + dayEn() + SEP + "(?:at\\s+)?" + TIME_EN, false),
      Form.of("by\\s+" + TIME_EN + "(?:" + SEP + dayEn() + ")?", false),
      Form.of("by\\s+" + dayEn(), false));

  /**
   * The first concrete time promise in a text.
   *
   * @param text the text, not null (may be empty)
   * @param locale the text's language, {@code de} or {@code en}, not null
   * @param now the moment the text is (to be) sent, in the zone the promise refers to; not null
   * @return the earliest promise by position, or empty
   */
  public static Optional<PromisedDeadline> parse(String text, Locale locale, ZonedDateTime now) {
    List<PromisedDeadline> all = findAll(text, locale, now);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * All concrete time promises in a text, non-overlapping, sorted by position. Where forms
   * overlap, the one starting first wins, then the longer one.
   *
   * @param text the text, not null (may be empty)
   * @param locale the text's language, {@code de} or {@code en}, not null
   * @param now the moment the text is (to be) sent, in the zone the promise refers to; not null
   * @return the promises with their spans and deadlines
   */
  public static List<PromisedDeadline> findAll(String text, Locale locale, ZonedDateTime now) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(now, "now");
    Language lang = language(locale);
    List<PromisedDeadline> candidates = new ArrayList<>();
    for (Form form : lang == Language.DE ? FORMS_DE : FORMS_EN) {
      Matcher m = form.pattern.matcher(text);
      int from = 0;
      while (from <= text.length() && m.find(from)) {
        int s = m.start();
        int e = m.end();
        if (e == s || !boundary(text, s, e)) {
          from = s + 1;
          continue;
        }
        PromisedDeadline p = resolve(m, form, lang, now, Span.of(s, e));
        if (p != null) {
          candidates.add(p);
        }
        from = e;
      }
    }
    candidates.sort(Comparator.comparingInt((PromisedDeadline p) -> p.span().start())
        .thenComparing(p -> -p.span().length()));
    List<PromisedDeadline> out = new ArrayList<>();
    int end = 0;
    for (PromisedDeadline p : candidates) {
      if (p.span().start() >= end) {
        out.add(p);
        end = p.span().end();
      }
    }
    return List.copyOf(out);
  }

  private static boolean boundary(String text, int s, int e) {
    if (s > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, s))) {
      return false;
    }
    return e >= text.length() || !Character.isLetterOrDigit(Character.codePointAt(text, e));
  }

  private static String g(Matcher m, Form f, String name) {
    return f.groups.contains(name) ? m.group(name) : null;
  }

  private static PromisedDeadline resolve(Matcher m, Form f, Language lang, ZonedDateTime now,
      Span span) {
    try {
      return f.relative ? resolveRelative(m, f, now, span) : resolveAbsolute(m, f, lang, now, span);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "31.02.", "25 Uhr": no valid promise
    }
  }

  private static PromisedDeadline resolveRelative(Matcher m, Form f, ZonedDateTime now,
      Span span) {
    String num = g(m, f, "num");
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    String lead = m.group("lead").toLowerCase(Locale.ROOT);
    boolean half = g(m, f, "half") != null;
    boolean article = g(m, f, "an") != null;
    boolean plural = unit.endsWith("n") && !unit.startsWith("min") || unit.endsWith("s")
        && !unit.equals("mins") && !unit.equals("hrs") && !unit.equals("tages")
        || unit.equals("tage");
    long minutesPerUnit = unit.startsWith("m") ? 1 : unit.startsWith("t") || unit.startsWith("d")
        ? 1440 : 60;
    long minutes;
    if (num != null) {
      String n = num.toLowerCase(Locale.ROOT);
      if (n.equals("anderthalb") || n.equals("eineinhalb")) {
        minutes = minutesPerUnit * 3 / 2;
      } else {
        Integer w = WORD_NUMBERS.get(n);
        minutes = (w != null ? w : Integer.parseInt(n)) * minutesPerUnit;
      }
    } else {
      boolean next = g(m, f, "next") != null;
      boolean within = !lead.equals("in");
      if (plural || !(next || within || article || half)) {
        return null; // "in den nächsten Tagen", "in the day": vague or no promise
      }
      minutes = half ? minutesPerUnit / 2 : minutesPerUnit;
    }
    if (half && num != null) {
      return null;
    }
    if (minutes <= 0) {
      return null;
    }
    return new PromisedDeadline(span, now.plusMinutes(minutes), PromisedDeadline.Kind.RELATIVE);
  }

  private static PromisedDeadline resolveAbsolute(Matcher m, Form f, Language lang,
      ZonedDateTime now, Span span) {
    LocalDate today = now.toLocalDate();
    // time of day; null = none given; 24:00 = end of day
    LocalTime time = null;
    boolean endOfDay = false;
    String h = g(m, f, "h") != null ? g(m, f, "h") : g(m, f, "hx");
    String min = g(m, f, "h") != null ? g(m, f, "min") : g(m, f, "minx");
    if (h != null) {
      int hour = Integer.parseInt(h);
      int minute = min == null ? 0 : Integer.parseInt(min);
      String ap = g(m, f, "ap");
      if (ap != null) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      if (hour == 24 && minute == 0) {
        endOfDay = true;
      } else {
        time = LocalTime.of(hour, minute);
      }
    } else if (g(m, f, "noon") != null) {
      time = LocalTime.NOON;
    } else if (g(m, f, "midnight") != null) {
      endOfDay = true;
    }
    boolean hasTime = time != null || endOfDay;

    LocalDate day = null;
    DayOfWeek weekday = null;
    String rel = g(m, f, "rel");
    if (rel != null) {
      String r = rel.toLowerCase(Locale.ROOT);
      day = switch (r) {
        case "heute", "today", "tonight" -> today;
        case "morgen", "tomorrow" -> today.plusDays(1);
        default -> today.plusDays(2); // übermorgen
      };
    } else {
      day = explicitDate(m, f, lang, today);
      String wd = g(m, f, "wd");
      if (day == null && wd != null) {
        weekday = weekday(wd, lang);
      }
    }

    LocalDateTime deadline;
    PromisedDeadline.Kind kind = hasTime ? PromisedDeadline.Kind.CLOCK_TIME
        : PromisedDeadline.Kind.END_OF_DAY;
    if (!hasTime) {
      endOfDay = true;
    }
    if (day != null) {
      deadline = at(day, time, endOfDay);
    } else if (weekday != null) {
      int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
      deadline = at(today.plusDays(ahead), time, endOfDay);
      if (deadline.atZone(now.getZone()).isBefore(now)) {
        deadline = deadline.plusDays(7);
      }
    } else if (hasTime) {
      deadline = at(today, time, endOfDay);
      if (deadline.atZone(now.getZone()).isBefore(now)) {
        deadline = deadline.plusDays(1);
      }
    } else {
      return null;
    }
    return new PromisedDeadline(span, deadline.atZone(now.getZone()), kind);
  }

  private static LocalDateTime at(LocalDate day, LocalTime time, boolean endOfDay) {
    return endOfDay ? day.plusDays(1).atStartOfDay() : day.atTime(time);
  }

  private static LocalDate explicitDate(Matcher m, Form f, Language lang, LocalDate today) {
    for (String s : new String[] {"a", "b"}) {
      String dd = g(m, f, "dd" + s) != null ? g(m, f, "dd" + s) : g(m, f, "dd" + s + "x");
      if (dd == null) {
        continue;
      }
      int day = Integer.parseInt(dd);
      int month;
      String year;
      if (lang == Language.DE) {
        String mm = g(m, f, "mm" + s);
        month = mm != null ? Integer.parseInt(mm)
            : monthOf(g(m, f, "mon" + s), MONTH_NAMES_DE);
        year = mm != null ? g(m, f, "yy" + s) : g(m, f, "yy" + s + "x");
      } else {
        String mon = g(m, f, "mon" + s) != null ? g(m, f, "mon" + s) : g(m, f, "mon" + s + "x");
        month = monthOf(mon, MONTH_NAMES_EN);
        year = g(m, f, "yy" + s);
      }
      if (year != null) {
        int y = Integer.parseInt(year);
        return LocalDate.of(year.length() == 2 ? 2000 + y : y, month, day);
      }
      LocalDate d = LocalDate.of(today.getYear(), month, 1);
      if (day > d.lengthOfMonth() && !(month == 2 && day == 29)) {
        return null;
      }
      LocalDate candidate = day <= d.lengthOfMonth() ? d.withDayOfMonth(day) : null;
      if (candidate == null || candidate.isBefore(today)) {
        for (int y = today.getYear() + 1; y <= today.getYear() + 8; y++) {
          LocalDate first = LocalDate.of(y, month, 1);
          if (day <= first.lengthOfMonth()) {
            return first.withDayOfMonth(day);
          }
        }
        return null;
      }
      return candidate;
    }
    return null;
  }

  private static int monthOf(String name, List<String> names) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("jänner")) {
      return 1;
    }
    return names.indexOf(n) + 1;
  }

  private static DayOfWeek weekday(String name, Language lang) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("sonnabend")) {
      return DayOfWeek.SATURDAY;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getDisplayName(TextStyle.FULL, lang == Language.DE ? Locale.GERMAN : Locale.ENGLISH)
          .toLowerCase(Locale.ROOT).equals(n)) {
        return d;
      }
    }
    throw new DateTimeException("unknown weekday");
  }
}
