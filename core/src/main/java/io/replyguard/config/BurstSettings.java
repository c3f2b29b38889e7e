package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * When many posts about the same outage arrive within a window, advise one broadcast.
 *
 * <p>JSON form: {@code {"threshold": 5, "window": "PT15M", "maxTracked": 10000}}.
 *
 * @param threshold number of similar reports within the window that makes a burst, at least 2
 * @param window the sliding window, positive, at most {@code P7D}
 * @param maxTracked the most reports remembered (bounded memory), at least {@code threshold}, at
 *     most 1,000,000
 *
 * @since 0.1.0
 */
public record BurstSettings(int threshold, Duration window, int maxTracked) {
  /**
   * Validates the components.
   *
   * @param threshold number of similar reports within the window that makes a burst, at least 2
   * @param window the sliding window, positive, at most {@code P7D}
   * @param maxTracked the most reports remembered (bounded memory), at least {@code threshold}, at     most 1,000,000
   */
  public BurstSettings {
    requireArgument(threshold >= 2, "threshold must be at least 2: %s", threshold);
    Objects.requireNonNull(window, "window");
    requireArgument(!window.isNegative() && !window.isZero(), "window must be positive: %s", window);
    requireArgument(window.compareTo(Limits.MAX_BURST_WINDOW) <= 0, "window must be at most %s: %s",
        Limits.text(Limits.MAX_BURST_WINDOW), window);
    requireArgument(maxTracked <= Limits.MAX_TRACKED, "maxTracked must be at most %s: %s",
        Limits.MAX_TRACKED, maxTracked);
    requireArgument(maxTracked >= threshold, "maxTracked (%s) must be at least threshold (%s)",
        maxTracked, threshold);
  }
}
