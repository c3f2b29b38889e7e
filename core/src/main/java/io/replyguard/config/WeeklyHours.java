package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Regular weekly service hours: for each day of the week, zero or more non-overlapping opening
 * windows in ascending order. A day without windows is closed.
 *
 * <p>JSON form: an object keyed by lower-case English day names, e.g.
 * {@code {"monday": ["08:00-12:00", "13:00-20:00"], "saturday": ["08:00-20:00"]}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days windows per day; days not present are closed; copied
 *
 * @since 0.1.0
 */
public record WeeklyHours(Map<DayOfWeek, List<OpeningWindow>> days) {

  /**
   * Validates order and overlaps, and copies.
   *
   * @param days windows per day; days not present are closed; copied
   */
  public WeeklyHours {
    Objects.requireNonNull(days, "days");
    EnumMap<DayOfWeek, List<OpeningWindow>> copy = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, List<OpeningWindow>> e : days.entrySet()) {
      DayOfWeek day = Objects.requireNonNull(e.getKey(), "day");
      List<OpeningWindow> windows = new ArrayList<>(Objects.requireNonNull(e.getValue(), "windows"));
      windows.sort(Comparator.comparing(OpeningWindow::from));
      for (int i = 1; i < windows.size(); i++) {
        requireArgument(windows.get(i).from().toSecondOfDay() >= windows.get(i - 1).endSecondOfDay(),
            "windows on %s overlap: %s and %s", day.name().toLowerCase(java.util.Locale.ROOT),
            windows.get(i - 1), windows.get(i));
      }
      if (!windows.isEmpty()) {
        copy.put(day, List.copyOf(windows));
      }
    }
    days = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The same windows on every given day.
   *
   * @param window the window
   * @param on the days
   * @return the weekly hours
   */
  public static WeeklyHours of(OpeningWindow window, DayOfWeek... on) {
    Map<DayOfWeek, List<OpeningWindow>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : on) {
      map.put(d, List.of(window));
    }
    return new WeeklyHours(map);
  }

  /**
   * The windows of one day.
   *
   * @param day not null
   * @return the windows in ascending order, empty when closed
   */
  public List<OpeningWindow> on(DayOfWeek day) {
    return days.getOrDefault(Objects.requireNonNull(day, "day"), List.of());
  }

  /**
   * Whether the service is open at all during the week.
   *
   * @return true when at least one day has a window
   */
  public boolean isEverOpen() {
    return !days.isEmpty();
  }
}
