package io.replyguard.time;

import io.replyguard.config.ReplyguardConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Service hours, holidays and closures, and service-level arithmetic in business time.
 * TEMPORARY SKELETON: implemented by issue #4.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
  private BusinessCalendar() {}

  /**
   * The calendar of a configuration.
   *
   * @param config not null
   * @return the calendar
   */
  public static BusinessCalendar of(ReplyguardConfig config) {
    Objects.requireNonNull(config, "config");
    return new BusinessCalendar();
  }

  /**
   * The moment when {@code businessTime} of open time has passed since {@code now}.
   *
   * @param now not null
   * @param businessTime positive
   * @return the deadline
   */
  public Instant deadline(Instant now, Duration businessTime) {
    throw new UnsupportedOperationException("issue #4");
  }

  /**
   * A commitment: the deadline and its phrase.
   *
   * @param now not null
   * @param within positive business time
   * @param locale the phrase's language, not null
   * @return the commitment
   */
  public Commitment commitment(Instant now, Duration within, java.util.Locale locale) {
    throw new UnsupportedOperationException("issue #4");
  }
}
