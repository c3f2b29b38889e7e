package io.replyguard.model;

/** The outcome of checking a draft, in ascending order of strictness. *
 * @since 0.1.0
 */
public enum Verdict {
  /** The draft may be posted. */
  ALLOW,
  /** A human should review the draft first. */
  REVIEW,
  /** The draft must not be posted as it is. */
  BLOCK
}
