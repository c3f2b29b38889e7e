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
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * {@code boilerplate.repeat}: near-duplicates of recently sent replies. A text becomes the set of
 * its word 3-shingles (lower case, 64-bit hashes); similarity is their Jaccard index, computed
 * exactly for candidates that a MinHash locality-sensitive index proposes. The banding is chosen
 * from the configured threshold so that pairs at the threshold are proposed with at least 95 %
 * probability. Sent replies live in a Caffeine cache bounded by the configured capacity and
 * retention (measured on the engine's clock); identical replies share one entry. Only hashes are
 * kept, never text. Texts under {@link #MIN_WORDS} words are neither stored nor compared: short
 * generic replies ("Danke!", "Gern geschehen") are fine to repeat.
 *
 * <p>Most drafts share few shingles with any sent reply. A counting filter over the shingles of
 * the stored replies ({@link #present}) bounds how many of a draft's shingles any one of them can
 * share; when that bound keeps every Jaccard index under the threshold, the MinHash signature and
 * the index are skipped, which changes no result.
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
  /**
   * For each slot a shingle hash falls into, the number of stored entries with a shingle there:
   * every shingle of a remembered reply (one that {@link #similarity} may verify) is counted, so
   * a draft shingle in an empty slot is in no remembered reply.
   */
  private final AtomicIntegerArray present;
  private final int presentMask;

  Boilerplate(BoilerplateSettings settings, Clock clock) {
    this.threshold = settings.similarity();
    this.rows = rowsFor(threshold);
    this.bands = SIGNATURE / rows;
    int slots = Integer.highestOneBit((int) Math.min(1 << 20,
        Math.max(1 << 12, (long) settings.capacity() * 64)));
    this.present = new AtomicIntegerArray(slots);
    this.presentMask = slots - 1;
    this.sent = Caffeine.newBuilder()
        .maximumSize(settings.capacity())
        .expireAfterWrite(settings.retention().toNanos(), TimeUnit.NANOSECONDS)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .executor(Runnable::run)
        .removalListener((Long key, Entry e, RemovalCause cause) -> {
          if (e != null && cause != RemovalCause.REPLACED) {
            unindex(e);
            count(e.shingles, -1);
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

  /** The shingle hashes in text order, with repetitions. */
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

  private long[] bandKeys(long[] shingles) {
    long[] min = new long[SIGNATURE];
    for (int i = 0; i < SIGNATURE; i++) {
      long seed = SEEDS[i];
      long m = Long.MAX_VALUE;
      for (long s : shingles) {
        long h = (s * seed) ^ (s >>> 29);
        if (h < m) {
          m = h;
        }
      }
      min[i] = m;
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

  private void unindex(Entry e) {
    for (long k : e.bands) {
      index.computeIfPresent(k, (key, m) -> {
        m.remove(e.key, e);
        return m.isEmpty() ? null : m;
      });
    }
  }

  private void count(long[] shingles, int delta) {
    for (long s : shingles) {
      present.getAndAdd((int) s & presentMask, delta);
    }
  }

  /** Remembers a sent text. */
  void record(String text) {
    long[] sh = shingles(Text.lazy(text));
    if (sh == null) {
      return;
    }
    long key = 0x2545F4914F6CDD1DL;
    for (long s : sh) {
      key = mix(key ^ s);
    }
    Entry e = new Entry(key, sh, bandKeys(sh));
    Entry previous = sent.asMap().put(key, e);
    if (previous == null) {
      for (long k : e.bands) {
        index.computeIfAbsent(k, x -> new ConcurrentHashMap<>()).put(key, e);
      }
    }
    // the removal of e subtracts its shingles: count them unless the entry it replaced (whose
    // shingles the index keeps) had the same ones
    if (previous == null || !Arrays.equals(previous.shingles, sh)) {
      count(sh, 1);
    }
  }

  /**
   * Whether a remembered reply may share enough of the draft's distinct shingles to reach the
   * threshold: one sharing c of the n distinct shingles has a Jaccard index of at most c / n.
   * Counts the distinct shingles in a small hash set (no sorting).
   */
  private boolean mayReach(long[] raw) {
    int cap = Integer.highestOneBit(raw.length * 2 - 1) << 1;
    long[] seen = new long[cap];
    boolean zeroSeen = false;
    int distinct = 0;
    int shared = 0;
    for (long s : raw) {
      boolean added;
      if (s == 0) {
        added = !zeroSeen;
        zeroSeen = true;
      } else {
        int slot = (int) (s ^ s >>> 32) & (cap - 1);
        while (seen[slot] != 0 && seen[slot] != s) {
          slot = (slot + 1) & (cap - 1);
        }
        added = seen[slot] == 0;
        seen[slot] = s;
      }
      if (added) {
        distinct++;
        if (present.get((int) s & presentMask) > 0) {
          shared++;
        }
      }
    }
    return (double) shared / distinct >= threshold;
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
    if (!mayReach(raw)) {
      return -1;
    }
    long[] sh = sortedDistinct(raw);
    double best = -1;
    int verified = 0;
    java.util.Set<Long> seen = null; // allocated when a band has a bucket
    for (long k : bandKeys(sh)) {
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
