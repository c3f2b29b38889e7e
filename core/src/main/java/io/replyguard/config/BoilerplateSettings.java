package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * How the boilerplate check compares a draft with recently sent replies.
 *
 * <p>JSON form: {@code {"similarity": 0.8, "capacity": 1000, "retention": "P1D"}}.
 *
 * @param similarity shingle similarity in {@code (0, 1]} from which a draft counts as a near-duplicate
 * @param capacity the most sent replies remembered, from 1 to 1,000,000
 * @param retention how long a sent reply is remembered, positive, at most {@code P366D}
 *
 * @since 0.1.0
 */
public record BoilerplateSettings(double similarity, int capacity, Duration retention) {
  /**
   * Validates the components.
   *
   * @param similarity shingle similarity in {@code (0, 1]} from which a draft counts as a near-duplicate
   * @param capacity the most sent replies remembered, from 1 to 1,000,000
   * @param retention how long a sent reply is remembered, positive, at most {@code P366D}
   */
  public BoilerplateSettings {
    requireArgument(similarity > 0.0 && similarity <= 1.0, "similarity must be within (0, 1]: %s",
        similarity);
    requireArgument(capacity > 0, "capacity must be positive: %s", capacity);
    Objects.requireNonNull(retention, "retention");
    requireArgument(!retention.isNegative() && !retention.isZero(),
        "retention must be positive: %s", retention);
    requireArgument(retention.compareTo(Limits.MAX_RETENTION) <= 0,
        "retention must be at most %s: %s", Limits.text(Limits.MAX_RETENTION), retention);
    requireArgument(capacity <= Limits.MAX_TRACKED, "capacity must be at most %s: %s",
        Limits.MAX_TRACKED, capacity);
  }
}
