package io.replyguard.twitter;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem reported by the X API (its problem-details object: {@code title}, {@code type},
 * {@code detail}, {@code status}), either the top-level error of a failed request or one entry of
 * {@code errors[]}. The {@code detail} may quote request values, so {@link #toString()} leaves it
 * out; read it with {@link #detail()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title short summary, e.g. {@code Unauthorized}, if given
 * @param type problem type URI, e.g. {@code https://api.twitter.com/2/problems/usage-capped}, if given
 * @param detail explanation, if given
 * @param status HTTP status the API names, if given
 *
 * @since 0.1.0
 */
public record ApiProblem(Optional<String> title, Optional<String> type, Optional<String> detail,
    OptionalInt status) {

  /**
   * Validates the components.
   *
   * @param title short summary, e.g. {@code Unauthorized}, if given
   * @param type problem type URI, e.g. {@code https://api.twitter.com/2/problems/usage-capped}, if given
   * @param detail explanation, if given
   * @param status HTTP status the API names, if given
   */
  public ApiProblem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(status, "status");
  }

  /** Title, type and status only. */
  @Override
  public String toString() {
    return "ApiProblem[title=" + title.orElse("none") + ", type=" + type.orElse("none")
        + ", status=" + (status.isPresent() ? status.getAsInt() : "none") + "]";
  }
}
