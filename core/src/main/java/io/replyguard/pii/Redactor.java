package io.replyguard.pii;

import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;

/**
 * Masks findings with {@code •} per character, keeping length, spaces and punctuation: IBANs keep
 * the country code, check digits and the last two characters, cards the last four digits,
 * e-mail addresses the first character and the top-level domain. Stateless, thread-safe.
 */
final class Redactor {
  private Redactor() {}

  static String redact(String text, Iterable<PiiFinding> findings) {
    char[] out = null;
    for (PiiFinding f : findings) {
      int s = f.span().start();
      int e = f.span().end();
      if (e > text.length()) {
        throw new IllegalArgumentException("finding span " + f.span()
            + " lies outside the text of length " + text.length());
      }
      if (out == null) {
        out = text.toCharArray();
      }
      mask(out, s, e, f.type());
    }
    return out == null ? text : new String(out);
  }

  private static boolean maskable(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static void mask(char[] a, int s, int e, PiiType type) {
    int keepHead = 0;
    int keepTail = 0;
    int tailFrom = e;
    switch (type) {
      case IBAN -> {
        keepHead = 4;
        keepTail = 2;
      }
      case CREDIT_CARD -> keepTail = 4;
      case EMAIL -> {
        keepHead = 1;
        int dot = -1;
        for (int k = e - 1; k > s; k--) {
          if (a[k] == '.') {
            dot = k;
            break;
          }
          if (a[k] == '@') {
            break;
          }
        }
        tailFrom = dot > 0 ? dot : e;
      }
      default -> { }
    }
    if (keepTail > 0) {
      int seen = 0;
      for (int k = e - 1; k >= s; k--) {
        if (maskable(a[k])) {
          if (++seen == keepTail) {
            tailFrom = k;
            break;
          }
        }
      }
    }
    boolean anyMaskable = false;
    for (int k = s; k < e; k++) {
      anyMaskable |= maskable(a[k]);
    }
    if (!anyMaskable) {
      // e.g. the IPv6 address "::": nothing but punctuation, mask it all
      java.util.Arrays.fill(a, s, e, Chars.MASK);
      return;
    }
    int head = 0;
    for (int k = s; k < tailFrom; k++) {
      if (!maskable(a[k])) {
        continue;
      }
      if (head < keepHead) {
        head++;
        continue;
      }
      a[k] = Chars.MASK;
    }
  }
}
