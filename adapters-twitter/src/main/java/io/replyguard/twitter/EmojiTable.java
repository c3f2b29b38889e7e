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
 * The emoji sequences of Unicode's {@code emoji-test.txt} (resource {@code emoji-test.txt}, Unicode
 * 15.0, unchanged; Unicode License, see {@code LICENSE-unicode.txt}) as a code-point trie: every
 * line of status {@code fully-qualified}, {@code minimally-qualified}, {@code unqualified} or
 * {@code component}, which covers the RGI set (ZWJ sequences, keycaps, flags, tag sequences, skin
 * tone modifiers) and every form of it with a presentation selector missing; except the lone
 * unqualified U+00A9 and U+00AE (© and ® without U+FE0F), which are text: twitter-text and X
 * count them as one character.
 *
 * <p>{@link #match} answers the longest sequence starting at an index in time bounded by the
 * longest sequence (10 code points), so a scan over a text is linear. Immutable and thread-safe.
 */
final class EmojiTable {
  /** The table of the bundled data file. */
  static final EmojiTable UNICODE = load("emoji-test.txt");

  /** Whether a UTF-16 unit can begin a sequence (a BMP code point or a high surrogate). */
  private final boolean[] startUnit = new boolean[0x10000];
  /**
   * The root's children by first code point in pages of 256 ({@code cp >> 8}, then
   * {@code cp & 0xFF}); a page is null when no sequence starts in it.
   */
  private final Node[][] firstPages = new Node[(Character.MAX_CODE_POINT >> 8) + 1][];
  private final List<int[]> sequences;

  private EmojiTable(List<int[]> sequences) {
    this.sequences = List.copyOf(sequences);
    Builder b = new Builder();
    for (int[] seq : sequences) {
      b.add(seq);
      int first = seq[0];
      startUnit[Character.isBmpCodePoint(first) ? first : Character.highSurrogate(first)] = true;
    }
    Node root = b.freeze();
    for (int k = 0; k < root.keys.length; k++) {
      int cp = root.keys[k];
      Node[] page = firstPages[cp >> 8];
      if (page == null) {
        page = new Node[256];
        firstPages[cp >> 8] = page;
      }
      page[cp & 0xFF] = root.children[k];
    }
  }

  /**
   * Whether a sequence can start with this UTF-16 unit (a BMP code point or the high surrogate of
   * a supplementary one); false means {@link #match} answers 0 at it.
   */
  boolean mayStart(char c) {
    return startUnit[c];
  }

  /** Reads a file in the format of {@code emoji-test.txt}; a malformed line fails naming it. */
  static EmojiTable load(String resource) {
    try (InputStream in = EmojiTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EmojiTable parse(BufferedReader r, String name) throws IOException {
    List<int[]> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (data.isEmpty()) {
        continue;
      }
      int semi = data.indexOf(';');
      if (semi < 0) {
        throw new IllegalStateException(name + " line " + number + ": no ';'");
      }
      String status = data.substring(semi + 1).strip();
      if (!status.equals("fully-qualified") && !status.equals("minimally-qualified")
          && !status.equals("unqualified") && !status.equals("component")) {
        throw new IllegalStateException(name + " line " + number + ": unknown status " + status);
      }
      List<String> hex = words(data.substring(0, semi));
      int[] seq = new int[hex.size()];
      for (int i = 0; i < seq.length; i++) {
        try {
          seq[i] = Integer.parseInt(hex.get(i), 16);
        } catch (NumberFormatException e) {
          throw new IllegalStateException(name + " line " + number + ": bad code point " + hex.get(i),
              e);
        }
        if (!Character.isValidCodePoint(seq[i])) {
          throw new IllegalStateException(name + " line " + number + ": bad code point " + hex.get(i));
        }
      }
      if (status.equals("unqualified") && seq.length == 1 && seq[0] < 0x2000) {
        continue; // a lone (C) or (R) is text: twitter-text and X count it 1
      }
      out.add(seq);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(name + ": no sequences");
    }
    return new EmojiTable(out);
  }

  /** The words of a line separated by spaces (no regular expression). */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** Every sequence of the data file, in file order (for tests). */
  List<int[]> sequences() {
    return sequences;
  }

  /**
   * The length in UTF-16 units of the longest sequence starting at {@code i}, or 0.
   *
   * @param s the text
   * @param i an index in {@code [0, s.length())}
   */
  int match(String s, int i) {
    if (!startUnit[s.charAt(i)]) {
      return 0;
    }
    int n = s.length();
    int first = s.codePointAt(i);
    Node[] page = firstPages[first >> 8];
    Node node = page == null ? null : page[first & 0xFF];
    if (node == null) {
      return 0;
    }
    int j = i + Character.charCount(first);
    int best = node.terminal ? j - i : 0;
    while (j < n) {
      int cp = s.codePointAt(j);
      Node next = node.child(cp);
      if (next == null) {
        break;
      }
      j += Character.charCount(cp);
      node = next;
      if (node.terminal) {
        best = j - i;
      }
    }
    return best;
  }

  /** A trie node: children by code point, sorted for binary search. */
  private static final class Node {
    final int[] keys;
    final Node[] children;
    final boolean terminal;

    Node(int[] keys, Node[] children, boolean terminal) {
      this.keys = keys;
      this.children = children;
      this.terminal = terminal;
    }

    Node child(int cp) {
      int k = Arrays.binarySearch(keys, cp);
      return k >= 0 ? children[k] : null;
    }
  }

  private static final class Builder {
    final Map<Integer, Builder> children = new HashMap<>();
    boolean terminal;

    void add(int[] seq) {
      Builder b = this;
      for (int cp : seq) {
        b = b.children.computeIfAbsent(cp, k -> new Builder());
      }
      b.terminal = true;
    }

    Node freeze() {
      int[] keys = children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Node[] kids = new Node[keys.length];
      for (int k = 0; k < keys.length; k++) {
        kids[k] = children.get(keys[k]).freeze();
      }
      return new Node(keys, kids, terminal);
    }
  }
}
