package io.replyguard.check;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.replyguard.config.BoilerplateSettings;
import io.replyguard.model.Category;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code boilerplate.repeat}: near-duplicates of recently sent replies. A text becomes the set of
 * its word 3-shingles (lower case, 64-bit hashes); similarity is their Jaccard index, computed
 * exactly for candidates that a MinHash locality-sensitive index proposes. The banding is chosen
 * from the configured threshold so that pairs at the threshold are proposed with at least 95 %
 * probability; at most {@link #MAX_CANDIDATES} candidates are verified per check, so the search
 * for near-duplicates is approximate. An exact repeat (the same set of shingles) is always found:
 * the cache is keyed by the shingle set, and a check that meets any candidate also looks its own
 * set up there (an exact repeat shares every band with its original, so it always meets one).
 * Sent replies live in a Caffeine cache bounded by the configured capacity and
 * retention (measured on the engine's clock); identical replies share one entry. Only hashes are
 * kept, never text. Texts under {@link #MIN_WORDS} words are neither stored nor compared: short
 * generic replies ("Danke!", "Gern geschehen") are fine to repeat.
 *
 * <p>A check reads the same cache entries in the same order whatever the outcome (reads move
 * entries in Caffeine's eviction order), so the word hashes come from {@link Text} and the
 * draft's shingles are sorted only when a candidate has to be verified.
 *
 * <p>Thread-safe. Internal.
 */
final class Boilerplate implements Rule {
  static final int MIN_WORDS = 8;
  static final int SIGNATURE = 32;
  static final int MAX_CANDIDATES = 256;

  private static final long[] SEEDS = new long[SIGNATURE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIGNATURE; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x) | 1L;
    }
  }

  /** One sent reply: its shingles and the keys of its bands. */
  private record Entry(long key, long[] shingles, long[] bands) {}

  private final double threshold;
  private final int rows;
  private final int bands;
  private final Cache<Long, Entry> sent;
  private final Map<Long, Map<Long, Entry>> index = new ConcurrentHashMap<>();

  Boilerplate(BoilerplateSettings settings, Clock clock) {
    this.threshold = settings.similarity();
    this.rows = rowsFor(threshold);
    this.bands = SIGNATURE / rows;
    this.sent = Caffeine.newBuilder()
        .maximumSize(settings.capacity())
        .expireAfterWrite(settings.retention().toNanos(), TimeUnit.NANOSECONDS)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .executor(Runnable::run)
        .removalListener((Long key, Entry e, RemovalCause cause) -> {
          if (e != null && cause != RemovalCause.REPLACED) {
            unindex(e);
          }
        })
        .build();
  }

  /** The most rows per band (of {@link #SIGNATURE}) that still finds pairs at the threshold. */
  static int rowsFor(double threshold) {
    for (int r = SIGNATURE; r >= 1; r--) {
      int b = SIGNATURE / r;
      double p = 1 - Math.pow(1 - Math.pow(threshold, r), b);
      if (p >= 0.95) {
        return r;
      }
    }
    return 1;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Sorted distinct shingle hashes, or null when the text is too short. */
  static long[] shingles(Text t) {
    if (t.size < MIN_WORDS) {
      return null;
    }
    return sortedDistinct(rawShingles(t));
  }

  /** The shingle hashes in text order, with repetitions (the word hashes are {@link Text}'s). */
  private static long[] rawShingles(Text t) {
    long[] out = new long[t.size - 2];
    long a = t.hash[0];
    long b = t.hash[1];
    for (int i = 2; i < t.size; i++) {
      long c = t.hash[i];
      out[i - 2] = mix(a * 31 * 31 + b * 31 + c + 0x632BE59BD9B4E019L);
      a = b;
      b = c;
    }
    return out;
  }

  private static long[] sortedDistinct(long[] out) {
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[n - 1] != out[i]) {
        out[n++] = out[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The band keys of a set of shingles (repetitions and order do not change them). */
  private long[] bandKeys(long[] shingles) {
    long[] min = new long[SIGNATURE];
    // four seeds per pass over the shingles (SIGNATURE is a multiple of four)
    for (int i = 0; i < SIGNATURE; i += 4) {
      long seed0 = SEEDS[i];
      long seed1 = SEEDS[i + 1];
      long seed2 = SEEDS[i + 2];
      long seed3 = SEEDS[i + 3];
      long m0 = Long.MAX_VALUE;
      long m1 = Long.MAX_VALUE;
      long m2 = Long.MAX_VALUE;
      long m3 = Long.MAX_VALUE;
      for (long s : shingles) {
        long x = s >>> 29;
        long h0 = (s * seed0) ^ x;
        long h1 = (s * seed1) ^ x;
        long h2 = (s * seed2) ^ x;
        long h3 = (s * seed3) ^ x;
        if (h0 < m0) {
          m0 = h0;
        }
        if (h1 < m1) {
          m1 = h1;
        }
        if (h2 < m2) {
          m2 = h2;
        }
        if (h3 < m3) {
          m3 = h3;
        }
      }
      min[i] = m0;
      min[i + 1] = m1;
      min[i + 2] = m2;
      min[i + 3] = m3;
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long k = b * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < rows; r++) {
        k = mix(k ^ min[b * rows + r]);
      }
      keys[b] = k;
    }
    return keys;
  }

  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** Number of buckets in the index (tests). */
  int buckets() {
    sent.cleanUp();
    return index.size();
  }

  private void unindex(Entry e) {
    for (long k : e.bands) {
      index.computeIfPresent(k, (key, m) -> {
        m.remove(e.key, e);
        return m.isEmpty() ? null : m;
      });
    }
  }

  /** The cache key of a sorted, distinct shingle set: equal sets, equal keys. */
  private static long setKey(long[] sortedDistinct) {
    long key = 0x2545F4914F6CDD1DL;
    for (long s : sortedDistinct) {
      key = mix(key ^ s);
    }
    return key;
  }

  /** Remembers a sent text. */
  void record(String text) {
    long[] sh = shingles(Text.lazy(text));
    if (sh == null) {
      return;
    }
    long key = setKey(sh);
    Entry e = new Entry(key, sh, bandKeys(sh));
    // the buckets always name the entry the cache holds: a reply sent again replaces its entry in
    // both (atomically per key), so the eviction of the new entry removes it from the buckets
    sent.asMap().compute(key, (k, previous) -> {
      for (long band : e.bands) {
        index.computeIfAbsent(band, x -> new ConcurrentHashMap<>()).put(k, e);
      }
      return e;
    });
  }

  /** The highest similarity to a remembered reply at or above the threshold, or -1. */
  double similarity(Text t) {
    if (sent.estimatedSize() == 0) {
      return -1;
    }
    if (t.size < MIN_WORDS) {
      return -1;
    }
    long[] raw = rawShingles(t);
    long[] sh = null; // sorted and distinct when the first candidate is verified
    double best = -1;
    int verified = 0;
    java.util.Set<Long> seen = null; // allocated when a band has a bucket
    for (long k : bandKeys(raw)) {
      Map<Long, Entry> bucket = index.get(k);
      if (bucket == null) {
        continue;
      }
      if (seen == null) {
        seen = new java.util.HashSet<>();
      }
      for (Entry e : bucket.values()) {
        if (!seen.add(e.key) || sent.getIfPresent(e.key) == null) {
          continue;
        }
        if (sh == null) {
          sh = sortedDistinct(raw);
          // An exact repeat (the same shingle set) is always found, however crowded the buckets
          // are: the cache is keyed by the set, so one lookup finds it beside the capped search.
          Entry same = sent.getIfPresent(setKey(sh));
          if (same != null && Arrays.equals(same.shingles, sh)) {
            best = 1.0;
          }
        }
        double j = jaccard(sh, e.shingles);
        if (j >= threshold && j > best) {
          best = j;
        }
        if (++verified >= MAX_CANDIDATES) {
          return best;
        }
      }
    }
    return best;
  }

  @Override
  public void check(Context ctx) {
    if (!ctx.enabled(DraftRules.BOILERPLATE_REPEAT)) {
      return;
    }
    double j = similarity(ctx.text);
    if (j < 0) {
      return;
    }
    long percent = Math.round(Math.floor(j * 100));
    ctx.report(DraftRules.BOILERPLATE_REPEAT, Category.BOILERPLATE, 0, ctx.text.text.length(),
        ctx.say("Fast gleich (" + percent + " %) mit einer kürzlich gesendeten Antwort: "
            + "formulieren Sie persönlich.",
            "Nearly identical (" + percent + " %) to a reply sent recently: make it personal."),
        ctx.say("Gehen Sie auf das konkrete Anliegen ein und formulieren Sie neu.",
            "Address the customer's concrete request in your own words."));
  }
}
