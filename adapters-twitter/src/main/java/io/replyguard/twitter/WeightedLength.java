package io.replyguard.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.spi.TextLength;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * X's weighted length (twitter-text configuration v3, resource {@code v3.json}), table-driven and
 * without regular expressions: NFC normalization (skipped when a quick check finds the text
 * normalized), URLs from {@link UrlFinder} weighing {@code transformedURLLength}, emoji sequences
 * from {@link EmojiTable} weighing {@code defaultWeight}, every other code point weighing its range's
 * weight; the sum divided by {@code scale}. The walk follows twitter-text's {@code parseTweet}: at
 * each position a URL starting there is taken first, then one emoji sequence or code point;
 * emoji sequences are those of a left-to-right scan of the whole text, as twitter-text's
 * {@code find()} loop finds them. Blank text (only characters up to U+0020) weighs 0, as there.
 *
 * <p>How it stays fast: a text below U+0300 without a dot is counted by its length; otherwise one
 * walk takes runs of characters that can start no emoji and that NFC leaves alone with one table
 * lookup each, checks the rest against the quick NFC test as it goes (and asks the normalizer
 * only when that fails), and advances the emoji scan lazily, jumping over the runs. The test
 * {@code WeightedLengthReferenceTest} compares it with a plain per-code-point specification.
 *
 * <p>Linear time in the text's length. Immutable and thread-safe.
 */
final class WeightedLength {
  private static final Set<String> KEYS = Set.of("version", "maxWeightedTweetLength", "scale",
      "defaultWeight", "emojiParsingEnabled", "transformedURLLength", "ranges");
  private static final Set<String> RANGE_KEYS = Set.of("start", "end", "weight");
  /** Code points below this have their weight in {@link #table}. */
  private static final int TABLE_END = 0x2100;
  /** The bundled v3 configuration (after the constants {@link #load} uses). */
  static final WeightedLength V3 = load("v3.json");

  private final int maxWeightedLength;
  private final int scale;
  private final int defaultWeight;
  private final boolean emojiParsing;
  private final int urlWeight;
  private final int[] rangeStart;
  private final int[] rangeEnd;
  private final int[] rangeWeight;
  private final int[] table = new int[TABLE_END];
  /**
   * Per character below {@link #TABLE_END}: its table weight when it weighs that wherever it
   * stands (it can start no emoji sequence) and NFC leaves it alone ({@link #isQuickNfcBmp}),
   * else 0 (weights are positive).
   */
  private final int[] plain = new int[TABLE_END];
  /**
   * Per character below {@link #TABLE_END}: its table weight when it can start no emoji
   * sequence, else 0.
   */
  private final int[] noEmoji = new int[TABLE_END];
  /** The scaled weight of every code point below U+0300, or 0 when they differ. */
  private final int latinWeight;

  private WeightedLength(int maxWeightedLength, int scale, int defaultWeight, boolean emoji,
      int urlLength, int[] start, int[] end, int[] weight) {
    this.maxWeightedLength = maxWeightedLength;
    this.scale = scale;
    this.defaultWeight = defaultWeight;
    this.emojiParsing = emoji;
    this.urlWeight = urlLength * scale;
    this.rangeStart = start;
    this.rangeEnd = end;
    this.rangeWeight = weight;
    for (int c = 0; c < TABLE_END; c++) {
      table[c] = rangeWeight(c);
      boolean startsNoEmoji = !(emoji && EmojiTable.UNICODE.mayStart((char) c));
      noEmoji[c] = startsNoEmoji ? table[c] : 0;
      plain[c] = startsNoEmoji && (c < 0x300 || isQuickNfcBmp((char) c)) ? table[c] : 0;
    }
    int w = table[0];
    for (int c = 1; c < 0x300; c++) {
      if (table[c] != w) {
        w = 0;
        break;
      }
    }
    this.latinWeight = w;
  }

  /** Reads a twitter-text configuration; unknown keys and wrong types fail naming the key. */
  static WeightedLength load(String resource) {
    try (InputStream in = WeightedLength.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new ObjectMapper().readTree(in), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WeightedLength parse(JsonNode root, String name) {
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(name + ": not a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new IllegalStateException(name + ": unknown key /" + k);
      }
    }
    int version = integer(root, "version", name);
    if (version != 3) {
      throw new IllegalStateException(name + ": /version " + version + " is not 3");
    }
    JsonNode ranges = root.get("ranges");
    if (ranges == null || !ranges.isArray()) {
      throw new IllegalStateException(name + ": /ranges must be an array");
    }
    int[] start = new int[ranges.size()];
    int[] end = new int[ranges.size()];
    int[] weight = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      JsonNode r = ranges.get(i);
      String where = "ranges/" + i;
      if (!r.isObject()) {
        throw new IllegalStateException(name + ": /" + where + " must be an object");
      }
      for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!RANGE_KEYS.contains(k)) {
          throw new IllegalStateException(name + ": unknown key /" + where + "/" + k);
        }
      }
      start[i] = integer(r, "start", name + ": /" + where);
      end[i] = integer(r, "end", name + ": /" + where);
      weight[i] = positive(r, "weight", name + ": /" + where);
      if (start[i] < 0 || end[i] < start[i] || end[i] > Character.MAX_CODE_POINT) {
        throw new IllegalStateException(name + ": /" + where + " is not a code point range");
      }
    }
    JsonNode emoji = root.get("emojiParsingEnabled");
    if (emoji == null || !emoji.isBoolean()) {
      throw new IllegalStateException(name + ": /emojiParsingEnabled must be a boolean");
    }
    return new WeightedLength(positive(root, "maxWeightedTweetLength", name),
        positive(root, "scale", name), positive(root, "defaultWeight", name),
        emoji.booleanValue(), positive(root, "transformedURLLength", name), start, end, weight);
  }

  private static int integer(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isInt()) {
      throw new IllegalStateException(where + ": /" + key + " must be an integer");
    }
    return v.intValue();
  }

  private static int positive(JsonNode node, String key, String where) {
    int v = integer(node, key, where);
    if (v <= 0) {
      throw new IllegalStateException(where + ": /" + key + " must be positive");
    }
    return v;
  }

  /** The configuration's limit ({@code maxWeightedTweetLength}). */
  int maxWeightedLength() {
    return maxWeightedLength;
  }

  int scale() {
    return scale;
  }

  /** The scaled weight of a URL ({@code transformedURLLength * scale}). */
  int urlWeight() {
    return urlWeight;
  }

  /** The scaled weight of an emoji sequence ({@code defaultWeight}). */
  int emojiWeight() {
    return defaultWeight;
  }

  /** Whether emoji sequences weigh {@link #emojiWeight} ({@code emojiParsingEnabled}). */
  boolean emojiParsing() {
    return emojiParsing;
  }

  /** The scaled weight of a code point that is no emoji and no part of a URL. */
  int weight(int cp) {
    return cp < TABLE_END ? table[cp] : rangeWeight(cp);
  }

  private int rangeWeight(int cp) {
    for (int i = 0; i < rangeStart.length; i++) {
      if (cp >= rangeStart[i] && cp <= rangeEnd[i]) {
        return rangeWeight[i];
      }
    }
    return defaultWeight;
  }

  /**
   * Measures a text against a limit.
   *
   * @param text the text as written
   * @param limit the limit in weighted characters
   * @param uncounted the number of leading UTF-16 units not to count (an X reply's leading
   *     @names and the spaces after them); they must be characters that NFC leaves alone and that
   *     are no part of a URL or emoji (ASCII letters, digits, {@code _ @ ＠} and spaces)
   */
  TextLength measure(String text, int limit, int uncounted) {
    int n = text.length();
    if (isBlank(text)) {
      return new TextLength(0, limit, n, n);
    }
    long scaledLimit = (long) limit * scale;
    // a text below U+0300 is NFC as it is, and without '.' it has no URL
    if (latinWeight > 0 && text.indexOf('.') < 0) {
      int bits = 0;
      for (int i = 0; i < n && bits < 0x300; i++) {
        bits |= text.charAt(i);
      }
      if (bits < 0x300
          && (bits < 0x80 || text.indexOf('\u00a9') < 0 && text.indexOf('\u00ae') < 0)) {
        long scaled = (long) (n - uncounted) * latinWeight;
        int length = (int) (scaled / scale);
        int validEnd = scaled <= scaledLimit ? n
            : uncounted + (int) (scaledLimit / latinWeight);
        return new TextLength(length, limit, validEnd, n);
      }
    }
    int[] urls = UrlFinder.find(text);
    Walk walk = new Walk();
    if (!walk.run(text, urls, scaledLimit, uncounted, true)) {
      // a character outside the quick check: ask the normalizer
      if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        walk.run(text, urls, scaledLimit, uncounted, false);
      } else {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        walk.run(nfc, UrlFinder.find(nfc), scaledLimit, uncounted, false);
        int length = (int) (Math.max(0, walk.sum) / scale);
        int validEnd = walk.sum <= scaledLimit ? n : originalIndex(text, walk.valid);
        return new TextLength(length, limit, validEnd, n);
      }
    }
    int length = (int) (Math.max(0, walk.sum) / scale);
    return new TextLength(length, limit, walk.sum <= scaledLimit ? n : walk.valid, n);
  }

  /**
   * One walk over a text in twitter-text's {@code parseTweet} order: at each position a URL
   * starting there, else the emoji sequence of the global left-to-right emoji scan starting there,
   * else one code point. Characters that weigh their table weight and can start no emoji take
   * one table lookup each; the emoji scan runs only where a sequence can start.
   */
  private final class Walk {
    /** The scaled weight so far. */
    long sum;
    /** The end of the longest prefix within the limit. */
    int valid;
    // the global emoji scan: its current match [emojiStart, emojiEnd) and where it goes on
    private int emojiStart;
    private int emojiEnd;
    private int scan;

    /**
     * Walks {@code s}; with {@code checkNfc}, stops and answers false at the first character
     * that the quick NFC check cannot vouch for (the text may then need normalizing).
     */
    boolean run(String s, int[] urls, long scaledLimit, int uncounted, boolean checkNfc) {
      int n = s.length();
      long total = 0;
      for (int i = 0; i < uncounted; i++) {
        total -= weight(s.charAt(i));
      }
      int last = 0;
      int u = 0;
      int nextUrl = urls.length > 0 ? urls[0] : Integer.MAX_VALUE;
      emojiStart = -1;
      emojiEnd = 0;
      scan = 0;
      int[] fast = checkNfc ? plain : noEmoji;
      char[] chars = s.toCharArray();
      int i = 0;
      // where the current run of characters taken by the table began (none starts an emoji)
      int run = 0;
      while (i < n) {
        if (i < nextUrl) {
          // the run of table characters up to the next URL
          int stop = Math.min(n, nextUrl);
          while (i < stop) {
            char c = chars[i];
            int w = c < TABLE_END ? fast[c] : 0;
            if (w == 0) {
              break;
            }
            total += w;
            i++;
            if (total <= scaledLimit) {
              last = i;
            }
          }
          if (i == stop) {
            continue;
          }
        } else if (nextUrl < i) {
          // a URL starting inside an emoji sequence taken before
          u += 2;
          nextUrl = u < urls.length ? urls[u] : Integer.MAX_VALUE;
          continue;
        } else {
          int end = urls[u + 1];
          if (emojiParsing) {
            emojiAt(s, chars, i, run); // keeps the scan in step; a URL here is taken first
          }
          if (checkNfc && !isQuickNfc(s, i, end)) {
            return false;
          }
          total += urlWeight;
          i = end;
          u += 2;
          nextUrl = u < urls.length ? urls[u] : Integer.MAX_VALUE;
          if (total <= scaledLimit) {
            last = i;
          }
          run = i;
          continue;
        }
        char c = chars[i];
        if (emojiParsing && EmojiTable.UNICODE.mayStart(c)) {
          if (emojiAt(s, chars, i, run)) {
            if (checkNfc && !isQuickNfc(s, i, emojiEnd)) {
              return false;
            }
            total += defaultWeight;
            i = emojiEnd;
            if (total <= scaledLimit) {
              last = i;
            }
            run = i;
            continue;
          }
        }
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (checkNfc && !isQuickNfc(s, i, next)) {
          return false;
        }
        total += weight(cp);
        i = next;
        if (total <= scaledLimit) {
          last = i;
        }
        run = i;
      }
      sum = total;
      valid = last;
      return true;
    }

    /**
     * Whether the global emoji scan (longest match at each position, left to right, going on
     * after each match) has a match starting at {@code i}: the scan is advanced up to
     * {@code i}, never beyond a match found there. The positions in {@code [run, i)} hold
     * characters that start no sequence, so the scan jumps over them.
     */
    private boolean emojiAt(String s, char[] chars, int i, int run) {
      while (scan < i) {
        if (scan >= run) {
          scan = i;
          break;
        }
        char c = chars[scan];
        if (c < TABLE_END && noEmoji[c] > 0) {
          scan++; // starts no sequence
        } else {
          step(s);
        }
      }
      if (scan == i) {
        step(s);
      }
      return emojiStart == i;
    }

    /** One step of the scan at {@link #scan}: a match there, or the next position. */
    private void step(String s) {
      int len = EmojiTable.UNICODE.mayStart(s.charAt(scan)) ? EmojiTable.UNICODE.match(s, scan)
          : 0;
      if (len > 0) {
        emojiStart = scan;
        emojiEnd = scan + len;
        scan = emojiEnd;
      } else {
        scan++;
      }
    }
  }

  /**
   * A quick NFC check: true when every character is one that NFC leaves alone whatever surrounds
   * it (canonical combining class 0, NFC quick check Yes, composing with nothing before it):
   * below U+0300, General Punctuation to currency signs (U+2002–U+20CF), hiragana and katakana
   * letters, CJK unified ideographs, variation selectors, and the emoji planes U+1F000–U+1FAFF.
   * False only means "ask the normalizer".
   */
  static boolean isQuickNfc(String text) {
    return isQuickNfc(text, 0, text.length());
  }

  /** {@link #isQuickNfc(String)} for the characters in {@code [from, to)}. */
  static boolean isQuickNfc(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x300 || isQuickNfcBmp(c)) {
        continue;
      }
      if (c >= 0xD83C && c <= 0xD83E && i + 1 < to
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
          i++;
          continue;
        }
      }
      return false;
    }
    return true;
  }

  static boolean isQuickNfcBmp(char c) {
    return c >= 0x2002 && c < 0x20D0 || c >= 0x3041 && c <= 0x3096 || c >= 0x30A1 && c <= 0x30FA
        || c >= 0x4E00 && c <= 0x9FFF || c >= 0xFE00 && c <= 0xFE0F;
  }

  /** twitter-text's blank test: {@code String.trim()} leaves nothing. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * The index in the original text where the NFC text's first {@code nfcIndex} units end: the
   * text is normalized in chunks that NFC never joins (split before every code point that starts
   * a new combining sequence, {@link #startsChunk}); an index inside a chunk's normalized form maps
   * to the chunk's start, so the overflow never begins inside a combining sequence.
   */
  static int originalIndex(String text, int nfcIndex) {
    int n = text.length();
    int chunkStart = 0;
    int nfcDone = 0;
    int i = 0;
    while (i < n) {
      int j = i + Character.charCount(text.codePointAt(i));
      while (j < n && !startsChunk(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      String part = text.substring(chunkStart, j);
      int len = Normalizer.isNormalized(part, Normalizer.Form.NFC) ? part.length()
          : Normalizer.normalize(part, Normalizer.Form.NFC).length();
      if (nfcDone + len > nfcIndex) {
        return chunkStart;
      }
      nfcDone += len;
      chunkStart = j;
      i = j;
    }
    return n;
  }

  /**
   * Whether NFC leaves a boundary before this code point: not a combining mark (which has
   * combining class 0 only when it composes with what precedes it, e.g. Indic vowel signs), and
   * not a Hangul medial vowel or final consonant jamo (which compose with the syllable before).
   */
  static boolean startsChunk(int cp) {
    if (cp < 0x300) {
      return true;
    }
    if (cp >= 0x1160 && cp <= 0x11FF || cp >= 0xD7B0 && cp <= 0xD7FF) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /** The code points of the bundled emoji data (for tests). */
  static List<int[]> emojiSequences() {
    return new ArrayList<>(EmojiTable.UNICODE.sequences());
  }
}
