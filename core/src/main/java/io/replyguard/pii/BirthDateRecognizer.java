package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * Dates of birth after a birth cue ("geb. 12.03.1985", "DOB: March 12, 1985"): numeric
 * (day.month.year, ISO, US month/day/year) or with a German or English month name, and always a
 * real calendar date between 1900 and 2030. Stateless.
 */
final class BirthDateRecognizer implements Recognizer {
  static final BirthDateRecognizer INSTANCE = new BirthDateRecognizer();

  private BirthDateRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.BIRTH);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    int start = s.skipFiller(h.end());
    int[] r = new DateReader(s).date(start);
    if (r != null) {
      s.add(PiiType.DATE_OF_BIRTH, start, r[0], 0.9, "date-of-birth", h);
    }
  }

  private static final String[] MONTHS = {"januar", "jänner", "februar", "märz", "maerz",
      "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
      "january", "february", "march", "may", "june", "july", "october", "december", "jan.",
      "feb.", "mär.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "oct.",
      "nov.", "dez.", "dec."};
  private static final int[] MONTH_NUM = {1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 5,
      6, 7, 10, 12, 1, 2, 3, 3, 4, 6, 7, 8, 9, 9, 10, 10, 11, 12, 12};

  /** Reads one date; holds the length of the last number and the last month read. */
  private static final class DateReader {
    private final ScanText sc;
    private int lastMonth;
    private int intLen;

    DateReader(ScanText sc) {
      this.sc = sc;
    }

    /** Parses a date at s; returns {end} or null. */
    int[] date(int s) {
      int p = s;
      int a = readInt(p, 4);
      int al = intLen;
      if (al > 0) {
        p += al;
        char sep = sc.at(p);
        if (al == 4 && sep == '-') {
          int m = readInt(p + 1, 2);
          int ml = intLen;
          if (ml > 0 && sc.at(p + 1 + ml) == '-') {
            int d = readInt(p + 2 + ml, 2);
            int dl = intLen;
            int end = p + 2 + ml + dl;
            if (dl > 0 && plausibleYear(a) && Checksums.validDate(d, m, a) && !digit(sc.at(end))) {
              return new int[] {end};
            }
          }
          return null;
        }
        if (al > 2) {
          return null;
        }
        if (sep == '.' || sep == '/' || sep == '-') {
          int m = readInt(p + 1, 2);
          int ml = intLen;
          if (ml > 0 && sc.at(p + 1 + ml) == sep) {
            int yp = p + 2 + ml;
            int y = readInt(yp, 4);
            int yl = intLen;
            if (yl == 2) {
              y += y <= 30 ? 2000 : 1900;
            }
            int end = yp + yl;
            if ((yl == 2 || yl == 4) && plausibleYear(y) && Checksums.validDate(a, m, y)
                && !digit(sc.at(end))) {
              return new int[] {end};
            }
            // US order mm/dd/yyyy
            if ((yl == 2 || yl == 4) && sep == '/' && plausibleYear(y)
                && Checksums.validDate(m, a, y) && !digit(sc.at(end))) {
              return new int[] {end};
            }
          }
          if (sep == '.' && space(sc.at(p + 1))) {
            return monthNameDate(a, p + 2);
          }
          return null;
        }
        if (space(sep)) {
          return monthNameDate(a, p + 1);
        }
        return null;
      }
      // "March 12, 1985"
      int mEnd = monthName(p);
      if (mEnd < 0) {
        return null;
      }
      int month = lastMonth;
      int q = mEnd;
      if (!space(sc.at(q))) {
        return null;
      }
      int d = readInt(q + 1, 2);
      int dl = intLen;
      if (dl == 0) {
        return null;
      }
      q = q + 1 + dl;
      if (sc.at(q) == ',') {
        q++;
      }
      if (lower(sc.at(q)) && (sc.at(q) == 's' || sc.at(q) == 'n' || sc.at(q) == 'r'
          || sc.at(q) == 't')) {
        q += 2;
        if (sc.at(q) == ',') {
          q++;
        }
      }
      if (!space(sc.at(q))) {
        return null;
      }
      int y = readInt(q + 1, 4);
      if (intLen != 4 || !plausibleYear(y) || !Checksums.validDate(d, month, y)) {
        return null;
      }
      return new int[] {q + 5};
    }

    private int[] monthNameDate(int day, int p) {
      int mEnd = monthName(p);
      if (mEnd < 0 || !space(sc.at(mEnd))) {
        return null;
      }
      int y = readInt(mEnd + 1, 4);
      if (intLen != 4 || !plausibleYear(y) || !Checksums.validDate(day, lastMonth, y)) {
        return null;
      }
      return new int[] {mEnd + 5};
    }

    private int monthName(int p) {
      for (int k = 0; k < MONTHS.length; k++) {
        String m = MONTHS[k];
        if (sc.region(p, m) && !letter(sc.at(p + m.length()))) {
          lastMonth = MONTH_NUM[k];
          return p + m.length();
        }
      }
      return -1;
    }

    private int readInt(int p, int max) {
      int v = 0;
      int k = 0;
      while (p + k < sc.n && k < max && digit(sc.a[p + k])) {
        v = v * 10 + sc.a[p + k] - '0';
        k++;
      }
      if (k == max && digit(sc.at(p + k))) {
        intLen = 0;
        return 0;
      }
      intLen = k;
      return v;
    }
  }

  private static boolean plausibleYear(int y) {
    return y >= 1900 && y <= 2030;
  }
}
