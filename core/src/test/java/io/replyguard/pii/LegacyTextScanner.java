package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.upper;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.LegacyCues.Hit;
import io.replyguard.pii.LegacyCues.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in recognizers: one linear pass over the text finds cue words and candidate anchors
 * (digits, '+', '(', '@', uppercase letters, hex runs with ':'), then runs the validators of the
 * matching types only. One instance per scan: not thread-safe, never shared.
 */
final class LegacyTextScanner {
  private static final int CUE_BEFORE = 40;
  private static final int CUE_AFTER = 15;

  private final String t;
  private final char[] a;
  private final int n;
  private final List<Hit> cues;
  private final List<Candidate> out;
  private final List<int[]> urls = new ArrayList<>(2);

  private LegacyTextScanner(String text, List<Candidate> out) {
    this.t = text;
    this.a = text.toCharArray();
    this.n = a.length;
    this.cues = new ArrayList<>();
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
    LegacyTextScanner s = new LegacyTextScanner(text, out);
    s.run();
    return s.urls;
  }

  private char at(int i) {
    return i >= 0 && i < n ? a[i] : '\0';
  }

  /** Whether the text has {@code s} (lowercase) at {@code i}, ignoring case. */
  private boolean region(int i, String s) {
    int len = s.length();
    if (i < 0 || i + len > n) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (LegacyCues.fold(a[i + k]) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------- main pass

  /** Longest number chunk looked at, in characters (19 card digits with separators fit). */
  private static final int MAX_NUMBER_CHARS = 64;

  private final Digits digitBuf = new Digits();

  /**
   * The digits of the number chunk being read: a reusable char buffer that the checksums read as
   * a CharSequence. A chunk is at most {@link #MAX_NUMBER_CHARS} characters plus one group.
   */
  private static final class Digits implements CharSequence {
    private final char[] buf = new char[2 * MAX_NUMBER_CHARS];
    private int len;

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
  private final int[] groupBuf = new int[24];
  private final StringBuilder ibanBuf = new StringBuilder(34);

  /** Anchor positions (start, end) found by the first pass, evaluated by the second. */
  private int[] anchors = new int[64];
  private int anchorCount;

  /** Start of every cue after pass 1, in order (a flat copy for the binary search). */
  private int[] cueStarts = new int[0];
  private int cueStartCount;
  /** The last answer of {@link #firstCueFrom}. */
  private int cueHint;

  private void anchor(int start, int end) {
    if (anchorCount + 2 > anchors.length) {
      anchors = java.util.Arrays.copyOf(anchors, anchors.length * 2);
    }
    anchors[anchorCount++] = start;
    anchors[anchorCount++] = end;
  }

  /** {@link #CLASS} bit: a word character ({@link Chars#word}). */
  private static final int W = 1;
  /** {@link #CLASS} bit: an ASCII digit. */
  private static final int D = 2;
  /** {@link #CLASS} bit: an ASCII lowercase letter other than 'h' and 'w' (no URL start). */
  private static final int P = 4;
  /** {@link #CLASS} bit: '@', '+', '(' or ':'. */
  private static final int S = 8;
  /** Word lengths that {@link #tokenCandidate} accepts for any first character, as bits. */
  private static final int TOKEN_LENGTHS = 1 << 9 | 1 << 10 | 1 << 12;
  /** Character classes for pass 1, by char: one load instead of a chain of tests. */
  private static final byte[] CLASS = new byte[1 << 16];

  static {
    for (int k = 0; k < CLASS.length; k++) {
      char c = (char) k;
      int bits = 0;
      if (word(c)) {
        bits |= W;
      }
      if (digit(c)) {
        bits |= D;
      }
      if (lower(c) && c != 'h' && c != 'w') {
        bits |= P;
      }
      if (c == '@' || c == '+' || c == '(' || c == ':') {
        bits |= S;
      }
      CLASS[k] = (byte) bits;
    }
  }

  private void run() {
    findCuesAndAnchors();
    validateAnchors();
    validateCues();
  }

  private void findCuesAndAnchors() {
    // Pass 1, one traversal: cue words (longest match at word starts) and anchors: digit words,
    // letter words that some pass-2 validator can act on, '@', and '+', '(' or ':' outside
    // words. Inside a word nothing else can start.
    LegacyCues lexicon = LegacyCues.BUILT_IN;
    byte[] cls = CLASS;
    char[] a = this.a;
    int n = this.n;
    int cueEnd = 0;
    int i = 0;
    while (i < n) {
      char c = a[i];
      int k = cls[c];
      if ((k & W) == 0) {
        if ((k & S) != 0) {
          special(c, i);
        }
        i++;
        continue;
      }
      // a word start: every word is consumed whole, so a[i - 1] is not a word character
      int we = i + 1;
      while (we < n && (cls[a[we]] & W) != 0) {
        we++;
      }
      if ((k & D) != 0) {
        anchor(i, we);
      } else {
        if (i >= cueEnd && lexicon.mayStartAt(a, i, n)) {
          Hit h = lexicon.match(a, i);
          if (h != null) {
            cues.add(h);
            cueEnd = h.end();
          }
        }
        int len = we - i;
        boolean act;
        if ((k & P) != 0) {
          // the common plain lowercase word: only an ID serial length or a hex word before ':'
          act = len < 32 && (TOKEN_LENGTHS >>> len & 1) != 0
              || we < n && a[we] == ':' && hexWord(i, we);
        } else {
          act = letterWordAnchor(c, i, we);
        }
        if (act) {
          anchor(i, we);
        }
      }
      i = we;
    }
  }

  /** Pass 2: validators on the anchors, with every cue known. */
  private void validateAnchors() {
    cueStartCount = cues.size();
    cueStarts = new int[cueStartCount];
    for (int k = 0; k < cueStartCount; k++) {
      cueStarts[k] = cues.get(k).start();
    }
    int skipUntil = 0;
    for (int k = 0; k < anchorCount; k += 2) {
      int i = anchors[k];
      if (i < skipUntil) {
        continue;
      }
      int we = anchors[k + 1];
      char c = a[i];
      if (c == '@') {
        email(i);
      } else if (c == '+' || c == '(') {
        number(i);
      } else if (c == ':') {
        hexRun(i);
      } else if (digit(c)) {
        // each validator only where its first step can succeed: a dotted quad starts with a
        // word of at most three digits before '.', a spaced RVNR with two digits before ' '
        if (we - i <= 3 && at(we) == '.') {
          ipv4(i);
        }
        if (hexWord(i, we)) {
          hexRun(i);
        }
        if (tokenCandidate(c, i, we) && (we - i != 2 || at(we) == ' ')) {
          alnumToken(i, we);
        }
        if (we - i <= 5 && space(at(we)) && upper(at(we + 1))) {
          address(i);
        }
        number(i);
      } else {
        int url = c == 'h' || c == 'H' || c == 'w' || c == 'W' ? url(i) : i;
        if (url > i) {
          urls.add(new int[] {i, url});
          ipInUrl(i, url);
          skipUntil = url;
          continue;
        }
        if (hexWord(i, we)) {
          hexRun(i);
        }
        if (tokenCandidate(c, i, we)) {
          alnumToken(i, we);
        }
        if (upper(c) || c >= 128) {
          if (streetAhead(we)) {
            street(i);
          }
          if (we - i <= 3 && upper(c) && plateTail(we)) {
            plate(i, null);
          }
        }
      }
    }
  }

  /** Pass 3: the values after cues (customer numbers, passwords, names, …). */
  private void validateCues() {
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
    if (start < 0 || end > n || start >= end || at(start - 1) == Chars.MASK
        || at(end) == Chars.MASK) {
      return;
    }
    for (int k = start; k < end; k++) {
      if (a[k] == Chars.MASK) {
        return;
      }
    }
    out.add(new Candidate(type, start, end, Math.min(1.0, score), recognizer,
        cue == null ? null : cue.label()));
  }

  /** The nearest cue of the kind before (within 40 chars) or after (within 15 chars). */
  private Hit cue(Kind kind, int start, int end) {
    int size = cues.size();
    if (size == 0) {
      return null;
    }
    // first hit starting at or after `start` (hits are sorted and do not overlap)
    int lo = firstCueFrom(start);
    for (int k = lo - 1; k >= 0; k--) {
      Hit h = cues.get(k);
      if (start - h.end() > CUE_BEFORE) {
        break;
      }
      if (h.kind() == kind && h.end() <= start) {
        return h;
      }
    }
    for (int k = lo; k < size; k++) {
      Hit h = cues.get(k);
      if (h.start() - end > CUE_AFTER) {
        break;
      }
      if (h.kind() == kind && h.start() >= end) {
        return h;
      }
    }
    return null;
  }

  private Hit cue(Kind a, Kind b, int start, int end) {
    Hit h = cue(a, start, end);
    return h != null ? h : cue(b, start, end);
  }

  /** A word of hex digits directly followed by ':' or '.': a possible IPv6 start. */
  private boolean hexWord(int i, int we) {
    char e = at(we);
    if (e != ':' && e != '.') {
      return false;
    }
    for (int k = i; k < we; k++) {
      if (!Chars.hex(a[k])) {
        return false;
      }
    }
    return e == ':' || digit(a[i]);
  }

  /** Shapes alnumToken can accept: IBAN start, 9/10/12 characters, "15 070649 C 103". */
  private boolean tokenCandidate(char c, int i, int we) {
    int len = we - i;
    return len == 9 || len == 10 || len == 12 || (upper(c) && upper(at(i + 1)))
        || (digit(c) && len == 2);
  }

  /** Pass 1 on '@', '+', '(' or ':' at i (never inside a word). */
  private void special(char c, int i) {
    if (c == '@') {
      anchor(i, i + 1);
    } else if (c == ':') {
      if (i == 0 || !Chars.hex(a[i - 1])) {
        anchor(i, i + 1);
      }
    } else if (i == 0 || !word(a[i - 1])) {
      anchor(i, i + 1);
    }
  }

  /**
   * Whether pass 2 can act on the word [i, we) that starts with a non-digit: exactly the
   * preconditions of the URL, hex, token, street and plate validators, so that skipping the
   * other words changes no result.
   */
  private boolean letterWordAnchor(char c, int i, int we) {
    if ((c == 'h' || c == 'H') && region(i, "http")
        || (c == 'w' || c == 'W') && region(i, "www.")) {
      return true;
    }
    if (tokenCandidate(c, i, we) || hexWord(i, we)) {
      return true;
    }
    if (!upper(c) && c < 128) {
      return false;
    }
    return streetAhead(we) || we - i <= 3 && upper(c) && plateTail(we); // street, plate
  }

  /** Whether a digit follows the word ending at we, after an optional '.' and space. */
  private boolean streetAhead(int we) {
    int q = we;
    if (at(q) == '.') {
      q++;
    }
    if (space(at(q))) {
      q++;
    }
    return digit(at(q));
  }

  // ---------------------------------------------------------------------------------------- URL

  /** End of a URL starting at i (http://, https://, www.), or i. */
  private int url(int i) {
    char c0 = a[i];
    if (c0 != 'h' && c0 != 'H' && c0 != 'w' && c0 != 'W') {
      return i;
    }
    int p;
    if (region(i, "https://")) {
      p = i + 8;
    } else if (region(i, "http://")) {
      p = i + 7;
    } else if (region(i, "www.")) {
      p = i + 4;
    } else {
      return i;
    }
    while (p < n && !Chars.anyWhitespace(a[p]) && a[p] != '"'
        && a[p] != '<' && a[p] != '>') {
      p++;
    }
    while (p > i && ".,;:!?)'".indexOf(a[p - 1]) >= 0) {
      p--;
    }
    return p;
  }

  private void ipInUrl(int start, int end) {
    for (int k = start; k < end; k++) {
      char c = a[k];
      if (c == '[' || c == '/' || c == '@') {
        if (k + 1 < end && (Chars.hex(a[k + 1]) || a[k + 1] == ':')) {
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
    while (s > 0 && localChar(a[s - 1]) && a[s - 1] != Chars.MASK) {
      s--;
    }
    if (s == at || a[s] == '.' || a[at - 1] == '.') {
      return;
    }
    for (int k = s; k < at - 1; k++) {
      if (a[k] == '.' && a[k + 1] == '.') {
        return;
      }
    }
    int p = at + 1;
    int labels = 0;
    int lastLabelStart = p;
    int end = -1;
    while (true) {
      int ls = p;
      while (p < n && (word(a[p]) || a[p] == '-')) {
        p++;
      }
      if (p == ls || a[ls] == '-' || a[p - 1] == '-') {
        break;
      }
      labels++;
      lastLabelStart = ls;
      end = p;
      if (p + 1 < n && a[p] == '.' && word(a[p + 1])) {
        p++;
      } else {
        break;
      }
    }
    if (labels < 2 || end < 0) {
      return;
    }
    if (end < n && (a[end] == '-' || a[end] == '_' || a[end] == '@')) {
      return;
    }
    int tldLen = end - lastLabelStart;
    boolean punycode = region(lastLabelStart, "xn--");
    if (tldLen < 2 || !punycode && !allLetters(lastLabelStart, end)) {
      return;
    }
    Hit cue = cue(Kind.EMAIL, s, end);
    add(PiiType.EMAIL, s, end, cue != null ? 0.99 : 0.9, "email", cue);
  }

  private boolean allLetters(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!letter(a[k])) {
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
    if (i > 0 && (a[i - 1] == '.' || a[i - 1] == ',') && digit(at(i - 2))) {
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
        char after = at(q);
        if (after != ' ' && after != '-' && after != '/') {
          return;
        }
        int r = q;
        if (space(a[r])) {
          r++;
        }
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
    Digits digits = digitBuf;
    digits.clear();
    int[] groups = groupBuf;
    int groupCount = 0;
    char sepKind = 0;
    boolean mixedSep = false;
    boolean parens = false;
    int end = -1;
    boolean trunk = false;
    while (p < n) {
      char c = a[p];
      if (p - i > MAX_NUMBER_CHARS) {
        return;
      }
      if (c == '(') {
        // "(0)" trunk prefix or "(030)" / "(415)" area code
        int q = p + 1;
        int gs = digits.length();
        while (q < n && digit(a[q])) {
          q++;
        }
        if (q == p + 1 || q >= n || a[q] != ')' || q - p - 1 > 5) {
          break;
        }
        if (q - p - 1 == 1 && a[p + 1] == '0' && digits.length() > 0) {
          if (trunk) {
            return;
          }
          trunk = true;
        } else {
          for (int d = p + 1; d < q; d++) {
            digits.append(a[d]);
          }
          if (groupCount < groups.length) {
            groups[groupCount++] = digits.length() - gs;
          }
        }
        parens = true;
        end = q + 1;
        p = q + 1;
        if (p < n && space(a[p]) && digit(at(p + 1))) {
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
      if (q < n && space(a[q])) {
        sep = ' ';
        q++;
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
    char after = at(end);
    if ((after == ' ' || after == '-' || after == '/') && at(end + 1) == Chars.MASK) {
      return;
    }
    // extension "x532"
    boolean ext = (after == 'x' || after == 'X') && digit(at(end + 1));
    if (!ext && (word(after) || after == '€' || after == '%' || after == '@')) {
      return;
    }
    if ((after == '.' || after == ',' || after == ':') && digit(at(end + 1))) {
      return;
    }
    if (followedByCurrency(end, digits.length())) {
      return;
    }
    evaluateNumber(i, end, plus, digits, groups, groupCount, sepKind, mixedSep, parens, trunk);
  }

  private static final String[] UNITS = {"eur", "euro", "usd", "cent", "ct", "gb", "mb", "kb",
      "tb", "mbit", "gbit", "km", "kg", "prozent", "percent"};

  /** Whether a currency sign or a unit word ("EUR", "GB", "Mbit") follows the number. */
  private boolean followedByCurrency(int end) {
    return followedByCurrency(end, 0);
  }

  /** As above; unit words only count after numbers of at most six digits. */
  private boolean followedByCurrency(int end, int digitCount) {
    int p = end;
    if (p < n && space(a[p])) {
      p++;
    }
    char c = at(p);
    if (c == '€' || c == '$' || c == '£' || c == '%') {
      return true;
    }
    int w = p;
    while (w < n && w - p < 8 && letter(a[w])) {
      w++;
    }
    if (w == p || w - p > 7 || (w < n && letter(a[w])) || digitCount > 6) {
      return false;
    }
    for (String unit : UNITS) {
      if (unit.length() == w - p && region(p, unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Evaluates a number chunk: {@code d} holds its digits, {@code g[0..gc)} the digit count of
   * each group.
   */
  private void evaluateNumber(int start, int end, boolean plus, CharSequence d, int[] g, int gc,
      char sep, boolean mixedSep, boolean parens, boolean trunk) {
    int len = d.length();
    // payment cards
    if (!plus && !parens && !mixedSep && len >= 13 && len <= 19 && sep != '/'
        && cardGrouping(g, gc) && Checksums.cardIssuer(d) && Checksums.luhn(d)) {
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
      boolean dashed = gc == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4 && sep == '-'
          && !mixedSep;
      if ((dashed || cue != null) && usSsn(d)) {
        add(PiiType.SOCIAL_SECURITY_NUMBER, start, end, cue != null ? 0.9 : 0.6, "us-ssn", cue);
      }
    }
    phone(start, end, plus, d, g, gc, sep, parens, trunk);
  }

  private static boolean cardGrouping(int[] g, int gc) {
    if (gc == 1) {
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

  private void phone(int start, int end, boolean plus, CharSequence d, int[] g, int gc,
      char sep, boolean parens, boolean trunk) {
    int len = d.length();
    Hit cue = cue(Kind.PHONE, start, end);
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
          add(PiiType.PHONE, start, end, 0.6, "phone", cue);
        }
        return;
      }
      boolean grouped = gc > 1;
      score = grouped || d.charAt(1) == '1' ? 0.7 : 0.55;
    } else if (continuation(start)) {
      // a group inside a longer grouped number ("0800 330 2020") is not a number of its own
      return;
    } else if (gc >= 3 && g[gc - 3] == 3 && g[gc - 2] == 3
        && g[gc - 1] == 4 && len <= 15 && (sep == '-' || sep == ' ' || parens)) {
      // North American style 3-3-4, optionally with a country code group before
      if (sep == ' ' && !parens && cue == null && gc == 3) {
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

  private boolean continuation(int i) {
    return i > 1 && (a[i - 1] == ' ' || a[i - 1] == '-' || a[i - 1] == '/')
        && (digitOrMask(a[i - 2]) || a[i - 2] == ')');
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

  // ---------------------------------------------------------------------------------- IP

  /** IPv4 dotted quad with optional /prefix at i. */
  private boolean ipv4(int i) {
    if (i > 0 && (word(a[i - 1]) || a[i - 1] == '.'
        || (a[i - 1] == ':' && Chars.hex(at(i - 2))))) {
      return false;
    }
    int p = i;
    for (int octet = 0; octet < 4; octet++) {
      int s = p;
      int v = 0;
      while (p < n && digit(a[p]) && p - s < 4) {
        v = v * 10 + a[p] - '0';
        p++;
      }
      if (p == s || p - s > 3 || v > 255) {
        return false;
      }
      if (octet < 3) {
        if (at(p) != '.') {
          return false;
        }
        p++;
      }
    }
    char after = at(p);
    if (word(after) || (after == '.' && digit(at(p + 1)))) {
      return false;
    }
    int end = p;
    if (after == '/' && digit(at(p + 1))) {
      int q = p + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - p <= 2) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 32 && !digit(at(q))) {
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
      char b = a[i - 1];
      if (Chars.hex(b) || b == ':' || b == '.') {
        return;
      }
    }
    int p = i;
    boolean colon = false;
    while (p < n) {
      char c = a[p];
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
    while (end > i && a[end - 1] == '.') {
      end--;
    }
    if (end - i >= 2 && a[end - 1] == ':' && a[end - 2] != ':') {
      end--;
    }
    if (end < n && (word(a[end]) && end == p)) {
      return;
    }
    if (!Ipv6.valid(t, i, end)) {
      return;
    }
    int fin = end;
    if (at(end) == '/' && digit(at(end + 1))) {
      int q = end + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - end <= 3) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 128 && !digit(at(q))) {
        fin = q;
      }
    }
    Hit cue = cue(Kind.IP, i, fin);
    add(PiiType.IP_ADDRESS, i, fin, cue != null ? 0.95 : 0.8, "ip-address", cue);
  }

  // ------------------------------------------------------------------- alphanumeric tokens

  private static final String ID_ALPHABET = "CFGHJKLMNPRTVWXYZ";

  /** IBAN, KVNR, ID card serials and RVNR on the word [i, we). */
  private void alnumToken(int i, int we) {
    char c0 = a[i];
    if (upper(c0) && upper(at(i + 1))) {
      iban(i);
    }
    // the rest needs an ASCII word of 9 or 10 characters after a letter, 2 or 12 after a digit
    int wordLen = we - i;
    if (letter(c0) ? wordLen != 9 && wordLen != 10 : wordLen != 2 && wordLen != 12) {
      return;
    }
    int p = i;
    while (p < n && Chars.asciiAlnum(a[p])) {
      p++;
    }
    if (p < n && word(a[p])) {
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
    } else if (digit(c0) && len == 2 && at(p) == ' ') {
      // "15 070649 C 103"
      int q = p + 1;
      if (q + 6 <= n && allDigits(q, q + 6) && at(q + 6) == ' ' && letter(at(q + 7))
          && at(q + 8) == ' ' && q + 12 <= n && allDigits(q + 9, q + 12)
          && !word(at(q + 12))) {
        String s = t.substring(i, i + 2) + t.substring(q, q + 6) + a[q + 7]
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
      if (!digit(a[k])) {
        return false;
      }
    }
    return true;
  }

  /** Personalausweis / passport serial: 9 characters, optionally followed by the check digit. */
  private void idSerial(int i, int p) {
    int len = p - i;
    boolean up = upper(a[i]);
    int letters = 0;
    int digits = 0;
    for (int k = i; k < i + 9; k++) {
      char c = a[k];
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
    int len = Checksums.ibanLength(a[i], a[i + 1]);
    if (len == 0) {
      return;
    }
    int p = i + 2;
    if (space(at(p)) && digit(at(p + 1))) {
      p++;
    }
    StringBuilder sb = ibanBuf;
    sb.setLength(0);
    sb.append(a[i]).append(a[i + 1]);
    char sep = 0;
    while (p < n && sb.length() < len) {
      char c = a[p];
      if (digit(c) || upper(c)) {
        sb.append(c);
        p++;
      } else if ((c == ' ' || c == '-' || c == '.') && sb.length() >= 4 && p + 1 < n
          && (digit(a[p + 1]) || upper(a[p + 1]))) {
        sep = c;
        p++;
      } else {
        break;
      }
    }
    if (sb.length() != len || sb.length() < 4 || !digit(sb.charAt(2)) || !digit(sb.charAt(3))) {
      return;
    }
    if (p < n && word(a[p])) {
      return;
    }
    if (sep != 0 && at(p) == sep && digit(at(p + 1))) {
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
    while (p < n && p - i < 4 && letter(a[p]) && !digit(a[p])) {
      char c = a[p];
      if (!Character.isUpperCase(c)) {
        up = false;
      }
      p++;
    }
    int d = p - i;
    if (d < 1 || d > 3 || !isPlateLetters(i, p)) {
      return;
    }
    char s1 = at(p);
    if (s1 != ' ' && s1 != '-') {
      return;
    }
    int q = p + 1;
    int ls = q;
    while (q < n && q - ls < 3 && isPlateLetter(a[q])) {
      if (!Character.isUpperCase(a[q])) {
        up = false;
      }
      q++;
    }
    int l = q - ls;
    if (l < 1 || l > 2) {
      return;
    }
    char s2 = at(q);
    boolean sep2 = s2 == ' ' || s2 == '-';
    if (sep2) {
      q++;
    } else if (cue == null) {
      return;
    }
    int ds = q;
    while (q < n && digit(a[q]) && q - ds < 5) {
      q++;
    }
    int dl = q - ds;
    if (dl < 1 || dl > 4 || d + l + dl > 8) {
      return;
    }
    if (at(q) == 'E' || at(q) == 'H') {
      q++;
    }
    if (word(at(q)) || (at(q) == '.' || at(q) == ',') && digit(at(q + 1))) {
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

  /**
   * Whether the text after a plate's district letters (ending at p) can complete a plate without
   * a cue: a separator, one or two letters, a separator and a digit.
   */
  private boolean plateTail(int p) {
    if (!plateSeparator(at(p)) || !isPlateLetter(at(p + 1))) {
      return false;
    }
    if (plateSeparator(at(p + 2))) {
      return digit(at(p + 3));
    }
    return isPlateLetter(at(p + 2)) && plateSeparator(at(p + 3)) && digit(at(p + 4));
  }

  private static boolean plateSeparator(char c) {
    return c == ' ' || c == '-';
  }

  private static boolean isPlateLetter(char c) {
    return upper(c) || lower(c);
  }

  private boolean isPlateLetters(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = a[k];
      if (!(isPlateLetter(c) || "ÄÖÜäöü".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private void plateAfterCue(Hit h) {
    int p = skipFiller(h.end());
    if (p < n && letter(a[p])) {
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
      while (p < n && (space(a[p]) || ":=#-–(\n".indexOf(a[p]) >= 0)) {
        p++;
      }
      int w = p;
      while (w < n && letter(a[w])) {
        w++;
      }
      if (w > p && w < n && (a[w] == '.' || a[w] == ':')
          && FILLER.contains(t.substring(p, w + 1).toLowerCase(java.util.Locale.ROOT))) {
        p = w + 1;
        continue;
      }
      if (w > p && (w == n || !word(a[w]))
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
    // masked characters count as token characters, so a redacted text yields the same extent
    while (p < n) {
      char c = a[p];
      if (Chars.asciiAlnum(c) || c == Chars.MASK) {
        if (digit(c)) {
          digits++;
        }
        p++;
      } else if ((c == '-' || c == '/' || c == '.' || c == ' ') && p > s
          && (Chars.asciiAlnum(at(p + 1)) || at(p + 1) == Chars.MASK)
          && (c != ' ' || digitOrMask(a[p - 1]) && digitOrMask(a[p + 1]))) {
        p++;
      } else {
        break;
      }
    }
    if (p < n && word(a[p])) {
      return;
    }
    if (digits < 3 || p - s < 4 || p - s > 34 || followedByCurrency(p, digits)) {
      return;
    }
    add(PiiType.CUSTOMER_NUMBER, s, p, 0.85, "customer-number", h);
  }

  private static boolean digitOrMask(char c) {
    return digit(c) || c == Chars.MASK;
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
    while (p < n && space(a[p])) {
      p++;
    }
    boolean explicit = false;
    if (p < n && (a[p] == ':' || a[p] == '=')) {
      explicit = true;
      p++;
    } else {
      int w = p;
      while (w < n && letter(a[w])) {
        w++;
      }
      String word = t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
      if (word.equals("ist") || word.equals("is") || word.equals("lautet")
          || word.equals("was") || word.equals("war")) {
        p = w;
      }
      // otherwise the token right after the cue must look like a secret (checked below)
    }
    while (p < n && space(a[p])) {
      p++;
    }
    int s = p;
    while (p < n && !Chars.anyWhitespace(a[p]) && !Character.isSurrogate(a[p])) {
      p++;
    }
    while (p > s && ".,;:)\"'".indexOf(a[p - 1]) >= 0) {
      p--;
    }
    if (s < n && ("\"'(".indexOf(a[s]) >= 0) && p > s + 1) {
      s++;
    }
    int len = p - s;
    if (len < 3 || len > 64 || startsCue(s)) {
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

  /** Whether a cue starts at position p ("Zugangsdaten: Benutzer …": the value is a cue). */
  private boolean startsCue(int p) {
    int k = firstCueFrom(p);
    return k < cues.size() && cues.get(k).start() == p;
  }

  /** Index of the first cue starting at or after {@code pos} (binary search). */
  private int firstCueFrom(int pos) {
    int[] starts = cueStarts;
    int count = cueStartCount;
    // pass 2 asks in mostly increasing positions: try the last answer and the next one first
    int h = cueHint;
    if (h <= count && (h == 0 || starts[h - 1] < pos)) {
      if (h == count || starts[h] >= pos) {
        return h;
      }
      if (h + 1 == count || starts[h + 1] >= pos) {
        cueHint = h + 1;
        return h + 1;
      }
    }
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    cueHint = lo;
    return lo;
  }

  /** "PIN 1234", "TAN: 123456", "Code ist 48213". */
  private void pin(Hit h) {
    int s = skipFiller(h.end());
    int p = s;
    int digits = 0;
    while (p < n && Chars.asciiAlnum(a[p])) {
      if (digit(a[p])) {
        digits++;
      }
      p++;
    }
    int len = p - s;
    if (len < 4 || len > 12 || digits < len / 2 || digits < 3 || (p < n && word(a[p]))) {
      return;
    }
    if ((at(p) == '.' || at(p) == ',') && digit(at(p + 1))) {
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
      char sep = at(p);
      if (al == 4 && sep == '-') {
        int m = readInt(p + 1, 2);
        int ml = intLen;
        if (ml > 0 && at(p + 1 + ml) == '-') {
          int d = readInt(p + 2 + ml, 2);
          int dl = intLen;
          int end = p + 2 + ml + dl;
          if (dl > 0 && plausibleYear(a) && Checksums.validDate(d, m, a) && !digit(at(end))) {
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
        if (ml > 0 && at(p + 1 + ml) == sep) {
          int yp = p + 2 + ml;
          int y = readInt(yp, 4);
          int yl = intLen;
          if (yl == 2) {
            y += y <= 30 ? 2000 : 1900;
          }
          int end = yp + yl;
          if ((yl == 2 || yl == 4) && plausibleYear(y) && Checksums.validDate(a, m, y)
              && !digit(at(end))) {
            return new int[] {end};
          }
          // US order mm/dd/yyyy
          if ((yl == 2 || yl == 4) && sep == '/' && plausibleYear(y)
              && Checksums.validDate(m, a, y) && !digit(at(end))) {
            return new int[] {end};
          }
        }
        if (sep == '.' && space(at(p + 1))) {
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
    if (!space(at(q))) {
      return null;
    }
    int d = readInt(q + 1, 2);
    int dl = intLen;
    if (dl == 0) {
      return null;
    }
    q = q + 1 + dl;
    if (at(q) == ',') {
      q++;
    }
    if (lower(at(q)) && (at(q) == 's' || at(q) == 'n' || at(q) == 'r'
        || at(q) == 't')) {
      q += 2;
      if (at(q) == ',') {
        q++;
      }
    }
    if (!space(at(q))) {
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
    if (mEnd < 0 || !space(at(mEnd))) {
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
      if (region(p, m) && !letter(at(p + m.length()))) {
        lastMonth = MONTH_NUM[k];
        return p + m.length();
      }
    }
    return -1;
  }

  private int readInt(int p, int max) {
    int v = 0;
    int k = 0;
    while (p + k < n && k < max && digit(a[p + k])) {
      v = v * 10 + a[p + k] - '0';
      k++;
    }
    if (k == max && digit(at(p + k))) {
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
      char c = a[p];
      int w = p;
      if (Character.isUpperCase(c)) {
        w++;
        while (w < n && (Character.isLowerCase(a[w])
            || (a[w] == '-' && Character.isUpperCase(at(w + 1)))
            || (a[w] == '\'' && letter(at(w + 1)))
            || (Character.isUpperCase(a[w]) && a[w - 1] == '-'))) {
          w++;
        }
        if (w - p < 2 || (w < n && word(a[w]))) {
          break;
        }
        if (NOT_NAMES.contains(t.substring(p, w))) {
          break;
        }
        words++;
        end = w;
      } else if (words > 0 && (region(p, "von ")
          || region(p, "van ") || region(p, "de ")
          || region(p, "zu ")) && lower(c)) {
        w = p + (a[p + 2] == ' ' ? 2 : 3);
      } else {
        break;
      }
      if (at(w) == ' ' && letter(at(w + 1))) {
        p = w + 1;
      } else {
        break;
      }
    }
    return words == 0 || words > 3 ? -1 : end;
  }

  private void name(Hit h) {
    int p = h.end();
    while (p < n && (space(a[p]) || a[p] == ':')) {
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
    while (p < n && (space(a[p]) || a[p] == ',' || a[p] == '\n'
        || a[p] == '\r' || a[p] == '-' || a[p] == '!')) {
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
      char c = a[k];
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
    while (w < n && (letter(a[w]) || (a[w] == '-' && letter(at(w + 1))))) {
      w++;
    }
    int len = w - i;
    if (len < 3) {
      return;
    }
    char last = LegacyCues.fold(a[w - 1]);
    if ("emrgzdtlp".indexOf(last) < 0) {
      return;
    }
    int end = -1;
    for (String suf : STREET_SUFFIX) {
      boolean dot = suf.charAt(suf.length() - 1) == '.';
      int coreLen = dot ? suf.length() - 1 : suf.length();
      if (suf.charAt(coreLen - 1) != last) {
        continue;
      }
      String core = dot ? suf.substring(0, coreLen) : suf;
      if (len >= core.length() && region(w - core.length(), core)
          && (!dot || at(w) == '.')) {
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
      if (b > 0 && a[b] == ' ' && letter(a[b - 1])) {
        int ws = b - 1;
        while (ws > 0 && letter(a[ws - 1])) {
          ws--;
        }
        if (Character.isUpperCase(a[ws])) {
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
    if (space(at(p))) {
      p++;
    }
    int ds = p;
    while (p < n && digit(a[p]) && p - ds < 4) {
      p++;
    }
    if (p == ds || digit(at(p)) || at(ds) == '0') {
      return;
    }
    if (lower(at(p)) && !letter(at(p + 1))) {
      p++;
    } else if ((at(p) == '-' || at(p) == '/') && digit(at(p + 1))) {
      p++;
      while (p < n && digit(a[p])) {
        p++;
      }
    }
    if (word(at(p)) || ((at(p) == '.' || at(p) == ',' || at(p) == ':')
        && digit(at(p + 1)))) {
      return;
    }
    if (followedByCurrency(p, Integer.MAX_VALUE)) {
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
    if (at(p) == ',') {
      p++;
    }
    if (space(at(p))) {
      p++;
    }
    return p;
  }

  /** "12345 Stadt" at p: returns the end or -1. */
  private int postcodeCity(int p) {
    if (!(allDigits(p, p + 5) && !digit(at(p + 5)) && space(at(p + 5)))) {
      return -1;
    }
    int q = p + 6;
    int end = -1;
    int words = 0;
    while (q < n && Character.isUpperCase(a[q]) && words < 3) {
      int w = q + 1;
      while (w < n && (letter(a[w]) || a[w] == '-' && letter(at(w + 1)))) {
        w++;
      }
      if (w - q < 2) {
        break;
      }
      end = w;
      words++;
      if (at(w) == ' ' && (Character.isUpperCase(at(w + 1))
          || region(w + 1, "am ") || region(w + 1, "an ")
          || region(w + 1, "im "))) {
        q = w + 1;
        if (lower(a[q])) {
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
    while (p < n && digit(a[p]) && p - i < 5) {
      p++;
    }
    if (p - i > 5 || !space(at(p))) {
      return;
    }
    int q = p + 1;
    for (int words = 0; words < 3 && q < n && Character.isUpperCase(a[q]); words++) {
      for (int k = 0; words > 0 && k < EN_SUFFIX.length; k++) {
        String suf = EN_SUFFIX[k];
        if (a[q] == suf.charAt(0) && t.startsWith(suf, q) && !word(at(q + suf.length()))) {
          int end = q + suf.length();
          Hit cue = cue(Kind.ADDRESS, i, end);
          add(PiiType.POSTAL_ADDRESS, i, end, cue != null ? 0.95 : 0.75, "postal-address", cue);
          return;
        }
      }
      int w = q + 1;
      while (w < n && Character.isLowerCase(a[w])) {
        w++;
      }
      if (!space(at(w))) {
        return;
      }
      q = w + 1;
    }
  }

  /** After "wohne in", "meine Adresse": a street with a number or postcode + city. */
  private void addressAfterCue(Hit h) {
    int p = h.end();
    for (int guard = 0; guard < 3; guard++) {
      while (p < n && (space(a[p]) || a[p] == ':')) {
        p++;
      }
      if ((region(p, "ist") || region(p, "is") || region(p, "lautet")) && p < n) {
        int w = p;
        while (w < n && letter(a[w])) {
          w++;
        }
        String wd = t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
        if (wd.equals("ist") || wd.equals("is") || wd.equals("lautet")) {
          p = w;
          continue;
        }
      }
      break;
    }
    int city = postcodeCity(p);
    if (city > 0) {
      add(PiiType.POSTAL_ADDRESS, p, city, 0.8, "postal-address", h);
    }
    // "Am Markt 3", "Im Winkel 2"
    for (String pre : new String[] {"Am ", "An der ", "Im ", "Auf dem ", "Zum ", "Zur ", "In der "}) {
      if (t.startsWith(pre, p)) {
        int w = p + pre.length();
        int e = w;
        while (e < n && letter(a[e])) {
          e++;
        }
        if (e > w + 1 && Character.isUpperCase(a[w])) {
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
    while (p < n && Chars.asciiAlnum(a[p])) {
      if (digit(a[p])) {
        digits++;
      } else {
        letters++;
      }
      p++;
    }
    int len = p - s;
    if (len < 6 || len > 12 || digits < 3 || letters < 1 || (p < n && word(a[p]))) {
      return;
    }
    add(PiiType.ID_DOCUMENT, s, p, 0.8, "id-document", h);
  }

  private void ssnAfterCue(Hit h) {
    int s = skipFiller(h.end());
    // US: 9 digits plain or grouped 3-2-4 handled by number(); here only "123 45 6789"
    if (allDigits(s, s + 3) && space(at(s + 3)) && allDigits(s + 4, s + 6)
        && space(at(s + 6)) && allDigits(s + 7, s + 11) && !word(at(s + 11))) {
      String d = t.substring(s, s + 3) + t.substring(s + 4, s + 6) + t.substring(s + 7, s + 11);
      if (usSsn(d)) {
        add(PiiType.SOCIAL_SECURITY_NUMBER, s, s + 11, 0.9, "us-ssn", h);
      }
    }
  }

}
