package io.replyguard.internal.time;

import io.replyguard.model.Span;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A concrete time promise found in a text by {@link CommitmentPhrases#findAll}: where it is and
 * the latest moment it promises.
 *
 * <p>Immutable and thread-safe. Contains no text, only its span, so it is safe to log.
 *
 * @param span where the phrase is, half-open {@code [start, end)} in UTF-16 indices of the text
 * @param deadline the promised deadline, in the zone of the {@code now} the text was read with
 * @param kind how the promise is expressed
 */
public record PromisedDeadline(Span span, ZonedDateTime deadline, Kind kind) {

  /** How a promise is expressed. */
  public enum Kind {
    /** A span from now: "innerhalb der nächsten Stunde", "within 2 hours". */
    RELATIVE,
    /** A clock time, with or without a day: "heute bis 18:00 Uhr", "by 9 am tomorrow". */
    CLOCK_TIME,
    /** A day without a time, meaning its end: "bis morgen", "by Monday". */
    END_OF_DAY
  }

  /** Validates the components. */
  public PromisedDeadline {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(kind, "kind");
  }
}
