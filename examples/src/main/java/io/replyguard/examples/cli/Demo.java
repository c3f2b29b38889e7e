package io.replyguard.examples.cli;

import io.replyguard.Replyguard;
import java.io.PrintStream;

/** The {@code demo} command: a short, readable walk-through on built-in examples. */
final class Demo {
  private Demo() {}

  static int run(Replyguard engine, PrintStream out) {
    out.println("Replyguard demo — " + engine);
    return 0;
  }
}
