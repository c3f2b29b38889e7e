package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.replyguard.spi.TextLength;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The adapter's weighted length against twitter-text 3.1.0 (test-scope oracle) on generated
 * texts ({@link TextGenerator}): for every text, the URLs found are exactly twitter-text's
 * ({@code Extractor.extractURLsWithIndices} on the NFC text), and the weighted length, the
 * validity and (for NFC text over the limit) the end of the valid range are identical, except
 * for the documented differences, each counted:
 * <ul>
 *   <li>{@code emoji data}: the text holds an emoji sequence of the Unicode 15.0 data that
 *       twitter-text's emoji pattern (older data) does not match as one sequence. X counts any
 *       emoji sequence as 2; the adapter does. Then the adapter's length must equal twitter-text's
 *       algorithm run with twitter-text's URLs and the Unicode data's sequences, i.e. the
 *       difference is the emoji data and nothing else.</li>
 *   <li>{@code rejected character inside a URL or emoji}: twitter-text checks U+FEFF, U+FFFE,
 *       U+FFFF only at the start of each URL, emoji or code point; the adapter reports every
 *       occurrence, so such a text is invalid here and valid there.</li>
 * </ul>
 * In the build as many texts as fit into a few seconds (see
 * {@link #sameLengthValidityAndUrlsAsTwitterText}); {@code
 * -Dreplyguard.differential.count=1000000} for a full run. The counts go to standard output.
 */
class TwitterTextDifferentialTest {
  private static final Extractor EXTRACTOR = new Extractor();

  /** Aggregated outcome of a run, shared by the worker threads of a manual run. */
  private static final class Tally {
    final java.util.concurrent.atomic.AtomicLong texts = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong identical =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong different =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong withUrl =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong withEmoji =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong overLimit =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong notNfc =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong adapterNanos =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong twitterTextNanos =
        new java.util.concurrent.atomic.AtomicLong();
    final Map<String, Long> categories = new java.util.concurrent.ConcurrentSkipListMap<>();
    final Map<String, String> samples = new java.util.concurrent.ConcurrentSkipListMap<>();
    final java.util.Set<String> split = new java.util.concurrent.ConcurrentSkipListSet<>();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
  }

  /**
   * Without {@code replyguard.differential.count}: 50,000 texts or as many as fit into
   * {@code replyguard.differential.seconds} (default 8; twitter-text's regular expressions take
   * about a millisecond per text, more on a busy machine), at least 300. With it: exactly that
   * many, on all cores.
   */
  @Test
  void sameLengthValidityAndUrlsAsTwitterText() {
    Integer fixed = Integer.getInteger("replyguard.differential.count");
    int count = fixed != null ? fixed : 50_000;
    long budget = Long.getLong("replyguard.differential.seconds", 8) * 1_000_000_000L;
    long seed = Long.getLong("replyguard.differential.seed", 20261204L);
    int chunk = 500;
    int chunks = (count + chunk - 1) / chunk;
    Tally tally = new Tally();
    long started = System.nanoTime();
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
    (fixed != null ? range.parallel() : range).forEach(c -> {
      if (fixed == null && c * chunk >= 300 && System.nanoTime() - started > budget) {
        return;
      }
      TextGenerator gen = new TextGenerator(seed * 1_000_003L + c);
      for (int t = c * chunk; t < Math.min(count, (c + 1) * chunk); t++) {
        try {
          compare(gen.next(), tally);
        } catch (AssertionError e) {
          // a full run goes on and reports every failure; the build stops at the first
          tally.failures.add(e.getMessage());
          if (fixed == null) {
            throw e;
          }
        }
      }
    });
    long ms = (System.nanoTime() - started) / 1_000_000;
    long n = tally.texts.get();
    System.out.printf("differential vs twitter-text 3.1.0: %,d texts (seed %d, %,d ms; adapter"
            + " %,d ms, twitter-text %,d ms): %,d identical, %,d with documented differences"
            + " %s; %,d with URLs, %,d with emoji, %,d over 280, %,d not NFC%n", n, seed, ms,
        tally.adapterNanos.get() / 1_000_000, tally.twitterTextNanos.get() / 1_000_000,
        tally.identical.get(), tally.different.get(), tally.categories, tally.withUrl.get(),
        tally.withEmoji.get(), tally.overLimit.get(), tally.notNfc.get());
    System.out.println("  RGI sequences twitter-text splits: " + tally.split);
    tally.samples.forEach((k, v) -> System.out.println("  e.g. " + k + ": " + v));
    System.out.println("  failures: " + tally.failures.size());
    tally.failures.stream().limit(20).forEach(f -> System.out.println("  FAILED " + f));
    assertEquals(List.of(), tally.failures.stream().limit(5).toList());
    assertEquals(n, tally.identical.get() + tally.different.get() + tally.failures.size());
    assertTrue(n >= Math.min(count, 300), "texts compared: " + n);
    assertTrue(tally.withUrl.get() > n / 4, "generator makes URLs: " + tally.withUrl);
    assertTrue(tally.withEmoji.get() > n / 4, "generator makes emoji: " + tally.withEmoji);
    assertTrue(tally.overLimit.get() > n / 50, "generator makes long texts: " + tally.overLimit);
    assertTrue(tally.notNfc.get() > n / 10, "generator makes NFD texts: " + tally.notNfc);
  }

  private static void compare(String text, Tally tally) {
    if (tally.texts.incrementAndGet() % 50_000 == 0) {
      System.out.printf("  ... %,d texts, %,d identical, %,d with documented differences %s,"
              + " %,d failures%n", tally.texts.get(), tally.identical.get(),
          tally.different.get(), tally.categories, tally.failures.size());
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (!nfc.equals(text)) {
      tally.notNfc.incrementAndGet();
    }
    if (text.codePoints().anyMatch(cp -> cp >= 0x1F000 || cp >= 0x2190 && cp < 0x2C00)) {
      tally.withEmoji.incrementAndGet();
    }
    long t0 = System.nanoTime();
    int[] urls = UrlFinder.find(nfc);
    TextLength mine = WeightedLength.V3.measure(text, 280, 0);
    long t1 = System.nanoTime();
    int[] expectedUrls = twitterTextUrls(nfc);
    TwitterTextParseResults ref = TwitterTextParser.parseTweet(text);
    long t2 = System.nanoTime();
    tally.adapterNanos.addAndGet(t1 - t0);
    tally.twitterTextNanos.addAndGet(t2 - t1);
    if (!Arrays.equals(expectedUrls, urls)) {
      fail("URLs differ for " + escape(text) + ": expected " + Arrays.toString(expectedUrls)
          + " but was " + Arrays.toString(urls));
    }
    if (urls.length > 0) {
      tally.withUrl.incrementAndGet();
    }
    if (mine.length() > 280) {
      tally.overLimit.incrementAndGet();
    }
    boolean invalidChar = text.indexOf('\ufeff') >= 0 || text.indexOf('\ufffe') >= 0
        || text.indexOf('\uffff') >= 0;
    java.util.Set<String> why = new java.util.TreeSet<>();
    if (ref.weightedLength != mine.length()) {
      // allowed only where the emoji data differs, and then for no other reason
      int[] hybrid = hybridEmoji(nfc, why);
      int expected = referenceLength(nfc, expectedUrls, hybrid);
      if (why.isEmpty() || expected != mine.length()) {
        fail("weighted length of " + escape(text) + ": twitter-text " + ref.weightedLength
            + ", with the documented differences " + why + " " + expected + ", adapter "
            + mine.length() + "; emoji twitter-text " + Arrays.toString(twitterTextEmoji(nfc))
            + ", Unicode data " + Arrays.toString(unicodeEmoji(nfc)));
      }
    } else {
      boolean myValid = mine.fits() && !invalidChar;
      // twitter-text calls blank text invalid (an empty post); its length is 0 in both
      if (ref.isValid != myValid && !WeightedLength.isBlank(text)) {
        if (invalidChar && ref.isValid && mine.fits()) {
          why.add("rejected character inside a URL or emoji");
        } else {
          fail("validity of " + escape(text) + ": twitter-text " + ref.isValid);
        }
      }
      if (!mine.fits() && nfc.equals(text) && !invalidChar) {
        assertEquals(ref.validTextRange.end + 1, mine.validEnd(), () -> "valid end of "
            + escape(text));
      }
    }
    if (why.isEmpty()) {
      tally.identical.incrementAndGet();
      return;
    }
    tally.different.incrementAndGet();
    for (String w : why) {
      String key = w;
      if (w.startsWith("RGI sequence twitter-text splits: ")) {
        tally.split.add(w.substring(w.indexOf(": ") + 2));
        key = "RGI sequence twitter-text splits";
      }
      tally.categories.merge(key, 1L, Long::sum);
      String e = escape(text);
      tally.samples.merge(key, e, (x, y) -> x.length() <= y.length() ? x : y);
    }
  }

  /** Status and Emoji version of every sequence of the bundled emoji-test.txt. */
  private static final Map<String, String[]> EMOJI_INFO = emojiInfo();

  private static Map<String, String[]> emojiInfo() {
    Map<String, String[]> out = new java.util.HashMap<>();
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        EmojiTable.class.getResourceAsStream("emoji-test.txt"),
        java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int semi = line.indexOf(';');
        int hash = line.indexOf('#');
        if (line.startsWith("#") || semi < 0 || hash < 0) {
          continue;
        }
        StringBuilder seq = new StringBuilder();
        for (String hex : line.substring(0, semi).trim().split(" +")) {
          seq.appendCodePoint(Integer.parseInt(hex, 16));
        }
        String status = line.substring(semi + 1, hash).trim();
        String comment = line.substring(hash + 1).trim();
        int e = comment.indexOf(" E");
        String version = comment.substring(e + 2, comment.indexOf(' ', e + 2));
        out.put(seq.toString(), new String[] {status, version});
      }
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return out;
  }

  /**
   * twitter-text's emoji scan with the documented differences applied, collecting their names in
   * {@code why}: at each position the scan takes, like {@code find()}, the Unicode data's
   * sequence there when it is one twitter-text does not know as such:
   * <ul>
   *   <li>"emoji 13.0 or newer": twitter-text 3.1.0's pattern covers Emoji 12.1;</li>
   *   <li>"presentation selector missing": a minimally-qualified or unqualified form of an RGI
   *       sequence;</li>
   *   <li>"RGI sequence twitter-text splits": a fully-qualified sequence of Emoji 12.1 or older
   *       of which twitter-text matches only a part (named in the report);</li>
   * </ul>
   * and where twitter-text matches a sequence that is not in the Unicode data ("twitter-text
   * pattern broader": its pattern accepts some non-RGI combinations, e.g. U+26F7 skier with a
   * skin tone) the Unicode data's match (or none); everywhere else twitter-text's own match.
   */
  static int[] hybridEmoji(String nfc, java.util.Set<String> why) {
    List<Integer> out = new ArrayList<>();
    Matcher m = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(nfc);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int p = 0;
    while (p < nfc.length()) {
      int mine = EmojiTable.UNICODE.match(nfc, p);
      m.region(p, nfc.length());
      int theirs = m.lookingAt() ? m.end() - p : 0;
      int take = theirs;
      if (mine > 0 && mine != theirs) {
        String[] info = EMOJI_INFO.get(nfc.substring(p, p + mine));
        if (Double.parseDouble(info[1]) >= 13.0) {
          why.add("emoji 13.0 or newer");
          take = mine;
        } else if (info[0].equals("minimally-qualified") || info[0].equals("unqualified")) {
          why.add("presentation selector missing");
          take = mine;
        } else if (mine > theirs) {
          why.add("RGI sequence twitter-text splits: " + escape(nfc.substring(p, p + mine)));
          take = mine;
        }
      }
      if (take == theirs && theirs > 0 && theirs != mine
          && !EMOJI_INFO.containsKey(nfc.substring(p, p + theirs))) {
        why.add("twitter-text pattern broader");
        take = mine;
      }
      if (take > 0) {
        out.add(p);
        out.add(p + take);
        p += take;
      } else {
        p++;
      }
    }
    return out.stream().mapToInt(i -> i).toArray();
  }

  static int[] twitterTextUrls(String nfc) {
    List<Extractor.Entity> es = EXTRACTOR.extractURLsWithIndices(nfc);
    int[] out = new int[2 * es.size()];
    for (int i = 0; i < es.size(); i++) {
      out[2 * i] = es.get(i).getStart();
      out[2 * i + 1] = es.get(i).getEnd();
    }
    return out;
  }

  static int[] twitterTextEmoji(String nfc) {
    List<Integer> out = new ArrayList<>();
    Matcher m = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(nfc);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out.stream().mapToInt(i -> i).toArray();
  }

  /** The left-to-right scan of the Unicode data's sequences, as the adapter does it. */
  static int[] unicodeEmoji(String nfc) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < nfc.length()) {
      int len = EmojiTable.UNICODE.match(nfc, i);
      if (len > 0) {
        out.add(i);
        out.add(i + len);
        i += len;
      } else {
        i++;
      }
    }
    return out.stream().mapToInt(k -> k).toArray();
  }

  /**
   * twitter-text 3.1.0's {@code parseTweet} loop (v3: scale 100, default weight 200, URL 23,
   * ranges of v3.json) over given URL and emoji matches.
   */
  static int referenceLength(String nfc, int[] urls, int[] emoji) {
    java.util.Map<Integer, Integer> emojiAt = new java.util.HashMap<>();
    for (int i = 0; i < emoji.length; i += 2) {
      emojiAt.put(emoji[i], emoji[i + 1] - emoji[i]);
    }
    List<int[]> urlList = new ArrayList<>();
    for (int i = 0; i < urls.length; i += 2) {
      urlList.add(new int[] {urls[i], urls[i + 1]});
    }
    long w = 0;
    int offset = 0;
    while (offset < nfc.length()) {
      for (java.util.Iterator<int[]> it = urlList.iterator(); it.hasNext(); ) {
        int[] u = it.next();
        if (u[0] == offset) {
          w += 2300;
          offset = u[1];
          it.remove();
          break;
        }
      }
      if (offset < nfc.length()) {
        int cp = nfc.codePointAt(offset);
        Integer e = emojiAt.get(offset);
        if (e != null) {
          w += 200;
          offset += e;
        } else {
          boolean light = cp <= 4351 || cp >= 8192 && cp <= 8205 || cp >= 8208 && cp <= 8223
              || cp >= 8242 && cp <= 8247;
          w += light ? 100 : 200;
          offset += Character.charCount(cp);
        }
      }
    }
    return (int) (w / 100);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7f) {
        b.appendCodePoint(cp);
      } else {
        b.append(String.format("\\u{%X}", cp));
      }
    });
    return b.toString();
  }
}
