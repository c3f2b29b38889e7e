package io.replyguard.pii;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates texts that exercise every recognizer: cue labels, checksum-valid values of every
 * type (and one-character mutations of them), near-miss shapes, separators, masks, non-ASCII
 * letters and noise, glued with spaces, punctuation and line breaks. Deterministic per seed.
 * Test support: not thread-safe.
 */
final class ScanCorpusGenerator {
  private final SplittableRandom rnd;
  private final List<String> cueLabels;

  private static final String[] WORDS = {"ist", "is", "lautet", ":", "=", "#", "no.", "Nr.",
      "Straße", "str.", "Str.", "Weg", "Am", "An der", "Im", "Zur", "in", "von", "van", "http://",
      "https://", "www.", "@", "::", "::1", "fe80::1", "Max", "Mustermann", "Anna", "hunter2",
      "Sommer2024!", "it's", "isn't", "again?", "&gt;", "EUR", "€", "GB", "%", "x12", "(0)",
      "(030)", "+49", "0049", "ICE", "Gleis", "Version", "1.17.0.12", "12.03.1985",
      "March 12, 1985", "1985-03-12", "04/22/2021", "M-AB 1234", "B MW 123", "HH-X 99E",
      "Hauptstr. 5", "Musterstraße 12a", "12345 Berlin", "221 Baker Street", "Am Markt 3",
      "\n", "\r\n", "\u00a0", "\u2022\u2022\u2022\u2022", "ä", "Ö", "ß", "é", "日本", "\uD83D\uDE00",
      "\t", "KB5021233", "0xC004F074", "CE-34878-0", "L38120-001", "15.5.2.1054"};
  private static final String[] NOISE = {"0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "abcdefghijklmnopqrstuvwxyz", " -/.:()+@#€,\n'\"=_", "äöüßÄÖÜ•\u00a0é", "0123456789 -/",
      "0123456789abcdefABCDEF:."};
  private static final String[] GLUE = {" ", " ", " ", "", ": ", ", ", "\n", ". ", " - ", "/",
      "(", ")", "\"", "-"};

  ScanCorpusGenerator(long seed) {
    this.rnd = new SplittableRandom(seed);
    this.cueLabels = CueLexicon.labels();
  }

  /** The next text: 1 to 12 pieces. */
  String next() {
    int pieces = 1 + rnd.nextInt(12);
    StringBuilder b = new StringBuilder(96);
    for (int k = 0; k < pieces; k++) {
      if (k > 0) {
        b.append(GLUE[rnd.nextInt(GLUE.length)]);
      }
      b.append(piece());
    }
    return b.toString();
  }

  private String piece() {
    int r = rnd.nextInt(100);
    if (r < 18) {
      String c = cueLabels.get(rnd.nextInt(cueLabels.size()));
      return rnd.nextInt(4) == 0 ? c.toLowerCase(java.util.Locale.ROOT) : c;
    }
    if (r < 55) {
      String v = value();
      return rnd.nextInt(6) == 0 ? mutate(v) : v;
    }
    if (r < 75) {
      return WORDS[rnd.nextInt(WORDS.length)];
    }
    String alphabet = NOISE[rnd.nextInt(NOISE.length)];
    int len = 1 + rnd.nextInt(14);
    StringBuilder b = new StringBuilder(len);
    for (int k = 0; k < len; k++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private String mutate(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char[] c = v.toCharArray();
    int at = rnd.nextInt(c.length);
    String alphabet = NOISE[rnd.nextInt(NOISE.length)];
    c[at] = alphabet.charAt(rnd.nextInt(alphabet.length()));
    return new String(c);
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    return b.toString();
  }

  private String value() {
    switch (rnd.nextInt(16)) {
      case 0:
        return group(card(), rnd.nextInt(3));
      case 1:
        return group(iban(), rnd.nextInt(3));
      case 2:
        return steuerId();
      case 3:
        return phone();
      case 4:
        return email();
      case 5:
        return ipv4();
      case 6:
        return checked("T" + digits(8), 1);
      case 7:
        return kvnr();
      case 8:
        return rvnr();
      case 9:
        return digits(3) + "-" + digits(2) + "-" + digits(4);
      case 10:
        return digits(1 + rnd.nextInt(12));
      case 11:
        return (1 + rnd.nextInt(28)) + "." + (1 + rnd.nextInt(12)) + "." + (1920 + rnd.nextInt(110));
      case 12:
        return Integer.toHexString(rnd.nextInt(0x10000)) + ":" + Integer.toHexString(rnd.nextInt(0x10000))
            + "::" + Integer.toHexString(rnd.nextInt(0x10000));
      case 13:
        return "(" + digits(3) + ") " + digits(3) + "-" + digits(4);
      case 14:
        return digits(2) + " " + digits(4) + " " + digits(4);
      default:
        return "ABCDEFGHJK".charAt(rnd.nextInt(10)) + "" + "CFGHJKLMNPRTVWXYZ".charAt(rnd.nextInt(17))
            + digits(2) + "CFGHJ".charAt(rnd.nextInt(5)) + digits(4);
    }
  }

  private String group(String v, int style) {
    if (style == 0) {
      return v;
    }
    String sep = style == 1 ? " " : "-";
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < v.length(); k++) {
      if (k > 0 && k % 4 == 0) {
        b.append(sep);
      }
      b.append(v.charAt(k));
    }
    return b.toString();
  }

  private String card() {
    String[] prefixes = {"4", "51", "55", "34", "37", "6011", "35", "1"};
    String p = prefixes[rnd.nextInt(prefixes.length)];
    int len = p.equals("34") || p.equals("37") || p.equals("1") ? 15 : 16;
    String body = p + digits(len - 1 - p.length());
    for (char d = '0'; d <= '9'; d++) {
      if (Checksums.luhn(body + d)) {
        return body + d;
      }
    }
    return body + '0';
  }

  private String iban() {
    String[] countries = {"DE", "DE", "DE", "AT", "CH", "GB", "FR", "NL"};
    String cc = countries[rnd.nextInt(countries.length)];
    int len = Checksums.ibanLength(cc.charAt(0), cc.charAt(1));
    String bban = cc.equals("GB") ? "NWBK" + digits(len - 8) : cc.equals("NL") ? "ABNA"
        + digits(len - 8) : digits(len - 4);
    StringBuilder num = new StringBuilder();
    for (char c : (bban + cc + "00").toCharArray()) {
      num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    return cc + (check < 10 ? "0" : "") + check + bban;
  }

  private String steuerId() {
    for (int tries = 0; tries < 200; tries++) {
      String d = (1 + rnd.nextInt(9)) + digits(10);
      if (Checksums.steuerId(d)) {
        return rnd.nextBoolean() ? d : d.substring(0, 2) + " " + d.substring(2, 5) + " "
            + d.substring(5, 8) + " " + d.substring(8);
      }
    }
    return "86095742719";
  }

  private String phone() {
    String[] forms = {"0152 ", "0172/", "+49 30 ", "030 ", "0049 170 ", "+1 ", "0800 ",
        "+44 20 "};
    return forms[rnd.nextInt(forms.length)] + digits(6 + rnd.nextInt(3));
  }

  private String email() {
    String[] locals = {"max", "a.b", "info", "support", "x_y+z", "m"};
    String[] domains = {"example.de", "web.de", "t-online.de", "example.co.uk", "mail.museum",
        "x.y", "firma.xn--p1ai"};
    return locals[rnd.nextInt(locals.length)] + "@" + domains[rnd.nextInt(domains.length)];
  }

  private String ipv4() {
    return rnd.nextInt(300) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "."
        + rnd.nextInt(256) + (rnd.nextInt(5) == 0 ? "/" + rnd.nextInt(40) : "");
  }

  private String checked(String body, int unused) {
    for (char d = '0'; d <= '9'; d++) {
      if (Checksums.icao(body + d)) {
        return body + d;
      }
    }
    return body;
  }

  private String kvnr() {
    String body = (char) ('A' + rnd.nextInt(26)) + digits(8);
    for (char d = '0'; d <= '9'; d++) {
      if (Checksums.kvnr(body + d)) {
        return rnd.nextInt(4) == 0 ? (body + d).toLowerCase(java.util.Locale.ROOT) : body + d;
      }
    }
    return body + '0';
  }

  private String rvnr() {
    String body = digits(2) + String.format("%02d", 1 + rnd.nextInt(28))
        + String.format("%02d", 1 + rnd.nextInt(12)) + digits(2) + (char) ('A' + rnd.nextInt(26))
        + digits(2);
    for (char d = '0'; d <= '9'; d++) {
      if (Checksums.rvnr(body + d)) {
        String v = body + d;
        return rnd.nextInt(3) == 0 ? v.substring(0, 2) + " " + v.substring(2, 8) + " "
            + v.charAt(8) + " " + v.substring(9) : v;
      }
    }
    return body + '0';
  }
}
