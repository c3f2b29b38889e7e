package io.replyguard.twitter;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The X API rejected the credentials (HTTP 401): the bearer token is missing, expired or revoked.
 * Not retried.
 *
 * @since 0.1.0
 */
public final class TwitterAuthenticationException extends TwitterApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  TwitterAuthenticationException(String message, int status, List<ApiProblem> problems,
      Optional<RateLimit> rateLimit) {
    super(message, OptionalInt.of(status), problems, rateLimit, null);
  }
}
