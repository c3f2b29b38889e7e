package io.replyguard.model;


import io.replyguard.internal.Checks;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Personal data found in a text. Holds only the position, never the data itself.
 *
 * <p>Immutable and thread-safe. Natural order: by span, then type.
 *
 * @param type the kind of personal data, not null
 * @param span where it is, half-open UTF-16 indices, not null
 * @param score confidence in {@code [0, 1]}
 * @param recognizer the id of the recognizer that found it, not blank
 * @param cue the context cue that supported it (a keyword such as {@code "Kundennummer"}), if any;
 *     cues are vocabulary, not personal data
 *
 * @since 0.1.0
 */
public record PiiFinding(PiiType type, Span span, double score, String recognizer,
    Optional<String> cue) implements Comparable<PiiFinding> {

  private static final Comparator<PiiFinding> ORDER = Comparator.comparing(PiiFinding::span)
      .thenComparing(PiiFinding::type)
      .thenComparing(PiiFinding::recognizer);

  /**
   * Validates the components.
   *
   * @param type the kind of personal data, not null
   * @param span where it is, half-open UTF-16 indices, not null
   * @param score confidence in {@code [0, 1]}
   * @param recognizer the id of the recognizer that found it, not blank
   * @param cue the context cue that supported it (a keyword such as {@code "Kundennummer"}), if any;     cues are vocabulary, not personal data
   */
  public PiiFinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be within [0, 1]: " + score);
    }
    Checks.requireNonBlank(recognizer, "recognizer");
    Objects.requireNonNull(cue, "cue");
  }

  @Override
  public int compareTo(PiiFinding other) {
    return ORDER.compare(this, other);
  }
}
