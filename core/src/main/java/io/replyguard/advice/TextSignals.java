package io.replyguard.advice;

/**
 * Detects shouting and exclamation runs in the original (not normalised) text.
 *
 * <p>Shouting: at least {@code minWords} words of two or more letters are written entirely in
 * capitals, and they make up at least {@code minRatio} of all such words. Exclamation run: a run
 * of {@code !}, {@code ?} and {@code 1} (the latter only after a {@code !}) of at least
 * {@code minLength} characters containing two or more {@code !}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minWords capitalised words needed, at least 1
 * @param minRatio share of capitalised words needed, in (0, 1]
 * @param minLength length of an exclamation run, at least 2
 */
record TextSignals(int minWords, double minRatio, int minLength) {

  /** Validates the settings. */
  TextSignals {
    if (minWords < 1 || !(minRatio > 0 && minRatio <= 1) || minLength < 2) {
      throw new IllegalStateException("advice-rules.json: invalid signal settings");
    }
  }

  /**
   * Whether the text shouts.
   *
   * @param text the original text
   * @return true when most words are in capitals
   */
  boolean shouting(String text) {
    int words = 0;
    int upperWords = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int letters = 0;
      boolean allUpper = true;
      char d;
      while (i < n && isLetter(d = text.charAt(i))) {
        letters++;
        if (d < 128 ? d >= 'a' : !Character.isUpperCase(d) && d != 'ß') {
          allUpper = false;
        }
        i++;
      }
      if (letters >= 2) {
        words++;
        if (allUpper) {
          upperWords++;
        }
      }
    }
    return upperWords >= minWords && upperWords >= minRatio * words;
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /**
   * Whether the text contains an exclamation run.
   *
   * @param text the original text
   * @return true for runs such as {@code !!!}, {@code !?!}, {@code !!1}
   */
  boolean exclamationRun(String text) {
    int n = text.length();
    int run = 0;
    int bangs = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || (c == '1' && bangs > 0)) {
        run++;
        if (c == '!') {
          bangs++;
        }
        if (run >= minLength && bangs >= 2) {
          return true;
        }
      } else {
        run = 0;
        bangs = 0;
      }
    }
    return false;
  }
}
