package io.replyguard.advice;

/** Facts about a message beyond the declarative conditions; usable by built-in rules only. */
enum Signal {
  /** Most words are written in capital letters. */
  SHOUTING,
  /** A run of exclamation marks such as {@code !!!} or {@code !?!}. */
  EXCLAMATION_RUN,
  /** Enough outage reports on the same topic arrived within the burst window. */
  OUTAGE_BURST,
  /** The same author complained again within the repeated-complaint window. */
  REPEATED_COMPLAINT,
  /** A public protest hashtag: one of the protest tags or one ending in "fail". */
  PROTEST_TAG,
  /** An insult aimed at the company as a compound ("Scheißladen", "Drecksverein"). */
  INSULT_COMPOUND,
  /**
   * Anger: a complaint, shouting, an exclamation run, a coarse word, sarcasm or an insult. Not an
   * escalation by itself; together with reach it is.
   */
  ANGER,
  /** The author's followers reach the threshold of {@code advice.reach}. */
  HIGH_REACH
}
