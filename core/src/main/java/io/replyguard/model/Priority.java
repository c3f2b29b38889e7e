package io.replyguard.model;

/** Handling priority of an inbound message. *
 * @since 0.1.0
 */
public enum Priority {
  /** Can wait (praise, small talk). */
  LOW,
  /** Ordinary handling. */
  NORMAL,
  /** Handle first, with human review (shitstorm risk, posted credentials). */
  HIGH
}
