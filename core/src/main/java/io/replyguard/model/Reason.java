package io.replyguard.model;

import io.replyguard.internal.Checks;

/**
 * Why an advice says what it says: the rule that decided and a sentence explaining it.
 *
 * @param ruleId stable rule id, not blank
 * @param message a human sentence, not blank; never quotes personal data
 *
 * @since 0.1.0
 */
public record Reason(String ruleId, String message) {
  /**
   * Validates the components.
   *
   * @param ruleId stable rule id, not blank
   * @param message a human sentence, not blank; never quotes personal data
   */
  public Reason {
    Checks.requireNonBlank(ruleId, "ruleId");
    Checks.requireNonBlank(message, "message");
  }
}
