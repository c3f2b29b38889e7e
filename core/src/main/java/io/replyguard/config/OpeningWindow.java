package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One opening window within a day, {@code [from, to)} in local time. {@code to} may be the end of
 * the day, written {@code 24:00} in JSON and represented by {@code untilMidnight = true}.
 *
 * <p>JSON form: {@code "08:00-20:00"} or {@code "18:00-24:00"}.
 *
 * @param from opening time, not null
 * @param to closing time, not null; after {@code from} unless {@code untilMidnight}
 * @param untilMidnight true when the window lasts until the end of the day ({@code to} is then
 *     {@link LocalTime#MIDNIGHT})
 *
 * @since 0.1.0
 */
public record OpeningWindow(LocalTime from, LocalTime to, boolean untilMidnight) {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /**
   * Validates the window.
   *
   * @param from opening time, not null
   * @param to closing time, not null; after {@code from} unless {@code untilMidnight}
   * @param untilMidnight true when the window lasts until the end of the day ({@code to} is then     {@link LocalTime#MIDNIGHT})
   */
  public OpeningWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (untilMidnight) {
      requireArgument(to.equals(LocalTime.MIDNIGHT), "a window until midnight must end at 00:00");
    } else {
      requireArgument(to.isAfter(from), "window end %s must be after its start %s", to, from);
    }
  }

  /**
   * A window between two times of the same day.
   *
   * @param from opening time
   * @param to closing time, after {@code from}
   * @return the window
   */
  public static OpeningWindow of(LocalTime from, LocalTime to) {
    return new OpeningWindow(from, to, false);
  }

  /**
   * Parses {@code "HH:mm-HH:mm"}: the start from {@code 00:00} to {@code 23:59}, the end after it,
   * up to {@code 24:00} (so {@code "24:00-24:00"} is rejected, not read as a whole day).
   *
   * @param text the window, not null
   * @return the window
   * @throws IllegalArgumentException when malformed or empty
   */
  public static OpeningWindow parse(String text) {
    String[] parts = text.split("-", -1);
    requireArgument(parts.length == 2 && parts[0].length() == 5 && parts[1].length() == 5,
        "window must look like \"08:00-20:00\": \"%s\"", text);
    LocalTime from;
    try {
      from = LocalTime.parse(parts[0], HH_MM);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("window start must be a time from 00:00 to 23:59");
    }
    if (parts[1].equals("24:00")) {
      return new OpeningWindow(from, LocalTime.MIDNIGHT, true);
    }
    try {
      return new OpeningWindow(from, LocalTime.parse(parts[1], HH_MM), false);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("window end must be a time from 00:01 to 24:00");
    }
  }

  /**
   * The window's length in seconds.
   *
   * @return the number of seconds between opening and closing
   */
  public long seconds() {
    long end = untilMidnight ? 86_400 : to.toSecondOfDay();
    return end - from.toSecondOfDay();
  }

  /**
   * The closing time as seconds of the day, 86,400 for midnight.
   *
   * @return the end in seconds of the day
   */
  public int endSecondOfDay() {
    return untilMidnight ? 86_400 : to.toSecondOfDay();
  }

  @Override
  public String toString() {
    return from.format(HH_MM) + "-" + (untilMidnight ? "24:00" : to.format(HH_MM));
  }
}
