package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;

/**
 * E-mail addresses, URLs (recorded so that nothing inside them is reported except IP
 * addresses), IPv4 dotted quads with an optional prefix and IPv6 addresses. Stateless.
 */
final class NetworkRecognizer implements Recognizer {
  static final NetworkRecognizer INSTANCE = new NetworkRecognizer();

  private NetworkRecognizer() {}

  @Override
  public String symbols() {
    return "@:";
  }

  @Override
  public boolean wantsSymbol(ScanText s, char c, int i) {
    // ':' starts an IPv6 address ("::1") only when no hex word ends right before it
    return c == '@' || i == 0 || !Chars.hex(s.a[i - 1]);
  }

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public boolean mayStartLetterWord(char c) {
    return c == 'h' || c == 'H' || c == 'w' || c == 'W' || Chars.hex(c);
  }

  @Override
  public boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return urlStart(s, c, i) || s.hexWord(i, we);
  }

  private static boolean urlStart(ScanText s, char c, int i) {
    return (c == 'h' || c == 'H') && s.region(i, "http")
        || (c == 'w' || c == 'W') && s.region(i, "www.");
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char c = s.a[i];
    if (c == '@') {
      email(s, i);
    } else if (c == ':') {
      hexRun(s, i);
    } else if (digit(c)) {
      // a dotted quad starts with a word of at most three digits before '.'
      if (we - i <= 3 && s.at(we) == '.') {
        ipv4(s, i);
      }
      if (s.hexWord(i, we)) {
        hexRun(s, i);
      }
    } else if (c != '+' && c != '(') {
      int url = c == 'h' || c == 'H' || c == 'w' || c == 'W' ? url(s, i) : i;
      if (url > i) {
        s.urls.add(new int[] {i, url});
        ipInUrl(s, i, url);
        return url;
      }
      if (s.hexWord(i, we)) {
        hexRun(s, i);
      }
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------- URL

  /** End of a URL starting at i (http://, https://, www.), or i. */
  private static int url(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int p;
    if (s.region(i, "https://")) {
      p = i + 8;
    } else if (s.region(i, "http://")) {
      p = i + 7;
    } else if (s.region(i, "www.")) {
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

  /** IP addresses as URL hosts ("http://10.0.0.1/", "http://[::1]/", "user@10.0.0.1"). */
  private static void ipInUrl(ScanText s, int start, int end) {
    char[] a = s.a;
    for (int k = start; k < end; k++) {
      char c = a[k];
      if (c == '[' || c == '/' || c == '@') {
        if (k + 1 < end && (Chars.hex(a[k + 1]) || a[k + 1] == ':')) {
          if (!ipv4(s, k + 1)) {
            hexRun(s, k + 1);
          }
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------- email

  private static boolean localChar(char c) {
    return word(c) || "!#$%&'*+-/=?^_`.{|}~".indexOf(c) >= 0;
  }

  private static void email(ScanText s, int at) {
    char[] a = s.a;
    int n = s.n;
    int start = at;
    while (start > 0 && localChar(a[start - 1]) && a[start - 1] != Chars.MASK) {
      start--;
    }
    if (start == at || a[start] == '.' || a[at - 1] == '.') {
      return;
    }
    for (int k = start; k < at - 1; k++) {
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
    boolean punycode = s.region(lastLabelStart, "xn--");
    if (tldLen < 2 || !punycode && !s.allLetters(lastLabelStart, end)) {
      return;
    }
    Hit cue = s.cue(Kind.EMAIL, start, end);
    s.add(PiiType.EMAIL, start, end, cue != null ? 0.99 : 0.9, "email", cue);
  }

  // ---------------------------------------------------------------------------------------- IP

  /** IPv4 dotted quad with optional /prefix at i; whether one was found. */
  private static boolean ipv4(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    if (i > 0 && (word(a[i - 1]) || a[i - 1] == '.'
        || (a[i - 1] == ':' && Chars.hex(s.at(i - 2))))) {
      return false;
    }
    int p = i;
    for (int octet = 0; octet < 4; octet++) {
      int os = p;
      int v = 0;
      while (p < n && digit(a[p]) && p - os < 4) {
        v = v * 10 + a[p] - '0';
        p++;
      }
      if (p == os || p - os > 3 || v > 255) {
        return false;
      }
      if (octet < 3) {
        if (s.at(p) != '.') {
          return false;
        }
        p++;
      }
    }
    char after = s.at(p);
    if (word(after) || (after == '.' && digit(s.at(p + 1)))) {
      return false;
    }
    int end = p;
    if (after == '/' && digit(s.at(p + 1))) {
      int q = p + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - p <= 2) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 32 && !digit(s.at(q))) {
        end = q;
      }
    }
    if (s.cue(Kind.VERSION, i, p) != null && s.cue(Kind.IP, i, p) == null) {
      return false;
    }
    Hit cue = s.cue(Kind.IP, i, end);
    s.add(PiiType.IP_ADDRESS, i, end, cue != null ? 0.95 : 0.8, "ip-address", cue);
    return true;
  }

  /** IPv6 (with optional embedded IPv4 and /prefix) in a run of hex digits, ':' and '.'. */
  private static void hexRun(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
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
    if (!Ipv6.valid(s.t, i, end)) {
      return;
    }
    int fin = end;
    if (s.at(end) == '/' && digit(s.at(end + 1))) {
      int q = end + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - end <= 3) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 128 && !digit(s.at(q))) {
        fin = q;
      }
    }
    Hit cue = s.cue(Kind.IP, i, fin);
    s.add(PiiType.IP_ADDRESS, i, fin, cue != null ? 0.95 : 0.8, "ip-address", cue);
  }
}
