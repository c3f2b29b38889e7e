package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.internal.Checks;
import io.replyguard.model.Category;
import io.replyguard.model.Severity;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A declarative draft rule: an RE2 pattern or a keyword list that, when found in a draft within the
 * rule's scope, produces a finding.
 *
 * <p>JSON form: {@code {"id": "acme.no-competitor", "category": "TONE", "severity": "WARNING",
 * "keywords": ["Konkurrenz"], "visibility": "PUBLIC", "platforms": ["twitter"],
 * "message": {"de": "…", "en": "…"}, "suggestion": {"de": "…"}}}; exactly one of
 * {@code pattern} and {@code keywords}.
 *
 * @param id unique rule id, not blank
 * @param category finding category, not null
 * @param severity default severity, not null
 * @param pattern RE2 pattern (case-sensitive unless it says {@code (?i)}), if any; within the cost
 *     limits (README: contracts)
 * @param keywords keywords matched case-insensitively on word boundaries; copied
 * @param visibility the visibility the rule applies to, or empty for both
 * @param platforms platform ids the rule applies to ({@code [a-z][a-z0-9_-]*}; an engine needs
 *     an adapter for each, or the platform is one of the built-in two), empty for all; copied
 * @param message message per language tag ({@code de}, {@code en}); at least one; copied
 * @param suggestion suggestion per language tag; copied
 *
 * @since 0.1.0
 */
public record DraftRuleSpec(String id, Category category, Severity severity,
    Optional<String> pattern, List<String> keywords, Optional<Visibility> visibility,
    List<String> platforms, Map<String, String> message, Map<String, String> suggestion) {

  /**
   * Validates the components and compiles the pattern.
   *
   * @param id unique rule id, not blank
   * @param category finding category, not null
   * @param severity default severity, not null
   * @param pattern RE2 pattern (case-sensitive unless it says {@code (?i)}), if any
   * @param keywords keywords matched case-insensitively on word boundaries; copied
   * @param visibility the visibility the rule applies to, or empty for both
   * @param platforms platform ids the rule applies to, empty for all; copied
   * @param message message per language tag ({@code de}, {@code en}); at least one; copied
   * @param suggestion suggestion per language tag; copied
   */
  public DraftRuleSpec {
    Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pattern, "pattern");
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    Objects.requireNonNull(visibility, "visibility");
    platforms = List.copyOf(Objects.requireNonNull(platforms, "platforms"));
    message = Map.copyOf(Objects.requireNonNull(message, "message"));
    suggestion = Map.copyOf(Objects.requireNonNull(suggestion, "suggestion"));
    requireArgument(pattern.isPresent() != !keywords.isEmpty(),
        "rule '%s' needs exactly one of pattern and keywords", id);
    requireArgument(!message.isEmpty(), "rule '%s' needs a message in at least one language", id);
    PlatformIds.requireWellFormed(platforms, "rule '" + id + "'");
    for (String k : keywords) {
      requireArgument(!k.isBlank(), "rule '%s' has a blank keyword", id);
    }
    pattern.ifPresent(p -> {
      try {
        PatternCost.require(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule '" + id + "': " + e.getMessage());
      }
      try {
        com.google.re2j.Pattern.compile(p);
      } catch (com.google.re2j.PatternSyntaxException e) {
        throw new IllegalArgumentException("pattern of rule '" + id
            + "' is not a valid RE2 pattern: " + e.getDescription());
      }
    });
  }
}
