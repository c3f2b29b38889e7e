package io.replyguard.model;

/** Where a matter should be answered, from most public to none. Stable identifiers. *
 * @since 0.1.0
 */
public enum Channel {
  /** A public reply on the platform. */
  PUBLIC_REPLY,
  /** A direct / private message on the platform (DM, Messenger, private reply). */
  PRIVATE_MESSAGE,
  /** E-mail: written and provable, for contract matters and cancellations. */
  EMAIL,
  /** Telephone with the responsible department. */
  PHONE,
  /** One public status post that reaches everyone (mass incidents). */
  BROADCAST,
  /** No reply needed. */
  NONE;

  /**
   * How private the channel is: {@code PUBLIC_REPLY} and {@code BROADCAST} are 0,
   * {@code PRIVATE_MESSAGE} 1, {@code EMAIL} and {@code PHONE} 2, {@code NONE} -1.
   *
   * @return the privacy level of this channel
   */
  public int privacyLevel() {
    return switch (this) {
      case PUBLIC_REPLY, BROADCAST -> 0;
      case PRIVATE_MESSAGE -> 1;
      case EMAIL, PHONE -> 2;
      case NONE -> -1;
    };
  }
}
