package io.replyguard.pii;

import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;

/**
 * Masks findings with {@code •} per character, keeping length, spaces and punctuation: IBANs keep
 * the country code, check digits and the last two characters, cards the last four digits,
 * e-mail addresses the first character and (when written with '@') the top-level domain;
 * credentials lose every character but whitespace. A reported span always has at least one
 * masked character. Stateless, thread-safe.
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
        // the top-level domain stays readable when the address is written plainly
        int at = -1;
        int dot = -1;
        for (int k = e - 1; k > s; k--) {
          if (a[k] == '.' && dot < 0) {
            dot = k;
          }
          if (a[k] == '@') {
            at = k;
            break;
          }
        }
        tailFrom = at > 0 && dot > at ? dot : e;
      }
      case CREDENTIAL -> {
        // every character of a secret, punctuation included ("hunter2!!")
        for (int k = s; k < e; k++) {
          if (!Character.isWhitespace(a[k])) {
            a[k] = Chars.MASK;
          }
        }
        return;
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
    boolean masked = false;
    for (int k = s; k < tailFrom; k++) {
      if (!maskable(a[k])) {
        continue;
      }
      if (head < keepHead) {
        head++;
        continue;
      }
      a[k] = Chars.MASK;
      masked = true;
    }
    if (!masked) {
      // a reported span is always masked: when the kept head and tail would cover all of it,
      // mask every letter and digit
      for (int k = s; k < e; k++) {
        if (maskable(a[k])) {
          a[k] = Chars.MASK;
        }
      }
    }
  }
}
