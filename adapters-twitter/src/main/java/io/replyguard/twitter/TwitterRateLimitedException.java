package io.replyguard.twitter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The X API answered HTTP 429 and the client did not wait: the reset lies beyond the configured
 * maximum wait, or the attempts are exhausted. {@link #reset()} says when to try again.
 *
 * @since 0.1.0
 */
public final class TwitterRateLimitedException extends TwitterApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** When the rate-limit window resets. */
  private final Instant reset;

  TwitterRateLimitedException(String message, List<ApiProblem> problems,
      Optional<RateLimit> rateLimit, Optional<Instant> reset) {
    super(message, OptionalInt.of(429), problems, rateLimit, null);
    this.reset = Objects.requireNonNull(reset, "reset").orElse(null);
  }

  /**
   * When the rate-limit window resets ({@code x-rate-limit-reset}).
   *
   * @return the reset time, if the API reported it
   */
  public Optional<Instant> reset() {
    return Optional.ofNullable(reset);
  }
}
