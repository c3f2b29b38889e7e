package io.replyguard.pii;

import static io.replyguard.pii.Chars.at;
import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.upper;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.Cues.Hit;
import io.replyguard.pii.Cues.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in recognizers: one linear pass over the text finds cue words and candidate anchors
 * (digits, '+', '(', '@', uppercase letters, hex runs with ':'), then runs the validators of the
 * matching types only. One instance per scan: not thread-safe, never shared.
 */
final class TextScanner {
  private static final int CUE_BEFORE = 40;
  private static final int CUE_AFTER = 15;

  private final String t;
  private final int n;
  private final List<Hit> cues;
  private final List<Candidate> out;
  private final List<int[]> urls = new ArrayList<>(2);

  private TextScanner(String text, List<Candidate> out) {
    this.t = text;
    this.n = text.length();
    this.cues = Cues.BUILT_IN.findAll(text);
    this.out = out;
  }

  /**
   * Runs the built-in recognizers.
   *
   * @param text the text
   * @param out receives candidates (possibly overlapping)
   * @return URL ranges found, as {start, end} pairs
   */
  static List<int[]> scan(String text, List<Candidate> out) {
    TextScanner s = new TextScanner(text, out);
    s.run();
    return s.urls;
  }

  // ---------------------------------------------------------------------------------- main pass

  private void run() {
    int i = 0;
    char prev = ' ';
    while (i < n) {
      char c = t.charAt(i);
      boolean boundary = !word(prev);
      int next = i + 1;
      if (c == '@') {
        email(i);
      } else if (boundary && (digit(c) || c == '+' || c == '(')) {
        if (digit(c)) {
          ipv4(i);
          hexRun(i);
          alnumToken(i);
          address(i);
        }
        number(i);
      } else if (boundary && letter(c)) {
        int url = url(i);
        if (url > i) {
          urls.add(new int[] {i, url});
          ipInUrl(i, url);
          next = url;
        } else {
          if (Chars.hex(c)) {
            hexRun(i);
          }
          if (upper(c) || lower(c)) {
            alnumToken(i);
          }
          if (upper(c) || c >= 128) {
            street(i);
            if (upper(c)) {
              plate(i, null);
            }
          }
        }
      } else if (c == ':' && prev != ':' && !Chars.hex(prev)) {
        hexRun(i);
      }
      if (next != i + 1) {
        prev = t.charAt(next - 1);
        i = next;
      } else {
        prev = c;
        i++;
      }
    }
    for (Hit h : cues) {
      switch (h.kind()) {
        case CUSTOMER -> customerNumber(h);
        case PASSWORD, LOGIN -> password(h);
        case PIN -> pin(h);
        case BIRTH -> birthDate(h);
        case NAME -> name(h);
        case SIGNATURE -> signature(h);
        case ADDRESS -> addressAfterCue(h);
        case PLATE -> plateAfterCue(h);
        case ID_DOC -> idAfterCue(h);
        case SSN -> ssnAfterCue(h);
        default -> { }
      }
    }
  }

  private void add(PiiType type, int start, int end, double score, String recognizer,
      Hit cue) {
    if (start < 0 || end > n || start >= end) {
      return;
    }
    for (int k = start; k < end; k++) {
      if (t.charAt(k) == Chars.MASK) {
        return;
      }
    }
    out.add(new Candidate(type, start, end, Math.min(1.0, score), recognizer,
        cue == null ? null : cue.label()));
  }

  /** The nearest cue of the kind before (within 40 chars) or after (within 15 chars). */
  private Hit cue(Kind kind, int start, int end) {
    Hit best = null;
    for (Hit h : cues) {
      if (h.kind() != kind) {
        continue;
      }
      if (h.end() <= start && start - h.end() <= CUE_BEFORE) {
        best = h;
      } else if (h.start() >= end && h.start() - end <= CUE_AFTER && best == null) {
        return h;
      }
    }
    return best;
  }

  private Hit cue(Kind a, Kind b, int start, int end) {
    Hit h = cue(a, start, end);
    return h != null ? h : cue(b, start, end);
  }

  // ---------------------------------------------------------------------------------------- URL

  /** End of a URL starting at i (http://, https://, www.), or i. */
  private int url(int i) {
    int p;
    if (Chars.regionIgnoreCase(t, i, "https://")) {
      p = i + 8;
    } else if (Chars.regionIgnoreCase(t, i, "http://")) {
      p = i + 7;
    } else if (Chars.regionIgnoreCase(t, i, "www.")) {
      p = i + 4;
    } else {
      return i;
    }
    while (p < n && !Chars.anyWhitespace(t.charAt(p)) && t.charAt(p) != '"'
        && t.charAt(p) != '<' && t.charAt(p) != '>') {
      p++;
    }
    while (p > i && ".,;:!?)'".indexOf(t.charAt(p - 1)) >= 0) {
      p--;
    }
    return p;
  }

  private void ipInUrl(int start, int end) {
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      if (c == '[' || c == '/' || c == '@') {
        if (k + 1 < end && (Chars.hex(t.charAt(k + 1)) || t.charAt(k + 1) == ':')) {
          if (!ipv4(k + 1)) {
            hexRun(k + 1);
          }
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------- email

  private static boolean localChar(char c) {
    return word(c) || "!#$%&'*+-/=?^_`.{|}~".indexOf(c) >= 0;
  }

  private void email(int at) {
    int s = at;
    while (s > 0 && localChar(t.charAt(s - 1)) && t.charAt(s - 1) != Chars.MASK) {
      s--;
    }
    if (s == at || t.charAt(s) == '.' || t.charAt(at - 1) == '.') {
      return;
    }
    for (int k = s; k < at - 1; k++) {
      if (t.charAt(k) == '.' && t.charAt(k + 1) == '.') {
        return;
      }
    }
    int p = at + 1;
    int labels = 0;
    int lastLabelStart = p;
    int end = -1;
    while (true) {
      int ls = p;
      while (p < n && (word(t.charAt(p)) || t.charAt(p) == '-')) {
        p++;
      }
      if (p == ls || t.charAt(ls) == '-' || t.charAt(p - 1) == '-') {
        break;
      }
      labels++;
      lastLabelStart = ls;
      end = p;
      if (p + 1 < n && t.charAt(p) == '.' && word(t.charAt(p + 1))) {
        p++;
      } else {
        break;
      }
    }
    if (labels < 2 || end < 0) {
      return;
    }
    if (end < n && (t.charAt(end) == '-' || t.charAt(end) == '_' || t.charAt(end) == '@')) {
      return;
    }
    int tldLen = end - lastLabelStart;
    boolean punycode = Chars.regionIgnoreCase(t, lastLabelStart, "xn--");
    if (tldLen < 2 || !punycode && !allLetters(lastLabelStart, end)) {
      return;
    }
    Hit cue = cue(Kind.EMAIL, s, end);
    add(PiiType.EMAIL, s, end, cue != null ? 0.99 : 0.9, "email", cue);
  }

  private boolean allLetters(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!letter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------ number chunks

  /**
   * Reads a chunk of digit groups starting at i ('+', '(' or a digit) separated by single spaces,
   * hyphens, slashes, "(0)" or parentheses, and evaluates phones, cards, tax ids and US SSNs.
   */
  private void number(int i) {
    if (i > 0 && (t.charAt(i - 1) == '.' || t.charAt(i - 1) == ',') && digit(at(t, i - 2))) {
      return;
    }
    if (i > 0 && "€$£#".indexOf(t.charAt(i - 1)) >= 0) {
      return;
    }
    boolean plus = t.charAt(i) == '+';
    int p = plus ? i + 1 : i;
    StringBuilder digits = new StringBuilder(20);
    int[] groups = new int[24];
    int groupCount = 0;
    char sepKind = 0;
    boolean mixedSep = false;
    boolean parens = false;
    int end = -1;
    boolean trunk = false;
    while (p < n) {
      char c = t.charAt(p);
      if (c == '(') {
        // "(0)" trunk prefix or "(030)" / "(415)" area code
        int q = p + 1;
        int gs = digits.length();
        while (q < n && digit(t.charAt(q))) {
          q++;
        }
        if (q == p + 1 || q >= n || t.charAt(q) != ')' || q - p - 1 > 5) {
          break;
        }
        if (q - p - 1 == 1 && t.charAt(p + 1) == '0' && digits.length() > 0) {
          trunk = true;
        } else {
          digits.append(t, p + 1, q);
          if (groupCount < groups.length) {
            groups[groupCount++] = digits.length() - gs;
          }
        }
        parens = true;
        end = q + 1;
        p = q + 1;
        if (p < n && space(t.charAt(p)) && digit(at(t, p + 1))) {
          p++;
        }
        continue;
      }
      if (!digit(c)) {
        break;
      }
      int gs = digits.length();
      while (p < n && digit(t.charAt(p))) {
        digits.append(t.charAt(p));
        p++;
        if (digits.length() > 40) {
          return;
        }
      }
      if (groupCount < groups.length) {
        groups[groupCount++] = digits.length() - gs;
      }
      end = p;
      // separator: one of ' ', '-', '/', optionally surrounded by single spaces
      int q = p;
      char sep = 0;
      if (q < n && space(t.charAt(q))) {
        sep = ' ';
        q++;
      }
      if (q < n && (t.charAt(q) == '-' || t.charAt(q) == '/')) {
        sep = t.charAt(q);
        q++;
        if (q < n && space(t.charAt(q))) {
          q++;
        }
      }
      if (sep == 0 || q >= n || !(digit(t.charAt(q)) || t.charAt(q) == '(')) {
        break;
      }
      if (sepKind == 0) {
        sepKind = sep;
      } else if (sepKind != sep) {
        mixedSep = true;
      }
      p = q;
    }
    if (end < 0 || digits.length() == 0) {
      return;
    }
    char after = at(t, end);
    // extension "x532"
    boolean ext = (after == 'x' || after == 'X') && digit(at(t, end + 1));
    if (!ext && (word(after) || after == '€' || after == '%' || after == '@')) {
      return;
    }
    if ((after == '.' || after == ',' || after == ':') && digit(at(t, end + 1))) {
      return;
    }
    if (followedByCurrency(end)) {
      return;
    }
    int[] g = java.util.Arrays.copyOf(groups, groupCount);
    String d = digits.toString();
    evaluateNumber(i, end, plus, d, g, sepKind, mixedSep, parens, trunk);
  }

  private boolean followedByCurrency(int end) {
    int p = end;
    if (p < n && space(t.charAt(p))) {
      p++;
    }
    return Chars.regionIgnoreCase(t, p, "eur") || Chars.regionIgnoreCase(t, p, "euro")
        || at(t, p) == '€' || Chars.regionIgnoreCase(t, p, "usd") || at(t, p) == '$'
        || Chars.regionIgnoreCase(t, p, "cent") || Chars.regionIgnoreCase(t, p, "gb")
        || Chars.regionIgnoreCase(t, p, "mbit") || Chars.regionIgnoreCase(t, p, "km");
  }

  private void evaluateNumber(int start, int end, boolean plus, String d, int[] g, char sep,
      boolean mixedSep, boolean parens, boolean trunk) {
    int len = d.length();
    // payment cards
    if (!plus && !parens && !mixedSep && len >= 13 && len <= 19 && sep != '/'
        && cardGrouping(g) && Checksums.cardIssuer(d) && Checksums.luhn(d)) {
      Hit cue = cue(Kind.CARD, start, end);
      add(PiiType.CREDIT_CARD, start, end, cue != null ? 0.99 : 0.9, "credit-card", cue);
      return;
    }
    // Steuer-ID
    if (!plus && !parens && len == 11 && (sep == 0 || sep == ' ') && Checksums.steuerId(d)) {
      Hit cue = cue(Kind.TAX, start, end);
      add(PiiType.TAX_ID, start, end, cue != null ? 0.97 : 0.55, "de-steuer-id", cue);
    }
    // US SSN
    if (!plus && !parens && len == 9) {
      Hit cue = cue(Kind.SSN, start, end);
      boolean dashed = g.length == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4 && sep == '-'
          && !mixedSep;
      if ((dashed || cue != null) && usSsn(d)) {
        add(PiiType.SOCIAL_SECURITY_NUMBER, start, end, cue != null ? 0.9 : 0.6, "us-ssn", cue);
      }
    }
    phone(start, end, plus, d, g, sep, parens, trunk);
  }

  private static boolean cardGrouping(int[] g) {
    if (g.length == 1) {
      return true;
    }
    if (g.length == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4)) {
      return true;
    }
    for (int k = 0; k < g.length - 1; k++) {
      if (g[k] != 4) {
        return false;
      }
    }
    return g[g.length - 1] >= 1 && g[g.length - 1] <= 4;
  }

  private static boolean usSsn(String d) {
    int area = Integer.parseInt(d.substring(0, 3));
    int group = Integer.parseInt(d.substring(3, 5));
    int serial = Integer.parseInt(d.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  private void phone(int start, int end, boolean plus, String d, int[] g, char sep,
      boolean parens, boolean trunk) {
    int len = d.length();
    Hit cue = cue(Kind.PHONE, start, end);
    double score;
    if (plus || d.startsWith("00")) {
      String intl = plus ? d : d.substring(2);
      if (intl.isEmpty() || intl.charAt(0) == '0') {
        return;
      }
      if (intl.startsWith("49")) {
        if (!germanNational(intl.substring(2))) {
          return;
        }
      } else if (intl.length() < 8 || intl.length() > 15) {
        return;
      }
      score = 0.85;
    } else if (d.charAt(0) == '0') {
      if (trunk || !germanNational(d.substring(1))) {
        return;
      }
      boolean grouped = g.length > 1;
      score = grouped || d.charAt(1) == '1' ? 0.7 : 0.55;
    } else if (g.length >= 3 && g[g.length - 3] == 3 && g[g.length - 2] == 3
        && g[g.length - 1] == 4 && len <= 15 && (sep == '-' || sep == ' ' || parens)) {
      // North American style 3-3-4, optionally with a country code group before
      if (sep == ' ' && !parens && cue == null && g.length == 3) {
        return;
      }
      score = 0.6;
    } else if (cue != null && len >= 5 && len <= 15) {
      score = 0.6;
    } else {
      return;
    }
    if (cue != null) {
      score = Math.max(score, 0.9);
    }
    add(PiiType.PHONE, start, end, score, "phone", cue);
  }

  /** A German national number without the trunk 0. */
  private static boolean germanNational(String nat) {
    int len = nat.length();
    if (len == 0) {
      return false;
    }
    char a = nat.charAt(0);
    if (a == '0') {
      return false;
    }
    if (a == '1') {
      char b = len > 1 ? nat.charAt(1) : '0';
      if (b == '5') {
        return len == 11;
      }
      if (b == '6' || b == '7') {
        return len == 10 || len == 11;
      }
      if (b == '8' || b == '9' || b == '3') {
        return len >= 9 && len <= 11;
      }
      return false;
    }
    return len >= 7 && len <= 11;
  }

  // ---------------------------------------------------------------------------------- IP

  /** IPv4 dotted quad with optional /prefix at i. */
  private boolean ipv4(int i) {
    if (i > 0 && (word(t.charAt(i - 1)) || t.charAt(i - 1) == '.'
        || (t.charAt(i - 1) == ':' && Chars.hex(at(t, i - 2))))) {
      return false;
    }
    int p = i;
    for (int octet = 0; octet < 4; octet++) {
      int s = p;
      int v = 0;
      while (p < n && digit(t.charAt(p)) && p - s < 4) {
        v = v * 10 + t.charAt(p) - '0';
        p++;
      }
      if (p == s || p - s > 3 || v > 255) {
        return false;
      }
      if (octet < 3) {
        if (at(t, p) != '.') {
          return false;
        }
        p++;
      }
    }
    char after = at(t, p);
    if (word(after) || (after == '.' && digit(at(t, p + 1)))) {
      return false;
    }
    int end = p;
    if (after == '/' && digit(at(t, p + 1))) {
      int q = p + 1;
      int v = 0;
      while (q < n && digit(t.charAt(q)) && q - p <= 2) {
        v = v * 10 + t.charAt(q) - '0';
        q++;
      }
      if (v <= 32 && !digit(at(t, q))) {
        end = q;
      }
    }
    if (cue(Kind.VERSION, i, p) != null && cue(Kind.IP, i, p) == null) {
      return false;
    }
    Hit cue = cue(Kind.IP, i, end);
    add(PiiType.IP_ADDRESS, i, end, cue != null ? 0.95 : 0.8, "ip-address", cue);
    return true;
  }

  /** IPv6 (with optional embedded IPv4 and /prefix) in a run of hex digits, ':' and '.'. */
  private void hexRun(int i) {
    if (i > 0) {
      char b = t.charAt(i - 1);
      if (Chars.hex(b) || b == ':' || b == '.') {
        return;
      }
    }
    int p = i;
    boolean colon = false;
    while (p < n) {
      char c = t.charAt(p);
      if (Chars.hex(c) || c == '.') {
        p++;
      } else if (c == ':') {
        colon = true;
        p++;
      } else {
        break;
      }
    }
    if (!colon) {
      return;
    }
    int end = p;
    while (end > i && t.charAt(end - 1) == '.') {
      end--;
    }
    if (end - i >= 2 && t.charAt(end - 1) == ':' && t.charAt(end - 2) != ':') {
      end--;
    }
    if (end < n && (word(t.charAt(end)) && end == p)) {
      return;
    }
    if (!Ipv6.valid(t, i, end)) {
      return;
    }
    int fin = end;
    if (at(t, end) == '/' && digit(at(t, end + 1))) {
      int q = end + 1;
      int v = 0;
      while (q < n && digit(t.charAt(q)) && q - end <= 3) {
        v = v * 10 + t.charAt(q) - '0';
        q++;
      }
      if (v <= 128 && !digit(at(t, q))) {
        fin = q;
      }
    }
    Hit cue = cue(Kind.IP, i, fin);
    add(PiiType.IP_ADDRESS, i, fin, cue != null ? 0.95 : 0.8, "ip-address", cue);
  }

  // ------------------------------------------------------------------- alphanumeric tokens

  private static final String ID_ALPHABET = "CFGHJKLMNPRTVWXYZ";

  /** IBAN, KVNR, ID card serials and RVNR on a token starting at a word start. */
  private void alnumToken(int i) {
    char c0 = t.charAt(i);
    if (upper(c0) && upper(at(t, i + 1))) {
      iban(i);
    }
    int p = i;
    while (p < n && Chars.asciiAlnum(t.charAt(p))) {
      p++;
    }
    if (p < n && word(t.charAt(p))) {
      return;
    }
    int len = p - i;
    if (len == 10 && letter(c0) && allDigits(i + 1, p)) {
      String s = t.substring(i, p);
      if (Checksums.kvnr(s) && (upper(c0) || cue(Kind.HEALTH, i, p) != null)) {
        Hit cue = cue(Kind.HEALTH, i, p);
        add(PiiType.HEALTH_INSURANCE_NUMBER, i, p, cue != null ? 0.97 : 0.6, "de-kvnr", cue);
      }
    }
    if ((len == 9 || len == 10) && letter(c0)) {
      idSerial(i, p);
    }
    if (len == 12 && digit(c0)) {
      rvnr(i, p);
    } else if (digit(c0) && len == 2 && at(t, p) == ' ') {
      // "15 070649 C 103"
      int q = p + 1;
      if (q + 6 <= n && allDigits(q, q + 6) && at(t, q + 6) == ' ' && letter(at(t, q + 7))
          && at(t, q + 8) == ' ' && q + 12 <= n && allDigits(q + 9, q + 12)
          && !word(at(t, q + 12))) {
        String s = t.substring(i, i + 2) + t.substring(q, q + 6) + t.charAt(q + 7)
            + t.substring(q + 9, q + 12);
        if (Checksums.rvnr(s)) {
          Hit cue = cue(Kind.SSN, i, q + 12);
          add(PiiType.SOCIAL_SECURITY_NUMBER, i, q + 12, cue != null ? 0.98 : 0.85, "de-rvnr",
              cue);
        }
      }
    }
  }

  private void rvnr(int i, int p) {
    if (Checksums.rvnr(t.substring(i, p))) {
      Hit cue = cue(Kind.SSN, i, p);
      add(PiiType.SOCIAL_SECURITY_NUMBER, i, p, cue != null ? 0.98 : 0.85, "de-rvnr", cue);
    }
  }

  private boolean allDigits(int from, int to) {
    if (to > n) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!digit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Personalausweis / passport serial: 9 characters, optionally followed by the check digit. */
  private void idSerial(int i, int p) {
    int len = p - i;
    boolean up = upper(t.charAt(i));
    int letters = 0;
    int digits = 0;
    for (int k = i; k < i + 9; k++) {
      char c = t.charAt(k);
      if (digit(c)) {
        digits++;
        if (k == i) {
          return;
        }
        continue;
      }
      if ((up ? !upper(c) : !lower(c)) || ID_ALPHABET.indexOf(Character.toUpperCase(c)) < 0) {
        return;
      }
      letters++;
    }
    Hit cue = cue(Kind.ID_DOC, i, p);
    if (len == 10) {
      if (Checksums.icao(t.substring(i, p))) {
        // letter + nine digits is also the KVNR shape: serials mixing letters score higher
        add(PiiType.ID_DOCUMENT, i, p, cue != null ? 0.97 : letters > 1 ? 0.6 : 0.5,
            "de-id-card", cue);
      }
      return;
    }
    if (digits == 0) {
      return;
    }
    if (cue != null) {
      add(PiiType.ID_DOCUMENT, i, p, 0.85, "de-id-card", cue);
    } else if (letters >= 2 && digits >= 2) {
      // new-style serials mix letters of the restricted alphabet and digits
      add(PiiType.ID_DOCUMENT, i, p, 0.45, "de-id-card", null);
    }
  }

  /** IBAN with optional single separators (space, '-', '.') between characters. */
  private void iban(int i) {
    int len = Checksums.ibanLength(t.charAt(i), t.charAt(i + 1));
    if (len == 0) {
      return;
    }
    int p = i + 2;
    if (space(at(t, p)) && digit(at(t, p + 1))) {
      p++;
    }
    StringBuilder sb = new StringBuilder(34);
    sb.append(t.charAt(i)).append(t.charAt(i + 1));
    char sep = 0;
    while (p < n && sb.length() < len) {
      char c = t.charAt(p);
      if (digit(c) || upper(c)) {
        sb.append(c);
        p++;
      } else if ((c == ' ' || c == '-' || c == '.') && sb.length() >= 4 && p + 1 < n
          && (digit(t.charAt(p + 1)) || upper(t.charAt(p + 1)))) {
        sep = c;
        p++;
      } else {
        break;
      }
    }
    if (sb.length() != len || sb.length() < 4 || !digit(sb.charAt(2)) || !digit(sb.charAt(3))) {
      return;
    }
    if (p < n && word(t.charAt(p))) {
      return;
    }
    if (sep != 0 && at(t, p) == sep && digit(at(t, p + 1))) {
      return;
    }
    if (!Checksums.iban(sb)) {
      return;
    }
    Hit cue = cue(Kind.ACCOUNT, i, p);
    add(PiiType.IBAN, i, p, cue != null ? 0.99 : 0.95, "iban", cue);
  }

  // ---------------------------------------------------------------------------- plates

  private static final Set<String> PLATE_STOP = Set.of("VW", "BMW", "DB", "ICE", "IC", "EC",
      "LH", "EW", "FC", "SV", "TSV", "VFB", "HSV", "BVB", "ID", "GT", "PC", "TV", "USB", "LTE",
      "DSL", "SIM", "PIN", "TAN", "PUK", "NR", "AG", "GMBH", "KG", "UG", "EU", "USA", "UK", "DE",
      "AB", "BIS", "UND", "OR", "AND", "THE", "MIT", "FOR", "CD", "DVD", "OS", "IOS", "HD", "UHD",
      "RE", "RB", "S", "U", "X", "Y", "A", "I", "O", "E", "IP", "DNS", "ZDF", "ARD", "RTL", "WDR",
      "NDR", "SWR", "MDR", "HR", "BR");

  /**
   * German plate {@code [A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -]?\d{1,4}[EH]?}. Without a cue: uppercase,
   * both separators, district part not a common acronym, low score.
   */
  private void plate(int i, Hit cue) {
    int p = i;
    boolean up = true;
    while (p < n && p - i < 4 && letter(t.charAt(p)) && !digit(t.charAt(p))) {
      char c = t.charAt(p);
      if (!Character.isUpperCase(c)) {
        up = false;
      }
      p++;
    }
    int d = p - i;
    if (d < 1 || d > 3 || !isPlateLetters(i, p)) {
      return;
    }
    char s1 = at(t, p);
    if (s1 != ' ' && s1 != '-') {
      return;
    }
    int q = p + 1;
    int ls = q;
    while (q < n && q - ls < 3 && isPlateLetter(t.charAt(q))) {
      if (!Character.isUpperCase(t.charAt(q))) {
        up = false;
      }
      q++;
    }
    int l = q - ls;
    if (l < 1 || l > 2) {
      return;
    }
    char s2 = at(t, q);
    boolean sep2 = s2 == ' ' || s2 == '-';
    if (sep2) {
      q++;
    } else if (cue == null) {
      return;
    }
    int ds = q;
    while (q < n && digit(t.charAt(q)) && q - ds < 5) {
      q++;
    }
    int dl = q - ds;
    if (dl < 1 || dl > 4 || d + l + dl > 8) {
      return;
    }
    if (at(t, q) == 'E' || at(t, q) == 'H') {
      q++;
    }
    if (word(at(t, q)) || (at(t, q) == '.' || at(t, q) == ',') && digit(at(t, q + 1))) {
      return;
    }
    if (cue == null) {
      cue = cue(Kind.PLATE, i, q);
    }
    if (cue != null) {
      add(PiiType.LICENSE_PLATE, i, q, 0.9, "de-license-plate", cue);
    } else if (up && !PLATE_STOP.contains(t.substring(i, p))) {
      add(PiiType.LICENSE_PLATE, i, q, 0.4, "de-license-plate", null);
    }
  }

  private static boolean isPlateLetter(char c) {
    return upper(c) || lower(c);
  }

  private boolean isPlateLetters(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (!(isPlateLetter(c) || "ÄÖÜäöü".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private void plateAfterCue(Hit h) {
    int p = skipFiller(h.end());
    if (p < n && letter(t.charAt(p))) {
      plate(p, h);
    }
  }

  // ---------------------------------------------------------------------------- cue values

  private static final Set<String> FILLER = Set.of("ist", "is", "lautet", "am", "on", "the",
      "nr", "nr.", "no", "no.", "nummer", "number", "lautete", "war", "was", "den", "der", "die",
      "das", "mein", "meine", "my", "von", "vom", "of", "ist:", "is:", "#", "nummer:",
      "number:");

  /** Skips spaces, ':', '=', '#', '-' and filler words after a cue. */
  private int skipFiller(int p) {
    int guard = 0;
    while (p < n && guard++ < 6) {
      while (p < n && (space(t.charAt(p)) || ":=#-–(\n".indexOf(t.charAt(p)) >= 0)) {
        p++;
      }
      int w = p;
      while (w < n && letter(t.charAt(w))) {
        w++;
      }
      if (w > p && w < n && (t.charAt(w) == '.' || t.charAt(w) == ':')
          && FILLER.contains(t.substring(p, w + 1).toLowerCase(java.util.Locale.ROOT))) {
        p = w + 1;
        continue;
      }
      if (w > p && (w == n || !word(t.charAt(w)))
          && FILLER.contains(t.substring(p, w).toLowerCase(java.util.Locale.ROOT))) {
        p = w;
        continue;
      }
      break;
    }
    return p;
  }

  private void customerNumber(Hit h) {
    int s = skipFiller(h.end());
    int p = s;
    int digits = 0;
    while (p < n) {
      char c = t.charAt(p);
      if (Chars.asciiAlnum(c)) {
        if (digit(c)) {
          digits++;
        }
        p++;
      } else if ((c == '-' || c == '/' || c == '.' || c == ' ') && p > s
          && Chars.asciiAlnum(at(t, p + 1)) && (c != ' ' || digit(t.charAt(p - 1))
          && digit(t.charAt(p + 1)))) {
        p++;
      } else {
        break;
      }
    }
    if (p < n && word(t.charAt(p))) {
      return;
    }
    if (digits < 3 || p - s < 4 || p - s > 34 || followedByCurrency(p)) {
      return;
    }
    add(PiiType.CUSTOMER_NUMBER, s, p, 0.85, "customer-number", h);
  }

  private static final Set<String> NOT_SECRET = Set.of("vergessen", "falsch", "geändert",
      "gesperrt", "abgelaufen", "ungültig", "unbekannt", "funktioniert", "geht", "nicht",
      "ich", "mein", "meine", "the", "my", "not", "wrong", "incorrect", "changed", "locked",
      "expired", "invalid", "forgotten", "forgot", "lost", "reset", "zurücksetzen", "ändern",
      "change", "neu", "new", "alt", "old", "und", "and", "oder", "or", "wird", "wurde", "kam",
      "kommt", "ist", "is", "was", "war", "sind", "are", "per", "via", "bitte", "please", "sms",
      "e-mail", "email", "mail", "zu", "too", "to", "schon", "already", "noch", "still", "nie",
      "never", "immer", "always", "leer", "empty", "kein", "keine", "none", "no", "nein",
      "richtig", "korrekt", "correct", "right", "angezeigt", "vergeben", "erhalten", "received",
      "gesendet", "sent", "eingegeben", "entered", "mehr", "more");

  /** "Passwort: xyz", "password is hunter2", "Login: max.m". */
  private void password(Hit h) {
    int p = h.end();
    while (p < n && space(t.charAt(p))) {
      p++;
    }
    boolean explicit = false;
    if (p < n && (t.charAt(p) == ':' || t.charAt(p) == '=')) {
      explicit = true;
      p++;
    } else {
      int w = p;
      while (w < n && letter(t.charAt(w))) {
        w++;
      }
      String word = t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
      if (!(word.equals("ist") || word.equals("is") || word.equals("lautet")
          || word.equals("was") || word.equals("war"))) {
        return;
      }
      p = w;
    }
    while (p < n && space(t.charAt(p))) {
      p++;
    }
    int s = p;
    while (p < n && !Chars.anyWhitespace(t.charAt(p)) && !Character.isSurrogate(t.charAt(p))) {
      p++;
    }
    while (p > s && ".,;!?)\"'".indexOf(t.charAt(p - 1)) >= 0) {
      p--;
    }
    if (s < n && ("\"'(".indexOf(t.charAt(s)) >= 0) && p > s + 1) {
      s++;
    }
    int len = p - s;
    if (len < 3 || len > 64) {
      return;
    }
    String value = t.substring(s, p);
    if (NOT_SECRET.contains(value.toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    boolean strong = false;
    boolean innerUpper = false;
    for (int k = 0; k < len; k++) {
      char c = value.charAt(k);
      if (!letter(c)) {
        strong = true;
      } else if (k > 0 && Character.isUpperCase(c)) {
        innerUpper = true;
      }
    }
    if (!explicit && !strong && !innerUpper) {
      return;
    }
    if (value.indexOf(Chars.MASK) >= 0) {
      return;
    }
    add(PiiType.CREDENTIAL, s, p, explicit ? 0.9 : 0.8, "credential", h);
  }

  /** "PIN 1234", "TAN: 123456", "Code ist 48213". */
  private void pin(Hit h) {
    int s = skipFiller(h.end());
    int p = s;
    int digits = 0;
    while (p < n && Chars.asciiAlnum(t.charAt(p))) {
      if (digit(t.charAt(p))) {
        digits++;
      }
      p++;
    }
    int len = p - s;
    if (len < 4 || len > 12 || digits < len / 2 || digits < 3 || (p < n && word(t.charAt(p)))) {
      return;
    }
    if ((at(t, p) == '.' || at(t, p) == ',') && digit(at(t, p + 1))) {
      return;
    }
    add(PiiType.CREDENTIAL, s, p, 0.9, "credential", h);
  }

  private static final String[] MONTHS = {"januar", "jänner", "februar", "märz", "maerz",
      "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
      "january", "february", "march", "may", "june", "july", "october", "december", "jan.",
      "feb.", "mär.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "oct.",
      "nov.", "dez.", "dec."};
  private static final int[] MONTH_NUM = {1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 5,
      6, 7, 10, 12, 1, 2, 3, 3, 4, 6, 7, 8, 9, 9, 10, 10, 11, 12, 12};

  /** A date right after a birth cue: numeric or with a month name, a real calendar date. */
  private void birthDate(Hit h) {
    int s = skipFiller(h.end());
    int[] r = date(s);
    if (r != null) {
      add(PiiType.DATE_OF_BIRTH, s, r[0], 0.9, "date-of-birth", h);
    }
  }

  /** Parses a date at s; returns {end} or null. */
  private int[] date(int s) {
    int p = s;
    int a = readInt(p, 4);
    int al = intLen;
    if (al > 0) {
      p += al;
      char sep = at(t, p);
      if (al == 4 && sep == '-') {
        int m = readInt(p + 1, 2);
        int ml = intLen;
        if (ml > 0 && at(t, p + 1 + ml) == '-') {
          int d = readInt(p + 2 + ml, 2);
          int dl = intLen;
          int end = p + 2 + ml + dl;
          if (dl > 0 && plausibleYear(a) && Checksums.validDate(d, m, a) && !digit(at(t, end))) {
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
        if (ml > 0 && at(t, p + 1 + ml) == sep) {
          int yp = p + 2 + ml;
          int y = readInt(yp, 4);
          int yl = intLen;
          if (yl == 2) {
            y += y <= 30 ? 2000 : 1900;
          }
          int end = yp + yl;
          if ((yl == 2 || yl == 4) && plausibleYear(y) && Checksums.validDate(a, m, y)
              && !digit(at(t, end))) {
            return new int[] {end};
          }
          // US order mm/dd/yyyy
          if ((yl == 2 || yl == 4) && sep == '/' && plausibleYear(y)
              && Checksums.validDate(m, a, y) && !digit(at(t, end))) {
            return new int[] {end};
          }
        }
        if (sep == '.' && space(at(t, p + 1))) {
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
    if (!space(at(t, q))) {
      return null;
    }
    int d = readInt(q + 1, 2);
    int dl = intLen;
    if (dl == 0) {
      return null;
    }
    q = q + 1 + dl;
    if (at(t, q) == ',') {
      q++;
    }
    if (lower(at(t, q)) && (at(t, q) == 's' || at(t, q) == 'n' || at(t, q) == 'r'
        || at(t, q) == 't')) {
      q += 2;
      if (at(t, q) == ',') {
        q++;
      }
    }
    if (!space(at(t, q))) {
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
    if (mEnd < 0 || !space(at(t, mEnd))) {
      return null;
    }
    int y = readInt(mEnd + 1, 4);
    if (intLen != 4 || !plausibleYear(y) || !Checksums.validDate(day, lastMonth, y)) {
      return null;
    }
    return new int[] {mEnd + 5};
  }

  private int lastMonth;
  private int intLen;

  private int monthName(int p) {
    for (int k = 0; k < MONTHS.length; k++) {
      String m = MONTHS[k];
      if (Chars.regionIgnoreCase(t, p, m) && !letter(at(t, p + m.length()))) {
        lastMonth = MONTH_NUM[k];
        return p + m.length();
      }
    }
    return -1;
  }

  private int readInt(int p, int max) {
    int v = 0;
    int k = 0;
    while (p + k < n && k < max && digit(t.charAt(p + k))) {
      v = v * 10 + t.charAt(p + k) - '0';
      k++;
    }
    if (k == max && digit(at(t, p + k))) {
      intLen = 0;
      return 0;
    }
    intLen = k;
    return v;
  }

  private static boolean plausibleYear(int y) {
    return y >= 1900 && y <= 2030;
  }

  // ---------------------------------------------------------------------------------- names

  private static final Set<String> NOT_NAMES = Set.of("Ich", "Und", "Der", "Die", "Das", "Team",
      "Kunde", "Kundin", "Kundenservice", "Service", "Support", "Danke", "Vielen", "Bitte",
      "Hallo", "Hi", "Hey", "Herr", "Frau", "Mr", "Mrs", "Ms", "The", "And", "Your", "Ihr",
      "Ihre", "Euer", "Eure", "Dein", "Deine", "Sie", "Du", "Wir", "Uns", "Aus", "Von", "An",
      "Nach", "Alle", "Allen", "Euch", "Dir", "Ihnen", "Thanks", "Thank", "Customer", "Care",
      "Kundenbetreuung", "Kundendienst", "Vorab", "Gruß", "Grüße", "Nicht", "Not", "Sorry",
      "Leider", "Immer", "Noch", "Schon", "Heute", "Morgen", "Gestern", "Today", "Tomorrow",
      "Everyone", "All", "You", "From", "Again", "Nochmal", "Mal");

  /** Reads 1–3 capitalized name words (particles von/van/de/zu allowed inside); returns end. */
  private int nameWords(int p) {
    int words = 0;
    int end = -1;
    while (p < n && words < 4) {
      char c = t.charAt(p);
      int w = p;
      if (Character.isUpperCase(c)) {
        w++;
        while (w < n && (Character.isLowerCase(t.charAt(w))
            || (t.charAt(w) == '-' && Character.isUpperCase(at(t, w + 1)))
            || (t.charAt(w) == '\'' && letter(at(t, w + 1)))
            || (Character.isUpperCase(t.charAt(w)) && t.charAt(w - 1) == '-'))) {
          w++;
        }
        if (w - p < 2 || (w < n && word(t.charAt(w)))) {
          break;
        }
        if (NOT_NAMES.contains(t.substring(p, w))) {
          break;
        }
        words++;
        end = w;
      } else if (words > 0 && (Chars.regionIgnoreCase(t, p, "von ")
          || Chars.regionIgnoreCase(t, p, "van ") || Chars.regionIgnoreCase(t, p, "de ")
          || Chars.regionIgnoreCase(t, p, "zu ")) && lower(c)) {
        w = p + (t.charAt(p + 2) == ' ' ? 2 : 3);
      } else {
        break;
      }
      if (at(t, w) == ' ' && letter(at(t, w + 1))) {
        p = w + 1;
      } else {
        break;
      }
    }
    return words == 0 || words > 3 ? -1 : end;
  }

  private void name(Hit h) {
    int p = h.end();
    while (p < n && (space(t.charAt(p)) || t.charAt(p) == ':')) {
      p++;
    }
    int end = nameWords(p);
    if (end > p) {
      add(PiiType.PERSON_NAME, p, end, 0.85, "person-name", h);
    }
  }

  /** "Viele Grüße, Max Mustermann" at the end of the text or of a line. */
  private void signature(Hit h) {
    int p = h.end();
    while (p < n && (space(t.charAt(p)) || t.charAt(p) == ',' || t.charAt(p) == '\n'
        || t.charAt(p) == '\r' || t.charAt(p) == '-' || t.charAt(p) == '!')) {
      p++;
    }
    if (p == h.end()) {
      return;
    }
    int end = nameWords(p);
    if (end <= p) {
      return;
    }
    for (int k = end; k < n; k++) {
      char c = t.charAt(k);
      if (c == '\n') {
        break;
      }
      if (word(c)) {
        return;
      }
    }
    add(PiiType.PERSON_NAME, p, end, 0.7, "person-name", h);
  }

  // ------------------------------------------------------------------------------- addresses

  private static final String[] STREET_SUFFIX = {"straße", "strasse", "str.", "allee", "gasse",
      "chaussee", "damm", "ufer", "weg", "platz", "ring", "steig", "pfad", "markt", "promenade",
      "stieg", "zeile", "kamp", "wall"};
  private static final Set<String> NOT_STREETS = Set.of("sitzplatz", "parkplatz",
      "arbeitsplatz", "stellplatz", "spielplatz", "platz", "weg", "ring", "rückweg", "heimweg",
      "umweg", "hinweg", "ausweg", "zahlungsweg", "rechtsweg", "postweg", "lieferweg",
      "weg.", "markt", "supermarkt", "arbeitsmarkt", "wall", "ufer", "damm", "firewall",
      "schulweg", "wanderweg", "radweg", "fußweg", "gleisplatz", "steckplatz", "speicherplatz",
      "wohnmarkt", "zeile", "betreffzeile", "kopfzeile", "fußzeile", "textzeile", "betreff­zeile");
  private static final String[] EN_SUFFIX = {"Street", "St.", "Road", "Rd.", "Avenue", "Ave.",
      "Lane", "Drive", "Boulevard", "Blvd.", "Way", "Court", "Place", "Square", "Terrace"};

  /** German street word at i ("Musterstraße 12", "Hauptstr. 5", "Berliner Straße 3a"). */
  private void street(int i) {
    int w = i;
    while (w < n && (letter(t.charAt(w)) || (t.charAt(w) == '-' && letter(at(t, w + 1))))) {
      w++;
    }
    int len = w - i;
    if (len < 3) {
      return;
    }
    int end = -1;
    for (String suf : STREET_SUFFIX) {
      boolean dot = suf.endsWith(".");
      String core = dot ? suf.substring(0, suf.length() - 1) : suf;
      if (len >= core.length() && Chars.regionIgnoreCase(t, w - core.length(), core)
          && (!dot || at(t, w) == '.')) {
        end = dot ? w + 1 : w;
        break;
      }
    }
    if (end < 0) {
      return;
    }
    String word = t.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    if (NOT_STREETS.contains(word)) {
      return;
    }
    int start = i;
    // "Berliner Straße": the street word alone needs a capitalized word before it
    if (word.equals("straße") || word.equals("strasse") || word.equals("str.")
        || word.equals("allee") || word.equals("gasse")) {
      int b = i - 1;
      if (b > 0 && t.charAt(b) == ' ' && letter(t.charAt(b - 1))) {
        int ws = b - 1;
        while (ws > 0 && letter(t.charAt(ws - 1))) {
          ws--;
        }
        if (Character.isUpperCase(t.charAt(ws))) {
          start = ws;
        }
      }
      if (start == i) {
        return;
      }
    }
    houseNumber(start, end, 0.75);
  }

  /** House number after a street name; then optional postcode and city. */
  private void houseNumber(int start, int streetEnd, double base) {
    int p = streetEnd;
    if (space(at(t, p))) {
      p++;
    }
    int ds = p;
    while (p < n && digit(t.charAt(p)) && p - ds < 4) {
      p++;
    }
    if (p == ds || digit(at(t, p)) || at(t, ds) == '0') {
      return;
    }
    if (lower(at(t, p)) && !letter(at(t, p + 1))) {
      p++;
    } else if ((at(t, p) == '-' || at(t, p) == '/') && digit(at(t, p + 1))) {
      p++;
      while (p < n && digit(t.charAt(p))) {
        p++;
      }
    }
    if (word(at(t, p)) || ((at(t, p) == '.' || at(t, p) == ',' || at(t, p) == ':')
        && digit(at(t, p + 1)))) {
      return;
    }
    if (followedByCurrency(p)) {
      return;
    }
    int end = p;
    int city = postcodeCity(skipComma(p));
    double score = base;
    if (city > 0) {
      end = city;
      score = 0.9;
    }
    Hit cue = cue(Kind.ADDRESS, start, end);
    if (cue != null) {
      score = 0.95;
    }
    add(PiiType.POSTAL_ADDRESS, start, end, score, "postal-address", cue);
  }

  private int skipComma(int p) {
    if (at(t, p) == ',') {
      p++;
    }
    if (space(at(t, p))) {
      p++;
    }
    return p;
  }

  /** "12345 Stadt" at p: returns the end or -1. */
  private int postcodeCity(int p) {
    if (!(allDigits(p, p + 5) && !digit(at(t, p + 5)) && space(at(t, p + 5)))) {
      return -1;
    }
    int q = p + 6;
    int end = -1;
    int words = 0;
    while (q < n && Character.isUpperCase(t.charAt(q)) && words < 3) {
      int w = q + 1;
      while (w < n && (letter(t.charAt(w)) || t.charAt(w) == '-' && letter(at(t, w + 1)))) {
        w++;
      }
      if (w - q < 2) {
        break;
      }
      end = w;
      words++;
      if (at(t, w) == ' ' && (Character.isUpperCase(at(t, w + 1))
          || Chars.regionIgnoreCase(t, w + 1, "am ") || Chars.regionIgnoreCase(t, w + 1, "an ")
          || Chars.regionIgnoreCase(t, w + 1, "im "))) {
        q = w + 1;
        if (lower(t.charAt(q))) {
          q += 3;
        }
      } else {
        break;
      }
    }
    return end;
  }

  /** English "221 Baker Street", "3843 Peartree Road" at a digit i. */
  private void address(int i) {
    int p = i;
    while (p < n && digit(t.charAt(p)) && p - i < 5) {
      p++;
    }
    if (p - i > 5 || !space(at(t, p))) {
      return;
    }
    int q = p + 1;
    for (int words = 0; words < 3 && q < n && Character.isUpperCase(t.charAt(q)); words++) {
      for (String suf : EN_SUFFIX) {
        if (t.startsWith(suf, q) && !word(at(t, q + suf.length())) && words > 0) {
          int end = q + suf.length();
          Hit cue = cue(Kind.ADDRESS, i, end);
          add(PiiType.POSTAL_ADDRESS, i, end, cue != null ? 0.95 : 0.75, "postal-address", cue);
          return;
        }
      }
      int w = q + 1;
      while (w < n && Character.isLowerCase(t.charAt(w))) {
        w++;
      }
      if (!space(at(t, w))) {
        return;
      }
      q = w + 1;
    }
  }

  /** After "wohne in", "meine Adresse": a street with a number or postcode + city. */
  private void addressAfterCue(Hit h) {
    int p = skipFiller(h.end());
    int city = postcodeCity(p);
    if (city > 0) {
      add(PiiType.POSTAL_ADDRESS, p, city, 0.8, "postal-address", h);
    }
    // "Am Markt 3", "Im Winkel 2"
    for (String pre : new String[] {"Am ", "An der ", "Im ", "Auf dem ", "Zum ", "Zur ", "In der "}) {
      if (t.startsWith(pre, p)) {
        int w = p + pre.length();
        int e = w;
        while (e < n && letter(t.charAt(e))) {
          e++;
        }
        if (e > w + 1 && Character.isUpperCase(t.charAt(w))) {
          houseNumber(p, e, 0.85);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------- other cues

  private void idAfterCue(Hit h) {
    int s = skipFiller(h.end());
    int p = s;
    int digits = 0;
    int letters = 0;
    while (p < n && Chars.asciiAlnum(t.charAt(p))) {
      if (digit(t.charAt(p))) {
        digits++;
      } else {
        letters++;
      }
      p++;
    }
    int len = p - s;
    if (len < 6 || len > 12 || digits < 3 || letters < 1 || (p < n && word(t.charAt(p)))) {
      return;
    }
    add(PiiType.ID_DOCUMENT, s, p, 0.8, "id-document", h);
  }

  private void ssnAfterCue(Hit h) {
    int s = skipFiller(h.end());
    // US: 9 digits plain or grouped 3-2-4 handled by number(); here only "123 45 6789"
    if (allDigits(s, s + 3) && space(at(t, s + 3)) && allDigits(s + 4, s + 6)
        && space(at(t, s + 6)) && allDigits(s + 7, s + 11) && !word(at(t, s + 11))) {
      String d = t.substring(s, s + 3) + t.substring(s + 4, s + 6) + t.substring(s + 7, s + 11);
      if (usSsn(d)) {
        add(PiiType.SOCIAL_SECURITY_NUMBER, s, s + 11, 0.9, "us-ssn", h);
      }
    }
  }

  /** The whole cue list, for custom recognizers and diagnostics. */
  List<Hit> cues() {
    return cues;
  }
}
