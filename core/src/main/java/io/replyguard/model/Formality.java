package io.replyguard.model;

/** How a brand addresses its customers in German. */
public enum Formality {
  /** Formal address ("Sie", "Ihr"). */
  SIE,
  /** Informal address ("du", "dein", "euch"). */
  DU
}
