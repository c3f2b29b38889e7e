package io.replyguard.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * Safe forms of identifiers taken from input (unknown keys, enum values, platform and template ids,
 * value keys) for exception messages: such identifiers may carry personal data ({@code
 * "max@example.de"} as a JSON key), so a message shows at most their first three characters,
 * letters kept, digits masked as {@code #} and everything else as {@code *}, and their length.
 * Internal: not part of the API. Stateless and thread-safe.
 */
public final class SafeText {
  private static final int SHOWN = 3;

  private SafeText() {}

  /**
   * A quoted, truncated and masked form of an identifier from input, e.g. {@code 'max…' (14
   * characters)} for {@code max@example.de} and {@code '###…' (12 characters)} for a phone number.
   *
   * @param identifier the identifier, not null
   * @return the safe form, never containing more than three characters of the identifier
   */
  public static String identifier(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    int length = identifier.codePointCount(0, identifier.length());
    StringBuilder b = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < identifier.length() && shown < SHOWN; shown++) {
      int cp = identifier.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128 && Character.isLetter(cp)) {
        b.append((char) cp);
      } else if (Character.isDigit(cp)) {
        b.append('#');
      } else {
        b.append('*');
      }
    }
    if (length > SHOWN) {
      b.append("…' (").append(length).append(" characters)");
    } else {
      b.append('\'');
    }
    return b.toString();
  }

  /**
   * The allowed name closest to a mistyped identifier (at most two edits away), for a "did you
   * mean" hint that quotes only an allowed name, never the input.
   *
   * @param identifier the identifier from input, not null
   * @param allowed the allowed names
   * @return the closest allowed name, or null when none is close
   */
  public static String closest(String identifier, Collection<String> allowed) {
    if (identifier.length() > 64) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String a : allowed) {
      int d = distance(identifier.toLowerCase(java.util.Locale.ROOT),
          a.toLowerCase(java.util.Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best;
  }

  /** Levenshtein distance with adjacent transpositions, or {@code limit} when it is at least that. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return Math.min(limit, d[a.length()][b.length()]);
  }
}
