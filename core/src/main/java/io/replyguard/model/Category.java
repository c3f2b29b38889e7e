package io.replyguard.model;

/** Categories of draft findings. Stable identifiers. *
 * @since 0.1.0
 */
public enum Category {
  /** Personal data in a draft, or asking for it publicly. */
  PII,
  /** Asking for passwords, PINs, TANs or one-time codes. */
  CREDENTIAL_REQUEST,
  /** The matter belongs on another channel. */
  CHANNEL,
  /** Vague, missing or unkeepable time commitments. */
  COMMITMENT,
  /** Over the platform's length limit. */
  LENGTH,
  /** Formality (Sie/Du) and tone. */
  TONE,
  /** Copy-paste text repeated from recent replies. */
  BOILERPLATE,
  /** A platform rule (reply windows, private-reply limits). */
  PLATFORM_POLICY
}
