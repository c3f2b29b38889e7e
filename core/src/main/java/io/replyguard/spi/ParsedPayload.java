package io.replyguard.spi;

import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * What one payload contained: its messages, its deletion signals, and the parts that could not be
 * parsed. A payload with several entries or events is parsed part by part: one bad part is
 * reported in {@link #problems()} with its JSON Pointer and the good parts are still returned.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows counts only.
 *
 * @param messages the messages in payload order, duplicates inside the payload dropped; not null
 * @param deletions the deletion signals in payload order; not null
 * @param problems the parts that could not be parsed, in payload order; not null
 * @since 0.2.0
 */
public record ParsedPayload(List<Message> messages, List<Deletion> deletions,
    List<PayloadProblem> problems) {

  /**
   * Validates and copies the components.
   *
   * @param messages the messages in payload order; not null
   * @param deletions the deletion signals in payload order; not null
   * @param problems the parts that could not be parsed, in payload order; not null
   */
  public ParsedPayload {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    deletions = List.copyOf(Objects.requireNonNull(deletions, "deletions"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * A result with messages only.
   *
   * @param messages the messages, not null
   * @return the result
   */
  public static ParsedPayload of(List<Message> messages) {
    return new ParsedPayload(messages, List.of(), List.of());
  }

  /**
   * The messages, when every part of the payload could be parsed.
   *
   * @return the messages
   * @throws PayloadException for the first problem, its message saying how many more there are
   */
  public List<Message> messagesOrThrow() {
    if (problems.isEmpty()) {
      return messages;
    }
    PayloadProblem first = problems.get(0);
    int more = problems.size() - 1;
    throw new PayloadException(first.path(), first.problem()
        + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")"));
  }

  @Override
  public String toString() {
    return "ParsedPayload[messages=" + messages.size() + ", deletions=" + deletions.size()
        + ", problems=" + problems + "]";
  }
}
