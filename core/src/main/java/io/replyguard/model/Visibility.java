package io.replyguard.model;

/** Whether a message or reply is visible to everyone or only to the participants. */
public enum Visibility {
  /** Visible to the public (tweet, reply, comment). */
  PUBLIC,
  /** Visible to the participants only (DM, Messenger, private reply). */
  PRIVATE
}
