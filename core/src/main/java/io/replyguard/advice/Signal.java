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
  REPEATED_COMPLAINT
}
