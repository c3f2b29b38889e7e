package io.replyguard.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A multi-pattern scanner (Aho–Corasick automaton compiled to a deterministic automaton) over
 * normalised text: one pass over the text reports every pattern occurrence, with a single table
 * look-up per character, whatever the number of patterns.
 *
 * <p>Each pattern carries an int payload and two boundary flags: with {@code wordStart} the match
 * must not be preceded by a letter or digit, with {@code wordEnd} it must not be followed by one.
 * Flags only apply when the pattern's first (last) character is itself a letter or digit, so
 * {@code "#fail"} matches after any character.
 *
 * <p>Memory: the characters that occur in patterns form the alphabet (all others share one class);
 * the transition table holds one {@code char} per state and alphabet class (the target state), and
 * one bit per state says whether it reports matches. Automata are split into segments of at most
 * {@value #MAX_STATES} states so that {@code char} suffices; each segment is one pass over the
 * text, so the segment size keeps the built-in lexicons (about 70,000 states) at two passes.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {
  /** Most states per segment (state ids must fit in a {@code char}). */
  static final int MAX_STATES = 65_535;

  /** Receives matches. */
  @FunctionalInterface
  interface Hits {
    /**
     * Called once per occurrence.
     *
     * @param payload the matched pattern's payload
     * @param start start index in the scanned text (inclusive)
     * @param end end index (exclusive)
     */
    void hit(int payload, int start, int end);
  }

  private final Segment[] segments;
  private final int states;

  private PhraseMatcher(Segment[] segments) {
    this.segments = segments;
    int n = 0;
    for (Segment s : segments) {
      n += s.outOffset.length - 1;
    }
    this.states = n;
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
   * The number of automaton states over all segments (for tests and sizing).
   *
   * @return the state count
   */
  int states() {
    return states;
  }

  /**
   * Scans a normalised text and reports every occurrence that satisfies its boundary flags.
   *
   * @param text normalised text, not null
   * @param hits receives the occurrences, not null
   */
  void scan(String text, Hits hits) {
    scan(text.toCharArray(), text.length(), hits);
  }

  /**
   * Scans the first {@code n} characters of a normalised text.
   *
   * @param text normalised text, not null
   * @param n the number of characters to scan
   * @param hits receives the occurrences, not null
   */
  void scan(char[] text, int n, Hits hits) {
    for (Segment s : segments) {
      s.scan(text, n, hits);
    }
  }

  /** One deterministic automaton. */
  private static final class Segment {
    private final int[] asciiClass = new int[128];
    private final char[] otherChars;
    private final int[] otherClass;
    private final int classes;
    private final char[] delta;
    /** Bit per state: whether the state reports matches (8 KiB for a full segment). */
    private final long[] reports;
    private final int[] outOffset;
    private final int[] outPatterns;
    private final int[] patLength;
    private final boolean[] patWordStart;
    private final boolean[] patWordEnd;
    private final int[] patPayload;

    Segment(List<Map<Character, Integer>> children, List<List<Integer>> outputs,
        List<Pattern> patterns) {
      int n = children.size();
      int p = patterns.size();
      patLength = new int[p];
      patWordStart = new boolean[p];
      patWordEnd = new boolean[p];
      patPayload = new int[p];
      for (int i = 0; i < p; i++) {
        Pattern pat = patterns.get(i);
        patLength[i] = pat.text.length();
        patWordStart[i] = pat.wordStart && TextNormalizer.isWordChar(pat.text.charAt(0));
        patWordEnd[i] = pat.wordEnd
            && TextNormalizer.isWordChar(pat.text.charAt(pat.text.length() - 1));
        patPayload[i] = pat.payload;
      }
      TreeSet<Character> alphabet = new TreeSet<>();
      for (Map<Character, Integer> m : children) {
        alphabet.addAll(m.keySet());
      }
      int k = 1; // class 0: characters no pattern uses
      List<Character> other = new ArrayList<>();
      Map<Character, Integer> classOf = new HashMap<>();
      for (char c : alphabet) {
        classOf.put(c, k);
        if (c < 128) {
          asciiClass[c] = k;
        } else {
          other.add(c);
        }
        k++;
      }
      classes = k;
      otherChars = new char[other.size()];
      otherClass = new int[other.size()];
      for (int i = 0; i < other.size(); i++) {
        otherChars[i] = other.get(i);
        otherClass[i] = classOf.get(other.get(i));
      }
      // Breadth-first: failure links, full transition table, outputs including suffix outputs.
      // States are renumbered in breadth-first order so the shallow states that most characters
      // visit share a few cache lines.
      int[] fail = new int[n];
      char[] table = new char[n * classes];
      List<List<Integer>> allOut = new ArrayList<>(n);
      for (int s = 0; s < n; s++) {
        allOut.add(null);
      }
      allOut.set(0, outputs.get(0));
      int[] order = new int[n];
      int ordered = 0;
      order[ordered++] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
        table[classOf.get(e.getKey())] = (char) (int) e.getValue();
      }
      for (int child : children.get(0).values()) {
        queue.add(child);
        allOut.set(child, outputs.get(child));
      }
      while (!queue.isEmpty()) {
        int s = queue.poll();
        order[ordered++] = s;
        int row = s * classes;
        int failRow = fail[s] * classes;
        for (int c = 0; c < classes; c++) {
          table[row + c] = table[failRow + c];
        }
        for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
          int c = classOf.get(e.getKey());
          int t = e.getValue();
          fail[t] = table[failRow + c];
          table[row + c] = (char) t;
          List<Integer> out = outputs.get(t);
          List<Integer> inherited = allOut.get(fail[t]);
          if (!inherited.isEmpty()) {
            out = new ArrayList<>(out);
            out.addAll(inherited);
          }
          allOut.set(t, out);
          queue.add(t);
        }
      }
      int[] newId = new int[n];
      for (int i = 0; i < n; i++) {
        newId[order[i]] = i;
      }
      delta = new char[n * classes];
      reports = new long[(n + 63) >>> 6];
      for (int s = 0; s < n; s++) {
        int from = s * classes;
        int to = newId[s] * classes;
        for (int c = 0; c < classes; c++) {
          delta[to + c] = (char) newId[table[from + c]];
        }
        if (!allOut.get(s).isEmpty()) {
          reports[newId[s] >>> 6] |= 1L << newId[s];
        }
      }
      outOffset = new int[n + 1];
      int total = 0;
      for (int i = 0; i < n; i++) {
        outOffset[i] = total;
        total += allOut.get(order[i]).size();
      }
      outOffset[n] = total;
      outPatterns = new int[total];
      for (int i = 0; i < n; i++) {
        int j = outOffset[i];
        for (int x : allOut.get(order[i])) {
          outPatterns[j++] = x;
        }
      }
    }

    private int classOf(char c) {
      if (c < 128) {
        return asciiClass[c];
      }
      int i = Arrays.binarySearch(otherChars, c);
      return i < 0 ? 0 : otherClass[i];
    }

    void scan(char[] text, int n, Hits hits) {
      int s = 0;
      final char[] d = delta;
      final int k = classes;
      final int[] ascii = asciiClass;
      final int[] outs = outOffset;
      final long[] out = reports;
      for (int i = 0; i < n; i++) {
        char c = text[i];
        s = d[s * k + (c < 128 ? ascii[c] : classOf(c))];
        if ((out[s >>> 6] & (1L << s)) == 0) {
          continue;
        }
        int from = outs[s];
        int to = outs[s + 1];
        for (int j = from; j < to; j++) {
          int p = outPatterns[j];
          int end = i + 1;
          int start = end - patLength[p];
          if (patWordStart[p] && start > 0 && TextNormalizer.isWordChar(text[start - 1])) {
            continue;
          }
          if (patWordEnd[p] && end < n && TextNormalizer.isWordChar(text[end])) {
            continue;
          }
          hits.hit(patPayload[p], start, end);
        }
      }
    }
  }

  private record Pattern(String text, boolean wordStart, boolean wordEnd, int payload) {}

  /** Collects patterns. Not thread-safe. */
  static final class Builder {
    private final List<Segment> done = new ArrayList<>();
    private List<Map<Character, Integer>> children;
    private List<List<Integer>> outputs;
    private List<Pattern> patterns;

    private Builder() {
      reset();
    }

    private void reset() {
      children = new ArrayList<>();
      outputs = new ArrayList<>();
      patterns = new ArrayList<>();
      children.add(new HashMap<>());
      outputs.add(List.of());
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
      if (text.isEmpty() || text.length() >= MAX_STATES) {
        throw new IllegalArgumentException("pattern must have 1 to " + (MAX_STATES - 1)
            + " characters");
      }
      if (children.size() + text.length() > MAX_STATES) {
        done.add(new Segment(children, outputs, patterns));
        reset();
      }
      int s = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        Integer t = children.get(s).get(c);
        if (t == null) {
          t = children.size();
          children.add(new HashMap<>(4));
          outputs.add(List.of());
          children.get(s).put(c, t);
        }
        s = t;
      }
      List<Integer> out = new ArrayList<>(outputs.get(s));
      out.add(patterns.size());
      outputs.set(s, out);
      patterns.add(new Pattern(text, wordStart, wordEnd, payload));
      return this;
    }

    /**
     * Builds the automaton.
     *
     * @return the matcher
     */
    PhraseMatcher build() {
      List<Segment> all = new ArrayList<>(done);
      if (!patterns.isEmpty() || all.isEmpty()) {
        all.add(new Segment(children, outputs, patterns));
      }
      return new PhraseMatcher(all.toArray(Segment[]::new));
    }
  }
}
