package io.replyguard.check;

import io.replyguard.time.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Computes realistic commitments (the engine's {@code BusinessCalendar}). Internal seam. */
@FunctionalInterface
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
}
