package io.replyguard.config;

import io.replyguard.model.ReplyguardException;
import java.util.Objects;

/**
 * A configuration is invalid. {@link #path()} is the JSON Pointer of the offending place (for
 * example {@code /serviceHours/monday/0} or {@code /recognizers/2/pattern}); the message starts
 * with it.
 *
 * @since 0.1.0
 */
public class ConfigException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the problem. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param path JSON Pointer of the offending place, {@code ""} for the whole document
   * @param problem what is wrong
   */
  public ConfigException(String path, String problem) {
    super((Objects.requireNonNull(path, "path").isEmpty() ? "configuration" : path) + ": "
        + Objects.requireNonNull(problem, "problem"));
    this.path = path;
  }

  /**
   * The JSON Pointer of the offending place.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String path() {
    return path;
  }
}
