package io.replyguard.facebook;

/**
 * The page access token is expired, invalidated or lacks the session (Graph code 190). Ask the
 * page admin for a new token; {@link #subcode()} tells why (463 expired, 460 password changed, 467
 * invalid).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FacebookTokenException extends FacebookApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  FacebookTokenException(String message, GraphError error) {
    super(message, error);
  }

  /**
   * Whether the token expired (subcode 463).
   *
   * @return true for an expired token
   */
  public boolean expired() {
    return subcode().orElse(0) == 463;
  }
}
