package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.internal.Checks;
import io.replyguard.model.PiiType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom PII recognizer from configuration: candidates matched by an RE2 pattern (compiled with
 * re2j, linear time), optionally validated by a named checksum and supported by cue words near the
 * candidate.
 *
 * <p>JSON form: {@code {"id": "acme-customer-number", "type": "CUSTOMER_NUMBER",
 * "pattern": "\\bAC-\\d{8}\\b", "cues": ["Kundennummer"], "cueRequired": false,
 * "checksum": "LUHN", "score": 0.9}}.
 *
 * @param id unique recognizer id, not blank
 * @param type the PII type reported, not null
 * @param pattern the RE2 pattern; must compile with re2j within the cost limits (README:
 *     contracts)
 * @param cues cue words looked for around the candidate (case-insensitive); copied
 * @param cueRequired when true, candidates without a cue are not reported
 * @param checksum the checksum candidates must pass, if any
 * @param score the score reported, in {@code (0, 1]}
 *
 * @since 0.1.0
 */
public record RecognizerSpec(String id, PiiType type, String pattern, List<String> cues,
    boolean cueRequired, Optional<Checksum> checksum, double score) {

  /**
   * Validates the components and compiles the pattern.
   *
   * @param id unique recognizer id, not blank
   * @param type the PII type reported, not null
   * @param pattern the RE2 pattern; must compile with re2j
   * @param cues cue words looked for around the candidate (case-insensitive); copied
   * @param cueRequired when true, candidates without a cue are not reported
   * @param checksum the checksum candidates must pass, if any
   * @param score the score reported, in {@code (0, 1]}
   */
  public RecognizerSpec {
    Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(type, "type");
    Checks.requireNonBlank(pattern, "pattern");
    cues = List.copyOf(Objects.requireNonNull(cues, "cues"));
    Objects.requireNonNull(checksum, "checksum");
    requireArgument(score > 0.0 && score <= 1.0, "score must be within (0, 1]: %s", score);
    requireArgument(!cueRequired || !cues.isEmpty(), "cueRequired needs at least one cue");
    try {
      PatternCost.require(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("recognizer '" + id + "': " + e.getMessage());
    }
    try {
      com.google.re2j.Pattern.compile(pattern);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern of recognizer '" + id
          + "' is not a valid RE2 pattern: " + e.getDescription());
    }
  }
}
