package io.replyguard.internal.time;

import io.replyguard.model.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * not reported: finding them is the draft checks' business. The reader is a hand-written scanner
 * that tries the forms only at word starts that can begin one; its cost is linear in the text.
 *
 * <p>Stateless and thread-safe. Methods reject {@code null} arguments with a
 * {@link NullPointerException} naming the parameter; languages other than German and English are
 * an {@link IllegalArgumentException}.
 */
public final class CommitmentPhrases {
  private CommitmentPhrases() {}

  /** The supported phrase languages. */
  public enum Language { DE, EN }

  public static Language language(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return switch (locale.getLanguage()) {
      case "de" -> Language.DE;
      case "en" -> Language.EN;
      default -> throw new IllegalArgumentException(
          "unsupported locale " + io.replyguard.internal.SafeText.identifier(locale.toLanguageTag())
              + "; expected de or en");
    };
  }

  // ---- writing ---------------------------------------------------------------------------

  private static final int[] RELATIVE_MINUTES = {15, 30, 60, 120};

  /** Whether {@code span} has a relative phrase (15 or 30 minutes, 1 or 2 hours exactly). */
  public static boolean hasRelativePhrase(Duration span) {
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

  public static String relativePhrase(Duration span, Language lang) {
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

  public static String clockPhrase(ZonedDateTime now, ZonedDateTime deadline, Language lang) {
    LocalDateTime t = deadline.toLocalDateTime();
    boolean endOfDay = t.toLocalTime().equals(LocalTime.MIDNIGHT);
    LocalDate day = endOfDay ? t.toLocalDate().minusDays(1) : t.toLocalDate();
    String time = endOfDay ? (lang == Language.DE ? "24:00 Uhr" : "midnight")
        : time(t.toLocalTime(), lang);
    String dayPhrase = dayPhrase(now.toLocalDate(), day, lang);
    return dayPhrase + (lang == Language.DE ? " bis " : " by ") + time;
  }

  public static String openingPhrase(ZonedDateTime now, ZonedDateTime opening, Language lang) {
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
    int wd = day.getDayOfWeek().ordinal();
    if (de) {
      return "am " + WEEKDAYS_DE[wd] + ", " + two(day.getDayOfMonth()) + "."
          + two(day.getMonthValue()) + "." + (withYear ? day.getYear() : "") + ",";
    }
    return "on " + WEEKDAYS_EN[wd] + ", " + day.getDayOfMonth() + " "
        + MONTHS_FULL_EN[day.getMonthValue() - 1] + (withYear ? " " + day.getYear() : "") + ",";
  }

  private static final String[] WEEKDAYS_DE = {"Montag", "Dienstag", "Mittwoch", "Donnerstag",
      "Freitag", "Samstag", "Sonntag"};
  private static final String[] WEEKDAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS_FULL_EN = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** "9:30 Uhr" / "9:30 am". */
  public static String time(LocalTime t, Language lang) {
    int h = t.getHour();
    String mm = two(t.getMinute());
    if (lang == Language.DE) {
      return h + ":" + mm + " Uhr";
    }
    int h12 = h % 12 == 0 ? 12 : h % 12;
    return h12 + ":" + mm + (h < 12 ? " am" : " pm");
  }

  // ---- reading ---------------------------------------------------------------------------
  // A hand-written scanner: at every word start that can begin a phrase it tries the phrase
  // forms, each a sequence of words, numbers, separators and optional parts, and records what
  // it found in a Parts object that is then resolved to a deadline. Linear in the text length
  // (each attempt looks at a bounded number of tokens).

  private static final List<String> NUM_WORDS_DE = byLength("anderthalb", "eineinhalb",
      "einer", "einem", "einen", "eines", "eine", "ein", "zwei", "drei", "vier", "fünf", "sechs",
      "sieben", "acht", "neun", "zehn", "elf", "zwölf", "fünfzehn", "zwanzig", "dreißig",
      "vierzig", "fünfundvierzig", "sechzig");
  private static final List<String> NUM_WORDS_EN = byLength("one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
      "twenty-four", "thirty", "forty", "forty-five", "sixty");
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
  private static final List<String> UNITS_DE = byLength("minuten", "minute", "min", "stunden",
      "stunde", "std", "tagen", "tages", "tage", "tag");
  private static final List<String> UNITS_EN = byLength("minutes", "minute", "mins", "min",
      "hours", "hour", "hrs", "hr", "days", "day");
  private static final List<String> WEEKDAYS_READ_DE = byLength("montag", "dienstag", "mittwoch",
      "donnerstag", "freitag", "samstag", "sonnabend", "sonntag");
  private static final List<String> WEEKDAYS_READ_EN = byLength("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");
  private static final List<String> MONTH_NAMES_DE = List.of("januar", "februar", "märz", "april",
      "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember");
  private static final List<String> MONTH_NAMES_EN = List.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");
  private static final List<String> MONTHS_READ_DE = byLength(concat(MONTH_NAMES_DE, "jänner"));
  private static final List<String> MONTHS_READ_EN = byLength(MONTH_NAMES_EN.toArray(new String[0]));

  private static String[] concat(List<String> list, String extra) {
    List<String> out = new ArrayList<>(list);
    out.add(extra);
    return out.toArray(new String[0]);
  }

  private static List<String> byLength(String... words) {
    List<String> out = new ArrayList<>(List.of(words));
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** What a form found; null fields were not present. */
  private static final class Parts {
    boolean relative;
    // relative
    String lead;
    boolean next;
    String num;
    boolean half;
    boolean article;
    String unit;
    // day
    String rel;
    String wd;
    String dd;
    String mm;
    String mon;
    String yy;
    // time
    String h;
    String min;
    String ap;
    boolean noon;
    boolean midnight;
    /** A part of the day ("Vormittag", "afternoon"). */
    String part;
    /** Where the form started. */
    int start;
  }

  /** A position in the text with matching helpers; each returns false and moves nothing on failure. */
  private static final class Cursor {
    final String t;
    int p;

    Cursor(String t, int p) {
      this.t = t;
      this.p = p;
    }

    boolean boundaryAt(int i) {
      return i >= t.length() || !Character.isLetterOrDigit(Character.codePointAt(t, i));
    }

    /** A whole word, case-insensitive. */
    boolean word(String w) {
      if (t.regionMatches(true, p, w, 0, w.length()) && boundaryAt(p + w.length())) {
        p += w.length();
        return true;
      }
      return false;
    }

    /** The first (longest) of the words present; null when none. */
    String oneOf(List<String> words) {
      for (String w : words) {
        if (word(w)) {
          return w;
        }
      }
      return null;
    }

    /** One or more whitespace characters. */
    boolean ws1() {
      int q = p;
      while (q < t.length() && Character.isWhitespace(t.charAt(q))) {
        q++;
      }
      if (q == p) {
        return false;
      }
      p = q;
      return true;
    }

    void ws0() {
      ws1();
    }

    /** {@code \s*,?\s*}. */
    void sep() {
      ws0();
      if (p < t.length() && t.charAt(p) == ',') {
        p++;
      }
      ws0();
    }

    boolean ch(char c) {
      if (p < t.length() && t.charAt(p) == c) {
        p++;
        return true;
      }
      return false;
    }

    /** {@code min..max} ASCII digits not followed by another digit; null otherwise. */
    String digits(int minLen, int maxLen) {
      int q = p;
      while (q < t.length() && q - p < maxLen && t.charAt(q) >= '0' && t.charAt(q) <= '9') {
        q++;
      }
      if (q - p < minLen || (q < t.length() && t.charAt(q) >= '0' && t.charAt(q) <= '9')) {
        return null;
      }
      String d = t.substring(p, q);
      p = q;
      return d;
    }

    /** word followed by whitespace, or nothing moved. */
    boolean wordWs(String w) {
      int save = p;
      if (word(w) && ws1()) {
        return true;
      }
      p = save;
      return false;
    }
  }

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
    boolean de = lang == Language.DE;
    // unresolvable matches ("am 31.02. bis 10 Uhr") stay as blockers with a null deadline, so a
    // shorter form inside them ("bis 10 Uhr") is not reported either
    List<Candidate> candidates = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(Character.codePointBefore(text, i));
      if (wordStart) {
        char first = Character.toLowerCase(text.charAt(i));
        for (int form = 0; form < FORMS; form++) {
          if ((de ? FIRST_DE : FIRST_EN)[form].indexOf(first) < 0) {
            continue;
          }
          Parts parts = new Parts();
          parts.start = i;
          Cursor c = new Cursor(text, i);
          boolean ok = de ? formDe(form, c, parts) : formEn(form, c, parts);
          if (ok && c.p > i && c.boundaryAt(c.p)) {
            Span span = Span.of(i, c.p);
            candidates.add(new Candidate(span, resolve(parts, lang, now, span)));
          }
        }
      }
      // skip to the end of this word
      int e = i + Character.charCount(cp);
      while (e < n && Character.isLetterOrDigit(Character.codePointAt(text, e))) {
        e += Character.charCount(Character.codePointAt(text, e));
      }
      i = e;
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.span.start())
        .thenComparing(c -> -c.span.length()));
    List<PromisedDeadline> out = new ArrayList<>();
    int end = 0;
    for (Candidate c : candidates) {
      if (c.span.start() >= end) {
        if (c.promise != null) {
          out.add(c.promise);
        }
        end = c.span.end();
      }
    }
    return List.copyOf(out);
  }

  private record Candidate(Span span, PromisedDeadline promise) {}

  /** The lower-case first characters that can start each form (a cheap pre-filter). */
  private static final String DIGITS = "0123456789";
  private static final int FORMS = 7;
  private static final String[] FIRST_DE = {"ib", "hmüadzfsgv" + DIGITS, "b", "b", "b",
      "hmüadzfsgv" + DIGITS, "guzn"};
  private static final String[] FIRST_EN = {"wi", "tomwfsjandy" + DIGITS, "b", "b", "b",
      "tomwfsjandy" + DIGITS, "abl"};

  /** Parts of the day read after a day ("morgen früh", "heute Nachmittag"), longest first. */
  private static final List<String> PARTS_DE = byLength("früh", "vormittag", "mittag",
      "nachmittag", "abend");
  private static final List<String> PARTS_EN = byLength("morning", "afternoon", "evening",
      "night");

  // ---- German forms ----

  private static boolean formDe(int form, Cursor c, Parts x) {
    switch (form) {
      case 0 -> { // relative
        x.relative = true;
        x.lead = c.oneOf(List.of("innerhalb", "binnen", "in"));
        if (x.lead == null || !c.ws1()) {
          return false;
        }
        if (!c.wordWs("der") && !c.wordWs("den")) {
          c.wordWs("des");
        }
        x.next = c.wordWs("nächsten") || c.wordWs("kommenden");
        c.wordWs("von");
        int save = c.p;
        x.num = c.digits(1, 3);
        if (x.num == null) {
          x.num = c.oneOf(NUM_WORDS_DE);
        }
        if (x.num != null && !c.ws1()) {
          c.p = save;
          x.num = null;
        }
        x.half = c.wordWs("halben");
        x.unit = c.oneOf(UNITS_DE);
        if (x.unit != null && (x.unit.equals("min") || x.unit.equals("std"))) {
          c.ch('.');
        }
        return x.unit != null;
      }
      case 1 -> { // DAY sep (noch)? (bis|um) (spätestens)? (um)? TIME
        if (!dayDe(c, x)) {
          return false;
        }
        c.sep();
        c.wordWs("noch");
        if (!(c.word("bis") || c.word("um")) || !c.ws1()) {
          return false;
        }
        c.wordWs("spätestens");
        c.wordWs("um");
        return timeDe(c, x);
      }
      case 2 -> { // bis (spätestens)? DAY sep (um)? TIME
        if (!c.wordWs("bis")) {
          return false;
        }
        c.wordWs("spätestens");
        if (!dayDe(c, x)) {
          return false;
        }
        c.sep();
        c.wordWs("um");
        return timeDe(c, x);
      }
      case 3 -> { // bis (spätestens)? (um)? TIME (sep DAY)?
        if (!c.wordWs("bis")) {
          return false;
        }
        c.wordWs("spätestens");
        c.wordWs("um");
        if (!timeDe(c, x)) {
          return false;
        }
        int save = c.p;
        c.sep();
        if (!dayDe(c, x)) {
          c.p = save;
        }
        return true;
      }
      case 5 -> { // (für|auf)? DAY sep (gegen|um|ca.)? (TIME | zwischen H und TIME | PART)
        if (!c.wordWs("für")) {
          c.wordWs("auf");
        }
        if (!dayDe(c, x)) {
          return false;
        }
        c.sep();
        if ((x.rel != null || x.wd != null) && (x.part = c.oneOf(PARTS_DE)) != null) {
          return true; // "heute Nachmittag", "morgen früh"
        }
        if ("heute".equalsIgnoreCase(x.rel) && c.word("noch")) {
          return true; // "heute noch"
        }
        if (!c.wordWs("gegen") && !c.wordWs("um")) {
          approx(c);
        }
        return betweenDe(c, x) || timeDe(c, x);
      }
      case 6 -> { // noch heute | ((gegen|um) TIME | zwischen H und TIME) (sep DAY)?
        if (c.wordWs("noch") && c.word("heute")) {
          x.rel = "heute";
          return true;
        }
        c.p = x.start;
        if (!betweenDe(c, x)) {
          if (!c.wordWs("gegen") && !c.wordWs("um")) {
            return false;
          }
          c.wordWs("spätestens");
          if (!timeDe(c, x)) {
            return false;
          }
        }
        int save = c.p;
        c.sep();
        if (!dayDe(c, x)) {
          c.p = save;
        }
        return true;
      }
      default -> { // bis (spätestens)? (DAY | Ende des (Arbeits|Geschäfts)tages | Feierabend …)
        if (!c.wordWs("bis")) {
          return false;
        }
        c.wordWs("spätestens");
        if (endOfWorkDe(c)) {
          x.rel = "heute";
          return true;
        }
        return dayDe(c, x);
      }
    }
  }

  /** "ca." or "etwa" before a time. */
  private static void approx(Cursor c) {
    int save = c.p;
    if (c.word("ca") && c.ch('.') && c.ws1()) {
      return;
    }
    c.p = save;
    c.wordWs("etwa");
  }

  /**
   * The end of today's work: "(zum) Ende des (Arbeits|Geschäfts)tages", "Feierabend",
   * "Dienstschluss", "Geschäftsschluss", "Tagesende".
   */
  private static boolean endOfWorkDe(Cursor c) {
    int save = c.p;
    if (c.oneOf(List.of("dienstschluss", "geschäftsschluss", "feierabend", "tagesende")) != null) {
      return true;
    }
    c.wordWs("zum");
    if (c.wordWs("ende") && (c.wordWs("des") || c.wordWs("dieses"))
        && c.oneOf(List.of("arbeitstages", "geschäftstages", "werktages", "tages")) != null) {
      return true;
    }
    c.p = save;
    return false;
  }

  /** "zwischen H (Uhr)? und TIME": the end of the window is the deadline. */
  private static boolean betweenDe(Cursor c, Parts x) {
    int save = c.p;
    if (c.wordWs("zwischen") && c.digits(1, 2) != null) {
      if (c.ch(':') || c.ch('.')) {
        c.digits(2, 2);
      }
      c.ws0();
      c.wordWs("uhr");
      c.ws0();
      if (c.wordWs("und") && timeDe(c, x)) {
        return true;
      }
    }
    c.p = save;
    return false;
  }

  /** heute | morgen | übermorgen | (am|den|zum)? (WEEKDAY (sep (den)? DATE)? | (den)? DATE). */
  private static boolean dayDe(Cursor c, Parts x) {
    int start = c.p;
    x.rel = c.oneOf(List.of("übermorgen", "vorgestern", "gestern", "heute", "morgen"));
    if (x.rel != null) {
      return true;
    }
    if (!c.wordWs("am") && !c.wordWs("den")) {
      c.wordWs("zum");
    }
    x.wd = c.oneOf(WEEKDAYS_READ_DE);
    if (x.wd != null) {
      int save = c.p;
      c.sep();
      c.wordWs("den");
      if (!dateDe(c, x)) {
        c.p = save;
      }
      return true;
    }
    c.wordWs("den");
    if (dateDe(c, x)) {
      return true;
    }
    c.p = start;
    return false;
  }

  /** d{1,2} "." \s? ( d{1,2} "." (d{4}|d{2})? | MONTH (\s+ d{4})? ). */
  private static boolean dateDe(Cursor c, Parts x) {
    int start = c.p;
    String dd = c.digits(1, 2);
    if (dd != null && c.ch('.')) {
      int afterDot = c.p;
      if (c.p < c.t.length() && c.t.charAt(c.p) == ' ') {
        c.p++;
      }
      String mm = c.digits(1, 2);
      if (mm != null && c.ch('.')) {
        x.dd = dd;
        x.mm = mm;
        x.yy = c.digits(4, 4);
        if (x.yy == null) {
          x.yy = c.digits(2, 2);
        }
        return true;
      }
      c.p = afterDot;
      c.ws0();
      String mon = c.oneOf(MONTHS_READ_DE);
      if (mon != null) {
        x.dd = dd;
        x.mon = mon;
        int save = c.p;
        if (c.ws1()) {
          x.yy = c.digits(4, 4);
        }
        if (x.yy == null) {
          c.p = save;
        }
        return true;
      }
    }
    c.p = start;
    return false;
  }

  /** H ([:.] MM)? \s* "uhr" | H ":" MM. */
  private static boolean timeDe(Cursor c, Parts x) {
    int start = c.p;
    String h = c.digits(1, 2);
    if (h == null) {
      return false;
    }
    int afterHour = c.p;
    String min = null;
    if (c.ch(':') || c.ch('.')) {
      min = c.digits(2, 2);
      if (min == null) {
        c.p = afterHour;
      }
    }
    int beforeUhr = c.p;
    c.ws0();
    if (c.word("uhr")) {
      x.h = h;
      x.min = min;
      return true;
    }
    c.p = beforeUhr;
    if (min != null && c.t.charAt(afterHour) == ':') {
      x.h = h;
      x.min = min;
      return true;
    }
    c.p = start;
    return false;
  }

  // ---- English forms ----

  private static boolean formEn(int form, Cursor c, Parts x) {
    switch (form) {
      case 0 -> { // relative
        x.relative = true;
        x.lead = c.oneOf(List.of("within", "in"));
        if (x.lead == null || !c.ws1()) {
          return false;
        }
        c.wordWs("the");
        x.next = c.wordWs("next") || c.wordWs("coming");
        int save = c.p;
        x.num = c.digits(1, 3);
        if (x.num == null) {
          x.num = c.oneOf(NUM_WORDS_EN);
        }
        if (x.num != null) {
          if (!c.ws1()) {
            c.p = save;
            x.num = null;
          }
        } else if (c.wordWs("half")) {
          if (!c.wordWs("an")) {
            return false;
          }
          x.half = true;
        } else {
          x.article = c.wordWs("an") || c.wordWs("a");
        }
        x.unit = c.oneOf(UNITS_EN);
        return x.unit != null;
      }
      case 1 -> { // DAY sep (by|at) (the latest)? TIME
        if (!dayEn(c, x)) {
          return false;
        }
        c.sep();
        if (!(c.word("by") || c.word("at")) || !c.ws1()) {
          return false;
        }
        int save = c.p;
        if (!(c.wordWs("the") && c.wordWs("latest"))) {
          c.p = save;
        }
        return timeEn(c, x);
      }
      case 2 -> { // by DAY sep (at)? TIME
        if (!c.wordWs("by") || !dayEn(c, x)) {
          return false;
        }
        c.sep();
        c.wordWs("at");
        return timeEn(c, x);
      }
      case 3 -> { // by TIME (sep DAY)?
        if (!c.wordWs("by") || !timeEn(c, x)) {
          return false;
        }
        int save = c.p;
        c.sep();
        if (!dayEn(c, x)) {
          c.p = save;
        }
        return true;
      }
      case 5 -> { // (for)? DAY sep (at|around)? (TIME | between H and TIME | PART)
        c.wordWs("for");
        int start = c.p;
        if (c.wordWs("this") && (x.part = c.oneOf(PARTS_EN)) != null) {
          x.rel = "today"; // "this afternoon"
          return true;
        }
        c.p = start;
        if (!dayEn(c, x)) {
          return false;
        }
        if ("tonight".equalsIgnoreCase(x.rel)) {
          return true; // "tonight": the end of today
        }
        c.sep();
        if ((x.rel != null || x.wd != null) && (x.part = c.oneOf(PARTS_EN)) != null) {
          return true; // "tomorrow morning"
        }
        if (!c.wordWs("at") && !c.wordWs("around")) {
          c.wordWs("about");
        }
        return betweenEn(c, x) || timeEn(c, x);
      }
      case 6 -> { // later today | ((at|around) TIME | between H and TIME) (sep DAY)?
        if (c.wordWs("later") && c.word("today")) {
          x.rel = "today";
          return true;
        }
        c.p = x.start;
        if (!betweenEn(c, x)) {
          if (!c.wordWs("at") && !c.wordWs("around")) {
            return false;
          }
          if (!timeEn(c, x)) {
            return false;
          }
        }
        int save = c.p;
        c.sep();
        if (!dayEn(c, x)) {
          c.p = save;
        }
        return true;
      }
      default -> { // by (DAY | (the)? end of (the)? (business|working)? day | EOD | COB)
        if (!c.wordWs("by")) {
          return false;
        }
        if (endOfWorkEn(c)) {
          x.rel = "today";
          return true;
        }
        return dayEn(c, x);
      }
    }
  }

  /** "(the)? end of (the)? (business|working)? day", "EOD", "COB", "close of business". */
  private static boolean endOfWorkEn(Cursor c) {
    int save = c.p;
    if (c.oneOf(List.of("eod", "cob")) != null) {
      return true;
    }
    c.wordWs("the");
    if (c.wordWs("close") && c.wordWs("of") && c.word("business")) {
      return true;
    }
    c.p = save;
    c.wordWs("the");
    if (c.wordWs("end") && c.wordWs("of")) {
      if (!c.wordWs("the")) {
        c.wordWs("today's");
      }
      if (!c.wordWs("business")) {
        c.wordWs("working");
      }
      if (c.word("day")) {
        return true;
      }
    }
    c.p = save;
    return false;
  }

  /** "between H (am|pm)? and TIME": the end of the window is the deadline. */
  private static boolean betweenEn(Cursor c, Parts x) {
    int save = c.p;
    if (c.wordWs("between") && c.digits(1, 2) != null) {
      if (c.ch(':')) {
        c.digits(2, 2);
      }
      c.ws0();
      if (c.oneOf(List.of("am", "pm")) == null) {
        c.ws0();
      }
      c.ws0();
      if (c.wordWs("and") && timeEn(c, x)) {
        return true;
      }
    }
    c.p = save;
    return false;
  }

  /** today | tonight | tomorrow | (on)? (WEEKDAY (sep DATE)? | DATE). */
  private static boolean dayEn(Cursor c, Parts x) {
    int start = c.p;
    x.rel = c.oneOf(List.of("yesterday", "tomorrow", "tonight", "today"));
    if (x.rel != null) {
      return true;
    }
    c.wordWs("on");
    x.wd = c.oneOf(WEEKDAYS_READ_EN);
    if (x.wd != null) {
      int save = c.p;
      c.sep();
      if (!dateEn(c, x)) {
        c.p = save;
      }
      return true;
    }
    if (dateEn(c, x)) {
      return true;
    }
    c.p = start;
    return false;
  }

  /** (the)? d{1,2}(st|nd|rd|th)? (of)? MONTH | MONTH d{1,2}(st|nd|rd|th)?; then (sep yyyy)?. */
  private static boolean dateEn(Cursor c, Parts x) {
    int start = c.p;
    c.wordWs("the");
    String dd = c.digits(1, 2);
    if (dd != null) {
      if (c.oneOf(List.of("st", "nd", "rd", "th")) == null && !c.boundaryAt(c.p)) {
        c.p = start;
        return false;
      }
      if (c.ws1()) {
        c.wordWs("of");
        String mon = c.oneOf(MONTHS_READ_EN);
        if (mon != null) {
          x.dd = dd;
          x.mon = mon;
          yearEn(c, x);
          return true;
        }
      }
      c.p = start;
      return false;
    }
    c.p = start;
    String mon = c.oneOf(MONTHS_READ_EN);
    if (mon != null && c.ws1()) {
      dd = c.digits(1, 2);
      if (dd != null) {
        c.oneOf(List.of("st", "nd", "rd", "th"));
        x.dd = dd;
        x.mon = mon;
        yearEn(c, x);
        return true;
      }
    }
    c.p = start;
    return false;
  }

  private static void yearEn(Cursor c, Parts x) {
    int save = c.p;
    c.sep();
    x.yy = c.digits(4, 4);
    if (x.yy == null) {
      c.p = save;
    }
  }

  /** H (":" MM)? \s* (a.m.|p.m.|am|pm) | H ":" MM | noon | midday | midnight. */
  private static boolean timeEn(Cursor c, Parts x) {
    if (c.word("noon") || c.word("midday")) {
      x.noon = true;
      return true;
    }
    if (c.word("midnight")) {
      x.midnight = true;
      return true;
    }
    int start = c.p;
    String h = c.digits(1, 2);
    if (h == null) {
      return false;
    }
    String min = null;
    int afterHour = c.p;
    if (c.ch(':')) {
      min = c.digits(2, 2);
      if (min == null) {
        c.p = afterHour;
      }
    }
    int beforeAp = c.p;
    c.ws0();
    String ap = null;
    if (c.t.regionMatches(true, c.p, "a.m.", 0, 4) || c.t.regionMatches(true, c.p, "p.m.", 0, 4)) {
      ap = c.t.substring(c.p, c.p + 4);
      c.p += 4;
    } else {
      ap = c.oneOf(List.of("am", "pm"));
    }
    if (ap != null) {
      x.h = h;
      x.min = min;
      x.ap = ap;
      return true;
    }
    c.p = beforeAp;
    if (min != null) {
      x.h = h;
      x.min = min;
      return true;
    }
    c.p = start;
    return false;
  }

  // ---- resolution ----

  private static PromisedDeadline resolve(Parts x, Language lang, ZonedDateTime now, Span span) {
    try {
      return x.relative ? resolveRelative(x, now, span) : resolveAbsolute(x, lang, now, span);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "31.02.", "25 Uhr": no valid promise
    }
  }

  private static PromisedDeadline resolveRelative(Parts x, ZonedDateTime now, Span span) {
    String unit = x.unit.toLowerCase(Locale.ROOT);
    boolean plural = switch (unit) {
      case "minuten", "stunden", "tagen", "tage", "minutes", "hours", "days" -> true;
      default -> false;
    };
    long minutesPerUnit = unit.startsWith("m") ? 1
        : unit.startsWith("t") || unit.startsWith("d") ? 1440 : 60;
    long minutes;
    if (x.num != null) {
      String n = x.num.toLowerCase(Locale.ROOT);
      if (n.equals("anderthalb") || n.equals("eineinhalb")) {
        minutes = minutesPerUnit * 3 / 2;
      } else {
        Integer w = WORD_NUMBERS.get(n);
        minutes = (w != null ? w : Integer.parseInt(n)) * minutesPerUnit;
      }
      if (x.half) {
        return null;
      }
    } else {
      boolean within = !x.lead.equalsIgnoreCase("in");
      if (plural || !(x.next || within || x.article || x.half)) {
        return null; // "in den nächsten Tagen", "in the day": vague or no promise
      }
      minutes = x.half ? minutesPerUnit / 2 : minutesPerUnit;
    }
    if (minutes <= 0) {
      return null;
    }
    return new PromisedDeadline(span, now.plusMinutes(minutes), PromisedDeadline.Kind.RELATIVE);
  }

  private static PromisedDeadline resolveAbsolute(Parts x, Language lang, ZonedDateTime now,
      Span span) {
    LocalDate today = now.toLocalDate();
    LocalTime time = null;
    boolean endOfDay = false;
    if (x.h != null) {
      int hour = Integer.parseInt(x.h);
      int minute = x.min == null ? 0 : Integer.parseInt(x.min);
      if (x.ap != null) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        boolean pm = Character.toLowerCase(x.ap.charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      if (hour == 24 && minute == 0) {
        endOfDay = true;
      } else {
        time = LocalTime.of(hour, minute);
      }
    } else if (x.noon) {
      time = LocalTime.NOON;
    } else if (x.midnight) {
      endOfDay = true;
    } else if (x.part != null) {
      // the latest moment the part of the day names; evening and night run to the day's end
      switch (x.part.toLowerCase(Locale.ROOT)) {
        case "früh", "vormittag", "morning" -> time = LocalTime.NOON;
        case "mittag" -> time = LocalTime.of(14, 0);
        case "nachmittag", "afternoon" -> time = LocalTime.of(18, 0);
        default -> endOfDay = true;
      }
    }
    boolean hasTime = time != null || endOfDay;
    PromisedDeadline.Kind kind = hasTime ? PromisedDeadline.Kind.CLOCK_TIME
        : PromisedDeadline.Kind.END_OF_DAY;
    if (!hasTime) {
      endOfDay = true;
    }

    LocalDate day = null;
    DayOfWeek weekday = null;
    if (x.rel != null) {
      day = switch (x.rel) {
        case "heute", "today", "tonight" -> today;
        case "morgen", "tomorrow" -> today.plusDays(1);
        // a past day is read so that what it dates is seen as past, not as a promise
        case "gestern", "yesterday" -> today.minusDays(1);
        case "vorgestern" -> today.minusDays(2);
        default -> today.plusDays(2); // übermorgen
      };
    } else if (x.dd != null) {
      day = explicitDate(x, lang, today);
    } else if (x.wd != null) {
      weekday = weekday(x.wd, lang);
    }

    LocalDateTime deadline;
    if (day != null) {
      deadline = at(day, time, endOfDay);
    } else if (weekday != null) {
      int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
      deadline = at(today.plusDays(ahead), time, endOfDay);
      if (inZone(deadline, now).isBefore(now)) {
        deadline = deadline.plusDays(7);
      }
    } else if (hasTime) {
      deadline = at(today, time, endOfDay);
      if (inZone(deadline, now).isBefore(now)) {
        deadline = deadline.plusDays(1);
      }
    } else {
      return null;
    }
    return new PromisedDeadline(span, inZone(deadline, now), kind);
  }

  /**
   * A promised local time in the zone of {@code now}. A time that occurs twice (the repeated hour
   * when daylight saving time ends) is read as the later of the two: the reader cannot tell which
   * is meant, and a promise is kept when it is kept by the later one.
   */
  private static ZonedDateTime inZone(LocalDateTime local, ZonedDateTime now) {
    return ZonedDateTime.ofLocal(local, now.getZone(), null).withLaterOffsetAtOverlap();
  }

  private static LocalDateTime at(LocalDate day, LocalTime time, boolean endOfDay) {
    return endOfDay ? day.plusDays(1).atStartOfDay() : day.atTime(time);
  }

  /** The date of the parts; a date without a year is the next such date not before today. */
  private static LocalDate explicitDate(Parts x, Language lang, LocalDate today) {
    int day = Integer.parseInt(x.dd);
    int month = x.mm != null ? Integer.parseInt(x.mm)
        : monthOf(x.mon, lang == Language.DE ? MONTH_NAMES_DE : MONTH_NAMES_EN);
    if (x.yy != null) {
      int y = Integer.parseInt(x.yy);
      return LocalDate.of(x.yy.length() == 2 ? 2000 + y : y, month, day);
    }
    for (int y = today.getYear(); y <= today.getYear() + 8; y++) {
      LocalDate first = LocalDate.of(y, month, 1);
      if (day >= 1 && day <= first.lengthOfMonth() && !first.withDayOfMonth(day).isBefore(today)) {
        return first.withDayOfMonth(day);
      }
    }
    throw new DateTimeException("invalid date");
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
    int i = 7;
    String[] names = lang == Language.DE ? WEEKDAYS_DE : WEEKDAYS_EN;
    for (int d = 0; d < i; d++) {
      if (names[d].equalsIgnoreCase(n)) {
        return DayOfWeek.of(d + 1);
      }
    }
    throw new DateTimeException("unknown weekday");
  }
}
