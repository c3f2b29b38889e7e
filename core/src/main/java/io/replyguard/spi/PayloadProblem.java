package io.replyguard.spi;

import java.util.Objects;

/**
 * One part of a payload that could not be parsed (a bad entry, change or event) while the rest
 * of the payload was. {@link #path()} is the JSON Pointer of the part, {@link #problem()} says
 * what is wrong there; neither quotes the payload's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path JSON Pointer of the offending place, {@code ""} for the document root; not null
 * @param problem what is wrong there, not null
 * @since 0.2.0
 */
public record PayloadProblem(String path, String problem) {

  /**
   * Validates the components.
   *
   * @param path JSON Pointer of the offending place, {@code ""} for the document root; not null
   * @param problem what is wrong there, not null
   */
  public PayloadProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * The problem a {@link PayloadException} describes.
   *
   * @param e the exception, not null
   * @return the problem at the exception's path
   */
  public static PayloadProblem of(PayloadException e) {
    String message = e.getMessage();
    String prefix = (e.path().isEmpty() ? "payload" : e.path()) + ": ";
    return new PayloadProblem(e.path(),
        message.startsWith(prefix) ? message.substring(prefix.length()) : message);
  }

  /**
   * This problem as an exception.
   *
   * @return a new exception with the same path and text
   */
  public PayloadException toException() {
    return new PayloadException(path, problem);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "payload" : path) + ": " + problem;
  }
}
