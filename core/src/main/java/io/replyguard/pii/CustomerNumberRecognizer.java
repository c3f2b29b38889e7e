package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * Customer, contract, order and similar numbers after a cue ("Kundennummer: 123456",
 * "order no. A-55012"): letters and digits with single inner separators, at least three digits,
 * 4 to 34 characters, not an amount. Stateless.
 */
final class CustomerNumberRecognizer implements Recognizer {
  static final CustomerNumberRecognizer INSTANCE = new CustomerNumberRecognizer();

  private CustomerNumberRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.CUSTOMER);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    customerNumber(s, h);
  }

  private static void customerNumber(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int start = s.skipFiller(h.end());
    int p = start;
    int digits = 0;
    // masked characters count as token characters, so a redacted text yields the same extent
    while (p < n) {
      char c = a[p];
      if (Chars.asciiAlnum(c) || c == Chars.MASK) {
        if (digit(c)) {
          digits++;
        }
        p++;
      } else if ((c == '-' || c == '/' || c == '.' || c == ' ') && p > start
          && (Chars.asciiAlnum(s.at(p + 1)) || s.at(p + 1) == Chars.MASK)
          && (c != ' ' || ScanText.digitOrMask(a[p - 1]) && ScanText.digitOrMask(a[p + 1]))) {
        p++;
      } else {
        break;
      }
    }
    if (p < n && word(a[p])) {
      return;
    }
    if (digits < 3 || p - start < 4 || p - start > 34 || s.followedByCurrency(p, digits)) {
      return;
    }
    s.add(PiiType.CUSTOMER_NUMBER, start, p, 0.85, "customer-number", h);
  }
}
