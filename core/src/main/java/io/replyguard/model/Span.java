package io.replyguard.model;


/**
 * A half-open range {@code [start, end)} of UTF-16 code unit indices into a text, as used by
 * {@link String#substring(int, int)}. An empty span ({@code start == end}) marks a position.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first index, inclusive; not negative
 * @param end the last index, exclusive; not less than {@code start}
 *
 * @since 0.1.0
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Validates the bounds.
   *
   * @param start the first index, inclusive; not negative
   * @param end the last index, exclusive; not less than {@code start}
   */
  public Span {
    // explicit tests instead of Checks.requireArgument: no boxing on this hot path
    if (start < 0) {
      throw new IllegalArgumentException("start must not be negative: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          "end (" + end + ") must not be less than start (" + start + ")");
    }
  }

  /**
   * Creates a span.
   *
   * @param start inclusive start index
   * @param end exclusive end index
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * The number of UTF-16 code units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether this span lies inside a text of the given length.
   *
   * @param textLength the text's length in UTF-16 code units
   * @return true when {@code end <= textLength}
   */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  /**
   * Whether the two spans share at least one index.
   *
   * @param other another span, not null
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * Whether this span covers the other completely.
   *
   * @param other another span, not null
   * @return true when {@code other} lies within this span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
