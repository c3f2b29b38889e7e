package io.replyguard.twitter;

import static io.replyguard.internal.Checks.requireArgument;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.replyguard.model.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Drops messages whose id was seen before, across payloads: X's Account Activity API may deliver an
 * event more than once (retries, several webhooks). Memory is bounded with Caffeine: at most
 * {@code maximumSize} ids are remembered (when full, Caffeine's size-based eviction policy chooses
 * which to forget; that is not strictly the oldest), each for at most {@code retention} after it was
 * first seen. A forgotten id counts as new again, so choose the size above the number of events
 * expected within the retention.
 *
 * <p>Thread-safe: {@link #firstSeen} is atomic, so concurrent webhook handlers delivering the same
 * event get {@code true} exactly once while the id is remembered. Ids are platform ids, not personal
 * data; {@link #toString()} shows only the bounds.
 *
 * @since 0.1.0
 */
public final class EventDeduplicator {
  private final Cache<String, Boolean> seen;
  private final long maximumSize;
  private final Duration retention;

  private EventDeduplicator(long maximumSize, Duration retention, Ticker ticker) {
    this.maximumSize = maximumSize;
    this.retention = retention;
    this.seen = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(retention)
        .ticker(ticker)
        .executor(Runnable::run)
        .build();
  }

  /**
   * A deduplicator remembering up to {@code maximumSize} ids for {@code retention} each.
   *
   * @param maximumSize how many ids to remember, positive
   * @param retention how long to remember an id, positive, not null
   * @return the deduplicator
   * @throws IllegalArgumentException when a bound is not positive
   */
  public static EventDeduplicator create(long maximumSize, Duration retention) {
    return create(maximumSize, retention, System::nanoTime);
  }

  /** For tests: with a nanosecond clock. */
  static EventDeduplicator create(long maximumSize, Duration retention, LongSupplier nanoClock) {
    requireArgument(maximumSize > 0, "maximum size must be positive: %s", maximumSize);
    Objects.requireNonNull(retention, "retention");
    requireArgument(!retention.isNegative() && !retention.isZero(),
        "retention must be positive: %s", retention);
    Objects.requireNonNull(nanoClock, "nanoClock");
    return new EventDeduplicator(maximumSize, retention, nanoClock::getAsLong);
  }

  /**
   * Records an event id.
   *
   * @param eventId the id, not null
   * @return true when the id was not remembered yet (process the event), false for a duplicate
   */
  public boolean firstSeen(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }

  /**
   * The messages whose ids were not seen before, in the given order; their ids are remembered.
   *
   * @param messages the messages, not null, no null elements
   * @return the new messages
   */
  public List<Message> filter(List<Message> messages) {
    Objects.requireNonNull(messages, "messages");
    List<Message> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      if (firstSeen(Objects.requireNonNull(m, "message").id())) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "EventDeduplicator[maximumSize=" + maximumSize + ", retention=" + retention + "]";
  }
}
