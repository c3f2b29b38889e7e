package io.replyguard.model;


import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking a draft: the verdict and the findings that led to it, sorted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdict the strictest verdict forced by any finding ({@link Verdict#ALLOW} when none)
 * @param findings the findings in their natural order, not null
 *
 * @since 0.1.0
 */
public record CheckResult(Verdict verdict, List<Finding> findings) {

  /**
   * Validates that the verdict agrees with the findings and copies the list.
   *
   * @param verdict the strictest verdict forced by any finding ({@link Verdict#ALLOW} when none)
   * @param findings the findings in their natural order, not null
   */
  public CheckResult {
    Objects.requireNonNull(verdict, "verdict");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    Verdict expected = aggregate(findings);
    if (verdict != expected) {
      throw new IllegalArgumentException(
          "verdict " + verdict + " disagrees with the findings, which force " + expected);
    }
  }

  /**
   * A result from findings; the verdict is the strictest any finding's severity forces.
   *
   * @param findings the findings in any order, not null
   * @return the result with sorted findings
   */
  public static CheckResult of(Collection<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    Collections.sort(sorted);
    return new CheckResult(aggregate(sorted), sorted);
  }

  /**
   * The verdict forced by a set of findings.
   *
   * @param findings not null
   * @return the strictest verdict any finding forces, {@link Verdict#ALLOW} for none
   */
  public static Verdict aggregate(Collection<Finding> findings) {
    Verdict v = Verdict.ALLOW;
    for (Finding f : findings) {
      Verdict fv = f.severity().verdict();
      if (fv.compareTo(v) > 0) {
        v = fv;
      }
    }
    return v;
  }

  /**
   * Whether the draft may be posted as it is: the verdict is {@link Verdict#ALLOW}.
   *
   * @return true for {@code ALLOW}, false for {@code REVIEW} and {@code BLOCK}
   * @since 0.2.0
   */
  public boolean isAllowed() {
    return verdict == Verdict.ALLOW;
  }
}
