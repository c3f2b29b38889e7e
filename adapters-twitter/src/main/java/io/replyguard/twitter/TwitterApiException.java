package io.replyguard.twitter;

import io.replyguard.model.ReplyguardException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An X API request failed: an error status, exhausted retries, an I/O failure or an unreadable
 * response. Carries the API's problem details. Messages name the request (method and path), the
 * status and the problems' titles and types, never the bearer token, the request body or a
 * problem's {@code detail} (which may quote request values).
 *
 * <p>Subclasses: {@link TwitterAuthenticationException} (401), {@link TwitterRateLimitedException}
 * (429 not retried or retries exhausted), {@link TwitterMalformedResponseException} (a success
 * response whose body is not the expected JSON).
 *
 * @since 0.1.0
 */
public class TwitterApiException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The HTTP status; null when there was no response. */
  private final Integer status;
  private final transient List<ApiProblem> problems;
  private final transient Optional<RateLimit> rateLimit;

  TwitterApiException(String message, OptionalInt status, List<ApiProblem> problems,
      Optional<RateLimit> rateLimit, Throwable cause) {
    super(message, cause);
    this.status = Objects.requireNonNull(status, "status").isPresent() ? status.getAsInt() : null;
    this.problems = List.copyOf(problems);
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
  }

  /**
   * The HTTP status of the failed response.
   *
   * @return the status, empty when no response was received (I/O failure, interruption)
   */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * The problems the API reported (top-level problem and {@code errors[]} entries).
   *
   * @return the problems, possibly empty, never null
   */
  public List<ApiProblem> problems() {
    return problems;
  }

  /**
   * The rate-limit state reported with the failed response.
   *
   * @return the state, if the headers were present
   */
  public Optional<RateLimit> rateLimit() {
    return rateLimit;
  }
}
