package io.replyguard.check;

import io.replyguard.time.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Realistic deadlines and commitments (the engine's {@code BusinessCalendar}). Internal seam. */
interface CommitmentSource {
  /**
   * The realistic commitment for a service level from a moment.
   *
   * @param now not null
   * @param within positive business time
   * @param locale the phrase's language
   * @return the commitment
   */
  Commitment commitment(Instant now, Duration within, Locale locale);

  /**
   * The exact moment when {@code within} of business time has passed since {@code now}.
   *
   * @param now not null
   * @param within positive business time
   * @return the deadline
   */
  Instant deadline(Instant now, Duration within);
}
