package io.replyguard.check;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.pii.PiiDetector;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.time.BusinessCalendar;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks reply drafts. TEMPORARY SKELETON: implemented by issue #5.
 *
 * <p>Thread-safe.
 */
public final class DraftChecker {
  private DraftChecker() {}

  /**
   * Creates the checker.
   *
   * @param config not null
   * @param pii not null
   * @param calendar not null
   * @param adapters not null
   * @param clock not null
   * @return the checker
   */
  public static DraftChecker create(ReplyguardConfig config, PiiDetector pii,
      BusinessCalendar calendar, AdapterRegistry adapters, Clock clock) {
    Objects.requireNonNull(config, "config");
    return new DraftChecker();
  }

  /**
   * Checks a draft.
   *
   * @param draft not null
   * @return the result
   */
  public CheckResult check(Draft draft) {
    throw new UnsupportedOperationException("issue #5");
  }

  /**
   * Remembers a reply that was sent, for the boilerplate check.
   *
   * @param draft not null
   */
  public void recordSent(Draft draft) {
    throw new UnsupportedOperationException("issue #5");
  }
}
