package io.replyguard.facebook;

import java.util.List;

/**
 * Facebook throttled the app, the page or the user (Graph codes 4, 17, 32, 613; HTTP 429 without an
 * envelope). {@link #usage()} holds the parsed {@code X-App-Usage} and
 * {@code X-Business-Use-Case-Usage} headers of the last response, so the caller can decide when to
 * try again. Thrown after {@link GraphClient}'s bounded retries are used up, or at once when the
 * platform says access returns later than the client is willing to wait.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FacebookRateLimitException extends FacebookApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private final transient List<GraphUsage> usage;

  FacebookRateLimitException(String message, GraphError error, List<GraphUsage> usage) {
    super(message, error);
    this.usage = List.copyOf(usage);
  }

  /**
   * The usage reported in the response headers.
   *
   * @return the usage figures, possibly empty (also after deserialization), never null
   */
  public List<GraphUsage> usage() {
    return usage == null ? List.of() : usage;
  }
}
