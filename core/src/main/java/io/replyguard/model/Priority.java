package io.replyguard.model;

/** Handling priority of an inbound message. */
public enum Priority {
  /** Can wait (praise, small talk). */
  LOW,
  /** Ordinary handling. */
  NORMAL,
  /** Handle first, with human review (shitstorm risk, posted credentials). */
  HIGH
}
