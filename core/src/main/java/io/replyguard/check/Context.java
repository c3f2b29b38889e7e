package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The state of checking one draft: its words, language, moment, and the findings so far. Internal. */
final class Context {
  final Draft draft;
  final Text text;
  final Instant now;
  /** Whether messages are written in German (otherwise English). */
  final boolean german;
  /** Whether the draft itself is German (for the tone rules). */
  final boolean germanDraft;
  private final Severities severities;
  final List<Finding> findings = new ArrayList<>();

  Context(Draft draft, Text text, Instant now, boolean german, boolean germanDraft,
      Severities severities) {
    this.draft = draft;
    this.text = text;
    this.now = now;
    this.german = german;
    this.germanDraft = germanDraft;
    this.severities = severities;
  }

  /** The message in the draft's language. */
  String say(String de, String en) {
    return german ? de : en;
  }

  /** Whether a built-in rule is enabled (not disabled by an override). */
  boolean enabled(String ruleId) {
    return severities.severity(ruleId) != null;
  }

  /** Reports a finding with the rule's effective severity; does nothing when it is disabled. */
  void report(String ruleId, Category category, int start, int end, String message,
      String suggestion) {
    Severity s = severities.severity(ruleId);
    if (s == null) {
      return;
    }
    findings.add(new Finding(ruleId, category, s, Span.of(start, end), message,
        Optional.ofNullable(suggestion)));
  }

  /** Reports a finding on words {@code [from, to)}. */
  void reportWords(String ruleId, Category category, int from, int to, String message,
      String suggestion) {
    report(ruleId, category, text.start[from], text.end[to - 1], message, suggestion);
  }
}
