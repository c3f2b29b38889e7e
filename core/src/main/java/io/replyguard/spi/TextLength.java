package io.replyguard.spi;


import io.replyguard.model.Span;
import java.util.Optional;

/**
 * A text measured the platform's way.
 *
 * @param length the length in the platform's units (weighted characters on X)
 * @param limit the platform's limit for the surface in the same units
 * @param validEnd the UTF-16 index up to which the text fits within the limit
 *     ({@code text.length()} when it all fits)
 * @param textLength the text's length in UTF-16 code units
 *
 * @since 0.1.0
 */
public record TextLength(int length, int limit, int validEnd, int textLength) {

  /**
   * Validates the components.
   *
   * @param length the length in the platform's units (weighted characters on X)
   * @param limit the platform's limit for the surface in the same units
   * @param validEnd the UTF-16 index up to which the text fits within the limit     ({@code text.length()} when it all fits)
   * @param textLength the text's length in UTF-16 code units
   */
  public TextLength {
    // explicit tests instead of Checks.requireArgument: no boxing on this hot path
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (textLength < 0) {
      throw new IllegalArgumentException("textLength must not be negative: " + textLength);
    }
    if (validEnd < 0 || validEnd > textLength) {
      throw new IllegalArgumentException(
          "validEnd must be within [0, " + textLength + "]: " + validEnd);
    }
  }

  /**
   * Measures a text in Unicode code points, the unit of platforms that count plain characters
   * (X direct messages, Facebook comments and Messenger). A surrogate pair counts once and
   * {@link #validEnd()} never splits one.
   *
   * @param text the text, not null
   * @param limit the limit in code points, positive
   * @return the measurement
   */
  public static TextLength ofCodePoints(String text, int limit) {
    int count = text.codePointCount(0, text.length());
    int validEnd = count <= limit ? text.length() : text.offsetByCodePoints(0, limit);
    return new TextLength(count, limit, validEnd, text.length());
  }

  /**
   * Whether the text fits the limit.
   *
   * @return {@code length <= limit}
   */
  public boolean fits() {
    return length <= limit;
  }

  /**
   * The part of the text beyond the limit.
   *
   * @return {@code [validEnd, textLength)} when the text does not fit, empty otherwise
   */
  public Optional<Span> overflow() {
    return fits() ? Optional.empty() : Optional.of(Span.of(validEnd, textLength));
  }
}
