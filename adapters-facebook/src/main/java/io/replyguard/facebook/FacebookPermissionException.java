package io.replyguard.facebook;

/**
 * The token lacks a permission the request needs (Graph code 10 or 200–299), e.g. {@code
 * pages_manage_engagement} for hiding comments or {@code pages_messaging} for Messenger.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FacebookPermissionException extends FacebookApiException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  FacebookPermissionException(String message, GraphError error) {
    super(message, error);
  }
}
