package io.replyguard.model;

/**
 * The root of all exceptions Replyguard throws for bad input, configuration or platform responses.
 * Messages name the place of the problem (JSON path, rule id, line) and never contain personal data.
 *
 * @since 0.1.0
 */
public class ReplyguardException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and where
   */
  public ReplyguardException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong and where
   * @param cause the underlying cause
   */
  public ReplyguardException(String message, Throwable cause) {
    super(message, cause);
  }
}
