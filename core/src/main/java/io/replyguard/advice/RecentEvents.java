package io.replyguard.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Counts recent events per key within a sliding window, in bounded memory.
 *
 * <p>Per key it keeps the newest {@code keep} event times (epoch milliseconds; windows shorter than
 * a millisecond count as one), which is all a
 * "{@code keep} events within the window" decision needs. The keys live in a Caffeine cache bounded
 * by weight (the number of event times held, at most {@code maxTracked}) and expiring
 * {@code window} after the key's last event (time from the injected clock, used as Caffeine's
 * ticker). Eviction runs on the calling thread, so results do not depend on background threads.
 *
 * <p>Thread-safe: each key is updated atomically.
 */
final class RecentEvents {
  private final Cache<String, long[]> cache;
  private final int keep;
  private final long windowMillis;

  /**
   * Creates the counter.
   *
   * @param keep event times kept per key, at least 1
   * @param window the sliding window, positive
   * @param maxTracked the most event times held over all keys, at least {@code keep}
   * @param clock the time source for expiry
   */
  RecentEvents(int keep, Duration window, long maxTracked, Clock clock) {
    this.keep = keep;
    this.windowMillis = Math.max(1, window.toMillis());
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxTracked)
        .weigher((String key, long[] times) -> times.length)
        .expireAfterWrite(window)
        .ticker(() -> {
          Instant now = clock.instant();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        })
        .executor(Runnable::run)
        .build();
  }

  /**
   * Records an event and counts the kept events of its key within {@code (time - window, time]},
   * the new one included.
   *
   * @param key the key, not null
   * @param time the event time
   * @return the count, between 1 and {@code keep}
   */
  int record(String key, Instant time) {
    long t = time.toEpochMilli();
    long[] times = cache.asMap().compute(key, (k, old) -> insert(old, t));
    int count = 0;
    for (long x : times) {
      if (x > t - windowMillis && x <= t) {
        count++;
      }
    }
    return count;
  }

  private long[] insert(long[] old, long t) {
    if (old == null) {
      return new long[] {t};
    }
    long[] all = Arrays.copyOf(old, old.length + 1);
    int i = old.length;
    while (i > 0 && all[i - 1] > t) {
      all[i] = all[i - 1];
      i--;
    }
    all[i] = t;
    return all.length > keep ? Arrays.copyOfRange(all, all.length - keep, all.length) : all;
  }

  /**
   * The number of event times held (after pending maintenance).
   *
   * @return the total weight
   */
  long tracked() {
    cache.cleanUp();
    return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
  }

  /**
   * The number of keys held (after pending maintenance).
   *
   * @return the key count
   */
  long keys() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
