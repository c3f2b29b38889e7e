package io.replyguard.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of word endings, looked up by a word's last two characters so that a word costs one hash
 * lookup and a few comparisons. Immutable and thread-safe; internal.
 */
final class Suffixes {
  private final Map<String, String[]> byTail;

  Suffixes(String... suffixes) {
    Map<String, List<String>> tmp = new HashMap<>();
    for (String s : suffixes) {
      if (s.length() < 2) {
        throw new IllegalArgumentException("suffix too short: " + s);
      }
      tmp.computeIfAbsent(s.substring(s.length() - 2), k -> new ArrayList<>()).add(s);
    }
    Map<String, String[]> out = new HashMap<>();
    tmp.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
    this.byTail = out;
  }

  /** Whether the word ends with one of the suffixes. */
  boolean endsOne(String word) {
    int n = word.length();
    if (n < 2) {
      return false;
    }
    String[] candidates = byTail.get(word.substring(n - 2));
    if (candidates == null) {
      return false;
    }
    for (String c : candidates) {
      if (word.endsWith(c)) {
        return true;
      }
    }
    return false;
  }
}
