package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Number chunks: digit groups separated by single spaces, hyphens, slashes, "(0)" or
 * parentheses, read once and evaluated as payment card (Luhn, issuer prefix, grouping),
 * Steuer-ID (ISO 7064 MOD 11,10 and the repetition rule), US SSN (dashed or with a cue) and
 * phone number (German numbering plan, E.164 with '+' or "00", North American 3-3-4, or a cue);
 * and the spaced US SSN after an SSN cue. Stateless.
 */
final class NumberChunkRecognizer implements Recognizer {
  static final NumberChunkRecognizer INSTANCE = new NumberChunkRecognizer();

  private NumberChunkRecognizer() {}

  /**
   * The digits of the number chunk being read: a reusable char buffer that the checksums read as
   * a CharSequence, and the digit count of each group. One per scan.
   */
  static final class Chunk implements CharSequence {
    /** Longest number chunk looked at, in characters (19 card digits with separators fit). */
    static final int MAX_CHARS = 64;

    private final char[] buf = new char[2 * MAX_CHARS];
    private int len;
    final int[] groups = new int[24];

    void clear() {
      len = 0;
    }

    void append(char c) {
      buf[len++] = c;
    }

    @Override
    public int length() {
      return len;
    }

    @Override
    public char charAt(int index) {
      return buf[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(buf, start, end - start);
    }

    @Override
    public String toString() {
      return new String(buf, 0, len);
    }
  }

  @Override
  public String symbols() {
    return "+(";
  }

  @Override
  public boolean wantsSymbol(ScanText s, char c, int i) {
    return i == 0 || !word(s.a[i - 1]);
  }

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char c = s.a[i];
    if (c == '+' || c == '(' || digit(c)) {
      number(s, i);
    }
    return i;
  }

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.SSN);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    ssnAfterCue(s, h);
  }

  /**
   * Reads a chunk of digit groups starting at i ('+', '(' or a digit) separated by single spaces,
   * hyphens, slashes, "(0)" or parentheses, and evaluates phones, cards, tax ids and US SSNs.
   */
  private static void number(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    if (i > 0 && (a[i - 1] == '.' || a[i - 1] == ',') && digit(s.at(i - 2))) {
      return;
    }
    if (i > 0 && "€$£#+".indexOf(a[i - 1]) >= 0) {
      return;
    }

    boolean plus = a[i] == '+';
    int p = plus ? i + 1 : i;
    if (!plus && digit(a[i])) {
      // fast exit: a lone group of up to four digits ("599", "14:30", "49,95") is nothing
      int q = i;
      while (q < n && q - i < 5 && digit(a[q])) {
        q++;
      }
      if (q - i < 5) {
        // ...and so is one followed by no further group: the loop below would stop after it
        char after = s.at(q);
        if (after != ' ' && after != '-' && after != '/' && !lineBreak(after)) {
          return;
        }
        int r = skipSpaceOrBreak(s, q);
        if (r < n && (a[r] == '-' || a[r] == '/')) {
          r++;
          if (r < n && space(a[r])) {
            r++;
          }
        }
        if (r >= n || !(digit(a[r]) || a[r] == '(')) {
          return;
        }
      }
    }
    if (!plus && insideIbanGroups(s, i)) {
      // "DE89 37A4 0044 0532 …": groups of a mistyped IBAN, not a phone number
      return;
    }
    Chunk chunk = s.numberChunk;
    if (chunk == null) {
      chunk = new Chunk();
      s.numberChunk = chunk;
    }
    Chunk digits = chunk;
    digits.clear();
    int[] groups = chunk.groups;
    int groupCount = 0;
    char sepKind = 0;
    boolean mixedSep = false;
    boolean parens = false;
    int end = -1;
    boolean trunk = false;
    while (p < n) {
      char c = a[p];
      if (p - i > Chunk.MAX_CHARS) {
        return;
      }
      if (c == '(') {
        // "(0)" trunk prefix or "(030)" / "(415)" / "( 888 )" area code
        int ds = p + 1;
        if (ds < n && space(a[ds])) {
          ds++;
        }
        int q = ds;
        int gs = digits.length();
        while (q < n && digit(a[q])) {
          q++;
        }
        int de = q;
        if (q < n && space(a[q]) && ds > p + 1) {
          q++;
        }
        if (de == ds || q >= n || a[q] != ')' || de - ds > 5) {
          break;
        }
        if (de - ds == 1 && a[ds] == '0' && digits.length() > 0) {
          if (trunk) {
            return;
          }
          trunk = true;
        } else {
          for (int d = ds; d < de; d++) {
            digits.append(a[d]);
          }
          if (groupCount < groups.length) {
            groups[groupCount++] = digits.length() - gs;
          }
        }
        parens = true;
        end = q + 1;
        p = q + 1;
        if (p < n && space(a[p]) && digit(s.at(p + 1))) {
          p++;
        }
        continue;
      }
      if (!digit(c)) {
        break;
      }
      int gs = digits.length();
      while (p < n && digit(a[p])) {
        digits.append(a[p]);
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
      int r = skipSpaceOrBreak(s, q);
      if (r > q) {
        // a line break inside a value ("0152\n28817386") reads like a space
        sep = ' ';
        q = r;
      }
      if (q < n && (a[q] == '-' || a[q] == '/')) {
        sep = a[q];
        q++;
        if (q < n && space(a[q])) {
          q++;
        }
      }
      if (sep == 0 || q >= n || !(digit(a[q]) || a[q] == '(')) {
        break;
      }
      if (sepKind == 0) {
        sepKind = sep;
      } else if (sepKind != sep) {
        mixedSep = true;
      }
      p = q;
    }
    if (end < 0 || digits.length() < 5) {
      // every number type below needs at least five digits (a phone with a cue)
      return;
    }
    char after = s.at(end);
    if ((after == ' ' || after == '-' || after == '/') && s.at(end + 1) == Chars.MASK) {
      return;
    }
    // extension "x532"
    boolean ext = (after == 'x' || after == 'X') && digit(s.at(end + 1));
    if (!ext && (word(after) || after == '€' || after == '%' || after == '@')) {
      return;
    }
    if ((after == '.' || after == ',' || after == ':') && digit(s.at(end + 1))) {
      return;
    }
    if (s.followedByCurrency(end, digits.length())) {
      return;
    }
    if (groupCount == 3 && !mixedSep && (sepKind == '/' || sepKind == '-')
        && NumberShapes.date(s.t, i, end)) {
      // "04/22/2021", "2021-04-22": a date, nothing else
      return;
    }
    evaluateNumber(s, i, end, plus, digits, groups, groupCount, sepKind, mixedSep, parens, trunk);
  }

  /**
   * Evaluates a number chunk: {@code d} holds its digits, {@code g[0..gc)} the digit count of
   * each group.
   */
  private static void evaluateNumber(ScanText s, int start, int end, boolean plus,
      CharSequence d, int[] g, int gc,
      char sep, boolean mixedSep, boolean parens, boolean trunk) {
    int len = d.length();
    // payment cards
    if (!plus && !parens && !mixedSep && len >= 13 && len <= 19 && sep != '/'
        && cardGrouping(g, gc) && Checksums.cardIssuer(d) && Checksums.luhn(d)) {
      Hit cue = s.cue(Kind.CARD, start, end);
      s.add(PiiType.CREDIT_CARD, start, end, cue != null ? 0.99 : 0.9, "credit-card", cue);
      return;
    }
    // Steuer-ID
    if (!plus && !parens && len == 11 && (sep == 0 || sep == ' ') && Checksums.steuerId(d)) {
      Hit cue = s.cue(Kind.TAX, start, end);
      s.add(PiiType.TAX_ID, start, end, cue != null ? 0.97 : 0.55, "de-steuer-id", cue);
    }
    // Steuernummer: 10 to 13 digits right after a tax cue ("Steuernummer 008 871 01517",
    // "St.-Nr. 21/815/08150"); the cue decides, so the number is no phone
    if (!plus && !parens && len >= 10 && len <= 13 && !mixedSep && sep != '-') {
      Hit cue = s.cue(Kind.TAX, start, end);
      if (cue != null && cue.end() <= start && !Checksums.steuerId(d)) {
        if (NumberShapes.countingRun(d, 0, len)) {
          return; // "eine Fantasie-Steuernummer wie 12/345/67890"
        }
        s.add(PiiType.TAX_ID, start, end, 0.9, "de-steuernummer", cue);
        return;
      }
    }
    // US SSN
    if (!plus && !parens && len == 9) {
      Hit cue = s.cue(Kind.SSN, start, end);
      boolean dashed = gc == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4 && sep == '-'
          && !mixedSep;
      if ((dashed || cue != null) && usSsn(d)) {
        s.add(PiiType.SOCIAL_SECURITY_NUMBER, start, end, cue != null ? 0.9 : 0.6, "us-ssn", cue);
      }
    }
    phone(s, start, end, plus, d, g, gc, sep, parens, trunk);
  }

  private static boolean cardGrouping(int[] g, int gc) {
    if (gc == 1 || spacedOut(g, gc)) {
      return true;
    }
    if (gc == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4)) {
      return true;
    }
    for (int k = 0; k < gc - 1; k++) {
      if (g[k] != 4) {
        return false;
      }
    }
    return g[gc - 1] >= 1 && g[gc - 1] <= 4;
  }

  /** Nine digits as a US SSN: area not 000, 666 or 9xx, group and serial not zero. */
  private static boolean usSsn(CharSequence d) {
    int area = digits(d, 0, 3);
    int group = digits(d, 3, 5);
    int serial = digits(d, 5, 9);
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  /** The value of the ASCII digits d[from, to). */
  private static int digits(CharSequence d, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + d.charAt(k) - '0';
    }
    return v;
  }

  /** Phone labels that say nothing about whose number follows. */
  private static final java.util.Set<String> NEUTRAL_PHONE_CUES = java.util.Set.of(
      "unter der nummer", "tel.", "tel", "telefon", "telefonnummer", "rufnummer", "phone",
      "phone number", "telephone", "tel no", "phone no.");

  /** Words before a number that name an organisation's line ("Zentrale", "support number"). */
  private static final String[] ORGANISATION_LINES = {"zentrale", "switchboard",
      "support number", "support line", "hotline", "service number", "servicenummer",
      "service-nummer", "helpline", "main number", "hauptnummer"};

  /**
   * Whether {@code [from, to)} holds only line layout: white space, at most two line breaks, and
   * the colons, quotes and commas of a heading or of a JSON list of extracted lines.
   */
  private static boolean layoutOnly(ScanText s, int from, int to) {
    int breaks = 0;
    for (int k = from; k < to; k++) {
      char c = s.a[k];
      if (c == '\n') {
        breaks++;
      } else if (!(c == ' ' || c == '\t' || c == '\r' || c == ':' || c == '"' || c == ',')) {
        return false;
      }
    }
    return breaks >= 1 && breaks <= 2;
  }

  /**
   * A company's service line: a number whose nearest cue before it (at most 50 characters) names
   * one ("Service-Hotline unter +49 69 …", "Customer Care : 0848 … (Aus dem Ausland +41 …)"; a
   * nearer "call me" or "meine Nummer" is a cue of its own and wins) or whose "Tel." label stands
   * on the line under a service heading ("Kundenservice⏎Tel.: …"), or a number given as the
   * alternative to a role mailbox ("an service@4eyes.ch oder 061 261 43 48").
   */
  private static boolean serviceLine(ScanText s, int start) {
    Hit near = s.nearestCueBefore(start, 50);
    if (near != null && CueLexicon.serviceLine(near)
        && !s.sentenceEndIn(near.end(), start)) {
      return true;
    }
    if (near != null && NEUTRAL_PHONE_CUES.contains(near.key())
        && !s.sentenceEndIn(near.end(), start)) {
      // "ist die Hotline unter der Nummer +49 … zu erreichen", "the support line, phone
      // number …": a plain number label right after a service line's name
      Hit line = s.nearestCueBefore(near.start(), 30);
      if (line != null && CueLexicon.serviceLine(line)
          && !s.sentenceEndIn(line.end(), near.start())) {
        return true;
      }
    }
    if (near != null && near.kind() == CueLexicon.Kind.PHONE
        && (near.key().startsWith("tel") || near.key().equals("phone"))
        && !s.sentenceEndIn(near.end(), start)) {
      // a letterhead: "Kundenservice⏎Telefon: 069 …", "Kundenservice:", "Tel.: …" (the
      // service heading on the line before the label, nothing but layout between)
      Hit heading = s.nearestCueBefore(near.start(), 12);
      if (heading != null && CueLexicon.serviceLine(heading)
          && layoutOnly(s, heading.end(), near.start())) {
        return true;
      }
    }
    int from = Math.max(0, start - 50);
    int at = -1;
    for (int k = start - 1; k >= from; k--) {
      if (s.a[k] == '@') {
        at = k;
        break;
      }
    }
    if (at < 0) {
      return false;
    }
    String after = s.t.substring(at, start);
    if (!after.contains(" oder ") && !after.contains(" or ") && !after.contains(" bzw. ")) {
      return false;
    }
    int ls = at;
    while (ls > 0 && at - ls < 64 && (Chars.asciiAlnum(s.a[ls - 1]) || s.a[ls - 1] == '.'
        || s.a[ls - 1] == '-' || s.a[ls - 1] == '_')) {
      ls--;
    }
    return ls < at && NetworkRecognizer.roleMailbox(s.t, ls, at);
  }

  /** Imprint words: the block around them is a company's ("USt-IdNr.", "HRB", "Amtsgericht"). */
  private static final String[] IMPRINT = {"ust-idnr", "ust-id", "handelsregister",
      "registergericht", "amtsgericht", "hrb ", "vat reg", "company number", "registered office",
      "sitz der gesellschaft"};

  /**
   * An organisation's central line: a number whose last group is all zeros ("369-30 00",
   * "33 89 00", "9399-0": the switchboard of a German extension range) in a company's imprint
   * or after a word that names the line ("Zentrale", "support number"). A direct extension
   * ("33 89 0 - 16") stays a person's number.
   */
  private static boolean centralLine(ScanText s, int start, int end) {
    int k = end;
    while (k > start && s.a[k - 1] == '0') {
      k--;
    }
    if (k == end || k == start || Chars.digit(s.a[k - 1]) || end - k > 4) {
      return false; // the last group is not zeros only
    }
    String before = s.t.substring(Math.max(0, start - 60), start).toLowerCase(Locale.ROOT);
    for (String w : ORGANISATION_LINES) {
      if (before.contains(w)) {
        return true;
      }
    }
    String around = s.t.substring(Math.max(0, start - 300), Math.min(s.n, end + 300))
        .toLowerCase(Locale.ROOT);
    for (String w : IMPRINT) {
      if (around.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static void phone(ScanText s, int start, int end, boolean plus, CharSequence d,
      int[] g, int gc,
      char sep, boolean parens, boolean trunk) {
    int len = d.length();
    if (NumberShapes.serviceNumber(d, plus)) {
      // toll-free and shared-cost numbers belong to organisations, not to a person
      return;
    }
    if (s.at(end) == '*') {
      // "04080816251*": a wildcard number range, not a number to call
      return;
    }
    if (centralLine(s, start, end)) {
      // "Fon +49 (0) 911 / 369-30 00" in a company's imprint: the switchboard, no person's line
      return;
    }
    Hit cue = s.cue(Kind.PHONE, start, end);
    if (cue == null && !plus && s.cue(Kind.VERSION, start, end) != null) {
      // "Fehlercode 070089007", "error 39508": codes, not numbers to call
      return;
    }
    double score;
    boolean doubleZero = len >= 2 && d.charAt(0) == '0' && d.charAt(1) == '0';
    if (plus || doubleZero) {
      // the international number: all digits after '+' or after "00"
      int from = plus ? 0 : 2;
      int intlLen = len - from;
      if (intlLen == 0 || d.charAt(from) == '0') {
        return;
      }
      if (intlLen >= 2 && d.charAt(from) == '4' && d.charAt(from + 1) == '9') {
        if (!germanNational(d, from + 2)) {
          return;
        }
      } else if (intlLen < 8 || intlLen > 15) {
        return;
      }
      score = 0.85;
    } else if (d.charAt(0) == '0') {
      if (trunk) {
        return;
      }
      if (!germanNational(d, 1)) {
        // off the numbering plan, but a phone cue ("Tel.", "erreichbar unter") says it is one
        if (cue != null && len >= 7 && len <= 13 && d.charAt(1) != '0') {
          if (!serviceLine(s, start) && !OrganisationBlock.contains(s, start, end)) {
            s.add(PiiType.PHONE, start, end, 0.6, "phone", cue);
          }
        }
        return;
      }
      boolean grouped = gc > 1;
      score = grouped || d.charAt(1) == '1' ? 0.7 : 0.55;
    } else if (continuation(s, start)) {
      // a group inside a longer grouped number ("0800 330 2020") is not a number of its own
      return;
    } else if (gc >= 3 && g[gc - 3] == 3 && g[gc - 2] == 3
        && g[gc - 1] == 4 && len <= 15 && (sep == '-' || sep == ' ' || parens)) {
      // North American style 3-3-4, optionally with a country code group before
      if (sep == ' ' && !parens && cue == null && gc == 3) {
        return;
      }
      score = 0.6;
    } else if (cue != null && len <= 15 && (len >= 7 || len >= 5 && cue.end() <= start)) {
      // a short local number only right after its cue ("Tel. 39508"), not when a phone is
      // mentioned after it ("I get 39508 only. And the phone is …")
      score = 0.6;
    } else {
      return;
    }
    if (cue != null) {
      score = Math.max(score, 0.9);
    }
    if (serviceLine(s, start) || OrganisationBlock.contains(s, start, end)) {
      // checked last, for the numbers that are phones otherwise: the look-back costs
      return;
    }
    s.add(PiiType.PHONE, start, end, score, "phone", cue);
  }

  private static boolean continuation(ScanText s, int i) {
    char[] a = s.a;
    return i > 1 && (a[i - 1] == ' ' || a[i - 1] == '-' || a[i - 1] == '/')
        && (ScanText.digitOrMask(a[i - 2]) || a[i - 2] == ')');
  }

  /** Whether the digits d[from..] are a German national number without the trunk 0. */
  private static boolean germanNational(CharSequence d, int from) {
    int len = d.length() - from;
    if (len <= 0) {
      return false;
    }
    char a = d.charAt(from);
    if (a == '0') {
      return false;
    }
    if (a == '7' && len >= 3 && d.charAt(from + 1) == '0' && d.charAt(from + 2) == '0') {
      // 0700 personal numbers have exactly eight subscriber digits ("070089007" is an error code)
      return len == 11;
    }
    if (a == '1') {
      char b = len > 1 ? d.charAt(from + 1) : '0';
      if (b == '5') {
        // 015x numbers have 8 subscriber digits (Telekom normalizer test data: 0152 + 7 is invalid)
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

  /** "SSN 123 45 6789": the spaced form, which the chunk reader groups 3-2-4 with spaces. */
  private static void ssnAfterCue(ScanText s, Hit h) {
    int st = s.skipFiller(h.end());
    // US: 9 digits plain or grouped 3-2-4 handled by number(); here only "123 45 6789"
    if (s.allDigits(st, st + 3) && space(s.at(st + 3)) && s.allDigits(st + 4, st + 6)
        && space(s.at(st + 6)) && s.allDigits(st + 7, st + 11) && !word(s.at(st + 11))) {
      String d = s.t.substring(st, st + 3) + s.t.substring(st + 4, st + 6)
          + s.t.substring(st + 7, st + 11);
      if (usSsn(d)) {
        s.add(PiiType.SOCIAL_SECURITY_NUMBER, st, st + 11, 0.9, "us-ssn", h);
      }
    }
  }

  /**
   * Whether i starts a group in a run of four-character groups that began with an IBAN-like
   * "XX99" group ("DE89 37A4 0044 …"), separated by single spaces.
   */
  private static boolean insideIbanGroups(ScanText s, int i) {
    char[] a = s.a;
    int p = i;
    for (int groups = 0; groups < 9; groups++) {
      if (p < 5 || a[p - 1] != ' ') {
        return false;
      }
      int gs = p - 5;
      for (int k = gs; k < p - 1; k++) {
        if (!Chars.asciiAlnum(a[k])) {
          return false;
        }
      }
      if (gs > 0 && Chars.word(a[gs - 1])) {
        return false;
      }
      if (Chars.letter(a[gs]) && Chars.letter(a[gs + 1]) && digit(a[gs + 2])
          && digit(a[gs + 3])) {
        return true;
      }
      p = gs;
    }
    return false;
  }

  /** Whether every group is one digit ("4 1 1 1 …"): a value spaced out to evade detection. */
  private static boolean spacedOut(int[] g, int gc) {
    if (gc < 5) {
      return false;
    }
    for (int k = 0; k < gc; k++) {
      if (g[k] != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * After a digit group at q: skips one space, or one line break ("\n" or "\r\n") with the
   * spaces around it, when a digit or '(' follows; returns q when there is none of these.
   */
  private static int skipSpaceOrBreak(ScanText s, int q) {
    char[] a = s.a;
    int n = s.n;
    if (q < n && space(a[q])) {
      int r = q + 1;
      if (r < n && lineBreak(a[r])) {
        return afterBreak(s, r, q);
      }
      return r;
    }
    if (q < n && lineBreak(a[q])) {
      return afterBreak(s, q, q);
    }
    return q;
  }

  private static int afterBreak(ScanText s, int r, int fallback) {
    char[] a = s.a;
    int n = s.n;
    if (a[r] == '\r' && r + 1 < n && a[r + 1] == '\n') {
      r++;
    }
    r++;
    if (r < n && space(a[r])) {
      r++;
    }
    return r < n && (digit(a[r]) || a[r] == '(') ? r : fallback;
  }
}
