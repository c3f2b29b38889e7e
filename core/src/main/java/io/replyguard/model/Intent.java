package io.replyguard.model;

/** What an inbound message is about. Stable identifiers. *
 * @since 0.1.0
 */
public enum Intent {
  /** A question on how to do something ("Wie schalte ich mobile Daten aus?"). */
  HOW_TO,
  /** An individual technical problem. */
  TECHNICAL_ISSUE,
  /** A report of or question about an outage. */
  OUTAGE,
  /** Login, password or account access problems. */
  ACCOUNT_ACCESS,
  /** Invoices, charges, payments. */
  BILLING,
  /** Contract questions: tariff changes, terms, contract data. */
  CONTRACT,
  /** Cancellation (Kündigung). */
  CANCELLATION,
  /** Deliveries and shipments. */
  DELIVERY,
  /** Complaints and criticism. */
  COMPLAINT,
  /** Praise and thanks. */
  PRAISE,
  /** Greetings and other non-business messages. */
  SMALL_TALK,
  /** Nothing else recognised. */
  OTHER
}
