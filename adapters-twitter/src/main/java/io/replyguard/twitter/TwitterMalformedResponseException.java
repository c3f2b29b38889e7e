package io.replyguard.twitter;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The X API answered with a success status but a body that is not a JSON object (or not JSON at
 * all). The message names the request and the problem's place, never the body.
 *
 * @since 0.1.0
 */
public final class TwitterMalformedResponseException extends TwitterApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  TwitterMalformedResponseException(String message, int status, Optional<RateLimit> rateLimit,
      Throwable cause) {
    super(message, OptionalInt.of(status), List.of(), rateLimit, cause);
  }
}
