package io.replyguard.check;

import io.replyguard.model.Severity;
import java.util.Map;

/** Effective severity per rule id after overrides; {@code null} for a disabled rule. Internal. */
final class Severities {
  private final Map<String, Severity> effective;
  private final Map<String, io.replyguard.config.RuleOverride> overrides;

  Severities(Map<String, Severity> effective, Map<String, io.replyguard.config.RuleOverride> overrides) {
    this.effective = Map.copyOf(effective);
    this.overrides = Map.copyOf(overrides);
  }

  /** The severity of a known rule, or null when it is disabled. */
  Severity severity(String ruleId) {
    return effective.get(ruleId);
  }

  /** Applies overrides to a finding from a rule not known in advance (platform policy). */
  io.replyguard.model.Finding apply(io.replyguard.model.Finding f) {
    io.replyguard.config.RuleOverride o = overrides.get(f.ruleId());
    if (o == null) {
      return f;
    }
    if (!o.enabled()) {
      return null;
    }
    return o.severity().map(f::withSeverity).orElse(f);
  }
}
