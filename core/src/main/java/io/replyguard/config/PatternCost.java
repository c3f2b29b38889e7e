package io.replyguard.config;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a user-supplied RE2 pattern will cost, estimated from its syntax before re2j compiles it.
 *
 * <p>re2j compiles counted repetition by expansion ({@code x{3}} becomes {@code xxx}), so nested
 * counts multiply: {@code ((a{1000}){1000}){1000}} would expand to a billion instructions, and
 * compiling it takes minutes and gigabytes. Its matcher then costs up to text length × program
 * size per scan. This walker reads the pattern's syntax (literals, escapes, classes, groups,
 * alternation, quantifiers) and computes, without expanding anything:
 *
 * <ul>
 *   <li>the <em>repetition product</em>: the largest product of counted repetitions nested in one
 *       another ({@code (x{10}){20}} is 200; {@code *}, {@code +} and {@code ?} count 1), and
 *   <li>the <em>program size</em>: an upper estimate of the number of instructions re2j compiles
 *       the pattern to (one per literal character, class or assertion, up to two more per
 *       quantifier, one per alternative, two per capture group, counted repetitions multiplied out).
 * </ul>
 *
 * <p>Syntax errors are not this class's business: a pattern it cannot make sense of is measured as
 * far as it goes and then left to re2j, which rejects it quickly (parsing is linear; only the
 * expansion is not). Package-private; stateless and thread-safe.
 */
final class PatternCost {
  /** Largest product of nested counted repetitions in one pattern (RE2's own limit). */
  static final long MAX_REPETITION_PRODUCT = 1_000;
  /** Largest estimated program size of one pattern, in instructions. */
  static final long MAX_PROGRAM_SIZE = 1_000;
  /** Largest estimated program size of all recognizer and draft-rule patterns together. */
  static final long MAX_TOTAL_PROGRAM_SIZE = 5_000;

  /** Saturation bound: estimates stop growing here, so nothing overflows. */
  private static final long CAP = 1L << 40;
  private static final int MAX_COUNT = 100_000;

  /** The estimate for one pattern. */
  record Cost(long programSize, long repetitionProduct) {}

  private PatternCost() {}

  /** One open group: finished alternatives, the current concatenation and its last atom. */
  private static final class Frame {
    final boolean capture;
    long alternatives;
    int branches = 1;
    long concat;
    long product = 1;
    long lastSize = -1;
    long lastProduct = 1;

    Frame(boolean capture) {
      this.capture = capture;
    }

    void atom(long size, long atomProduct) {
      concat = sat(concat + size);
      lastSize = size;
      lastProduct = atomProduct;
      product = Math.max(product, atomProduct);
    }

    /** Replaces the last atom by its repetition; returns false when there is none. */
    boolean repeat(long newSize, long factor) {
      if (lastSize < 0) {
        return false;
      }
      concat = sat(concat - lastSize + newSize);
      lastProduct = sat(lastProduct * factor);
      lastSize = newSize;
      product = Math.max(product, lastProduct);
      return true;
    }

    void alternate() {
      alternatives = sat(alternatives + concat);
      branches++;
      concat = 0;
      lastSize = -1;
    }

    long size() {
      return sat(alternatives + concat + (branches - 1) + (capture ? 2 : 0));
    }
  }

  private static long sat(long v) {
    return Math.min(CAP, Math.max(0, v));
  }

  /**
   * Estimates the cost of a pattern.
   *
   * @param pattern the RE2 pattern, not null
   * @return program size and repetition product
   */
  static Cost of(String pattern) {
    Deque<Frame> stack = new ArrayDeque<>();
    Frame top = new Frame(false);
    int n = pattern.length();
    int i = 0;
    while (i < n) {
      char ch = pattern.charAt(i);
      switch (ch) {
        case '\\' -> {
          if (i + 1 < n && pattern.charAt(i + 1) == 'Q') {
            int end = pattern.indexOf("\\E", i + 2);
            int stop = end < 0 ? n : end;
            int len = stop - (i + 2);
            if (len > 0) {
              // \Q…\E is a run of literals; a quantifier after it applies to the last one only.
              top.atom(len - 1, 1);
              top.atom(1, 1);
            }
            i = end < 0 ? n : end + 2;
          } else {
            i = skipEscape(pattern, i);
            top.atom(1, 1);
          }
        }
        case '[' -> {
          i = skipClass(pattern, i);
          top.atom(1, 1);
        }
        case '(' -> {
          if (i + 1 < n && pattern.charAt(i + 1) == '?') {
            int j = i + 2;
            if (j < n && (pattern.charAt(j) == 'P' || pattern.charAt(j) == '<')) {
              int close = pattern.indexOf('>', j);
              stack.push(top);
              top = new Frame(true);
              i = close < 0 ? n : close + 1;
            } else {
              while (j < n && pattern.charAt(j) != ')' && pattern.charAt(j) != ':') {
                j++;
              }
              if (j < n && pattern.charAt(j) == ':') {
                stack.push(top);
                top = new Frame(false);
              }
              i = j + 1; // "(?i)" sets flags only: no group, no atom
            }
          } else {
            stack.push(top);
            top = new Frame(true);
            i++;
          }
        }
        case ')' -> {
          if (!stack.isEmpty()) {
            Frame done = top;
            top = stack.pop();
            top.atom(done.size(), done.product);
          }
          i++;
        }
        case '|' -> {
          top.alternate();
          i++;
        }
        case '*', '+', '?' -> {
          top.repeat(sat(top.lastSize + 2), 1);
          i++;
          if (i < n && pattern.charAt(i) == '?') {
            i++; // lazy
          }
        }
        case '{' -> {
          int[] counts = new int[2];
          int end = repeatSpec(pattern, i, counts);
          if (end < 0 || top.lastSize < 0) {
            top.atom(1, 1); // a literal brace
            i++;
          } else {
            int min = counts[0];
            int max = counts[1];
            long s = top.lastSize;
            long size;
            long factor;
            if (max < 0) { // {min,}
              size = sat(sat((long) min * s) + s + 2);
              factor = Math.max(1, min);
            } else {
              size = Math.max(1, sat(sat((long) min * s) + sat((long) (max - min) * (s + 2))));
              factor = Math.max(1, max);
            }
            top.repeat(size, factor);
            i = end;
            if (i < n && pattern.charAt(i) == '?') {
              i++;
            }
          }
        }
        default -> {
          top.atom(1, 1);
          i += Character.charCount(pattern.codePointAt(i));
        }
      }
    }
    while (!stack.isEmpty()) { // unbalanced: re2j will reject it; measure what is there
      Frame done = top;
      top = stack.pop();
      top.atom(done.size(), done.product);
    }
    // + the match instruction, the capture of the whole match and the unanchored prefix loop
    return new Cost(sat(top.size() + 8), top.product);
  }

  /** Index after an escape starting at {@code i} (a backslash). */
  private static int skipEscape(String p, int i) {
    int n = p.length();
    if (i + 1 >= n) {
      return n;
    }
    char c = p.charAt(i + 1);
    if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < n && p.charAt(i + 2) == '{') {
      int close = p.indexOf('}', i + 3);
      return close < 0 ? n : close + 1;
    }
    if (c == 'p' || c == 'P') {
      return Math.min(n, i + 3);
    }
    if (c == 'x') {
      return Math.min(n, i + 4);
    }
    return i + 1 + Character.charCount(p.codePointAt(i + 1));
  }

  /** Index after a character class starting at {@code i} (an opening bracket). */
  private static int skipClass(String p, int i) {
    int n = p.length();
    int j = i + 1;
    if (j < n && p.charAt(j) == '^') {
      j++;
    }
    if (j < n && p.charAt(j) == ']') {
      j++; // a leading ] is literal
    }
    while (j < n) {
      char c = p.charAt(j);
      if (c == ']') {
        return j + 1;
      }
      if (c == '\\') {
        j = skipEscape(p, j);
      } else if (c == '[' && j + 1 < n && p.charAt(j + 1) == ':') {
        int close = p.indexOf(":]", j + 2);
        j = close < 0 ? j + 1 : close + 2;
      } else {
        j++;
      }
    }
    return n;
  }

  /**
   * Reads {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}; returns the index after it and
   * sets {@code counts} (max -1 for open), or -1 when the brace is a literal.
   */
  private static int repeatSpec(String p, int i, int[] counts) {
    int n = p.length();
    int j = i + 1;
    int start = j;
    long min = 0;
    while (j < n && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
      min = Math.min(MAX_COUNT, min * 10 + (p.charAt(j) - '0'));
      j++;
    }
    if (j == start || j >= n) {
      return -1;
    }
    long max = min;
    if (p.charAt(j) == ',') {
      j++;
      int mstart = j;
      long m = 0;
      while (j < n && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
        m = Math.min(MAX_COUNT, m * 10 + (p.charAt(j) - '0'));
        j++;
      }
      max = j == mstart ? -1 : m;
    }
    if (j >= n || p.charAt(j) != '}') {
      return -1;
    }
    if (max >= 0 && max < min) {
      max = min; // re2j rejects it; measure the larger count
    }
    counts[0] = (int) min;
    counts[1] = (int) max;
    return j + 1;
  }

  /**
   * Checks one pattern against the per-pattern limits.
   *
   * @param pattern the pattern
   * @return the estimate, within the limits
   * @throws IllegalArgumentException naming the limit that is exceeded (never quoting the pattern)
   */
  static Cost require(String pattern) {
    Cost c = of(pattern);
    if (c.repetitionProduct() > MAX_REPETITION_PRODUCT) {
      throw new IllegalArgumentException("pattern nests counted repetitions to a product of "
          + describe(c.repetitionProduct()) + "; the limit is " + MAX_REPETITION_PRODUCT);
    }
    if (c.programSize() > MAX_PROGRAM_SIZE) {
      throw new IllegalArgumentException("pattern would compile to about "
          + describe(c.programSize()) + " instructions; the limit is " + MAX_PROGRAM_SIZE
          + " per pattern");
    }
    return c;
  }

  static String describe(long v) {
    return v >= CAP ? "more than " + CAP : Long.toString(v);
  }
}
