package io.replyguard.model;

/** Actions advised before or besides answering. Stable identifiers. *
 * @since 0.1.0
 */
public enum Action {
  /** Hide the public post with personal data, or ask the customer to delete it. */
  HIDE_ORIGINAL,
  /** Tell the customer kindly not to post such data publicly. */
  WARN_CUSTOMER,
  /** Human review and priority handling. */
  ESCALATE,
  /** Advise changing a credential that was posted. */
  CHANGE_CREDENTIALS
}
