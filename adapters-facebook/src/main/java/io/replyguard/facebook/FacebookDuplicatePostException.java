package io.replyguard.facebook;

/**
 * Facebook refused the post as a duplicate of a recent one (Graph code 506). Vary the text; this
 * often follows a retried request that did reach Facebook.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FacebookDuplicatePostException extends FacebookApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  FacebookDuplicatePostException(String message, GraphError error) {
    super(message, error);
  }
}
