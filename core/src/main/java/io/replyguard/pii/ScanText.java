package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One scan of one text: the text, the cues found in it, the candidates and URL ranges found so
 * far, and the helpers the recognizers share (cue lookup, filler words after a cue, unit words
 * after a number). One instance per scan: not thread-safe, never shared.
 */
final class ScanText {
  /** How far before a candidate a cue counts, in characters (cue end to candidate start). */
  static final int CUE_BEFORE = 40;
  /** How far after a candidate a cue counts, in characters (candidate end to cue start). */
  static final int CUE_AFTER = 15;

  /** The text. */
  final String t;
  /** Its characters. */
  final char[] a;
  /** Its length. */
  final int n;
  /** The cues, sorted by start and disjoint. */
  final List<Hit> cues = new ArrayList<>();
  /** URL ranges found, as {start, end} pairs, in order. */
  final List<int[]> urls = new ArrayList<>(2);
  private final List<Candidate> out;

  /** The e-mail addresses found so far, as {start, at} pairs (for names spelled in them). */
  final List<int[]> emails = new ArrayList<>(2);

  /** Start of every cue (a flat copy for the binary search), set by {@link #cuesDone()}. */
  private int[] cueStarts = new int[0];
  private int cueStartCount;
  /** The last answer of {@link #firstCueFrom}. */
  private int cueHint;

  /** Scratch space of {@link NumberChunkRecognizer}, made on first use. */
  NumberChunkRecognizer.Chunk numberChunk;
  /** Scratch space of {@link TokenRecognizer}, made on first use. */
  StringBuilder tokenBuf;

  ScanText(String text, List<Candidate> out) {
    this(text, text.toCharArray(), out);
  }

  ScanText(String text, char[] chars, List<Candidate> out) {
    this.t = text;
    this.a = chars;
    this.n = a.length;
    this.out = out;
  }

  /** Called once every cue is known: builds the index that {@link #cue} searches. */
  void cuesDone() {
    passwordAbbreviations();
    cueStartCount = cues.size();
    cueStarts = new int[cueStartCount];
    for (int k = 0; k < cueStartCount; k++) {
      cueStarts[k] = cues.get(k).start();
    }
  }

  /**
   * "User: admin, Pass: demo123", "Login: max⏎Pass: geheim1": "Pass" is a passport cue on its
   * own, but right after a login cue (the next cue, within 40 characters) it is the password's
   * abbreviation.
   */
  private void passwordAbbreviations() {
    for (int k = 1; k < cues.size(); k++) {
      Hit h = cues.get(k);
      Hit before = cues.get(k - 1);
      if (h.kind() == Kind.ID_DOC && "pass".equals(h.key()) && before.kind() == Kind.LOGIN
          && h.start() - before.end() <= CUE_BEFORE) {
        cues.set(k, new Hit(h.start(), h.end(), Kind.PASSWORD, h.label(), h.key()));
      }
    }
  }

  /** The character at i, or '\0' outside the text. */
  char at(int i) {
    return i >= 0 && i < n ? a[i] : '\0';
  }

  /** Whether the text has {@code s} (lowercase) at {@code i}, ignoring case. */
  boolean region(int i, String s) {
    int len = s.length();
    if (i < 0 || i + len > n) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (CueLexicon.fold(a[i + k]) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a candidate unless its span is empty, leaves the text, or touches a masked character
   * (a redacted text yields nothing new around its masks).
   */
  /** Number of candidates added so far (to tell whether a recognizer step added one). */
  int added() {
    return out.size();
  }

  void add(PiiType type, int start, int end, double score, String recognizer, Hit cue) {
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

  /**
   * Whether a line starts in [from, to) and, on the line of {@code to}, a label ends in ':'
   * before {@code to} ("QQ:", "Fax:").
   */
  private boolean ownLabelOnLine(int from, int to) {
    int nl = -1;
    for (int k = to - 1; k >= from; k--) {
      if (a[k] == '\n') {
        nl = k;
        break;
      }
    }
    if (nl < 0) {
      return false;
    }
    for (int k = nl + 2; k < to; k++) {
      if (a[k] == ':' && letter(a[k - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line ends in [from, to) or a sentence does ('.', '!' or '?' before a space): "Die
   * Hotline rief nie zurück. 0171 …" puts a sentence end between the cue and the number.
   */
  boolean sentenceEndIn(int from, int to) {
    for (int k = Math.max(0, from); k < to && k < n; k++) {
      char c = a[k];
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && space(at(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue of the kind that governs [start, end): the nearest cue before it (within 40 chars)
   * if that cue is of the kind — a cue applies up to the next cue, so a nearer cue of another
   * kind ends its scope — else the nearest cue of the kind after it (within 15 chars), unless a
   * cue of another kind stands before the value in the same sentence (that cue decides).
   */
  Hit cue(Kind kind, int start, int end) {
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
      if (h.end() <= start) {
        if (h.kind() == kind) {
          // "_Tel: 0171 …_⏎_QQ: 727599855_": a label of its own on the value's line ends the
          // scope of the label on the line above
          return ownLabelOnLine(h.end(), start) ? null : h;
        }
        if (h.kind().scoped()) {
          if (!sentenceEndIn(h.end(), start)) {
            // "Kundennummer ist 12345678, erreichbar unter 0152 …": the cue before the value
            // decides its type; the phone cue after it introduces the next value
            return null;
          }
          break;
        }
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

  /** Whether a cue starts at position p ("Zugangsdaten: Benutzer …": the value is a cue). */
  boolean startsCue(int p) {
    int k = firstCueFrom(p);
    return k < cues.size() && cues.get(k).start() == p;
  }

  /**
   * The nearest cue that ends at most {@code maxDistance} characters before {@code start}, of any
   * kind, or null.
   */
  Hit nearestCueBefore(int start, int maxDistance) {
    int k = firstCueFrom(start) - 1;
    while (k >= 0) {
      Hit h = cues.get(k);
      if (h.end() <= start) {
        return start - h.end() <= maxDistance ? h : null;
      }
      k--;
    }
    return null;
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

  /** A word of hex digits directly followed by ':' or '.': a possible IPv6 start. */
  boolean hexWord(int i, int we) {
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

  /** Whether [from, to) lies in the text and holds ASCII digits only. */
  boolean allDigits(int from, int to) {
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

  /** Whether [from, to) holds letters only. */
  boolean allLetters(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!letter(a[k])) {
        return false;
      }
    }
    return true;
  }

  static boolean digitOrMask(char c) {
    return digit(c) || c == Chars.MASK;
  }

  private static final Set<String> FILLER = Set.of("ist", "is", "lautet", "am", "on", "the",
      "nr", "nr.", "no", "no.", "nummer", "number", "lautete", "war", "was", "den", "der", "die",
      "das", "mein", "meine", "my", "von", "vom", "of", "ist:", "is:", "#", "nummer:",
      "number:", "as", "als");

  /** Skips spaces, ':', '=', '#', '-' and filler words after a cue. */
  int skipFiller(int p) {
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
          && FILLER.contains(t.substring(p, w + 1).toLowerCase(Locale.ROOT))) {
        p = w + 1;
        continue;
      }
      if (w > p && (w == n || !word(a[w]))
          && FILLER.contains(t.substring(p, w).toLowerCase(Locale.ROOT))) {
        p = w;
        continue;
      }
      break;
    }
    return p;
  }

  private static final String[] UNITS = {"eur", "euro", "usd", "cent", "ct", "gb", "mb", "kb",
      "tb", "mbit", "gbit", "km", "kg", "prozent", "percent"};

  /**
   * Whether a currency sign or a unit word ("EUR", "GB", "Mbit") follows the number ending at
   * {@code end}; unit words only count after numbers of at most six digits.
   */
  boolean followedByCurrency(int end, int digitCount) {
    int p = end;
    if (p < n && space(a[p])) {
      p++;
    }
    char c = at(p);
    if (c == '€' || c == '$' || c == '£' || c == '%') {
      // "Order # 198123 $131.50": a symbol before digits is the next amount's, not this one's
      return p == end || !Chars.digit(at(p + 1));
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
}
