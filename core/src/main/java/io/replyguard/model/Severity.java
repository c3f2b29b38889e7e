package io.replyguard.model;

/**
 * How serious a finding is, in ascending order. Each severity maps to the verdict it forces:
 * {@code INFO} → {@link Verdict#ALLOW}, {@code WARNING} → {@link Verdict#REVIEW},
 * {@code ERROR} and {@code BLOCKER} → {@link Verdict#BLOCK}.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Informational; the draft may go out. */
  INFO,
  /** A human should look at the draft. */
  WARNING,
  /** The draft must be fixed before it goes out. */
  ERROR,
  /** The draft must not go out in any form (personal data, credential requests, platform refusal). */
  BLOCKER;

  /**
   * The verdict this severity forces on its own.
   *
   * @return the verdict, never null
   */
  public Verdict verdict() {
    return switch (this) {
      case INFO -> Verdict.ALLOW;
      case WARNING -> Verdict.REVIEW;
      case ERROR, BLOCKER -> Verdict.BLOCK;
    };
  }
}
