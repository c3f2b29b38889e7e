package io.replyguard.pii;

import io.replyguard.config.Checksum;

/**
 * Check-digit algorithms and format tables used by the built-in and custom recognizers. All
 * methods take already normalised input (separators removed) and never throw on malformed input:
 * they return false. Stateless and thread-safe.
 */
final class Checksums {
  private Checksums() {}

  /** IBAN length per country (SWIFT IBAN registry), by (first - 'A') * 26 + (second - 'A'). */
  private static final byte[] IBAN_LENGTHS = new byte[26 * 26];

  static {
    String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 "
        + "CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 "
        + "GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 "
        + "LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 "
        + "PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 "
        + "TR26 UA29 VA22 VG24 XK20 YE30";
    for (String e : table.split(" ")) {
      IBAN_LENGTHS[(e.charAt(0) - 'A') * 26 + e.charAt(1) - 'A'] =
          (byte) Integer.parseInt(e.substring(2));
    }
  }

  /**
   * The IBAN length of a country, or 0 when the country issues no IBANs.
   *
   * @param a first letter (uppercase)
   * @param b second letter (uppercase)
   */
  static int ibanLength(char a, char b) {
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return 0;
    }
    return IBAN_LENGTHS[(a - 'A') * 26 + b - 'A'];
  }

  /** Digits value of [0-9A-Z], or -1. */
  private static int alnumValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /**
   * ISO 13616 check: length per country, BBAN structure per country (digits where the country
   * allows no letters), check digits, mod 97 of the rearranged number is 1, and for Spain the
   * national CCC check digits.
   *
   * @param iban uppercase IBAN without separators
   */
  static boolean iban(CharSequence iban) {
    int n = iban.length();
    if (n < 15 || n > 34) {
      return false;
    }
    char a = iban.charAt(0);
    char b = iban.charAt(1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || ibanLength(a, b) != n
        || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
      return false;
    }
    long rem = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      int v = alnumValue(c);
      if (v < 0 || (c >= 'a' && c <= 'z')) {
        return false;
      }
      rem = v < 10 ? (rem * 10 + v) % 97 : (rem * 100 + v) % 97;
    }
    if (rem != 1 || !bban(iban, a, b)) {
      return false;
    }
    if (a == 'E' && b == 'S') {
      return spanishCcc(iban);
    }
    return true;
  }

  /**
   * BBAN structure per country (SWIFT IBAN registry notation: n digits, a upper-case letters,
   * c letters or digits), for the countries whose structure is recorded here; the others are
   * checked by length and mod 97 only.
   */
  private static final String[] BBAN = new String[26 * 26];

  static {
    String table = "AD8n12c AE19n AL8n16c AT16n AZ4a20c BA16n BE12n BG4a6n8c BH4a14c "
        + "BR23n1a1c CH5n12c CR18n CY8n16c CZ20n DE18n DK14n DO4c20n EE16n EG25n ES20n FI14n "
        + "FO14n FR10n11c2n GB4a14n GE2a16n GI4a15c GL14n GR7n16c GT4c20c HR17n HU24n IE4a14n "
        + "IL19n IS22n IT1a10n12c JO4a4n18c KW4a22c KZ3n13c LB4n20c LC4a24c LI5n12c LT16n "
        + "LU3n13c LV4a13c MC10n11c2n MD20c ME18n MK3n10c2n MR23n MT4a5n18c MU4a19n3a NL4a10n "
        + "NO11n PK4a16c PL24n PS4a21c PT21n QA4a21c RO4a16c RS18n SA2n18c SE20n SI15n SK20n "
        + "SM1a10n12c TN20n TR6n16c UA6n19c VG4a16n XK16n";
    for (String e : table.split(" ")) {
      BBAN[(e.charAt(0) - 'A') * 26 + e.charAt(1) - 'A'] = e.substring(2);
    }
  }

  /** Whether the BBAN (from index 4) matches the country's structure, when one is recorded. */
  private static boolean bban(CharSequence iban, char a, char b) {
    String format = BBAN[(a - 'A') * 26 + b - 'A'];
    if (format == null) {
      return true;
    }
    int p = 4;
    int f = 0;
    while (f < format.length()) {
      int count = 0;
      while (isDigit(format.charAt(f))) {
        count = count * 10 + format.charAt(f++) - '0';
      }
      char kind = format.charAt(f++);
      for (int k = 0; k < count; k++, p++) {
        if (p >= iban.length()) {
          return false;
        }
        char c = iban.charAt(p);
        boolean ok = kind == 'n' ? isDigit(c) : kind == 'a' ? c >= 'A' && c <= 'Z'
            : isDigit(c) || c >= 'A' && c <= 'Z';
        if (!ok) {
          return false;
        }
      }
    }
    return p == iban.length();
  }

  private static final int[] CCC_WEIGHTS = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};

  /** Spanish Código Cuenta Cliente: two national check digits inside the BBAN. */
  private static boolean spanishCcc(CharSequence iban) {
    // BBAN: bank(4) branch(4) check(2) account(10), starting at index 4.
    for (int i = 4; i < 24; i++) {
      if (!isDigit(iban.charAt(i))) {
        return false;
      }
    }
    int s1 = 0;
    for (int i = 0; i < 8; i++) {
      s1 += (iban.charAt(4 + i) - '0') * CCC_WEIGHTS[i + 2];
    }
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += (iban.charAt(14 + i) - '0') * CCC_WEIGHTS[i];
    }
    return cccDigit(s1) == iban.charAt(12) - '0' && cccDigit(s2) == iban.charAt(13) - '0';
  }

  private static int cccDigit(int sum) {
    int d = 11 - sum % 11;
    return d == 11 ? 0 : d == 10 ? 1 : d;
  }

  /**
   * Luhn mod 10 over the digits.
   *
   * @param digits only digits
   */
  static boolean luhn(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /**
   * Plausible payment-card issuer for the number's prefix and length (Visa, Mastercard, Amex,
   * Discover, Diners, JCB, UnionPay, Maestro, Mir, UATP).
   *
   * @param d only digits
   */
  static boolean cardIssuer(CharSequence d) {
    int n = d.length();
    if (n < 13 || n > 19) {
      return false;
    }
    int p2 = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    int p3 = p2 * 10 + (d.charAt(2) - '0');
    int p4 = p3 * 10 + (d.charAt(3) - '0');
    int p6 = p4 * 100 + (d.charAt(4) - '0') * 10 + (d.charAt(5) - '0');
    char first = d.charAt(0);
    if (first == '1') {
      // UATP (airline travel cards): 15 digits starting with 1
      return n == 15;
    }
    if (first == '4') {
      return n == 13 || n == 16 || n == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return n == 16;
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15;
    }
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
      return n >= 14 && n <= 19;
    }
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
      return n >= 16 && n <= 19;
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return n >= 16 && n <= 19;
    }
    if (p2 == 62 || p2 == 81) {
      return n >= 16 && n <= 19;
    }
    if (p4 >= 2200 && p4 <= 2204) {
      return n >= 16 && n <= 19;
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
      return n >= 13 && n <= 19;
    }
    return false;
  }

  /**
   * German Steuer-Identifikationsnummer: 11 digits, first not 0, exactly one digit repeated
   * (twice or three times) among the first ten, ISO 7064 MOD 11,10 check digit.
   *
   * @param d only digits
   */
  static boolean steuerId(CharSequence d) {
    if (d.length() != 11 || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int repeated = 0;
    for (int c : counts) {
      if (c == 2 || c == 3) {
        repeated++;
      } else if (c > 3) {
        return false;
      }
    }
    return repeated == 1 && iso7064Mod1110(d);
  }

  /**
   * ISO 7064 MOD 11,10 over all digits (the last one is the check digit).
   *
   * @param d only digits
   */
  static boolean iso7064Mod1110(CharSequence d) {
    int n = d.length();
    if (n < 2) {
      return false;
    }
    int p = 10;
    for (int i = 0; i < n - 1; i++) {
      int v = d.charAt(i) - '0';
      if (v < 0 || v > 9) {
        return false;
      }
      int s = (v + p) % 10;
      if (s == 0) {
        s = 10;
      }
      p = (2 * s) % 11;
    }
    int check = (11 - p) % 10;
    return d.charAt(n - 1) - '0' == check;
  }

  private static final int[] ICAO_WEIGHTS = {7, 3, 1};

  /**
   * ICAO 9303 check digit (weights 7-3-1, A=10 … Z=35, '<' = 0) of all characters but the last,
   * compared with the last character.
   *
   * @param s the characters incl. the check digit, letters in either case
   */
  static boolean icao(CharSequence s) {
    int n = s.length();
    if (n < 2 || !isDigit(s.charAt(n - 1))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = s.charAt(i);
      int v = c == '<' ? 0 : alnumValue(c);
      if (v < 0) {
        return false;
      }
      sum += v * ICAO_WEIGHTS[i % 3];
    }
    return sum % 10 == s.charAt(n - 1) - '0';
  }

  private static final int[] RVNR_WEIGHTS = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};

  /**
   * German Rentenversicherungsnummer: area (2 digits), birth date DDMMYY (day 01–31 or 51–81),
   * surname initial letter, serial (2 digits), check digit.
   *
   * @param s 12 characters without separators, letter in either case
   */
  static boolean rvnr(CharSequence s) {
    if (s.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (i != 8 && !isDigit(s.charAt(i))) {
        return false;
      }
    }
    char letter = Character.toUpperCase(s.charAt(8));
    if (letter < 'A' || letter > 'Z') {
      return false;
    }
    int day = num2(s, 2);
    int month = num2(s, 4);
    if (day >= 51) {
      day -= 50;
    }
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return false;
    }
    int yy = num2(s, 6);
    if (!validDate(day, month, 1900 + yy) && !validDate(day, month, 2000 + yy)) {
      return false;
    }
    int l = letter - 'A' + 1;
    int[] digits = {s.charAt(0) - '0', s.charAt(1) - '0', s.charAt(2) - '0', s.charAt(3) - '0',
        s.charAt(4) - '0', s.charAt(5) - '0', s.charAt(6) - '0', s.charAt(7) - '0', l / 10,
        l % 10, s.charAt(9) - '0', s.charAt(10) - '0'};
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int p = digits[i] * RVNR_WEIGHTS[i];
      sum += p / 10 + p % 10;
    }
    return sum % 10 == s.charAt(11) - '0';
  }

  /** Weights of the UPU S10 check digit over the eight serial digits. */
  private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

  /**
   * Whether a 13-character item identifier has the UPU S10 form of international postal items
   * (two service letters, eight serial digits, a check digit, the two-letter country of origin:
   * "RR123456785DE") and a correct check digit (weights 8 6 4 2 3 5 9 7, 11 minus the sum
   * modulo 11; 10 counts as 0 and 11 as 5).
   *
   * @param v the candidate, not null
   * @return true when the form and the check digit hold
   */
  static boolean upuS10(CharSequence v) {
    if (v.length() != 13) {
      return false;
    }
    for (int k : new int[] {0, 1, 11, 12}) {
      char c = v.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    int sum = 0;
    for (int k = 0; k < 9; k++) {
      char c = v.charAt(k + 2);
      if (c < '0' || c > '9') {
        return false;
      }
      if (k < 8) {
        sum += (c - '0') * S10_WEIGHTS[k];
      }
    }
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return v.charAt(10) - '0' == check;
  }

  /**
   * German Krankenversichertennummer: a letter and nine digits; the letter as 01–26 and the
   * first eight digits weighted 1-2 alternately, products cross-summed, sum mod 10 is the last
   * digit.
   *
   * @param s 10 characters, letter in either case
   */
  static boolean kvnr(CharSequence s) {
    if (s.length() != 10) {
      return false;
    }
    char letter = Character.toUpperCase(s.charAt(0));
    if (letter < 'A' || letter > 'Z') {
      return false;
    }
    for (int i = 1; i < 10; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    int l = letter - 'A' + 1;
    int sum = 0;
    int[] first = new int[10];
    first[0] = l / 10;
    first[1] = l % 10;
    for (int i = 1; i < 9; i++) {
      first[i + 1] = s.charAt(i) - '0';
    }
    for (int i = 0; i < 10; i++) {
      int p = first[i] * (i % 2 == 0 ? 1 : 2);
      sum += p / 10 + p % 10;
    }
    return sum % 10 == s.charAt(9) - '0';
  }

  /**
   * A real calendar date.
   *
   * @param day 1-based day
   * @param month 1-based month
   * @param year the year
   */
  static boolean validDate(int day, int month, int year) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= max;
  }

  /**
   * Applies a named checksum to a candidate: digits and letters are kept, everything else is
   * dropped first.
   *
   * @param checksum the checksum
   * @param candidate the matched text
   */
  static boolean check(Checksum checksum, CharSequence candidate) {
    StringBuilder alnum = new StringBuilder(candidate.length());
    StringBuilder digits = new StringBuilder(candidate.length());
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (alnumValue(c) >= 0) {
        alnum.append(Character.toUpperCase(c));
        if (isDigit(c)) {
          digits.append(c);
        }
      }
    }
    return switch (checksum) {
      case LUHN -> digits.length() >= 2 && luhn(digits);
      case IBAN_MOD97 -> iban(alnum);
      case ISO7064_MOD11_10 -> iso7064Mod1110(digits);
      case ICAO9303 -> icao(alnum);
      case DE_RVNR -> rvnr(alnum);
      case DE_KVNR -> kvnr(alnum);
    };
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num2(CharSequence s, int i) {
    return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
  }
}
