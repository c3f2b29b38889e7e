package io.replyguard.examples.cli;

import java.util.List;

/**
 * A line that succeeded in part: {@link #answers()} are its good output lines, {@link #problems()}
 * what failed (JSON Pointer and rule, no personal data). The runner writes both and counts the
 * line as failed.
 */
final class PartialLineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> answers;
  private final transient List<String> problems;

  PartialLineException(List<String> answers, List<String> problems) {
    super(problems.size() + " part(s) of the line failed", null, false, false);
    this.answers = List.copyOf(answers);
    this.problems = List.copyOf(problems);
  }

  List<String> answers() {
    return answers;
  }

  List<String> problems() {
    return problems;
  }
}
