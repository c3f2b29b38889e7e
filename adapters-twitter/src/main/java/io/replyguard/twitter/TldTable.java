package io.replyguard.twitter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of top-level domains in priority order, as a trie over UTF-16 units (ASCII letters
 * folded to lower case, other characters as they are). The lists are twitter-text 3.1.0's
 * {@code TldLists.GTLDS} and {@code TldLists.CTLDS} (Apache License 2.0, see
 * {@code LICENSE-twitter-text.txt}), written one per line in the library's order.
 *
 * <p>{@link #match} gives what twitter-text's alternation of the list followed by the look-ahead
 * {@code (?=[^a-z0-9@+-]|$)} matches: of the entries that occur at the index and are followed by
 * the end of the text or a character that is not an ASCII letter, digit, {@code @}, {@code +} or
 * {@code -}, the one listed first. Time is bounded by the longest entry. Immutable, thread-safe.
 */
final class TldTable {
  static final TldTable GENERIC = load("tld-generic.txt");
  static final TldTable COUNTRY = load("tld-country.txt");

  private final Node root;
  private final List<String> entries;

  private TldTable(List<String> entries) {
    this.entries = List.copyOf(entries);
    Builder b = new Builder();
    for (int i = 0; i < entries.size(); i++) {
      b.add(entries.get(i), i);
    }
    root = b.freeze();
  }

  static TldTable load(String resource) {
    try (InputStream in = TldTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isEmpty() || !line.strip().equals(line)) {
          throw new IllegalStateException(resource + " line " + number
              + ": empty or padded entry");
        }
        out.add(line);
      }
      return new TldTable(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TldTable of(List<String> entries) {
    return new TldTable(entries);
  }

  List<String> entries() {
    return entries;
  }

  /**
   * The end of the top-level domain twitter-text's pattern matches at {@code i}, or -1.
   *
   * @param s the text
   * @param i an index in {@code [0, s.length()]}
   */
  int match(String s, int i) {
    int n = s.length();
    Node node = root;
    int bestRank = Integer.MAX_VALUE;
    int bestEnd = -1;
    for (int j = i; j < n; j++) {
      node = node.child(fold(s.charAt(j)));
      if (node == null) {
        break;
      }
      if (node.rank < bestRank && (j + 1 == n || !UrlFinder.isTldContinuation(s.charAt(j + 1)))) {
        bestRank = node.rank;
        bestEnd = j + 1;
      }
    }
    return bestEnd;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static final class Node {
    /** Nodes with at least this many children also index them by ASCII character. */
    private static final int DIRECT_MIN = 6;

    final char[] keys;
    final Node[] children;
    final int rank;
    /** The children by ASCII character, or null (then only {@link #keys} are searched). */
    private final Node[] ascii;

    Node(char[] keys, Node[] children, int rank) {
      this.keys = keys;
      this.children = children;
      this.rank = rank;
      Node[] direct = null;
      if (keys.length >= DIRECT_MIN) {
        direct = new Node[128];
        for (int k = 0; k < keys.length; k++) {
          if (keys[k] < 128) {
            direct[keys[k]] = children[k];
          }
        }
      }
      this.ascii = direct;
    }

    Node child(char c) {
      if (ascii != null && c < 128) {
        return ascii[c];
      }
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? children[k] : null;
    }
  }

  private static final class Builder {
    final Map<Character, Builder> children = new HashMap<>();
    int rank = Integer.MAX_VALUE;

    void add(String entry, int index) {
      Builder b = this;
      for (int i = 0; i < entry.length(); i++) {
        b = b.children.computeIfAbsent(fold(entry.charAt(i)), k -> new Builder());
      }
      b.rank = Math.min(b.rank, index);
    }

    Node freeze() {
      char[] keys = new char[children.size()];
      int k = 0;
      for (char c : children.keySet()) {
        keys[k++] = c;
      }
      Arrays.sort(keys);
      Node[] kids = new Node[keys.length];
      for (k = 0; k < keys.length; k++) {
        kids[k] = children.get(keys[k]).freeze();
      }
      return new Node(keys, kids, rank);
    }
  }
}
