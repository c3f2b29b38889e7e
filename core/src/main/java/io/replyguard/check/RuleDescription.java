package io.replyguard.check;

import io.replyguard.internal.Checks;
import io.replyguard.model.Category;
import io.replyguard.model.Severity;
import java.util.Objects;

/**
 * The description of a draft rule, for discovering rule ids to override in the configuration
 * ({@code "ruleOverrides": {"commitment.vague": {"severity": "ERROR"}}}).
 *
 * <p>It describes a rule; the rules themselves are internal. Named {@code DraftRule} before 0.2.0.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 * @param id the stable rule id, not blank
 * @param category the category of its findings, not null
 * @param defaultSeverity the severity its findings have unless overridden, not null
 * @param explanation what the rule looks for and why, in English, not blank
 */
public record RuleDescription(String id, Category category, Severity defaultSeverity,
    String explanation) {
  /** Validates the components. */
  public RuleDescription {
    Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Checks.requireNonBlank(explanation, "explanation");
  }
}
