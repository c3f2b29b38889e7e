package io.replyguard.check;

import java.util.Arrays;

/**
 * A draft text split into words, clauses and sentences in one pass. Words are runs of letters and
 * digits (code points, so emoji and lone surrogates separate words), joined across an inner hyphen
 * or apostrophe ({@code SMS-Code}, {@code we'll}). Each word keeps its half-open UTF-16 span, its
 * lower-case form (char-wise, so lengths are kept), whether it starts with an upper-case letter and
 * whether it opens a sentence. Sentences end at {@code . ! ?} followed by white space or the end,
 * and at line breaks; clauses additionally end at {@code , ; : ( ) – —}.
 *
 * <p>Immutable after construction; internal.
 */
final class Text {
  final String text;
  /** The text lower-cased (same length and indices as {@link #text}). */
  final String lower;
  int size;
  String[] words;
  int[] start;
  int[] end;
  int[] sentence;
  int[] clause;
  boolean[] capital;
  boolean[] sentenceStart;
  /** The {@link Lexicon} bits of each word (all zero for a phrase of a word list). */
  int[] flags;
  /** Whether {@link #flags} holds the lexicon bits. */
  final boolean lexicon;
  int sentences;
  int clauses;
  /** First word index of each sentence, then size. */
  int[] sentenceFirst;

  Text(String text) {
    this(text, true);
  }

  /** A text; {@code lexicon} false leaves the word bits zero (for building the word lists). */
  Text(String text, boolean lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    this.lower = lowerCase(text);
    int n = text.length();
    // sized for ordinary prose so that the arrays rarely grow (a word and its separator take at
    // least two characters; typical words take five or more)
    int cap = Math.max(4, Math.min((n + 1) / 2, n / 5 + 16));
    words = new String[cap];
    start = new int[cap];
    end = new int[cap];
    sentence = new int[cap];
    clause = new int[cap];
    capital = new boolean[cap];
    sentenceStart = new boolean[cap];
    flags = new int[cap];
    sentenceFirst = new int[n / 24 + 8];
    split();
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

  private static boolean isWordChar(String s, int i) {
    char ch = s.charAt(i);
    if (ch < 0x80) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }
    if (Character.isSurrogate(ch)) {
      int cp = s.codePointAt(i);
      return Character.isSupplementaryCodePoint(cp) && Character.isLetterOrDigit(cp);
    }
    return Character.isLetterOrDigit(ch);
  }

  private static int charCount(String s, int i) {
    char ch = s.charAt(i);
    if (Character.isHighSurrogate(ch) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      return 2;
    }
    return 1;
  }

  private void split() {
    String s = text;
    int n = s.length();
    int sent = 0;
    int cl = 0;
    boolean newSentence = true;
    boolean sentenceHasWords = false;
    boolean clauseHasWords = false;
    int i = 0;
    while (i < n) {
      if (isWordChar(s, i)) {
        int b = i;
        i += charCount(s, i);
        while (i < n) {
          if (isWordChar(s, i)) {
            i += charCount(s, i);
          } else {
            char ch = s.charAt(i);
            if ((ch == '-' || ch == '\'' || ch == '\u2019') && i + 1 < n && isWordChar(s, i + 1)) {
              i++;
            } else {
              break;
            }
          }
        }
        if (newSentence && sentenceHasWords) {
          sent++;
          cl++;
          sentenceHasWords = false;
          clauseHasWords = false;
        }
        add(b, i, sent, cl, newSentence);
        if (newSentence) {
          markSentence(sent, size - 1);
        }
        newSentence = false;
        sentenceHasWords = true;
        clauseHasWords = true;
        continue;
      }
      char ch = s.charAt(i);
      switch (ch) {
        case '.', '!', '?', '\u2026' -> {
          boolean digitsAround = ch == '.' && i > 0 && i + 1 < n
              && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
          boolean followedByBreak = i + 1 >= n || Character.isWhitespace(s.charAt(i + 1))
              || s.charAt(i + 1) == '"' || s.charAt(i + 1) == ')' || isTerminator(s.charAt(i + 1));
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
    }
    sentenceFirst[sent] = wordIndex;
  }

  private void add(int b, int e, int sent, int cl, boolean opens) {
    if (size == words.length) {
      int cap = size * 2;
      words = Arrays.copyOf(words, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      sentence = Arrays.copyOf(sentence, cap);
      clause = Arrays.copyOf(clause, cap);
      capital = Arrays.copyOf(capital, cap);
      sentenceStart = Arrays.copyOf(sentenceStart, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    String w = lower.substring(b, e);
    words[size] = w;
    flags[size] = lexicon ? Lexicon.of(w) : 0;
    start[size] = b;
    end[size] = e;
    sentence[size] = sent;
    clause[size] = cl;
    capital[size] = Character.isUpperCase(text.codePointAt(b));
    sentenceStart[size] = opens;
    size++;
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
      if (!words[i + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} has one of the {@link Lexicon} bits. */
  boolean has(int i, int bits) {
    return (flags[i] & bits) != 0;
  }

  /** Whether the word at {@code i} equals the given lower-case word. */
  boolean is(int i, String word) {
    return i >= 0 && i < size && words[i].equals(word);
  }
}
