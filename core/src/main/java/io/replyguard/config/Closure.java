package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A one-off closure, {@code [from, to)} in the service's local time (e.g. a company event or
 * Christmas Eve afternoon).
 *
 * <p>JSON form: {@code {"from": "2026-12-24T14:00", "to": "2026-12-27T00:00"}}.
 *
 * @param from start, inclusive, not null; in the years 1900 to 2999
 * @param to end, exclusive, after {@code from}; in the years 1900 to 2999
 *
 * @since 0.1.0
 */
public record Closure(LocalDateTime from, LocalDateTime to) {
  /**
   * Validates the range.
   *
   * @param from start, inclusive, not null; in the years 1900 to 2999
   * @param to end, exclusive, after {@code from}; in the years 1900 to 2999
   */
  public Closure {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    requireArgument(to.isAfter(from), "closure end %s must be after its start %s", to, from);
    Limits.inYears(from, "closure start");
    Limits.inYears(to, "closure end");
  }
}
