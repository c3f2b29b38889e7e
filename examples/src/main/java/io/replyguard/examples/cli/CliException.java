package io.replyguard.examples.cli;

import io.replyguard.model.ReplyguardException;

/** Bad input on one line: the message names the field (JSON pointer) and the rule. */
final class CliException extends ReplyguardException {
  private static final long serialVersionUID = 1L;

  CliException(String pointer, String problem) {
    super((pointer.isEmpty() ? "line" : pointer) + ": " + problem);
  }
}
