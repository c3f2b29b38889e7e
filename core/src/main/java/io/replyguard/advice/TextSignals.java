package io.replyguard.advice;

import java.util.List;
import java.util.Set;

/**
 * Detects shouting and exclamation runs in the original (not normalised) text.
 *
 * <p>Shouting: at least {@code minWords} words of two or more letters are written entirely in
 * capitals, and they make up at least {@code minRatio} of all such words. Exclamation run: a run
 * of {@code !}, {@code ?} and {@code 1} (the latter only after a {@code !}) of at least
 * {@code minLength} characters containing two or more {@code !}.
 *
 * <p>On normalised text (see {@link TextNormalizer}): a protest tag is a hashtag that is one of
 * {@code protestTags} or ends with one of {@code protestSuffixes} ("#BahnFail", "#epicfail"); an
 * insult compound is a word made of an insulting modifier and a word for the company
 * ("Scheißladen", "Drecksverein", "Sau-Bude", "Saftladen"), also as two words ("Scheiß Verein").
 * A modifier before any other word ("Scheißrouter") is a coarse word about a thing, not an insult.
 *
 * <p>Immutable and thread-safe. Settings (from {@code advice-rules.json}):
 * minWords capitalised words needed, at least 1
 * minRatio share of capitalised words needed, in (0, 1]
 * minLength length of an exclamation run, at least 2
 * protestTags whole hashtags (normalised, without {@code #}) that are public protest
 * protestSuffixes hashtag endings that are public protest ("fail")
 * insultModifiers first parts of insulting compounds ("scheiss", "drecks")
 * insultHeads last parts naming the company ("laden", "verein", "bude")
 */
final class TextSignals {
  private final int minWords;
  private final double minRatio;
  private final int minLength;
  private final Set<String> protestTags;
  private final List<String> protestSuffixes;
  private final List<String> insultModifiers;
  private final Set<String> insultHeads;
  /** Whether an ASCII character starts some insult modifier. */
  private final boolean[] initials = new boolean[128];
  /** The insult modifiers by their (ASCII) first character. */
  private final String[][] byInitial = new String[128][0];

  /** Validates and copies the settings (see the class documentation). */
  TextSignals(int minWords, double minRatio, int minLength, Set<String> protestTags,
      List<String> protestSuffixes, List<String> insultModifiers, Set<String> insultHeads) {
    if (minWords < 1 || !(minRatio > 0 && minRatio <= 1) || minLength < 2) {
      throw new IllegalStateException("advice-rules.json: invalid signal settings");
    }
    this.minWords = minWords;
    this.minRatio = minRatio;
    this.minLength = minLength;
    this.protestTags = Set.copyOf(protestTags);
    this.protestSuffixes = List.copyOf(protestSuffixes);
    this.insultModifiers = List.copyOf(insultModifiers);
    this.insultHeads = Set.copyOf(insultHeads);
    for (String m : insultModifiers) {
      if (m.isEmpty() || m.charAt(0) >= 128) {
        throw new IllegalStateException("advice-rules.json: insult modifiers must start with an"
            + " ASCII character: '" + m + "'");
      }
      initials[m.charAt(0)] = true;
      String[] same = byInitial[m.charAt(0)];
      same = java.util.Arrays.copyOf(same, same.length + 1);
      same[same.length - 1] = m;
      byInitial[m.charAt(0)] = same;
    }
  }

  /** Whether {@code w} holds {@code m} at {@code from} (the caller checked the length). */
  private static boolean regionEquals(char[] w, int from, String m) {
    for (int k = 0; k < m.length(); k++) {
      if (w[from + k] != m.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a normalised text carries a protest hashtag.
   *
   * @param t normalised text
   * @param n its length
   * @return true for "#fail", "#BahnFail", "#boykott" …
   */
  boolean protestTag(char[] t, int n) {
    for (int i = 0; i < n; i++) {
      if (t[i] != '#') {
        continue;
      }
      int b = i + 1;
      int e = b;
      while (e < n && (TextNormalizer.isWordChar(t[e]) || t[e] == '_')) {
        e++;
      }
      if (e > b) {
        String tag = new String(t, b, e - b);
        if (protestTags.contains(tag)) {
          return true;
        }
        for (String suffix : protestSuffixes) {
          if (tag.endsWith(suffix)) {
            return true;
          }
        }
      }
      i = e - 1;
    }
    return false;
  }

  /**
   * Whether a normalised text contains an insult compound aimed at the company.
   *
   * @param t normalised text
   * @param n its length
   * @return true for "Scheißladen", "Drecks-Verein", "Scheiß Laden" …
   */
  boolean insultCompound(char[] t, int n) {
    boolean afterModifier = false;
    int i = 0;
    while (i < n) {
      if (!TextNormalizer.isWordChar(t[i])) {
        i++;
        continue;
      }
      int b = i;
      boolean hyphen = false;
      while (i < n && (TextNormalizer.isWordChar(t[i])
          || (t[i] == '-' && i + 1 < n && TextNormalizer.isWordChar(t[i + 1])))) {
        hyphen |= t[i] == '-';
        i++;
      }
      char first = t[b];
      if (!afterModifier && (first >= 128 || !initials[first])) {
        continue; // neither a modifier nor a compound with one, nor the head after one
      }
      // the word without its hyphens, read in place when it has none
      char[] w = t;
      int wb = b;
      int wl = i - b;
      if (hyphen) {
        w = new char[i - b];
        wb = 0;
        wl = 0;
        for (int k = b; k < i; k++) {
          if (t[k] != '-') {
            w[wl++] = t[k];
          }
        }
      }
      if (afterModifier && insultHeads.contains(new String(w, wb, wl))) {
        return true;
      }
      afterModifier = false;
      if (first >= 128) {
        continue; // every modifier starts with an ASCII character
      }
      for (String m : byInitial[first]) {
        int ml = m.length();
        if (wl < ml || !regionEquals(w, wb, m)) {
          continue;
        }
        if (wl == ml) {
          afterModifier = true;
          continue;
        }
        String head = new String(w, wb + ml, wl - ml);
        if (insultHeads.contains(head) || (head.length() > 1 && head.charAt(0) == 's'
            && insultHeads.contains(head.substring(1)))) {
          return true;
        }
      }
    }
    return false;
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
