package io.replyguard.check;

import java.util.Arrays;

/**
 * A draft text split into words, clauses and sentences in one pass. Words are runs of letters and
 * digits (code points, so emoji and lone surrogates separate words), joined across an inner hyphen
 * or apostrophe ({@code SMS-Code}, {@code we'll}). Each word keeps its half-open UTF-16 span, its
 * lower-case form (char-wise, so lengths are kept), its sentence and clause; whether it starts
 * with an upper-case letter ({@link #capital}) and whether it opens its sentence
 * ({@link #opensSentence}) are answered on demand. Sentences end at {@code . ! ?} followed by white
 * space or the end (not the dot of "ca."), and at line breaks; clauses additionally end at {@code , ; : ( ) – —}.
 *
 * <p>The split works on the lower-cased characters and creates no strings per word: each word
 * gets its hash ({@link #hash}) and its {@link WordFlags} bits in the same pass, and a word the
 * lexicon knows gets the lexicon's string. In a text from {@link #lazy} the other words' strings
 * are made on first use by {@link #word}; rules compare words with {@link #is},
 * {@link #startsWith} and {@link #endsWith}, which need no string.
 *
 * <p>Immutable after construction; internal.
 */
final class Text {
  final String text;
  /**
   * The text lower-cased (same length and indices as {@link #text}); in a text from {@link #lazy}
   * made on first use by {@link #lower()}.
   */
  String lower;
  /** The characters of the lower-cased text. */
  final char[] lo;
  int size;
  /**
   * The lower-case words; in a text from {@link #lazy}, null for a word the lexicon does not know
   * until {@link #word} makes it.
   */
  String[] words;
  int[] start;
  int[] end;
  int[] sentence;
  int[] clause;
  /** The {@link WordFlags} bits of each word (all zero for a phrase of a word list). */
  int[] flags;
  /** The hash of each lower-case word ({@link #hash(String)}). */
  long[] hash;
  /** Whether {@link #flags} holds the lexicon bits. */
  final boolean lexicon;
  int sentences;
  int clauses;
  /** First word index of each sentence, then size. */
  int[] sentenceFirst;
  /** The union of the {@link #flags} of each sentence's words. */
  int[] sentenceFlags;
  /** The union of the {@link #flags} of all words. */
  int textFlags;

  /** Latin-1 characters lower-cased as {@link String#toLowerCase} does for Latin-1 strings. */
  private static final char[] LOWER = new char[256];
  /** Whether a Latin-1 character is a letter or digit (a word character). */
  private static final boolean[] WORD = new boolean[256];

  static {
    for (char c = 0; c < 256; c++) {
      LOWER[c] = Character.toLowerCase(c);
      WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /** A text whose words are all made as strings. */
  Text(String text) {
    this(text, true, true);
  }

  /** A text; {@code lexicon} false leaves the word bits zero (for building the word lists). */
  Text(String text, boolean lexicon) {
    this(text, lexicon, true);
  }

  private Text(String text, boolean lexicon, boolean allWords) {
    this.text = text;
    this.lexicon = lexicon;
    int n = text.length();
    char[] low = new char[n];
    text.getChars(0, n, low, 0);
    // a Latin-1 text is split on its lower-cased characters: lower-casing keeps every Latin-1
    // character a word character or not, and changes no separator (TextTest checks all 256)
    // a text with other characters is split on its own characters and lower-cased one code point
    // at a time as String.toLowerCase(Locale.ROOT) does, except for the two characters whose
    // lower case depends on context or has another length (U+03A3, U+0130): then by lowerCase
    char[] c = low;
    for (int i = 0; i < n; i++) {
      char ch = low[i];
      if (ch <= 0xFF) {
        low[i] = LOWER[ch];
        continue;
      }
      if (c == low) {
        c = text.toCharArray();
      }
      if (ch == '\u03a3' || ch == '\u0130') {
        lower = lowerCase(text);
        lower.getChars(0, n, low, 0);
        break;
      }
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(low[i + 1])) {
        int cp = Character.toCodePoint(ch, low[i + 1]);
        int lc = Character.toLowerCase(cp);
        if (lc != cp) {
          if (!Character.isSupplementaryCodePoint(lc)) {
            lower = lowerCase(text);
            lower.getChars(0, n, low, 0);
            break;
          }
          low[i] = Character.highSurrogate(lc);
          low[i + 1] = Character.lowSurrogate(lc);
        }
        i++;
        continue;
      }
      low[i] = Character.toLowerCase(ch);
    }
    this.lo = low;
    // sized for ordinary prose so that the arrays rarely grow (a word and its separator take at
    // least two characters; typical words take five or more)
    int cap = Math.max(4, Math.min((n + 1) / 2, n / 5 + 16));
    words = new String[cap];
    start = new int[cap];
    end = new int[cap];
    sentence = new int[cap];
    clause = new int[cap];
    flags = new int[cap];
    hash = new long[cap];
    sentenceFirst = new int[n / 24 + 8];
    sentenceFlags = new int[sentenceFirst.length];
    split(c);
    if (allWords) {
      lower();
      for (int i = 0; i < size; i++) {
        word(i);
      }
    }
  }

  /**
   * A text with the lexicon bits whose strings (the lower-case text and the words) are made on
   * demand ({@link #lower()}, {@link #word}): the form the checker uses.
   */
  static Text lazy(String text) {
    return new Text(text, true, false);
  }

  /** The text lower-cased (same length and indices as {@link #text}). */
  String lower() {
    String l = lower;
    if (l == null) {
      l = new String(lo);
      lower = l;
    }
    return l;
  }

  static String lowerCase(String s) {
    String fast = s.toLowerCase(java.util.Locale.ROOT);
    if (fast.length() == s.length()) {
      return fast; // only U+0130 grows when lower-cased: without it the indices stay aligned
    }
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char lo = Character.toLowerCase(ch);
      if (lo != ch) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = lo;
      }
    }
    return c == null ? s : new String(c);
  }

  /**
   * Whether {@code chars} holds {@code x} from {@code at}, for a caller that has checked that
   * {@code x} fits and that its first character matches (so the comparison starts at the second).
   */
  static boolean restMatches(char[] chars, int at, String x) {
    for (int k = 1; k < x.length(); k++) {
      if (chars[at + k] != x.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The hash of a lower-case word, as {@link #split} computes it. */
  static long hash(String w) {
    long h = SEED;
    for (int i = 0; i < w.length(); i++) {
      h = 31 * h + w.charAt(i);
    }
    return Boilerplate.mix(h);
  }

  private static final long SEED = 1125899906842597L;

  /** Whether the code point at {@code i} is a letter or digit. */
  private static boolean isWordChar(char[] s, int i) {
    char ch = s[i];
    if (ch < 0x100) {
      return WORD[ch];
    }
    if (Character.isSurrogate(ch)) {
      int cp = Character.codePointAt(s, i);
      return Character.isSupplementaryCodePoint(cp) && Character.isLetterOrDigit(cp);
    }
    return Character.isLetterOrDigit(ch);
  }

  private void split(char[] s) {
    char[] low = lo;
    int n = s.length;
    int sent = 0;
    int cl = 0;
    boolean newSentence = true;
    boolean sentenceHasWords = false;
    boolean clauseHasWords = false;
    int i = 0;
    while (i < n) {
      char ch = s[i];
      if (ch < 0x100 ? WORD[ch] : isWordChar(s, i)) {
        int b = i;
        long h = SEED;
        while (true) {
          h = 31 * h + low[i];
          i++;
          if (ch >= Character.MIN_HIGH_SURROGATE && Character.isHighSurrogate(ch) && i < n
              && Character.isLowSurrogate(s[i])) {
            h = 31 * h + low[i];
            i++;
          }
          // the rest of an ASCII or Latin-1 word in a tight loop
          while (i < n && (ch = s[i]) < 0x100 && WORD[ch]) {
            h = 31 * h + low[i];
            i++;
          }
          if (i >= n) {
            break;
          }
          ch = s[i];
          if (ch >= 0x100 && isWordChar(s, i)) {
            continue;
          }
          if ((ch == '-' || ch == '\'' || ch == '\u2019') && i + 1 < n && isWordChar(s, i + 1)) {
            h = 31 * h + low[i];
            i++;
            ch = s[i];
            continue;
          }
          break;
        }
        if (newSentence && sentenceHasWords) {
          sent++;
          cl++;
          sentenceHasWords = false;
          clauseHasWords = false;
        }
        if (newSentence) {
          markSentence(sent, size);
        }
        add(b, i, Boilerplate.mix(h), sent, cl);
        newSentence = false;
        sentenceHasWords = true;
        clauseHasWords = true;
        continue;
      }
      switch (ch) {
        case '.', '!', '?', '\u2026' -> {
          boolean digitsAround = ch == '.' && i > 0 && i + 1 < n
              && Character.isDigit(s[i - 1]) && Character.isDigit(s[i + 1]);
          // "ca." (circa) ends no sentence: "morgen ca. 11 Uhr"
          digitsAround |= ch == '.' && i >= 2 && low[i - 1] == 'a' && low[i - 2] == 'c'
              && (i == 2 || !(low[i - 3] < 0x100 && WORD[low[i - 3]]));
          boolean followedByBreak = i + 1 >= n || Character.isWhitespace(s[i + 1])
              || s[i + 1] == '"' || s[i + 1] == ')' || isTerminator(s[i + 1]);
          if (!digitsAround && (followedByBreak || ch != '.')) {
            newSentence = true;
          }
        }
        case '\n', '\r' -> newSentence = true;
        case ',', ';', ':', '(', ')', '\u2013', '\u2014' -> {
          if (clauseHasWords) {
            cl++;
            clauseHasWords = false;
          }
        }
        default -> { }
      }
      i++;
    }
    sentences = size == 0 ? 0 : sent + 1;
    clauses = size == 0 ? 0 : cl + 1;
    if (sentenceFirst.length < sentences + 1) {
      sentenceFirst = Arrays.copyOf(sentenceFirst, sentences + 1);
    }
    sentenceFirst[sentences] = size;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private void markSentence(int sent, int wordIndex) {
    if (sentenceFirst.length <= sent + 1) {
      sentenceFirst = Arrays.copyOf(sentenceFirst, Math.max(sent + 2, sentenceFirst.length * 2));
      sentenceFlags = Arrays.copyOf(sentenceFlags, sentenceFirst.length);
    }
    sentenceFirst[sent] = wordIndex;
    sentenceFlags[sent] = 0;
  }

  private void add(int b, int e, long h, int sent, int cl) {
    if (size == words.length) {
      int cap = size * 2;
      words = Arrays.copyOf(words, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      sentence = Arrays.copyOf(sentence, cap);
      clause = Arrays.copyOf(clause, cap);
      flags = Arrays.copyOf(flags, cap);
      hash = Arrays.copyOf(hash, cap);
    }
    if (lexicon) {
      int slot = WordFlags.find(lo, b, e, h);
      int bits;
      if (slot >= 0) {
        words[size] = WordFlags.word(slot);
        bits = WordFlags.bits(slot);
      } else {
        bits = WordFlags.suffixBits(lo, b, e);
      }
      if (Character.isDigit(lo[b])) {
        bits |= WordFlags.DIGIT;
      }
      flags[size] = bits;
      sentenceFlags[sent] |= bits;
      textFlags |= bits;
    }
    hash[size] = h;
    start[size] = b;
    end[size] = e;
    sentence[size] = sent;
    clause[size] = cl;
    size++;
  }

  /** The lower-case word {@code i} as a string (made on first use in a lazy text). */
  String word(int i) {
    String w = words[i];
    if (w == null) {
      w = new String(lo, start[i], end[i] - start[i]);
      words[i] = w;
    }
    return w;
  }

  /** Whether word {@code i} starts with an upper-case letter (in the original spelling). */
  boolean capital(int i) {
    char first = text.charAt(start[i]);
    return first < 0x80 ? first >= 'A' && first <= 'Z'
        : Character.isUpperCase(text.codePointAt(start[i]));
  }

  /** Whether word {@code i} opens its sentence. */
  boolean opensSentence(int i) {
    return sentenceFirst[sentence[i]] == i;
  }

  /** The number of characters of word {@code i}. */
  int length(int i) {
    return end[i] - start[i];
  }

  /** The first (lower-case) character of word {@code i}. */
  char first(int i) {
    return lo[start[i]];
  }

  /** Whether word {@code i} starts with a digit. */
  boolean startsWithDigit(int i) {
    return Character.isDigit(lo[start[i]]);
  }

  /** The original spelling of word {@code i} (may be personal data: never put it in messages). */
  String original(int i) {
    return text.substring(start[i], end[i]);
  }

  /** First word index of sentence {@code s}. */
  int sentenceFrom(int s) {
    return sentenceFirst[s];
  }

  /** Word index after the last word of sentence {@code s}. */
  int sentenceTo(int s) {
    return sentenceFirst[s + 1];
  }

  /** Whether words {@code [i, i + phrase.length)} equal the phrase. */
  boolean matches(int i, String[] phrase) {
    if (i + phrase.length > size) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!equal(i + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of sentence {@code s} has one of the {@link WordFlags} bits. */
  boolean sentenceHas(int s, int bits) {
    return (sentenceFlags[s] & bits) != 0;
  }

  /** Whether word {@code i} has one of the {@link WordFlags} bits. */
  boolean has(int i, int bits) {
    return (flags[i] & bits) != 0;
  }

  /** Whether the word at {@code i} equals the given lower-case word. */
  boolean is(int i, String word) {
    return i >= 0 && i < size && equal(i, word);
  }

  private boolean equal(int i, String word) {
    return end[i] - start[i] == word.length() && lowerAt(start[i], word);
  }

  /** Whether word {@code i} starts with the given lower-case prefix. */
  boolean startsWith(int i, String prefix) {
    return end[i] - start[i] >= prefix.length() && lowerAt(start[i], prefix);
  }

  /** Whether word {@code i} ends with the given lower-case suffix. */
  boolean endsWith(int i, String suffix) {
    int b = end[i] - suffix.length();
    return b >= start[i] && lowerAt(b, suffix);
  }

  /** Whether the lower-cased text has {@code s} at {@code from} (which leaves room for it). */
  private boolean lowerAt(int from, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (lo[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
