package io.replyguard.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Changes a built-in or declarative rule: disable it, or change its severity.
 *
 * <p>JSON form: {@code {"enabled": false}} or {@code {"severity": "ERROR"}}.
 *
 * @param enabled whether the rule runs
 * @param severity the severity to use instead of the rule's default, if any
 *
 * @since 0.1.0
 */
public record RuleOverride(boolean enabled, Optional<io.replyguard.model.Severity> severity) {
  /**
   * Validates the components.
   *
   * @param enabled whether the rule runs
   * @param severity the severity to use instead of the rule's default, if any
   */
  public RuleOverride {
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * An override that disables the rule.
   *
   * @return the override
   */
  public static RuleOverride disabled() {
    return new RuleOverride(false, Optional.empty());
  }

  /**
   * An override that changes the severity.
   *
   * @param severity not null
   * @return the override
   */
  public static RuleOverride severity(io.replyguard.model.Severity severity) {
    return new RuleOverride(true, Optional.of(severity));
  }
}
