package io.replyguard.twitter;

import java.net.IDN;
import java.util.Arrays;

/**
 * Finds the URLs X counts as links, with twitter-text 3.1.0's rules ({@code Extractor
 * .extractURLsWithIndices} over its {@code Regex.VALID_URL}) but without regular expressions and
 * in linear time.
 *
 * <p>twitter-text's pattern is {@code (preceding)((https?://)?(domain)(:port)?(/path)?(?query)?)}
 * searched with {@code find()}, case-insensitively for ASCII, where
 * <ul>
 *   <li>preceding is one code point that is not an ASCII letter or digit, {@code @ ＠ $ # ＃} or
 *       U+FFFE, U+FEFF, U+FFFF, or the start of the text (tried second);</li>
 *   <li>domain is, in this order: subdomains, a domain label and a generic TLD, country TLD or
 *       punycode label ({@code xn--…}); right after {@code http://} or {@code https://}: a label and
 *       a country TLD, or a label of any non-punctuation characters (IDN) and a generic or country
 *       TLD; a label and a country TLD followed by {@code /} ({@code t.co/…});</li>
 *   <li>the path keeps balanced parentheses (two levels) and ends on a letter, digit, one of
 *       {@code = _ # / - +}, or on parenthesis groups right after such a character, so trailing
 *       punctuation stays outside; the query ends on a letter, digit or one of
 *       {@code - _ & = # /}.</li>
 * </ul>
 * A match without protocol is dropped when the preceding character is {@code - _ . /}; a
 * {@code t.co} link keeps only its slug (at most 40 characters) and query; the host must pass
 * {@link IDN#toASCII} and the URL, with {@code https://} added when it has no protocol, must not
 * exceed 4,096 characters. Dropped matches still consume their text, as in twitter-text.
 *
 * <p>Every position of the text is examined a bounded number of times: labels followed by a dot
 * are resolved once per start position (memoized), a run of label characters is scanned once.
 * Instances hold the scan state of one text; not thread-safe, created per call.
 */
final class UrlFinder {
  private static final int MAX_URL_LENGTH = 4096;
  private static final int MAX_TCO_SLUG_LENGTH = 40;
  private static final int[] NONE = new int[0];
  private static final int UNKNOWN = 0;
  private static final int FAILED = -1;

  private final String s;
  /** The characters of {@link #s}. */
  private final char[] a;
  private final int n;
  /** Alt-1 domain end per label start, + 1; 0 unknown, -1 failed (allocated when needed). */
  private int[] chainMemo;
  private int chainSteps;
  /** The run of [V\-_] characters most recently scanned from a search position. */
  private int runFrom = -1;
  private int runEnd;
  private int runLastUnderscore;
  // the match being built
  private int protocolEnd;
  private int domainStart;
  private int domainEnd;

  private UrlFinder(String s) {
    this.s = s;
    this.a = s.toCharArray();
    this.n = a.length;
  }

  /**
   * The URLs of a (normalized) text as pairs {@code start, end} (UTF-16, end exclusive) in text
   * order.
   */
  static int[] find(String text) {
    if (text.indexOf('.') < 0) {
      return NONE;
    }
    return new UrlFinder(text).findAll();
  }

  private int[] findAll() {
    int[] out = NONE;
    int count = 0;
    int from = 0;
    int dot = -1; // the next dot that can be inside a domain
    while (from < n) {
      int before = -2; // the preceding code point, -1 for the start of the text
      int urlStart = -1;
      int matchEnd = -1;
      for (int i = from; i < n; i++) {
        if (dot < i) {
          dot = usefulDot(i);
          if (dot < 0) {
            break;
          }
          // a URL's start and its domain's first dot are joined by label and protocol
          // characters only: nothing before the last other character can start one
          for (int k = dot - 1; k > i; k--) {
            if (isBreak(a[k])) {
              i = k;
              break;
            }
          }
        }
        int cp = s.codePointAt(i);
        if (precedes(cp)) {
          int end = rest(i + Character.charCount(cp));
          if (end >= 0) {
            before = cp;
            urlStart = i + Character.charCount(cp);
            matchEnd = end;
            break;
          }
        }
        if (i == 0) {
          int end = rest(0);
          if (end >= 0) {
            before = -1;
            urlStart = 0;
            matchEnd = end;
            break;
          }
        }
      }
      if (matchEnd < 0) {
        break;
      }
      from = matchEnd;
      boolean protocol = protocolEnd > urlStart;
      if (!protocol && (before == '-' || before == '_' || before == '.' || before == '/')) {
        continue;
      }
      int urlEnd = matchEnd;
      if (protocol) {
        int tco = tcoEnd(urlStart, matchEnd);
        if (tco == FAILED) {
          continue;
        }
        if (tco > 0) {
          urlEnd = tco;
        }
      }
      if (!validHostAndLength(urlEnd - urlStart, protocol)) {
        continue;
      }
      if (2 * count + 2 > out.length) {
        out = Arrays.copyOf(out, Math.max(4, out.length * 2));
      }
      out[2 * count] = urlStart;
      out[2 * count + 1] = urlEnd;
      count++;
    }
    return out.length == 2 * count ? out : Arrays.copyOf(out, 2 * count);
  }

  /**
   * The first dot at or after {@code i} that a label or TLD character follows (only such a dot
   * can be inside a domain), or -1.
   */
  private int usefulDot(int i) {
    for (int d = s.indexOf('.', i); d >= 0; d = s.indexOf('.', d + 1)) {
      if (d + 1 < n && isUnicodeDomainChar(s.codePointAt(d + 1))) {
        return d;
      }
    }
    return -1;
  }

  /**
   * Whether a UTF-16 unit can be none of the characters between a URL's start and its domain's
   * first dot (label characters, {@code -}, {@code _}, the protocol's {@code :} and {@code /});
   * surrogates count as possible label characters.
   */
  private static boolean isBreak(char c) {
    return c != '-' && c != '_' && c != ':' && c != '/' && !isUnicodeDomainChar(c);
  }

  /**
   * The end of the URL group when one starts at {@code j} ({@code protocol? domain port? path?
   * query?}), else -1; sets {@link #protocolEnd}, {@link #domainStart}, {@link #domainEnd}.
   */
  private int rest(int j) {
    if (j >= n) {
      return -1;
    }
    char c = a[j];
    if ((c == 'h' || c == 'H') && j + 7 <= n && s.regionMatches(true, j, "http", 0, 4)) {
      int k = j + 4;
      if (a[k] == 's' || a[k] == 'S') {
        k++;
      }
      if (s.startsWith("://", k)) {
        int d = domain(k + 3);
        if (d >= 0) {
          protocolEnd = k + 3;
          domainStart = k + 3;
          domainEnd = d;
          return tail(d);
        }
      }
    }
    int d = domain(j);
    if (d < 0) {
      return -1;
    }
    protocolEnd = j;
    domainStart = j;
    domainEnd = d;
    return tail(d);
  }

  /** Port, path and query after a domain ending at {@code d}. */
  private int tail(int d) {
    int end = d;
    if (end + 1 < n && a[end] == ':' && isDigit(a[end + 1])) {
      end += 2;
      while (end < n && isDigit(a[end])) {
        end++;
      }
    }
    if (end < n && a[end] == '/') {
      end = path(end + 1);
    }
    if (end < n && a[end] == '?') {
      int q = query(end + 1, n);
      if (q > 0) {
        end = q;
      }
    }
    return end;
  }

  /**
   * The end of the path after its first {@code /} at {@code p - 1}. twitter-text's path is a
   * possessive repetition of three alternatives (its ending class and the parenthesis group are
   * joined by a bare {@code |}): (A) path characters and balanced parenthesis groups ending on a
   * path-ending character, (B) one parenthesis group, (C) {@code @}, path characters and
   * {@code /}. The greedy scan of path characters and groups from {@code p} is done once: A takes
   * everything up to its last path-ending character (a later A finds none), then B takes the
   * groups that follow one by one; C never matches where A does not.
   */
  private int path(int p) {
    int lastEnd = -1;
    int i = p;
    while (i < n) {
      char c = a[i];
      if (isPathChar(c)) {
        if (isPathEndChar(c)) {
          lastEnd = i;
        }
        i++;
      } else if (c == '(') {
        int b = balanced(i);
        if (b < 0) {
          break;
        }
        i = b;
      } else {
        break;
      }
    }
    int end = lastEnd >= 0 ? lastEnd + 1 : p;
    while (end < n && a[end] == '(') {
      int b = balanced(end);
      if (b < 0) {
        break;
      }
      end = b;
    }
    return end;
  }

  /** twitter-text's balanced parentheses at {@code i} (an opening one): the end, or -1. */
  private int balanced(int i) {
    int x = pathRun(i + 1);
    if (x > i + 1 && x < n && a[x] == ')') {
      return x + 1;
    }
    if (x < n && a[x] == '(') {
      int b = pathRun(x + 1);
      if (b > x + 1 && b < n && a[b] == ')') {
        int c = pathRun(b + 1);
        if (c < n && a[c] == ')') {
          return c + 1;
        }
      }
    }
    return -1;
  }

  private int pathRun(int i) {
    while (i < n && isPathChar(a[i])) {
      i++;
    }
    return i;
  }

  /** The end of a query whose characters start at {@code q} (after '?') and end by {@code lim}. */
  private int query(int q, int lim) {
    int end = -1;
    for (int i = q; i < lim; i++) {
      char c = a[i];
      if (!isQueryChar(c)) {
        break;
      }
      if (isQueryEndChar(c)) {
        end = i + 1;
      }
    }
    return end;
  }

  /** The end of a domain starting at {@code d}, trying twitter-text's alternatives in order. */
  private int domain(int d) {
    if (d >= n) {
      return -1;
    }
    int e = chain(d);
    if (e >= 0) {
      return e;
    }
    boolean afterProtocol = afterProtocol(d);
    if (!afterProtocol && !isV(a[d])) {
      return -1;
    }
    if (afterProtocol) {
      int dot = domainLabelDot(d);
      if (dot >= 0) {
        int t = TldTable.COUNTRY.match(s, dot + 1);
        if (t >= 0) {
          return t;
        }
      }
      int udot = unicodeLabelDot(d);
      if (udot >= 0) {
        int t = TldTable.GENERIC.match(s, udot + 1);
        if (t < 0) {
          t = TldTable.COUNTRY.match(s, udot + 1);
        }
        if (t >= 0) {
          return t;
        }
      }
    }
    int dot = domainLabelDot(d);
    if (dot >= 0) {
      int t = TldTable.COUNTRY.match(s, dot + 1);
      if (t >= 0 && t < n && a[t] == '/') {
        return t;
      }
    }
    return -1;
  }

  /** Whether the text before {@code d} ends with {@code http://} or {@code https://}. */
  private boolean afterProtocol(int d) {
    if (d >= 7 && s.startsWith("://", d - 3)) {
      if (s.regionMatches(true, d - 7, "http", 0, 4)) {
        return true;
      }
      return d >= 8 && s.regionMatches(true, d - 8, "https", 0, 5);
    }
    return false;
  }

  /**
   * twitter-text's first domain alternative at {@code p}: as many subdomain labels as possible,
   * then a domain label and a TLD (generic, country or punycode), backing off one subdomain at a
   * time. Returns the domain end or -1. Label starts after a dot are memoized once the text has
   * needed more than a few chain steps, so the back-off never repeats work.
   */
  private int chain(int p) {
    if (!isV(a[p])) {
      return -1;
    }
    // walk the subdomain chain forward, then resolve backwards
    int[] stack = null;
    int depth = 0;
    int q = p;
    int resolved = FAILED;
    boolean known = false;
    while (true) {
      if (q != p && chainMemo != null && chainMemo[q] != UNKNOWN) {
        resolved = chainMemo[q] > 0 ? chainMemo[q] - 1 : FAILED;
        known = true;
        break;
      }
      int dot = subdomainDot(q, q == p);
      if (dot < 0) {
        break;
      }
      if (stack == null) {
        stack = new int[8];
      } else if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = q;
      q = dot + 1;
      if (q >= n || !isV(a[q])) {
        break;
      }
      if (++chainSteps > 16 && chainMemo == null) {
        chainMemo = new int[n + 1];
      }
    }
    if (!known) {
      // q is the deepest label start: it can only be the domain label
      resolved = q < n ? domainAt(q, q == p) : FAILED;
      remember(q, q == p, resolved);
    }
    for (int k = depth - 1; k >= 0; k--) {
      int start = stack[k];
      if (resolved < 0) {
        resolved = domainAt(start, start == p);
      }
      remember(start, start == p, resolved);
    }
    return resolved;
  }

  private void remember(int labelStart, boolean searchStart, int result) {
    if (chainMemo != null && !searchStart) {
      chainMemo[labelStart] = result >= 0 ? result + 1 : FAILED;
    }
  }

  /** A domain label at {@code p} followed by a TLD: the TLD's end, or -1. */
  private int domainAt(int p, boolean searchStart) {
    int dot = searchStart ? searchRunDot(p, false) : labelDot(p, false);
    if (dot < 0) {
      return -1;
    }
    int t = TldTable.GENERIC.match(s, dot + 1);
    if (t < 0) {
      t = TldTable.COUNTRY.match(s, dot + 1);
    }
    if (t < 0) {
      t = punycode(dot + 1);
    }
    return t;
  }

  private int subdomainDot(int p, boolean searchStart) {
    return searchStart ? searchRunDot(p, true) : labelDot(p, true);
  }

  /** The dot ending a label of [V\-] (or [V\-_] for a subdomain) at {@code p}, or -1. */
  private int labelDot(int p, boolean underscore) {
    int i = p;
    int lastUnderscore = -1;
    while (i < n) {
      char c = a[i];
      if (c == '_') {
        lastUnderscore = i;
      } else if (c != '-' && !isV(c)) {
        break;
      }
      i++;
    }
    return dotAfterRun(p, i, lastUnderscore, underscore);
  }

  /**
   * {@link #labelDot} for a search position: positions inside one run share its scan, so a long
   * run is read once however many positions in it are tried.
   */
  private int searchRunDot(int p, boolean underscore) {
    if (runFrom < 0 || p < runFrom || p >= runEnd) {
      int i = p;
      int lastUnderscore = -1;
      while (i < n) {
        char c = a[i];
        if (c == '_') {
          lastUnderscore = i;
        } else if (c != '-' && !isV(c)) {
          break;
        }
        i++;
      }
      runFrom = p;
      runEnd = i;
      runLastUnderscore = lastUnderscore;
    }
    return dotAfterRun(p, runEnd, runLastUnderscore >= p ? runLastUnderscore : -1, underscore);
  }

  private int dotAfterRun(int p, int end, int lastUnderscore, boolean underscore) {
    if (end >= n || a[end] != '.' || end == p || !isV(a[p])
        || !isV(a[end - 1])) {
      return -1;
    }
    return underscore || lastUnderscore < 0 ? end : -1;
  }

  /** A label of [V\-] at a search position {@code d}, for the later domain alternatives. */
  private int domainLabelDot(int d) {
    return searchRunDot(d, false);
  }

  /** A label of non-punctuation code points and '-' at {@code d}, ending at a dot: the dot. */
  private int unicodeLabelDot(int d) {
    int i = d;
    int lastCp = -1;
    int first = -1;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (cp != '-' && !isUnicodeDomainChar(cp)) {
        break;
      }
      if (first < 0) {
        first = cp;
      }
      lastCp = cp;
      i += Character.charCount(cp);
    }
    if (i >= n || i == d || a[i] != '.' || !isUnicodeDomainChar(first)
        || !isUnicodeDomainChar(lastCp)) {
      return -1;
    }
    return i;
  }

  /** {@code xn--} and one or more of [-0-9a-z] at {@code i}: the end, or -1. */
  private int punycode(int i) {
    if (i + 5 > n || !s.regionMatches(true, i, "xn--", 0, 4)) {
      return -1;
    }
    int j = i + 4;
    while (j < n) {
      char c = a[j];
      if (c != '-' && !isAsciiAlnum(c)) {
        break;
      }
      j++;
    }
    return j > i + 4 ? j : -1;
  }

  /**
   * twitter-text's {@code t.co} rule for a URL with protocol: 0 when it is not a {@code t.co}
   * link, the shortened end when it is, {@link #FAILED} when its slug is too long.
   */
  private int tcoEnd(int start, int end) {
    int k = start + 4;
    if (k < end && (a[k] == 's' || a[k] == 'S')) {
      k++;
    }
    k += 3; // "://"
    if (k + 5 > end || !s.regionMatches(true, k, "t.co/", 0, 5)) {
      return 0;
    }
    int slug = k + 5;
    int j = slug;
    while (j < end && isAsciiAlnum(a[j])) {
      j++;
    }
    if (j == slug) {
      return 0;
    }
    if (j - slug > MAX_TCO_SLUG_LENGTH) {
      return FAILED;
    }
    if (j < end && a[j] == '?') {
      int q = query(j + 1, end);
      if (q > 0) {
        j = q;
      }
    }
    return j;
  }

  private boolean validHostAndLength(int urlLength, boolean protocol) {
    int hostLength = domainEnd - domainStart;
    int asciiLength;
    boolean ascii = true;
    for (int i = domainStart; i < domainEnd; i++) {
      if (a[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      // IDN.toASCII returns an ASCII host unchanged when every label has 1..63 characters
      int labelStart = domainStart;
      for (int i = domainStart; i <= domainEnd; i++) {
        if (i == domainEnd || a[i] == '.') {
          if (i - labelStart < 1 || i - labelStart > 63) {
            return false;
          }
          labelStart = i + 1;
        }
      }
      asciiLength = hostLength;
    } else {
      String host;
      try {
        host = IDN.toASCII(s.substring(domainStart, domainEnd), IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        return false;
      }
      if (host.isEmpty()) {
        return false;
      }
      asciiLength = host.length();
    }
    int length = urlLength + asciiLength - hostLength + (protocol ? 0 : "https://".length());
    return length <= MAX_URL_LENGTH;
  }

  // --- character classes of twitter-text's Regex (ASCII case-insensitive) ---

  /** ASCII punctuation and white space: no part of a Unicode label. */
  private static final boolean[] ASCII_NOT_DOMAIN =
      ascii("-_!\"#$%&'()*+,./:;<=>?@[]^`{|}~ \t\n\u000b\f\r", false);
  private static final boolean[] ASCII_PATH = ascii("!*';:=+,.$/%#[]-_~|&@", true);
  private static final boolean[] ASCII_PATH_END = ascii("=_#/-+", true);
  private static final boolean[] ASCII_QUERY = ascii("!?*'();:&=+$/%#[]-_.,~|@", true);
  private static final boolean[] ASCII_QUERY_END = ascii("-_&=#/", true);

  /** A table of the ASCII characters listed, with the letters and digits when asked. */
  private static boolean[] ascii(String listed, boolean alnum) {
    boolean[] t = new boolean[128];
    for (int c = 0; c < 128; c++) {
      t[c] = listed.indexOf(c) >= 0 || alnum && isAsciiAlnum(c);
    }
    return t;
  }

  /** May precede a URL: not [a-z0-9@＠$#＃] and not U+FFFE, U+FEFF, U+FFFF. */
  static boolean precedes(int cp) {
    return !(isAsciiAlnum(cp) || cp == '@' || cp == 0xFF20 || cp == '$' || cp == '#'
        || cp == 0xFF03 || cp == 0xFFFE || cp == 0xFEFF || cp == 0xFFFF);
  }

  /** After a TLD, a character that continues it: [a-z0-9@+-]. */
  static boolean isTldContinuation(char c) {
    return isAsciiAlnum(c) || c == '@' || c == '+' || c == '-';
  }

  static boolean isAsciiAlnum(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** twitter-text's LATIN_ACCENTS_CHARS. */
  static boolean isLatinAccent(int c) {
    return c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x24F
        || c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B
        || c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B
        || c == 0x2BB || c >= 0x300 && c <= 0x36F || c >= 0x1E00 && c <= 0x1EFF;
  }

  /** URL_VALID_CHARS: [a-z0-9] and the Latin accents. */
  static boolean isV(int c) {
    return isAsciiAlnum(c) || c >= 0xC0 && isLatinAccent(c);
  }

  /** URL_VALID_UNICODE_CHARS: not punctuation, ASCII space, a separator or General Punctuation. */
  static boolean isUnicodeDomainChar(int cp) {
    if (cp < 0x80) {
      // punctuation and \s are out; letters, digits, backslash and control characters are in
      return !ASCII_NOT_DOMAIN[cp];
    }
    if (cp >= 0x2000 && cp <= 0x206F) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.SPACE_SEPARATOR && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  /** URL_VALID_GENERAL_PATH_CHARS. */
  static boolean isPathChar(char c) {
    if (c < 0x80) {
      return ASCII_PATH[c];
    }
    return c == 0x2013 || isLatinAccent(c) || c >= 0x400 && c <= 0x4FF;
  }

  /** URL_VALID_PATH_ENDING_CHARS without the parenthesis groups. */
  static boolean isPathEndChar(char c) {
    if (c < 0x80) {
      return ASCII_PATH_END[c];
    }
    return isLatinAccent(c) || c >= 0x400 && c <= 0x4FF;
  }

  /** URL_VALID_URL_QUERY_CHARS. */
  static boolean isQueryChar(char c) {
    return c < 0x80 && ASCII_QUERY[c];
  }

  /** URL_VALID_URL_QUERY_ENDING_CHARS. */
  static boolean isQueryEndChar(char c) {
    return c < 0x80 && ASCII_QUERY_END[c];
  }
}
