package io.replyguard.pii;

/**
 * The text as the recognizers read it: an NFKC-style folding of what changes no meaning but
 * hides values from a scanner. Digits of every script become ASCII digits (fullwidth "４", Arabic-
 * Indic "٤"), fullwidth ASCII forms become ASCII ("＠", "Ｄ"), space separators (no-break space
 * U+00A0, narrow U+202F, figure U+2007, thin U+2009, ideographic U+3000) become ' ', dash
 * variants (U+2010–U+2013, U+2212, U+FE63) become '-', and format characters (zero-width space,
 * joiners, soft hyphen, word joiner, BOM, bidi marks) are dropped. Spans found in the view are
 * mapped back to the original text, covering every original character of the value. Immutable.
 */
final class DetectionView {
  /** Per char: 0 keeps it, {@link #DROP} drops it, anything else replaces it. */
  private static final char[] MAP = new char[1 << 16];
  private static final char DROP = '\uffff';

  static {
    for (int k = 128; k < MAP.length; k++) {
      char c = (char) k;
      if (c == Chars.MASK || Character.isSurrogate(c)) {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.FORMAT) {
        MAP[k] = DROP;
      } else if (Character.isDigit(c)) {
        MAP[k] = (char) ('0' + Character.digit(c, 10));
      } else if (c >= '\uff01' && c <= '\uff5e') {
        MAP[k] = (char) (c - 0xfee0);
      } else if (type == Character.SPACE_SEPARATOR) {
        MAP[k] = ' ';
      } else if (c >= '\u2010' && c <= '\u2013' || c == '\u2212' || c == '\ufe63') {
        MAP[k] = '-';
      } else if (c == '\ufe6b') {
        MAP[k] = '@';
      } else if (c == '\u2024') {
        MAP[k] = '.';
      }
    }
  }

  /** The folded text. */
  final String text;
  /** The characters of {@link #text}. */
  final char[] chars;
  /**
   * For each character of {@link #text}, its index in the original text; null when folding
   * dropped nothing (the indices are then the same).
   */
  private final int[] origin;

  private DetectionView(String text, char[] chars, int[] origin) {
    this.text = text;
    this.chars = chars;
    this.origin = origin;
  }

  /**
   * The view of a text, or null when folding changes nothing (the common case: no allocation).
   *
   * @param original the text
   * @param chars its characters
   * @return the view, or null
   */
  static DetectionView of(String original, char[] chars) {
    int n = chars.length;
    int first = -1;
    for (int k = 0; k < n; k++) {
      char c = chars[k];
      if (c >= 128 && MAP[c] != 0) {
        first = k;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    char[] folded = new char[n];
    System.arraycopy(chars, 0, folded, 0, first);
    int[] origin = null;
    int j = first;
    for (int k = first; k < n; k++) {
      char c = chars[k];
      char m = c < 128 ? 0 : MAP[c];
      if (m == DROP) {
        if (origin == null) {
          origin = new int[n];
          for (int i = 0; i < j; i++) {
            origin[i] = i;
          }
        }
        continue;
      }
      if (origin != null) {
        origin[j] = k;
      }
      folded[j++] = m == 0 ? c : m;
    }
    if (j < n) {
      folded = java.util.Arrays.copyOf(folded, j);
    }
    return new DetectionView(new String(folded), folded, origin);
  }

  /** Whether the view has the original's indices (folding replaced characters, dropped none). */
  boolean sameIndices() {
    return origin == null;
  }

  /** The original index of a span start in the view. */
  int start(int viewStart) {
    return origin == null ? viewStart : origin[viewStart];
  }

  /** The original (exclusive) end of a span ending at viewEnd (exclusive) in the view. */
  int end(int viewEnd) {
    return origin == null ? viewEnd : origin[viewEnd - 1] + 1;
  }
}
