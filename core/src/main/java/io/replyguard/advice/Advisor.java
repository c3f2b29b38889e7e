package io.replyguard.advice;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Advice;
import io.replyguard.model.Message;
import io.replyguard.pii.PiiDetector;
import java.time.Clock;
import java.util.Objects;

/**
 * Advises where an inbound message should be answered. TEMPORARY SKELETON: implemented by issue #8.
 *
 * <p>Thread-safe.
 */
public final class Advisor {
  private Advisor() {}

  /**
   * Creates the advisor.
   *
   * @param config not null
   * @param pii not null
   * @param clock not null
   * @return the advisor
   */
  public static Advisor create(ReplyguardConfig config, PiiDetector pii, Clock clock) {
    Objects.requireNonNull(config, "config");
    return new Advisor();
  }

  /**
   * Advises on a message.
   *
   * @param message not null
   * @return the advice
   */
  public Advice advise(Message message) {
    throw new UnsupportedOperationException("issue #8");
  }
}
