package io.replyguard.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A multi-pattern scanner (Aho–Corasick automaton) over normalised text: one pass over the text
 * reports every pattern occurrence, whatever the number of patterns.
 *
 * <p>Each pattern carries an int payload and two boundary flags: with {@code wordStart} the match
 * must not be preceded by a letter or digit, with {@code wordEnd} it must not be followed by one.
 * Flags only apply when the pattern's first (last) character is itself a letter or digit, so
 * {@code "#fail"} matches after any character.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {

  /** Receives matches. */
  @FunctionalInterface
  interface Hits {
    /**
     * Called once per occurrence, in order of the occurrence's end.
     *
     * @param payload the matched pattern's payload
     * @param start start index in the scanned text (inclusive)
     * @param end end index (exclusive)
     */
    void hit(int payload, int start, int end);
  }

  private final int[] edgeOffset;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] rootAscii;
  private final int[] fail;
  private final int[] dictLink;
  private final int[] outOffset;
  private final int[] outPatterns;
  private final int[] patLength;
  private final boolean[] patWordStart;
  private final boolean[] patWordEnd;
  private final int[] patPayload;

  private PhraseMatcher(Builder b) {
    int states = b.children.size();
    int patterns = b.patterns.size();
    patLength = new int[patterns];
    patWordStart = new boolean[patterns];
    patWordEnd = new boolean[patterns];
    patPayload = new int[patterns];
    for (int p = 0; p < patterns; p++) {
      Pattern pat = b.patterns.get(p);
      patLength[p] = pat.text.length();
      patWordStart[p] = pat.wordStart && TextNormalizer.isWordChar(pat.text.charAt(0));
      patWordEnd[p] = pat.wordEnd
          && TextNormalizer.isWordChar(pat.text.charAt(pat.text.length() - 1));
      patPayload[p] = pat.payload;
    }
    // Failure links and dictionary links, breadth first.
    fail = new int[states];
    dictLink = new int[states];
    Arrays.fill(dictLink, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : b.children.get(0).values()) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (Map.Entry<Character, Integer> e : b.children.get(s).entrySet()) {
        char c = e.getKey();
        int t = e.getValue();
        int f = fail[s];
        while (f != 0 && !b.children.get(f).containsKey(c)) {
          f = fail[f];
        }
        Integer next = b.children.get(f).get(c);
        fail[t] = next != null && next != t ? next : 0;
        int ft = fail[t];
        dictLink[t] = !b.outputs.get(ft).isEmpty() ? ft : dictLink[ft];
        queue.add(t);
      }
    }
    // Freeze transitions, sorted by character.
    edgeOffset = new int[states + 1];
    int edges = 0;
    for (int s = 0; s < states; s++) {
      edgeOffset[s] = edges;
      edges += b.children.get(s).size();
    }
    edgeOffset[states] = edges;
    edgeChars = new char[edges];
    edgeTargets = new int[edges];
    for (int s = 0; s < states; s++) {
      int i = edgeOffset[s];
      for (Map.Entry<Character, Integer> e : new TreeMap<>(b.children.get(s)).entrySet()) {
        edgeChars[i] = e.getKey();
        edgeTargets[i] = e.getValue();
        i++;
      }
    }
    rootAscii = new int[128];
    for (char c = 0; c < 128; c++) {
      Integer t = b.children.get(0).get(c);
      rootAscii[c] = t == null ? 0 : t;
    }
    outOffset = new int[states + 1];
    int outs = 0;
    for (int s = 0; s < states; s++) {
      outOffset[s] = outs;
      outs += b.outputs.get(s).size();
    }
    outOffset[states] = outs;
    outPatterns = new int[outs];
    for (int s = 0; s < states; s++) {
      int i = outOffset[s];
      for (int p : b.outputs.get(s)) {
        outPatterns[i++] = p;
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The number of automaton states (for tests and sizing).
   *
   * @return the state count
   */
  int states() {
    return fail.length;
  }

  private int next(int state, char c) {
    if (state == 0 && c < 128) {
      int t = rootAscii[c];
      return t == 0 ? -1 : t;
    }
    int lo = edgeOffset[state];
    int hi = edgeOffset[state + 1] - 1;
    if (hi - lo < 6) {
      for (int i = lo; i <= hi; i++) {
        if (edgeChars[i] == c) {
          return edgeTargets[i];
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChars[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return -1;
  }

  /**
   * Scans a normalised text and reports every occurrence that satisfies its boundary flags.
   *
   * @param text normalised text, not null
   * @param hits receives the occurrences, not null
   */
  void scan(String text, Hits hits) {
    int n = text.length();
    int s = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int t;
      while ((t = next(s, c)) < 0 && s != 0) {
        s = fail[s];
      }
      s = t < 0 ? 0 : t;
      int o = outOffset[s] != outOffset[s + 1] ? s : dictLink[s];
      while (o > 0) {
        for (int j = outOffset[o]; j < outOffset[o + 1]; j++) {
          int p = outPatterns[j];
          int end = i + 1;
          int start = end - patLength[p];
          if (patWordStart[p] && start > 0 && TextNormalizer.isWordChar(text.charAt(start - 1))) {
            continue;
          }
          if (patWordEnd[p] && end < n && TextNormalizer.isWordChar(text.charAt(end))) {
            continue;
          }
          hits.hit(patPayload[p], start, end);
        }
        o = dictLink[o];
      }
    }
  }

  private record Pattern(String text, boolean wordStart, boolean wordEnd, int payload) {}

  /** Collects patterns. Not thread-safe. */
  static final class Builder {
    private final List<Map<Character, Integer>> children = new ArrayList<>();
    private final List<List<Integer>> outputs = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    private Builder() {
      children.add(new HashMap<>());
      outputs.add(new ArrayList<>());
    }

    /**
     * Adds a pattern.
     *
     * @param text the normalised pattern, not empty
     * @param wordStart whether the match must begin at a word start
     * @param wordEnd whether the match must end at a word end
     * @param payload reported with each match
     * @return this builder
     */
    Builder add(String text, boolean wordStart, boolean wordEnd, int payload) {
      Objects.requireNonNull(text, "text");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("pattern must not be empty");
      }
      int s = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        Integer t = children.get(s).get(c);
        if (t == null) {
          t = children.size();
          children.add(new HashMap<>());
          outputs.add(new ArrayList<>());
          children.get(s).put(c, t);
        }
        s = t;
      }
      outputs.get(s).add(patterns.size());
      patterns.add(new Pattern(text, wordStart, wordEnd, payload));
      return this;
    }

    /**
     * Builds the automaton.
     *
     * @return the matcher
     */
    PhraseMatcher build() {
      return new PhraseMatcher(this);
    }
  }
}
