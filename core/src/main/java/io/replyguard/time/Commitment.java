package io.replyguard.time;

import io.replyguard.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A concrete time commitment: the deadline computed from the service hours and its phrase in the
 * customer's language ("innerhalb der nächsten Stunde", "morgen bis 9:00 Uhr").
 *
 * <p>Immutable and thread-safe.
 *
 * @param now when the commitment was made, not null
 * @param within the service level in business time, positive
 * @param deadline the deadline in the service's zone, not before {@code now}
 * @param text the phrase, not blank
 * @param locale the phrase's language, not null
 *
 * @since 0.1.0
 */
public record Commitment(Instant now, Duration within, ZonedDateTime deadline, String text,
    Locale locale) {
  /**
   * Validates the components.
   *
   * @param now when the commitment was made, not null
   * @param within the service level in business time, positive
   * @param deadline the deadline in the service's zone, not before {@code now}
   * @param text the phrase, not blank
   * @param locale the phrase's language, not null
   */
  public Commitment {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(deadline, "deadline");
    Checks.requireNonBlank(text, "text");
    Objects.requireNonNull(locale, "locale");
    Checks.requireArgument(!deadline.toInstant().isBefore(now), "deadline must not be before now");
  }
}
