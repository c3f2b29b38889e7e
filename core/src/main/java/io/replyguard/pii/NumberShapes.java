package io.replyguard.pii;

/**
 * Shapes of numbers that look like personal data but are not: calendar dates and the service
 * numbers of organisations (toll-free and shared-cost). Stateless and thread-safe.
 */
final class NumberShapes {
  private NumberShapes() {}

  /**
   * Whether [start, end) of the text is a calendar date: day/month/year or month/day/year with
   * '/', '-' or '.' (year of two or four digits), or year-month-day.
   *
   * @param t the text
   * @param start inclusive
   * @param end exclusive
   * @return true for a real date
   */
  static boolean date(CharSequence t, int start, int end) {
    int[] parts = new int[3];
    int[] lens = new int[3];
    int k = 0;
    char sep = 0;
    int p = start;
    while (p < end && k < 3) {
      int v = 0;
      int q = p;
      while (q < end && Chars.digit(t.charAt(q)) && q - p < 5) {
        v = v * 10 + t.charAt(q) - '0';
        q++;
      }
      if (q == p) {
        return false;
      }
      parts[k] = v;
      lens[k] = q - p;
      k++;
      if (q == end) {
        p = q;
        break;
      }
      char c = t.charAt(q);
      if (c != '/' && c != '-' && c != '.' || sep != 0 && c != sep || k == 3) {
        return false;
      }
      sep = c;
      p = q + 1;
    }
    if (k != 3 || p != end) {
      return false;
    }
    if (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) {
      return Checksums.validDate(parts[2], parts[1], parts[0]);
    }
    if (lens[0] > 2 || lens[1] > 2 || lens[2] != 2 && lens[2] != 4) {
      return false;
    }
    int year = lens[2] == 2 ? 2000 + parts[2] : parts[2];
    if (year < 1900 || year > 2099) {
      return false;
    }
    return Checksums.validDate(parts[0], parts[1], year)
        || Checksums.validDate(parts[1], parts[0], year);
  }

  /** North American toll-free area codes. */
  private static final String[] NANP_TOLL_FREE = {"800", "888", "877", "866", "855", "844",
      "833", "822", "900"};

  /**
   * Whether the digits of a phone number are an organisation's service number: toll-free or
   * shared-cost in Germany (0800, 0180x, 0137x, 0900), Austria and Switzerland (0800, 08x0, 0900),
   * the UK (0800, 0808), France (080x) and North America (1-800, 888, 877, 866, 855, 844, 833,
   * 822, 900).
   *
   * @param d the digits (no separators)
   * @param plus whether the number was written with '+'
   * @return true for a service number
   */
  static boolean serviceNumber(CharSequence d, boolean plus) {
    String s = d.toString();
    String national;
    String country;
    if (plus || s.startsWith("00")) {
      String intl = plus ? s : s.substring(2);
      if (intl.startsWith("1")) {
        return intl.length() == 11 && nanpTollFree(intl.substring(1));
      }
      if (intl.length() < 4) {
        return false;
      }
      country = intl.substring(0, 2);
      national = intl.substring(2);
      if (national.startsWith("0")) {
        national = national.substring(1);
      }
      return switch (country) {
        case "49" -> germanService(national);
        case "43" -> national.startsWith("800") || national.startsWith("810")
            || national.startsWith("820") || national.startsWith("900");
        case "41" -> national.startsWith("800") || national.startsWith("84")
            || national.startsWith("900");
        case "44" -> national.startsWith("800") || national.startsWith("808");
        case "33" -> national.startsWith("80");
        default -> false;
      };
    }
    if (s.startsWith("0")) {
      return germanService(s.substring(1));
    }
    if (s.length() == 11 && s.startsWith("1")) {
      return nanpTollFree(s.substring(1));
    }
    return s.length() == 10 && nanpTollFree(s);
  }

  private static boolean germanService(String national) {
    return national.startsWith("800") || national.startsWith("180")
        || national.startsWith("137") || national.startsWith("900");
  }

  private static boolean nanpTollFree(String tenDigits) {
    if (tenDigits.length() != 10) {
      return false;
    }
    for (String area : NANP_TOLL_FREE) {
      if (tenDigits.startsWith(area)) {
        return true;
      }
    }
    return false;
  }
}
