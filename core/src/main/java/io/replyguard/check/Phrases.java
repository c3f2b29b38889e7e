package io.replyguard.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of lower-case word sequences matched against a {@link Text}'s words; the longest phrase
 * starting at a word wins. Built once, immutable and thread-safe; internal.
 */
final class Phrases {
  private final Map<String, String[][]> byFirst;
  /** The {@link WordFlags} bit of the first words, 0 when the lexicon does not know them. */
  private final int startBit;

  private Phrases(Map<String, String[][]> byFirst, int startBit) {
    this.byFirst = byFirst;
    this.startBit = startBit;
  }

  /**
   * Phrases whose first words the {@link WordFlags} marks with {@code startBit}, so that a word
   * without the bit is rejected without a map lookup.
   */
  static Phrases of(int startBit, String... phrases) {
    Phrases p = of(phrases);
    return new Phrases(p.byFirst, startBit);
  }

  /** The first words of the phrases. */
  java.util.Set<String> firstWords() {
    return byFirst.keySet();
  }

  /**
   * Phrases from space-separated lower-case word sequences; words are split as {@link Text} does
   * (so "e-mail" stays one word).
   */
  static Phrases of(String... phrases) {
    Map<String, List<String[]>> tmp = new HashMap<>();
    for (String p : phrases) {
      Text t = new Text(p, false);
      String[] words = java.util.Arrays.copyOf(t.words, t.size);
      if (words.length == 0) {
        throw new IllegalArgumentException("empty phrase");
      }
      tmp.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    Map<String, String[][]> out = new HashMap<>();
    tmp.forEach((k, v) -> {
      v.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
      out.put(k, v.toArray(new String[0][]));
    });
    return new Phrases(out, 0);
  }

  /** Number of words of the longest phrase starting at word {@code i}, 0 when none. */
  int match(Text t, int i) {
    if (startBit != 0 && t.lexicon && (t.flags[i] & startBit) == 0) {
      return 0;
    }
    String[][] candidates = byFirst.get(t.word(i));
    if (candidates == null) {
      return 0;
    }
    for (String[] c : candidates) {
      if (t.matches(i, c)) {
        return c.length;
      }
    }
    return 0;
  }

  /** Whether any phrase starts in sentence {@code s}. */
  boolean inSentence(Text t, int s) {
    if (startBit != 0 && t.lexicon && !t.sentenceHas(s, startBit)) {
      return false;
    }
    return anyIn(t, t.sentenceFrom(s), t.sentenceTo(s));
  }

  /** Whether any phrase starts in the text. */
  boolean inText(Text t) {
    if (startBit != 0 && t.lexicon && (t.textFlags & startBit) == 0) {
      return false;
    }
    return anyIn(t, 0, t.size);
  }

  /** Whether any phrase starts in {@code [from, to)}. */
  boolean anyIn(Text t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (match(t, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first word in {@code [from, to)} where a phrase starts, or -1. */
  int firstIn(Text t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (match(t, i) > 0) {
        return i;
      }
    }
    return -1;
  }
}
