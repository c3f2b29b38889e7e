package io.replyguard.facebook;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One usage figure from the Graph API's rate-limit headers: {@code X-App-Usage} and
 * {@code X-Page-Usage} ({@code {"call_count","total_time","total_cputime"}}, percentages of the
 * allowance) and {@code X-Business-Use-Case-Usage} ({@code {"<business-object-id>":[{"type",
 * "call_count","total_time","total_cputime","estimated_time_to_regain_access"}]}}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the header it came from, e.g. {@code X-App-Usage}, not null
 * @param businessObjectId the business object (page) id, for {@code X-Business-Use-Case-Usage}
 * @param type the business use case type, e.g. {@code pages}, for {@code X-Business-Use-Case-Usage}
 * @param callCount percentage of the call allowance used, not negative
 * @param totalTime percentage of the time allowance used, not negative
 * @param totalCputime percentage of the CPU time allowance used, not negative
 * @param timeToRegainAccess when throttled, how long until access returns (sent in minutes)
 *
 * @since 0.1.0
 */
public record GraphUsage(String header, Optional<String> businessObjectId, Optional<String> type,
    int callCount, int totalTime, int totalCputime, Optional<Duration> timeToRegainAccess) {

  /**
   * Validates the components.
   *
   * @param header the header it came from, e.g. {@code X-App-Usage}, not null
   * @param businessObjectId the business object (page) id, for {@code X-Business-Use-Case-Usage}
   * @param type the business use case type, e.g. {@code pages}, for {@code X-Business-Use-Case-Usage}
   * @param callCount percentage of the call allowance used, not negative
   * @param totalTime percentage of the time allowance used, not negative
   * @param totalCputime percentage of the CPU time allowance used, not negative
   * @param timeToRegainAccess when throttled, how long until access returns (sent in minutes)
   */
  public GraphUsage {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(businessObjectId, "businessObjectId");
    Objects.requireNonNull(type, "type");
    requireArgument(callCount >= 0, "callCount must not be negative: %s", callCount);
    requireArgument(totalTime >= 0, "totalTime must not be negative: %s", totalTime);
    requireArgument(totalCputime >= 0, "totalCputime must not be negative: %s", totalCputime);
    Objects.requireNonNull(timeToRegainAccess, "timeToRegainAccess");
  }

  /**
   * The highest of the three percentages.
   *
   * @return {@code max(callCount, totalTime, totalCputime)}
   */
  public int maxPercentage() {
    return Math.max(callCount, Math.max(totalTime, totalCputime));
  }
}
