package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.word;

import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Arrays;
import java.util.List;

/**
 * The driver of the built-in recognizers: one linear pass over the text finds cue words and the
 * anchors that some {@link Recognizer} declared it can act on, then the recognizers that wanted
 * each anchor validate it, then the recognizers of each cue's kind read the cue values. The anchor tables are
 * derived from the recognizers' declarations when the class loads. One instance per scan: not
 * thread-safe, never shared.
 */
final class TextScanner {

  /** The built-in recognizers, in the order in which they see each anchor. */
  static final List<Recognizer> RECOGNIZERS = List.of(NetworkRecognizer.INSTANCE,
      TokenRecognizer.INSTANCE, PlaceRecognizer.INSTANCE, NumberChunkRecognizer.INSTANCE,
      CustomerNumberRecognizer.INSTANCE, CredentialRecognizer.INSTANCE,
      BirthDateRecognizer.INSTANCE, NameRecognizer.INSTANCE);

  private static final Recognizer[] ORDER = RECOGNIZERS.toArray(new Recognizer[0]);

  /*
   * The recognizers by slot, as constants: each call below goes to one known recognizer, so the
   * JIT can inline it (a loop over ORDER would make one call site for all of them). Slots past
   * the list hold a recognizer that wants nothing.
   */
  private static final Recognizer NONE = new Recognizer() { };
  private static final Recognizer R0 = slot(0);
  private static final Recognizer R1 = slot(1);
  private static final Recognizer R2 = slot(2);
  private static final Recognizer R3 = slot(3);
  private static final Recognizer R4 = slot(4);
  private static final Recognizer R5 = slot(5);
  private static final Recognizer R6 = slot(6);
  private static final Recognizer R7 = slot(7);

  private static Recognizer slot(int k) {
    return k < ORDER.length ? ORDER[k] : NONE;
  }

  /** {@link #CLASS} bit: a word character ({@link Chars#word}). */
  private static final int WORD = 1;
  /** {@link #CLASS} bit: an ASCII digit. */
  private static final int DIGIT = 2;
  /** {@link #CLASS} bit: a character some recognizer declared in {@link Recognizer#symbols()}. */
  private static final int SYMBOL = 4;
  /** Character classes for pass 1, by char: one load instead of a chain of tests. */
  private static final byte[] CLASS = new byte[1 << 16];
  /**
   * By char: the recognizers (bits in {@link #ORDER} order) that declared they may act on a
   * letter word starting with it, or on it as a symbol.
   */
  private static final short[] WANTED_BY = new short[1 << 16];
  /** The recognizers (bits in {@link #ORDER} order) that act on words starting with a digit. */
  private static final int DIGIT_WORDS;
  /** The recognizer reading each cue kind's values, by ordinal; null for kinds only looked up. */
  private static final Recognizer[] BY_CUE_KIND = new Recognizer[Kind.values().length];

  static {
    if (ORDER.length > 8) {
      throw new IllegalStateException("too many recognizers for the anchor table");
    }
    int digitWords = 0;
    for (int r = 0; r < ORDER.length; r++) {
      if (ORDER[r].digitWords()) {
        digitWords |= 1 << r;
      }
    }
    for (Recognizer r : ORDER) {
      for (Kind k : r.cueKinds()) {
        if (BY_CUE_KIND[k.ordinal()] != null) {
          throw new IllegalStateException("two recognizers read cue kind " + k);
        }
        BY_CUE_KIND[k.ordinal()] = r;
      }
    }
    DIGIT_WORDS = digitWords;
    for (int k = 0; k < CLASS.length; k++) {
      char c = (char) k;
      int bits = 0;
      int wanted = 0;
      if (word(c)) {
        bits |= WORD;
        if (digit(c)) {
          bits |= DIGIT;
        } else {
          for (int r = 0; r < ORDER.length; r++) {
            if (ORDER[r].mayStartLetterWord(c)) {
              wanted |= 1 << r;
            }
          }
        }
      } else {
        for (int r = 0; r < ORDER.length; r++) {
          if (ORDER[r].symbols().indexOf(c) >= 0) {
            wanted |= 1 << r;
            bits |= SYMBOL;
          }
        }
      }
      CLASS[k] = (byte) bits;
      WANTED_BY[k] = (short) wanted;
    }
  }

  private final ScanText s;
  /**
   * Anchors found by the first pass, evaluated by the second: start, end and the recognizers
   * that want it (bits in {@link #ORDER} order), three ints each.
   */
  private int[] anchors = new int[96];
  private int anchorCount;

  private TextScanner(ScanText s) {
    this.s = s;
  }

  /**
   * Runs the built-in recognizers on the {@link DetectionView} of the text.
   *
   * @param text the text
   * @param out receives candidates (possibly overlapping)
   * @return URL ranges found, as {start, end} pairs
   */
  static List<int[]> scan(String text, List<Candidate> out) {
    char[] chars = text.toCharArray();
    DetectionView view = DetectionView.of(text, chars);
    if (view == null) {
      return scan(new ScanText(text, chars, out));
    }
    // detection reads the folded view; spans go back to the original text
    if (view.sameIndices()) {
      return scan(new ScanText(view.text, view.chars, out));
    }
    List<Candidate> found = new java.util.ArrayList<>();
    List<int[]> urls = scan(new ScanText(view.text, view.chars, found));
    for (Candidate c : found) {
      out.add(new Candidate(c.type(), view.start(c.start()), view.end(c.end()), c.score(),
          c.recognizer(), c.cue()));
    }
    for (int[] u : urls) {
      u[0] = view.start(u[0]);
      u[1] = view.end(u[1]);
    }
    return urls;
  }

  /**
   * Runs the recognizers on a text as it is (no folding).
   *
   * @param text the text
   * @param out receives candidates
   * @return URL ranges found
   */
  static List<int[]> scanView(String text, List<Candidate> out) {
    return scan(new ScanText(text, text.toCharArray(), out));
  }

  private static List<int[]> scan(ScanText s) {
    TextScanner scanner = new TextScanner(s);
    scanner.findCuesAndAnchors();
    s.cuesDone();
    scanner.validateAnchors();
    scanner.validateCues();
    for (Recognizer r : ORDER) {
      r.finish(s);
    }
    return s.urls;
  }

  private void anchor(int start, int end, int recognizers) {
    if (anchorCount + 3 > anchors.length) {
      anchors = Arrays.copyOf(anchors, anchors.length * 2);
    }
    anchors[anchorCount++] = start;
    anchors[anchorCount++] = end;
    anchors[anchorCount++] = recognizers;
  }

  /**
   * Pass 1, one traversal: cue words (longest match at word starts) and anchors: digit words,
   * letter words and symbols that some recognizer wants. Every word is consumed whole, so
   * nothing starts inside a word.
   */
  private void findCuesAndAnchors() {
    CueLexicon lexicon = CueLexicon.BUILT_IN;
    ScanText s = this.s;
    byte[] cls = CLASS;
    short[] wantedBy = WANTED_BY;
    char[] a = s.a;
    int n = s.n;
    int cueEnd = 0;
    int i = 0;
    while (i < n) {
      char c = a[i];
      int k = cls[c];
      if ((k & WORD) == 0) {
        if ((k & SYMBOL) != 0) {
          int wanted = wantedSymbol(wantedBy[c], c, i);
          if (wanted != 0) {
            anchor(i, i + 1, wanted);
          }
        }
        i++;
        continue;
      }
      int we = i + 1;
      while (we < n && (cls[a[we]] & WORD) != 0) {
        we++;
      }
      if ((k & DIGIT) != 0) {
        int wanted = wantedDigitWord(DIGIT_WORDS, i, we);
        if (wanted != 0) {
          anchor(i, we, wanted);
        }
      } else {
        if (i >= cueEnd && lexicon.mayStartAt(a, i, n)) {
          Hit h = lexicon.match(a, i);
          if (h != null) {
            s.cues.add(h);
            cueEnd = h.end();
          }
        }
        int wanted = wantedLetterWord(wantedBy[c], c, i, we);
        if (wanted != 0) {
          anchor(i, we, wanted);
        }
      }
      i = we;
    }
  }

  private int wantedSymbol(int m, char c, int i) {
    ScanText s = this.s;
    int w = 0;
    if ((m & 1) != 0 && R0.wantsSymbol(s, c, i)) {
      w |= 1;
    }
    if ((m & 2) != 0 && R1.wantsSymbol(s, c, i)) {
      w |= 2;
    }
    if ((m & 4) != 0 && R2.wantsSymbol(s, c, i)) {
      w |= 4;
    }
    if ((m & 8) != 0 && R3.wantsSymbol(s, c, i)) {
      w |= 8;
    }
    if ((m & 16) != 0 && R4.wantsSymbol(s, c, i)) {
      w |= 16;
    }
    if ((m & 32) != 0 && R5.wantsSymbol(s, c, i)) {
      w |= 32;
    }
    if ((m & 64) != 0 && R6.wantsSymbol(s, c, i)) {
      w |= 64;
    }
    if ((m & 128) != 0 && R7.wantsSymbol(s, c, i)) {
      w |= 128;
    }
    return w;
  }

  private int wantedDigitWord(int m, int i, int we) {
    ScanText s = this.s;
    int w = 0;
    if ((m & 1) != 0 && R0.wantsDigitWord(s, i, we)) {
      w |= 1;
    }
    if ((m & 2) != 0 && R1.wantsDigitWord(s, i, we)) {
      w |= 2;
    }
    if ((m & 4) != 0 && R2.wantsDigitWord(s, i, we)) {
      w |= 4;
    }
    if ((m & 8) != 0 && R3.wantsDigitWord(s, i, we)) {
      w |= 8;
    }
    if ((m & 16) != 0 && R4.wantsDigitWord(s, i, we)) {
      w |= 16;
    }
    if ((m & 32) != 0 && R5.wantsDigitWord(s, i, we)) {
      w |= 32;
    }
    if ((m & 64) != 0 && R6.wantsDigitWord(s, i, we)) {
      w |= 64;
    }
    if ((m & 128) != 0 && R7.wantsDigitWord(s, i, we)) {
      w |= 128;
    }
    return w;
  }

  private int wantedLetterWord(int m, char c, int i, int we) {
    ScanText s = this.s;
    int w = 0;
    if ((m & 1) != 0 && R0.wantsLetterWord(s, c, i, we)) {
      w |= 1;
    }
    if ((m & 2) != 0 && R1.wantsLetterWord(s, c, i, we)) {
      w |= 2;
    }
    if ((m & 4) != 0 && R2.wantsLetterWord(s, c, i, we)) {
      w |= 4;
    }
    if ((m & 8) != 0 && R3.wantsLetterWord(s, c, i, we)) {
      w |= 8;
    }
    if ((m & 16) != 0 && R4.wantsLetterWord(s, c, i, we)) {
      w |= 16;
    }
    if ((m & 32) != 0 && R5.wantsLetterWord(s, c, i, we)) {
      w |= 32;
    }
    if ((m & 64) != 0 && R6.wantsLetterWord(s, c, i, we)) {
      w |= 64;
    }
    if ((m & 128) != 0 && R7.wantsLetterWord(s, c, i, we)) {
      w |= 128;
    }
    return w;
  }

  /** Runs the recognizers of mask m on an anchor; returns the end of a consumed region or i. */
  private int onAnchor(int m, int i, int we) {
    ScanText s = this.s;
    int r;
    if ((m & 1) != 0 && (r = R0.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 2) != 0 && (r = R1.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 4) != 0 && (r = R2.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 8) != 0 && (r = R3.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 16) != 0 && (r = R4.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 32) != 0 && (r = R5.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 64) != 0 && (r = R6.onAnchor(s, i, we)) > i) {
      return r;
    }
    if ((m & 128) != 0 && (r = R7.onAnchor(s, i, we)) > i) {
      return r;
    }
    return i;
  }

  /**
   * Pass 2: the recognizers that wanted each anchor, with every cue known; a URL hides its
   * inside.
   */
  private void validateAnchors() {
    int skipUntil = 0;
    for (int k = 0; k < anchorCount; k += 3) {
      int i = anchors[k];
      if (i < skipUntil) {
        continue;
      }
      int we = anchors[k + 1];
      int consumed = onAnchor(anchors[k + 2], i, we);
      if (consumed > i) {
        skipUntil = consumed;
      }
    }
  }

  /** Pass 3: the values after cues (customer numbers, passwords, names, …), in text order. */
  private void validateCues() {
    for (Hit h : s.cues) {
      Recognizer r = BY_CUE_KIND[h.kind().ordinal()];
      if (r != null) {
        r.onCue(s, h);
      }
    }
  }
}
