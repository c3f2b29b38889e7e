package io.replyguard.advice;

/**
 * Normalises text once for matching: lower case, German umlauts folded to their two-letter
 * spellings ({@code ä → ae}, {@code ö → oe}, {@code ü → ue}, {@code ß → ss}, combining diaeresis
 * included), other Latin-1 accents dropped ({@code é → e}), typographic apostrophes unified and
 * every run of white space collapsed to one space. Everything else (digits, punctuation, {@code #},
 * emoji as surrogate pairs) is kept, so word boundaries stay visible.
 *
 * <p>Stateless and thread-safe.
 */
final class TextNormalizer {
  /** Replacement for U+00C0..U+00FF after lower-casing; 0 means keep the character. */
  private static final String LATIN1 =
      // à á â ã ä å æ ç è é ê ë ì í î ï ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
      "aaaa\0a\0ceeeeiiii\0nooooo\0\0uuu\0y\0y";

  private TextNormalizer() {}

  /**
   * Normalises a text.
   *
   * @param text not null
   * @return the normalised text
   */
  static String normalize(CharSequence text) {
    char[] out = new char[text.length() * 2];
    return new String(out, 0, normalize(text, out));
  }

  /**
   * Normalises a text into a buffer.
   *
   * @param text not null
   * @param out the buffer, at least twice as long as the text
   * @return the number of characters written
   */
  static int normalize(CharSequence text, char[] out) {
    int n = text.length();
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        char m = ASCII[c];
        if (m != ' ') {
          out[k++] = m;
        } else if (k == 0 || out[k - 1] != ' ') {
          out[k++] = ' ';
        }
      } else {
        k = other(c, out, k);
      }
    }
    return k;
  }

  /** Lower case for ASCII, white space mapped to a space. */
  private static final char[] ASCII = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32)
          : c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
    }
  }

  private static int other(char c, char[] out, int k) {
    if (Character.isSurrogate(c)) {
      out[k++] = c;
      return k;
    }
    char lower = Character.toLowerCase(c);
    switch (lower) {
      case 'ä' -> {
        out[k++] = 'a';
        out[k++] = 'e';
      }
      case 'ö' -> {
        out[k++] = 'o';
        out[k++] = 'e';
      }
      case 'ü' -> {
        out[k++] = 'u';
        out[k++] = 'e';
      }
      case 'ß', '\u1E9E' -> {
        out[k++] = 's';
        out[k++] = 's';
      }
      case '\u0308' -> { // combining diaeresis after a, o, u
        if (k > 0 && (out[k - 1] == 'a' || out[k - 1] == 'o' || out[k - 1] == 'u')) {
          out[k++] = 'e';
        }
      }
      case '\u2019', '\u2018', '\u00B4' -> out[k++] = '\'';
      default -> {
        if (Character.isWhitespace(lower) || lower == '\u00A0' || lower == '\u202F') {
          if (k == 0 || out[k - 1] != ' ') {
            out[k++] = ' ';
          }
        } else if (lower >= '\u00E0' && lower <= '\u00FF'
            && LATIN1.charAt(lower - '\u00E0') != 0) {
          out[k++] = LATIN1.charAt(lower - '\u00E0');
        } else {
          out[k++] = lower;
        }
      }
    }
    return k;
  }

  /**
   * Whether a character of normalised text belongs to a word (letter or digit).
   *
   * @param c the character
   * @return true for letters and digits
   */
  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
  }
}
