package io.replyguard.model;

import io.replyguard.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a draft, pointing at the exact words like a linter finding. Messages and
 * suggestions never quote personal data.
 *
 * <p>Immutable and thread-safe. Natural order: by span, then severity (highest first), then rule
 * id, then message.
 *
 * @param ruleId the stable id of the rule that fired, not blank
 * @param category the finding's category, not null
 * @param severity the severity after configuration overrides, not null
 * @param span the words concerned, half-open UTF-16 indices into the draft text, not null
 * @param message a human-readable explanation, not blank
 * @param suggestion a suggested fix, if one is known
 *
 * @since 0.1.0
 */
public record Finding(String ruleId, Category category, Severity severity, Span span,
    String message, Optional<String> suggestion) implements Comparable<Finding> {

  /**
   * Validates the components.
   *
   * @param ruleId the stable id of the rule that fired, not blank
   * @param category the finding's category, not null
   * @param severity the severity after configuration overrides, not null
   * @param span the words concerned, half-open UTF-16 indices into the draft text, not null
   * @param message a human-readable explanation, not blank
   * @param suggestion a suggested fix, if one is known
   */
  public Finding {
    Checks.requireNonBlank(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Checks.requireNonBlank(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /**
   * A finding without a suggestion.
   *
   * @param ruleId rule id
   * @param category category
   * @param severity severity
   * @param span span
   * @param message message
   * @return the finding
   */
  public static Finding of(String ruleId, Category category, Severity severity, Span span,
      String message) {
    return new Finding(ruleId, category, severity, span, message, Optional.empty());
  }

  /**
   * A copy with another severity.
   *
   * @param value not null
   * @return a new finding
   */
  public Finding withSeverity(Severity value) {
    return new Finding(ruleId, category, value, span, message, suggestion);
  }

  @Override
  public int compareTo(Finding other) {
    int c = span.compareTo(other.span);
    if (c != 0) {
      return c;
    }
    c = other.severity.compareTo(severity); // the most severe first
    if (c != 0) {
      return c;
    }
    c = ruleId.compareTo(other.ruleId);
    return c != 0 ? c : message.compareTo(other.message);
  }
}
