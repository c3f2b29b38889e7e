package io.replyguard.pii;

/**
 * Shapes of numbers that look like personal data but are not: calendar dates and the service
 * numbers of organisations (toll-free and shared-cost). Stateless and thread-safe.
 */
final class NumberShapes {
  private NumberShapes() {}

  /**
   * Whether the digits of {@code t[from, to)} count up ("123456789", "01234 56789",
   * "12/345/67890", "+49123456789"): an ascending run of at least eight digits (9 followed by
   * 0 continues it) that leaves at most two digits outside. A sample value, nobody's number.
   *
   * @param t the text
   * @param from start of the value
   * @param to end of the value
   */
  static boolean countingRun(CharSequence t, int from, int to) {
    int digits = 0;
    int run = 0;
    int best = 0;
    int previous = -1;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      digits++;
      run = previous >= 0 && d == (previous + 1) % 10 ? run + 1 : 1;
      best = Math.max(best, run);
      previous = d;
    }
    return best >= 8 && best >= digits - 2;
  }

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
   * the UK (0800, 0808), France (080x), Ireland (1800, 1850, 1890), Australia (1800, 1300,
   * 13 xx xx), New Zealand (0800, 0508), the Netherlands, Belgium and Italy (0800), Spain (800,
   * 900), India (1800) and North America (1-800, 888, 877, 866, 855, 844, 833, 822, 900).
   *
   * @param d the digits (no separators)
   * @param plus whether the number was written with '+'
   * @return true for a service number
   */
  static boolean serviceNumber(CharSequence d, boolean plus) {
    int n = d.length();
    if (plus || starts(d, 0, "00")) {
      int i = plus ? 0 : 2;
      if (starts(d, i, "1")) {
        return n - i == 11 && nanpTollFree(d, i + 1);
      }
      if (n - i < 4) {
        return false;
      }
      if (starts(d, i, "353")) {
        int ie = d.charAt(i + 3) == '0' ? i + 4 : i + 3;
        return starts(d, ie, "1800") || starts(d, ie, "1850") || starts(d, ie, "1890");
      }
      int nat = i + 2;
      if (d.charAt(nat) == '0') {
        nat++;
      }
      if (starts(d, i, "49")) {
        return germanService(d, nat);
      }
      if (starts(d, i, "43")) {
        return starts(d, nat, "800") || starts(d, nat, "810") || starts(d, nat, "820")
            || starts(d, nat, "900");
      }
      if (starts(d, i, "41")) {
        return starts(d, nat, "800") || starts(d, nat, "84") || starts(d, nat, "900");
      }
      if (starts(d, i, "44")) {
        return starts(d, nat, "800") || starts(d, nat, "808");
      }
      if (starts(d, i, "61")) {
        return australianService(d, nat);
      }
      if (starts(d, i, "64")) {
        return starts(d, nat, "800") || starts(d, nat, "508");
      }
      if (starts(d, i, "31") || starts(d, i, "32") || starts(d, i, "39")) {
        return starts(d, nat, "800");
      }
      if (starts(d, i, "34")) {
        return starts(d, nat, "800") || starts(d, nat, "900");
      }
      if (starts(d, i, "91")) {
        return starts(d, nat, "1800");
      }
      return starts(d, i, "33") && starts(d, nat, "80");
    }
    if (starts(d, 0, "0")) {
      return germanService(d, 1);
    }
    if (n == 11 && starts(d, 0, "1")) {
      return nanpTollFree(d, 1);
    }
    // no North American area code starts with 1: ten digits "1800 …"/"1300 …" are Australian
    // (and Irish "1800"/"1850"/"1890") service numbers
    return n == 10 && (nanpTollFree(d, 0) || australianService(d, 0) || starts(d, 0, "1850")
        || starts(d, 0, "1890"));
  }

  private static boolean starts(CharSequence d, int from, String prefix) {
    if (from + prefix.length() > d.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (d.charAt(from + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean germanService(CharSequence d, int from) {
    return starts(d, from, "800") || starts(d, from, "180") || starts(d, from, "137")
        || starts(d, from, "900");
  }

  /** Australian freecall (1800) and local-rate (1300, 13 xx xx) numbers. */
  private static boolean australianService(CharSequence d, int from) {
    return starts(d, from, "1800") || starts(d, from, "1300")
        || (d.length() - from == 6 && starts(d, from, "13"));
  }

  private static boolean nanpTollFree(CharSequence d, int from) {
    if (d.length() - from != 10) {
      return false;
    }
    for (String area : NANP_TOLL_FREE) {
      if (starts(d, from, area)) {
        return true;
      }
    }
    return false;
  }

}
