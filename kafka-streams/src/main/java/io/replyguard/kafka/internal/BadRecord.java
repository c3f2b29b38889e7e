package io.replyguard.kafka.internal;

import java.util.Objects;

/**
 * A record the topology cannot process: the JSON Pointer of the problem, a stable rule id
 * ({@code json.malformed}, {@code field.missing}, {@code field.unknown}, {@code value.type},
 * {@code value.invalid}, {@code platform.unknown}, {@code payload.invalid},
 * {@code platform.unsupported}) and a message that never quotes the record's content.
 */
public final class BadRecord extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String rule;
  private final String problem;

  /**
   * A bad record.
   *
   * @param pointer JSON Pointer of the problem ({@code ""} for the whole record), not null
   * @param rule the rule id, not null
   * @param problem what is wrong, without personal data, not null
   */
  public BadRecord(String pointer, String rule, String problem) {
    super((pointer.isEmpty() ? "record" : pointer) + ": " + problem + " (" + rule + ")", null,
        false, false);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The JSON Pointer. @return the pointer */
  public String pointer() {
    return pointer;
  }

  /** The rule id. @return the rule */
  public String rule() {
    return rule;
  }

  /** The problem. @return the problem */
  public String problem() {
    return problem;
  }
}
