package io.replyguard.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of word endings, looked up by a word's last character so that a word costs one array
 * access and a few comparisons. Immutable and thread-safe; internal.
 */
final class Suffixes {
  /** Suffixes by their last character for ASCII endings. */
  private final String[][] ascii = new String[128][];
  /** Suffixes with a non-ASCII last character. */
  private final String[] other;
  /** Every suffix. */
  private final List<String> all;

  Suffixes(String... suffixes) {
    List<List<String>> tmp = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      tmp.add(new ArrayList<>());
    }
    List<String> rest = new ArrayList<>();
    for (String s : suffixes) {
      if (s.length() < 2) {
        throw new IllegalArgumentException("suffix too short: " + s);
      }
      char last = s.charAt(s.length() - 1);
      (last < 128 ? tmp.get(last) : rest).add(s);
    }
    for (int i = 0; i < 128; i++) {
      ascii[i] = tmp.get(i).isEmpty() ? null : tmp.get(i).toArray(new String[0]);
    }
    other = rest.toArray(new String[0]);
    all = List.of(suffixes);
  }

  /** Every suffix. */
  List<String> all() {
    return all;
  }

  /** Whether the word ends with one of the suffixes. */
  boolean endsOne(String word) {
    int n = word.length();
    if (n < 2) {
      return false;
    }
    char last = word.charAt(n - 1);
    String[] candidates = last < 128 ? ascii[last] : other;
    if (candidates == null) {
      return false;
    }
    char beforeLast = word.charAt(n - 2);
    for (String c : candidates) {
      if (c.charAt(c.length() - 2) == beforeLast && word.endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word {@code c[from, to)} ends with one of the suffixes. */
  boolean endsOne(char[] c, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return false;
    }
    char last = c[to - 1];
    String[] candidates = last < 128 ? ascii[last] : other;
    if (candidates == null) {
      return false;
    }
    char beforeLast = c[to - 2];
    for (String s : candidates) {
      int len = s.length();
      if (s.charAt(len - 2) != beforeLast || len > n) {
        continue;
      }
      int k = len - 1;
      int j = to - 1;
      while (k >= 0 && s.charAt(k) == c[j]) {
        k--;
        j--;
      }
      if (k < 0) {
        return true;
      }
    }
    return false;
  }
}
