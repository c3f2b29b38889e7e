package io.replyguard.check;

/** One built-in or declarative draft rule. Implementations are immutable and thread-safe; internal. */
interface Rule {
  /**
   * Checks the draft and reports findings through the context.
   *
   * @param ctx the draft, its words and the reporting sink
   */
  void check(Context ctx);
}
