package io.replyguard.twitter;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * The rate-limit state the X API reported with a response (headers {@code x-rate-limit-limit},
 * {@code x-rate-limit-remaining}, {@code x-rate-limit-reset}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param limit requests allowed in the window, not negative
 * @param remaining requests left in the window, not negative
 * @param reset when the window resets (header value in epoch seconds), not null
 *
 * @since 0.1.0
 */
public record RateLimit(long limit, long remaining, Instant reset) {

  /**
   * Validates the components.
   *
   * @param limit requests allowed in the window, not negative
   * @param remaining requests left in the window, not negative
   * @param reset when the window resets (header value in epoch seconds), not null
   */
  public RateLimit {
    requireArgument(limit >= 0, "limit must not be negative: %s", limit);
    requireArgument(remaining >= 0, "remaining must not be negative: %s", remaining);
    Objects.requireNonNull(reset, "reset");
  }
}
