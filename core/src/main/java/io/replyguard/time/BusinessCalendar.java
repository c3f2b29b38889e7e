package io.replyguard.time;

import io.replyguard.config.Closure;
import io.replyguard.config.ConfigException;
import io.replyguard.config.HolidaySettings;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.WeeklyHours;
import io.replyguard.internal.time.CommitmentPhrases;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Service hours, holidays and closures of one operator, and service-level arithmetic in business
 * time.
 *
 * <p>The service is open during the weekly {@link WeeklyHours opening windows} in the service's
 * zone, except on closed days (German national holidays when configured, the holidays of the
 * configured German states, configured dates) and during one-off {@link Closure closures}. Windows
 * are half-open {@code [from, to)} in local time and converted to instants day by day, so
 * daylight-saving changes are honoured: a window containing the spring-forward gap is one hour
 * shorter, one containing the autumn overlap one hour longer; a local time inside a gap is moved
 * forward by the gap's length, one inside an overlap takes the earlier offset.
 *
 * <p>Business time counts only open time. {@link #deadline(Instant, Duration)} starts counting at
 * {@code now}, or at the next opening when the service is closed at {@code now}; a deadline that
 * lands exactly on a closing time stays there. Hence {@code deadline(now, a + b)} equals
 * {@code deadline(deadline(now, a), b)}.
 *
 * <p>Every search is bounded to {@value #HORIZON_DAYS} calendar days after its start; an answer
 * beyond that throws an {@link IllegalStateException} (for example when closures cover years).
 * A configuration whose weekly hours contain no window is rejected when the calendar is built.
 *
 * <p>Immutable and thread-safe. The only mutable state is a small cache of recently used days'
 * opening windows as instants (64 days, each entry immutable and published through final fields,
 * no locks); it changes no result. Methods reject {@code null} arguments with a
 * {@link NullPointerException} naming the parameter.
 *
 * @since 0.1.0
 */
public final class BusinessCalendar {
  /** How many calendar days a search looks ahead before giving up (about ten years). */
  public static final int HORIZON_DAYS = 3653;

  /** The precomputed closed-day range: 1990-01-01 to 2200-12-31; other dates are computed. */
  private static final long FIRST_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2200, 12, 31).toEpochDay();

  private static final OpeningWindow[] NO_WINDOWS = new OpeningWindow[0];
  private static final Instant[] NO_INSTANTS = new Instant[0];

  /**
   * The days with {@link DayPlan plans}: years 1 to 9999. Other days (and instants) take the
   * general path through {@link ZonedDateTime}, with its exceptions at the extremes.
   */
  private static final long FIRST_PLAN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_PLAN_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  /** Instants whose local date is certainly a plan day, whatever the zone's offset (±18 h). */
  private static final long FIRST_PLAN_SECOND = (FIRST_PLAN_DAY + 1) * 86_400;
  private static final long LAST_PLAN_SECOND = LAST_PLAN_DAY * 86_400;
  /** Number of cached day plans per calendar; a power of two (the slot is the epoch day's bits). */
  static final int PLAN_SLOTS = 64;
  /** The greatest offset of any zone: a local date lies within 18 hours of its UTC date. */
  private static final long MAX_OFFSET_SECONDS = 18 * 3600;

  private final ZoneId zone;
  private final WeeklyHours hours;
  private final boolean national;
  private final List<String> regions;
  private final Set<LocalDate> closedDates;
  /** Closures as merged, sorted, non-overlapping instant ranges: [start0, end0, start1, …]. */
  private final Instant[] closures;
  /** Closed days (holidays and configured dates) as bits by epoch day from {@link #FIRST_DAY}. */
  private final long[] closedBits;
  /** Windows by {@code DayOfWeek.ordinal()}. */
  private final OpeningWindow[][] windows;
  private final ZoneRules rules;
  /** The offset used to guess an instant's local date before the plan confirms it. */
  private final long guessOffset;
  /**
   * Recently used day plans, direct-mapped by epoch day. Plans are immutable with final fields, so
   * an unsynchronized read sees either null, an older plan (of another day, told apart by its
   * {@link DayPlan#day}) or a complete plan; a lost write only costs recomputing a plan.
   */
  private final DayPlan[] plans = new DayPlan[PLAN_SLOTS];

  private BusinessCalendar(ZoneId zone, WeeklyHours hours, HolidaySettings holidays,
      List<Closure> closureList) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.guessOffset = rules.getStandardOffset(Instant.EPOCH).getTotalSeconds();
    this.hours = hours;
    this.national = holidays.germanNational();
    this.regions = holidays.regions();
    this.closedDates = Set.copyOf(new HashSet<>(holidays.dates()));
    this.closedBits = new long[(int) ((LAST_DAY - FIRST_DAY) / 64 + 1)];
    for (int year = 1990; year <= 2200; year++) {
      GermanHolidays.forEach(year, national, regions, this::markClosed);
    }
    closedDates.forEach(this::markClosed);
    this.windows = new OpeningWindow[7][];
    for (DayOfWeek d : DayOfWeek.values()) {
      windows[d.ordinal()] = hours.on(d).toArray(new OpeningWindow[0]);
    }
    List<Instant[]> ranges = new ArrayList<>();
    for (Closure c : closureList) {
      ranges.add(new Instant[] {c.from().atZone(zone).toInstant(), c.to().atZone(zone).toInstant()});
    }
    ranges.sort(Comparator.comparing(r -> r[0]));
    List<Instant> merged = new ArrayList<>();
    for (Instant[] r : ranges) {
      if (!r[1].isAfter(r[0])) {
        continue;
      }
      int n = merged.size();
      if (n > 0 && !r[0].isAfter(merged.get(n - 1))) {
        if (r[1].isAfter(merged.get(n - 1))) {
          merged.set(n - 1, r[1]);
        }
      } else {
        merged.add(r[0]);
        merged.add(r[1]);
      }
    }
    this.closures = merged.toArray(new Instant[0]);
  }

  private void markClosed(LocalDate d) {
    long i = d.toEpochDay() - FIRST_DAY;
    if (i >= 0 && d.toEpochDay() <= LAST_DAY) {
      closedBits[(int) (i >>> 6)] |= 1L << (i & 63);
    }
  }

  /** Whether a date is a closed day; the hot path of the walker. */
  private boolean closed(LocalDate date) {
    long day = date.toEpochDay();
    if (day >= FIRST_DAY && day <= LAST_DAY) {
      long i = day - FIRST_DAY;
      return (closedBits[(int) (i >>> 6)] & (1L << (i & 63))) != 0;
    }
    return closedDates.contains(date) || GermanHolidays.lookup(date, national, regions) != null;
  }

  /**
   * The calendar of a configuration: its zone, service hours, holidays and closures.
   *
   * @param config not null
   * @return the calendar
   * @throws ConfigException at {@code /serviceHours} when the weekly hours have no opening window
   */
  public static BusinessCalendar of(ReplyguardConfig config) {
    Objects.requireNonNull(config, "config");
    return of(config.zone(), config.serviceHours(), config.holidays(), config.closures());
  }

  /**
   * A calendar from its parts.
   *
   * @param zone the service's zone, not null
   * @param hours weekly hours with at least one window, not null
   * @param holidays closed days, not null
   * @param closures one-off closures in local time of {@code zone}, not null
   * @return the calendar
   * @throws ConfigException at {@code /serviceHours} when the weekly hours have no opening window
   */
  public static BusinessCalendar of(ZoneId zone, WeeklyHours hours, HolidaySettings holidays,
      List<Closure> closures) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(holidays, "holidays");
    List<Closure> copy = List.copyOf(Objects.requireNonNull(closures, "closures"));
    if (!hours.isEverOpen()) {
      throw new ConfigException("/serviceHours",
          "serviceHours has no opening window: the service would never be open");
    }
    return new BusinessCalendar(zone, hours, holidays, copy);
  }

  /**
   * The service's time zone.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly service hours.
   *
   * @return the hours, never null
   */
  public WeeklyHours hours() {
    return hours;
  }

  /**
   * Whether a date is a closed day: a German national holiday (when configured), a holiday of a
   * configured state, or a configured date. One-off closures do not count here.
   *
   * @param date a date in the service's zone, not null
   * @return true when the whole day is closed
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return closed(date);
  }

  /**
   * The name of the holiday on a date, if it is one.
   *
   * @param date a date in the service's zone, not null
   * @return the German name of the public holiday, {@code "configured closed day"} for a
   *     configured date, or empty
   */
  public Optional<String> holidayName(LocalDate date) {
    Objects.requireNonNull(date, "date");
    String name = GermanHolidays.lookup(date, national, regions);
    if (name == null && closedDates.contains(date)) {
      name = "configured closed day";
    }
    return Optional.ofNullable(name);
  }

  /**
   * Whether the service is open at an instant. Opening times are inside, closing times outside.
   *
   * @param instant not null
   * @return true when the service is open
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Walker w = new Walker(instant, 1);
    while (w.next()) {
      if (!instant.isBefore(w.start) && instant.isBefore(w.end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The earliest instant at or after {@code from} at which the service is open: {@code from}
   * itself when open.
   *
   * @param from not null
   * @return the next opening
   * @throws IllegalStateException when there is none within {@value #HORIZON_DAYS} days
   */
  public Instant nextOpening(Instant from) {
    Objects.requireNonNull(from, "from");
    Walker w = new Walker(from, HORIZON_DAYS);
    while (w.next()) {
      if (w.end.isAfter(from)) {
        return w.start.isAfter(from) ? w.start : from;
      }
    }
    throw beyondHorizon(from);
  }

  /**
   * The end of the open period that contains {@code instant}, or that {@code instant} closes:
   * the closing edge at or after it. Adjacent windows (12:00–14:00, 14:00–20:00) count as one
   * period.
   *
   * @param instant an instant at which the service is open, or a closing edge; not null
   * @return the closing time, or empty when the service is neither open at {@code instant} nor
   *     closing exactly then
   */
  public Optional<Instant> closingAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Walker w = new Walker(instant.minusNanos(1), HORIZON_DAYS);
    Instant end = null;
    while (w.next()) {
      if (end == null) {
        if (w.end.isBefore(instant)) {
          continue;
        }
        if (w.start.isAfter(instant)) {
          return Optional.empty();
        }
        end = w.end;
      } else if (w.start.equals(end)) {
        end = w.end;
      } else {
        break;
      }
    }
    return Optional.ofNullable(end);
  }

  /**
   * The moment when {@code businessTime} of open time has passed since {@code now}. Counting
   * starts at {@code now}, or at the next opening when the service is closed; a deadline landing
   * exactly on a closing time stays there. {@code PT24H} means 24 hours of open time.
   *
   * @param now not null
   * @param businessTime positive, not null
   * @return the deadline, never before {@code now}; the service is open just before it
   * @throws IllegalArgumentException when {@code businessTime} is zero or negative
   * @throws IllegalStateException when the deadline lies more than {@value #HORIZON_DAYS} days
   *     after {@code now}
   */
  public Instant deadline(Instant now, Duration businessTime) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(businessTime, "businessTime");
    if (businessTime.isNegative() || businessTime.isZero()) {
      throw new IllegalArgumentException("businessTime must be positive: " + businessTime);
    }
    Duration remaining = businessTime;
    Walker w = new Walker(now, HORIZON_DAYS);
    while (w.next()) {
      if (!w.end.isAfter(now)) {
        continue;
      }
      Instant s = w.start.isAfter(now) ? w.start : now;
      Duration available = Duration.between(s, w.end);
      if (remaining.compareTo(available) <= 0) {
        return s.plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw beyondHorizon(now);
  }

  /**
   * The open time between two instants: how much business time passes from {@code from} to
   * {@code to}.
   *
   * @param from not null
   * @param to not null, not before {@code from}
   * @return the open time, zero or positive
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws IllegalStateException when {@code to} lies more than {@value #HORIZON_DAYS} days
   *     after {@code from}
   */
  public Duration openTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    long days = Duration.between(from, to).toDays() + 2;
    if (days > HORIZON_DAYS) {
      throw beyondHorizon(from);
    }
    Duration sum = Duration.ZERO;
    Walker w = new Walker(from, (int) days + 1);
    while (w.next() && w.start.isBefore(to)) {
      Instant s = w.start.isAfter(from) ? w.start : from;
      Instant e = w.end.isBefore(to) ? w.end : to;
      if (e.isAfter(s)) {
        sum = sum.plus(Duration.between(s, e));
      }
    }
    return sum;
  }

  /**
   * A concrete commitment: the deadline for {@code within} of business time from {@code now},
   * phrased in the language of {@code locale} in the service's zone.
   *
   * <p>When the whole span from {@code now} to the deadline is open and lasts exactly 15 or 30
   * minutes, one or two hours, the phrase is relative ("innerhalb der nächsten Stunde", "within
   * the next 30 minutes") and the deadline is exact. Otherwise the phrase names the clock time
   * ("heute bis 18:00 Uhr", "tomorrow by 9:30 am", "am Montag, 24.11., bis 10:00 Uhr") and the
   * deadline is rounded up to the next full five minutes, or to the next full minute, or kept,
   * whichever is the first that does not pass the closing time of its open period; the rounded
   * deadline is what the phrase states.
   *
   * @param now not null
   * @param within positive business time, not null
   * @param locale the phrase's language ({@code de} or {@code en}), not null
   * @return the commitment
   * @throws IllegalArgumentException for another language or a non-positive {@code within}
   * @throws IllegalStateException when the deadline lies beyond the search horizon
   */
  public Commitment commitment(Instant now, Duration within, Locale locale) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(within, "within");
    CommitmentPhrases.Language lang = CommitmentPhrases.language(locale);
    return phrase(now, within, deadline(now, within), locale, lang);
  }

  /**
   * The commitment for {@code within} of business time from {@code now} when its exact deadline
   * is already known: {@code commitment(now, within, deadline(now, within), locale)} equals
   * {@link #commitment(Instant, Duration, Locale) commitment(now, within, locale)} and saves
   * computing the deadline a second time.
   *
   * <p>The deadline is taken as given, not checked against the service hours. The phrase is
   * relative when {@code exactDeadline} lies exactly {@code within} after {@code now} and
   * {@code within} is 15 or 30 minutes, one or two hours; otherwise it names the clock time of
   * {@code exactDeadline} rounded up as described at {@link #commitment(Instant, Duration,
   * Locale)}, without passing the closing time of the open period in which it lies.
   *
   * @param now not null
   * @param within positive business time, not null
   * @param exactDeadline the exact deadline, normally {@link #deadline(Instant, Duration)
   *     deadline(now, within)}; not null, not before {@code now}
   * @param locale the phrase's language ({@code de} or {@code en}), not null
   * @return the commitment
   * @throws IllegalArgumentException for another language, a non-positive {@code within} or an
   *     {@code exactDeadline} before {@code now}
   */
  Commitment commitment(Instant now, Duration within, Instant exactDeadline, Locale locale) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(exactDeadline, "exactDeadline");
    CommitmentPhrases.Language lang = CommitmentPhrases.language(locale);
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("within must be positive: " + within);
    }
    if (exactDeadline.isBefore(now)) {
      throw new IllegalArgumentException("exactDeadline (" + exactDeadline
          + ") must not be before now (" + now + ")");
    }
    return phrase(now, within, exactDeadline, locale, lang);
  }

  /** The commitment for a known exact deadline (not before {@code now}). */
  private Commitment phrase(Instant now, Duration within, Instant exact, Locale locale,
      CommitmentPhrases.Language lang) {
    Duration span = Duration.between(now, exact);
    if (span.equals(within) && CommitmentPhrases.hasRelativePhrase(span)) {
      return new Commitment(now, within, exact.atZone(zone),
          CommitmentPhrases.relativePhrase(span, lang), locale);
    }
    Instant rounded = roundUp(exact);
    ZonedDateTime deadline = rounded.atZone(zone);
    return new Commitment(now, within, deadline,
        CommitmentPhrases.clockPhrase(now.atZone(zone), deadline, lang), locale);
  }

  /**
   * When the service is open next, phrased: "morgen ab 8:00 Uhr", "on Monday, 24 November, from
   * 8:00 am"; "jetzt" / "now" when it is open at {@code now}.
   *
   * @param now not null
   * @param locale {@code de} or {@code en}, not null
   * @return the phrase
   * @throws IllegalArgumentException for another language
   * @throws IllegalStateException when there is no opening within the search horizon
   */
  public String nextOpeningPhrase(Instant now, Locale locale) {
    Objects.requireNonNull(now, "now");
    CommitmentPhrases.Language lang = CommitmentPhrases.language(locale);
    Instant opening = nextOpening(now);
    if (opening.equals(now)) {
      return lang == CommitmentPhrases.Language.DE ? "jetzt" : "now";
    }
    return CommitmentPhrases.openingPhrase(now.atZone(zone), opening.atZone(zone), lang);
  }

  /** Rounds a deadline up to 5 minutes, else 1 minute, without passing its closing edge. */
  private Instant roundUp(Instant exact) {
    Instant edge = closingEdgeOf(exact);
    long offset = offsetSeconds(exact);
    long local = exact.getEpochSecond() + offset;
    boolean fraction = exact.getNano() > 0;
    for (int step : new int[] {300, 60}) {
      long up = ceil(local, step, fraction);
      Instant candidate = Instant.ofEpochSecond(up - offset);
      if (!candidate.isAfter(edge)) {
        return candidate;
      }
    }
    return exact;
  }

  private static long ceil(long value, int step, boolean fraction) {
    long floor = Math.floorDiv(value, step) * step;
    return floor == value && !fraction ? value : floor + step;
  }

  /** The end of the open piece in which {@code deadline} lies, {@code start < deadline <= end}. */
  private Instant closingEdgeOf(Instant deadline) {
    Walker w = new Walker(deadline.minusNanos(1), 2);
    while (w.next()) {
      if (w.start.isBefore(deadline) && !w.end.isBefore(deadline)) {
        return w.end;
      }
    }
    return deadline;
  }

  private IllegalStateException beyondHorizon(Instant from) {
    return new IllegalStateException("no open time found within " + HORIZON_DAYS
        + " days after " + from + ": service hours, holidays and closures leave too little open time");
  }

  @Override
  public String toString() {
    return "BusinessCalendar[zone=" + zone + ", hours=" + hours.days() + ", germanNational="
        + national + ", regions=" + regions + ", closedDates=" + closedDates.size()
        + ", closures=" + closures.length / 2 + "]";
  }

  /** The local epoch day of an instant in the plan range, as {@code atZone(zone)} computes it. */
  private long localDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond() + offsetSeconds(instant), 86_400);
  }

  /** The zone's offset at an instant in seconds, as {@code zone.getRules().getOffset}. */
  private long offsetSeconds(Instant instant) {
    long second = instant.getEpochSecond();
    if (second >= FIRST_PLAN_SECOND && second < LAST_PLAN_SECOND) {
      DayPlan p = plan(Math.floorDiv(second + guessOffset, 86_400));
      if (second >= p.from && second < p.to) {
        return p.day * 86_400 - p.from;
      }
    }
    return rules.getOffset(instant).getTotalSeconds();
  }

  /** The plan of a day from the cache, computed and cached when missing. */
  private DayPlan plan(long day) {
    int slot = (int) day & (PLAN_SLOTS - 1);
    DayPlan p = plans[slot];
    if (p == null || p.day != day) {
      p = computePlan(day);
      plans[slot] = p;
    }
    return p;
  }

  /** The plan of a day between {@link #FIRST_PLAN_DAY} and {@link #LAST_PLAN_DAY}. */
  DayPlan computePlan(long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    long lo = day * 86_400 - MAX_OFFSET_SECONDS;
    long hi = (day + 1) * 86_400 + MAX_OFFSET_SECONDS;
    Instant loInstant = Instant.ofEpochSecond(lo);
    ZoneOffsetTransition t = rules.nextTransition(loInstant);
    // without a transition within 18 hours of the day, every local time of the day (and the next
    // midnight) has one offset, and every instant of [start, start + 1 day) lies on this day
    boolean uniform = t == null || t.toEpochSecond() > hi;
    long start = uniform ? day * 86_400 - rules.getOffset(loInstant).getTotalSeconds() : 0;
    OpeningWindow[] ws = closed(date) ? NO_WINDOWS
        : windows[(int) Math.floorMod(day + 3, 7)]; // epoch day 0 is a Thursday
    Instant[] bounds = ws.length == 0 ? NO_INSTANTS : new Instant[2 * ws.length];
    int n = 0;
    for (OpeningWindow w : ws) {
      Instant s;
      Instant e;
      if (uniform) {
        s = Instant.ofEpochSecond(start + w.from().toSecondOfDay(), w.from().getNano());
        e = Instant.ofEpochSecond(start + w.endSecondOfDay(), w.untilMidnight() ? 0
            : w.to().getNano());
      } else {
        s = ZonedDateTime.of(date, w.from(), zone).toInstant();
        e = w.untilMidnight()
            ? date.plusDays(1).atStartOfDay(zone).toInstant()
            : ZonedDateTime.of(date, w.to(), zone).toInstant();
      }
      if (e.isAfter(s)) {
        bounds[n++] = s;
        bounds[n++] = e;
      }
    }
    if (n < bounds.length) {
      bounds = Arrays.copyOf(bounds, n);
    }
    return uniform ? new DayPlan(day, bounds, start, start + 86_400)
        : new DayPlan(day, bounds, 0, 0);
  }

  /**
   * One day's open windows as instants, and the instants that lie on the day when the zone's
   * offset does not change near it. Immutable; shared between threads through {@link #plans}.
   */
  static final class DayPlan {
    /** The epoch day. */
    final long day;
    /** The windows of the day as {@code [start0, end0, start1, …]}, empty windows left out. */
    final Instant[] bounds;
    /** The first epoch second of the day when its offset is uniform; else 0 (as {@link #to}). */
    final long from;
    /** The first epoch second after the day when its offset is uniform; else 0. */
    final long to;

    DayPlan(long day, Instant[] bounds, long from, long to) {
      this.day = day;
      this.bounds = bounds;
      this.from = from;
      this.to = to;
    }
  }

  /**
   * Walks the open pieces (windows minus closures) in ascending order, starting with the service
   * day that contains {@code from} and looking at most {@code days} days ahead. Days between
   * {@link #FIRST_PLAN_DAY} and {@link #LAST_PLAN_DAY} come from their {@link DayPlan plans};
   * others convert their windows one by one. Not thread-safe; one per call.
   */
  private final class Walker {
    /** The current epoch day. */
    private long day;
    private final long last;
    /** The current day's windows as instants, from its plan. */
    private Instant[] bounds = NO_INSTANTS;
    private int boundIndex;
    /** The current day and its windows when it has no plan. */
    private LocalDate date;
    private OpeningWindow[] dayWindows = NO_WINDOWS;
    private int windowIndex;
    /** Pending remainder of the current window after a closure cut it. */
    private Instant pendingStart;
    private Instant pendingEnd;
    private int closureIndex;
    Instant start;
    Instant end;

    Walker(Instant from, int days) {
      long second = from.getEpochSecond();
      if (second >= FIRST_PLAN_SECOND && second < LAST_PLAN_SECOND) {
        long first = localDay(from);
        this.day = first - 1;
        this.last = first + days - 1L;
      } else {
        LocalDate first = from.atZone(zone).toLocalDate();
        this.day = first.minusDays(1).toEpochDay();
        this.last = first.plusDays(days - 1L).toEpochDay();
      }
      // closures ending at or before `from` are irrelevant
      int lo = 0;
      int hi = closures.length / 2;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (!closures[2 * mid + 1].isAfter(from)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      this.closureIndex = lo;
    }

    /** Advances to the next open piece; false when the horizon is reached. */
    boolean next() {
      while (true) {
        if (pendingStart != null) {
          if (cut(pendingStart, pendingEnd)) {
            return true;
          }
          continue;
        }
        if (boundIndex < bounds.length) {
          Instant s = bounds[boundIndex];
          Instant e = bounds[boundIndex + 1];
          boundIndex += 2;
          if (cut(s, e)) {
            return true;
          }
          continue;
        }
        if (windowIndex < dayWindows.length) {
          OpeningWindow win = dayWindows[windowIndex++];
          Instant s = ZonedDateTime.of(date, win.from(), zone).toInstant();
          Instant e = win.untilMidnight()
              ? date.plusDays(1).atStartOfDay(zone).toInstant()
              : ZonedDateTime.of(date, win.to(), zone).toInstant();
          if (e.isAfter(s) && cut(s, e)) {
            return true;
          }
          continue;
        }
        if (day >= last) {
          return false;
        }
        day++;
        boundIndex = 0;
        windowIndex = 0;
        if (day >= FIRST_PLAN_DAY && day <= LAST_PLAN_DAY) {
          bounds = plan(day).bounds;
          dayWindows = NO_WINDOWS;
        } else {
          bounds = NO_INSTANTS;
          date = LocalDate.ofEpochDay(day);
          dayWindows = closed(date) ? NO_WINDOWS : windows[date.getDayOfWeek().ordinal()];
        }
      }
    }

    /** Emits [s, e) minus closures: sets start/end and returns true, or false when all closed. */
    private boolean cut(Instant s, Instant e) {
      pendingStart = null;
      pendingEnd = null;
      while (closureIndex < closures.length / 2) {
        Instant cs = closures[2 * closureIndex];
        Instant ce = closures[2 * closureIndex + 1];
        if (!ce.isAfter(s)) {
          closureIndex++;
          continue;
        }
        if (!cs.isBefore(e)) {
          break; // closure starts after this piece
        }
        if (cs.isAfter(s)) {
          start = s;
          end = cs;
          if (ce.isBefore(e)) {
            pendingStart = ce;
            pendingEnd = e;
          }
          return true;
        }
        // closure covers the start of the piece
        if (!ce.isBefore(e)) {
          return false;
        }
        s = ce;
      }
      start = s;
      end = e;
      return true;
    }
  }
}
