package io.replyguard.spi;

import io.replyguard.model.ReplyguardException;
import java.util.Objects;

/**
 * An inbound platform payload could not be parsed: malformed JSON or a missing or mistyped required
 * field. {@link #path()} is the JSON Pointer of the offending place ({@code ""} for the whole
 * document). The message never quotes the payload's text.
 *
 * @since 0.1.0
 */
public class PayloadException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the problem. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param path JSON Pointer of the offending place, not null
   * @param problem what is wrong there, not null
   */
  public PayloadException(String path, String problem) {
    super(describe(path, problem));
    this.path = path;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param path JSON Pointer of the offending place, not null
   * @param problem what is wrong there, not null
   * @param cause the cause
   */
  public PayloadException(String path, String problem, Throwable cause) {
    super(describe(path, problem), cause);
    this.path = path;
  }

  private static String describe(String path, String problem) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    return (path.isEmpty() ? "payload" : path) + ": " + problem;
  }

  /**
   * The JSON Pointer of the offending place.
   *
   * @return the pointer, {@code ""} for the document root
   */
  public String path() {
    return path;
  }
}
