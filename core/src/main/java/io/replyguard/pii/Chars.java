package io.replyguard.pii;

/** Character classes shared by the recognizers. Stateless. */
final class Chars {
  private Chars() {}

  /** The mask character used by redaction; never part of a candidate. */
  static final char MASK = '\u2022';

  /** ASCII letters and digits, by character: one load instead of three range tests. */
  private static final boolean[] WORD_ASCII = new boolean[128];
  /** ASCII letters, by character. */
  private static final boolean[] LETTER_ASCII = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD_ASCII[c] = asciiAlnum(c);
      LETTER_ASCII[c] = upper(c) || lower(c);
    }
  }

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean asciiAlnum(char c) {
    return digit(c) || upper(c) || lower(c);
  }

  /**
   * Letter or digit in any script (surrogates count as neither); the mask character counts as
   * a word character, so masked items keep their word boundaries.
   */
  static boolean word(char c) {
    return c < 128 ? WORD_ASCII[c] : c == MASK || Character.isLetterOrDigit(c);
  }

  static boolean letter(char c) {
    return c < 128 ? LETTER_ASCII[c] : Character.isLetter(c);
  }

  static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean space(char c) {
    return c == ' ' || c == '\u00a0' || c == '\t';
  }

  static boolean anyWhitespace(char c) {
    return c <= ' ' || c == '\u00a0' || Character.isWhitespace(c);
  }

  static char at(CharSequence t, int i) {
    return i >= 0 && i < t.length() ? t.charAt(i) : '\0';
  }

  /** Whether {@code t} has {@code s} at {@code i}, ignoring ASCII case. */
  static boolean regionIgnoreCase(CharSequence t, int i, String s) {
    if (i < 0 || i + s.length() > t.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (CueLexicon.fold(t.charAt(i + k)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
