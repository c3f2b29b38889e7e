package io.replyguard.json;

import io.replyguard.model.ReplyguardException;
import java.util.Objects;

/**
 * A JSON line that cannot be read: malformed JSON, an unknown or missing key, or a value that
 * breaks a rule. The message names the place as a JSON Pointer and the rule ({@code "/platform:
 * unknown platform; expected one of [facebook, twitter]"}); it never quotes the values of the
 * line, which may be personal data.
 *
 * @since 0.2.0
 */
public final class JsonLineException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the place. */
  private final String pointer;
  /** What is wrong there. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the place ({@code ""} for the whole line), not null
   * @param problem what is wrong, without the values read, not null
   */
  public JsonLineException(String pointer, String problem) {
    super((Objects.requireNonNull(pointer, "pointer").isEmpty() ? "line" : pointer) + ": "
        + Objects.requireNonNull(problem, "problem"));
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * The JSON Pointer of the place that is wrong.
   *
   * @return e.g. {@code "/inReplyTo/author/followers"}; {@code ""} for the whole line
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong there.
   *
   * @return the rule that was broken, without the values read
   */
  public String problem() {
    return problem;
  }
}
