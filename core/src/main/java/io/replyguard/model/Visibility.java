package io.replyguard.model;

/** Whether a message or reply is visible to everyone or only to the participants. *
 * @since 0.1.0
 */
public enum Visibility {
  /** Visible to the public (tweet, reply, comment). */
  PUBLIC,
  /** Visible to the participants only (DM, Messenger, private reply). */
  PRIVATE
}
