package io.replyguard.kafka.internal;

import io.replyguard.Replyguard;
import io.replyguard.config.ReplyguardConfig;
import java.time.Duration;
import java.util.function.Function;

/**
 * What the processors share: topic names, store names, settings and the engine factory.
 * Immutable; the {@link #engines()} it holds are thread-safe.
 *
 * @param advice advice topic
 * @param redacted redacted-posts topic
 * @param verdicts verdicts topic
 * @param broadcasts broadcast suggestions topic
 * @param overdue overdue events topic
 * @param deadLetters dead-letter topic
 * @param defaultBrand brand of records that name none
 * @param defaults configuration of brands without a configuration record
 * @param factory builds an engine from a configuration
 * @param engines shared engines for stateless uses (brands without a record share one)
 * @param brandEngines one engine per brand, for the boilerplate memory (a brand's drafts are
 *     checked in one task, so its engine serves one task at a time)
 * @param burstGrace how late an outage report may arrive and still be counted
 * @param overdueInterval how often (wall-clock) overdue posts are looked for
 * @param overdueRetention how long after its deadline an unanswered post stays tracked
 */
public record Wiring(String advice, String redacted, String verdicts, String broadcasts,
    String overdue, String deadLetters, String defaultBrand, ReplyguardConfig defaults,
    Function<ReplyguardConfig, Replyguard> factory, Engines engines, Engines brandEngines,
    Duration burstGrace,
    Duration overdueInterval, Duration overdueRetention) {

  /** Internal routes (never topic names: they start with {@code @}). */
  public static final String BURST = "@burst";
  /** Posts waiting for a first response. */
  public static final String PENDING = "@pending";
  /** Sent replies keyed by conversation. */
  public static final String SENT = "@sent";
  /** Drafts and sent replies keyed by brand. */
  public static final String BY_BRAND = "@by-brand";

  /** Store names. */
  public static final String CONFIG_STORE = "replyguard-config";
  /** Outage reports per brand and topic (window store). */
  public static final String BURST_REPORTS = "replyguard-burst-reports";
  /** Open bursts per brand and topic. */
  public static final String BURST_STATE = "replyguard-burst-state";
  /** Sent replies per brand (redacted text). */
  public static final String SENT_REPLIES = "replyguard-sent-replies";
  /** Posts waiting for a first response, per conversation. */
  public static final String PENDING_STORE = "replyguard-first-response";
  /** Deadline index of the waiting posts. */
  public static final String DEADLINES = "replyguard-first-response-deadlines";

  /** Whether an output goes to an internal route. @param o the output @return true if so */
  public static boolean internal(Out o) {
    return o.topic().startsWith("@");
  }
}
