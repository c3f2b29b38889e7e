package io.replyguard.model;

/** How a brand addresses its customers in German. *
 * @since 0.1.0
 */
public enum Formality {
  /** Formal address ("Sie", "Ihr"). */
  SIE,
  /** Informal address ("du", "dein", "euch"). */
  DU
}
