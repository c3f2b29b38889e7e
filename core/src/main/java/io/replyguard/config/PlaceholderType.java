package io.replyguard.config;

/** The declared type of a template placeholder. *
 * @since 0.1.0
 */
public enum PlaceholderType {
  /** Free text given by the caller (e.g. {@code customerName}). */
  TEXT,
  /** A time commitment computed from {@code now} and the template's service level. */
  COMMITMENT,
  /** A channel name in the reply's language, from a {@link io.replyguard.model.Channel} value. */
  CHANNEL,
  /** The configured service hours, phrased in the reply's language. */
  SERVICE_HOURS,
  /** When the service opens next, phrased in the reply's language. */
  NEXT_OPENING
}
