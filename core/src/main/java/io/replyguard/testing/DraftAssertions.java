package io.replyguard.testing;

import io.replyguard.Replyguard;
import io.replyguard.model.Category;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Span;
import io.replyguard.model.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Assertions for test suites that validate reply drafts and template catalogs, independent of any
 * test framework: each method checks a draft with the engine and throws an {@link AssertionError}
 * with a readable report when the expectation fails, so it works with JUnit, TestNG, Spock or a
 * plain {@code main}.
 *
 * <p>The report lists one line per finding: severity, rule id, category, span and message, then
 * the suggestion. It quotes the draft's words at a span (at most {@value #MAX_EXCERPT} characters)
 * only for findings outside the {@link Category#PII} category and only when the span overlaps no
 * personal data the engine's detector finds; PII
 * findings show their span alone. The report thus never contains personal data the engine can
 * detect, while a template author still sees the words that triggered a tone, commitment or
 * channel finding.
 *
 * <p>Stateless and thread-safe. {@code null} arguments throw {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class DraftAssertions {
  /** The longest excerpt of the draft shown for one finding. */
  public static final int MAX_EXCERPT = 60;

  private DraftAssertions() {}

  /**
   * Asserts that the draft may be posted as it is ({@link Verdict#ALLOW}; informational findings
   * are allowed).
   *
   * @param engine the engine to check with, not null
   * @param draft the draft, not null
   * @return the check result, for further assertions
   * @throws AssertionError with the report when the verdict is not {@code ALLOW}
   */
  public static CheckResult assertAllowed(Replyguard engine, Draft draft) {
    return assertVerdict(engine, draft, Verdict.ALLOW);
  }

  /**
   * Asserts the verdict of a draft.
   *
   * @param engine the engine to check with, not null
   * @param draft the draft, not null
   * @param expected the expected verdict, not null
   * @return the check result, for further assertions
   * @throws AssertionError with the report when the verdict differs
   */
  public static CheckResult assertVerdict(Replyguard engine, Draft draft, Verdict expected) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(expected, "expected");
    CheckResult result = engine.check(draft);
    if (result.verdict() != expected) {
      throw new AssertionError("expected verdict " + expected + " but was " + result.verdict()
          + " for " + describe(draft) + "\n" + report(engine, draft, result));
    }
    return result;
  }

  /**
   * Asserts that the check finds nothing at all, not even informational findings.
   *
   * @param engine the engine to check with, not null
   * @param draft the draft, not null
   * @return the (empty) check result
   * @throws AssertionError with the report when there is any finding
   */
  public static CheckResult assertNoFindings(Replyguard engine, Draft draft) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(draft, "draft");
    CheckResult result = engine.check(draft);
    if (!result.findings().isEmpty()) {
      throw new AssertionError("expected no findings but got " + result.findings().size()
          + " for " + describe(draft) + "\n" + report(engine, draft, result));
    }
    return result;
  }

  /**
   * The readable report of a check result as the assertions print it (see the class description
   * for what it quotes).
   *
   * @param engine the engine whose detector finds the personal data to keep out, not null
   * @param draft the checked draft, not null
   * @param result the result of checking it, not null
   * @return the report, one finding per line; {@code "no findings"} for none
   */
  public static String report(Replyguard engine, Draft draft, CheckResult result) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(result, "result");
    if (result.findings().isEmpty()) {
      return "verdict " + result.verdict() + ": no findings";
    }
    String text = draft.text();
    List<PiiFinding> pii = engine.scan(text);
    StringBuilder b = new StringBuilder("verdict ").append(result.verdict()).append(", ")
        .append(result.findings().size()).append(result.findings().size() == 1 ? " finding" :
            " findings").append(':');
    for (Finding f : result.findings()) {
      b.append("\n  ").append(f.severity()).append(' ').append(f.ruleId()).append(" (")
          .append(f.category().name().toLowerCase(Locale.ROOT)).append(") at ").append(f.span());
      if (showExcerpt(f, pii, text.length())) {
        b.append(" \"").append(excerpt(text, f.span())).append('"');
      }
      b.append(": ").append(f.message());
      f.suggestion().ifPresent(s -> b.append("\n      suggestion: ").append(s));
    }
    return b.toString();
  }

  private static boolean showExcerpt(Finding f, List<PiiFinding> pii, int length) {
    if (f.category() == Category.PII || f.span().length() == 0 || !f.span().fitsIn(length)) {
      return false;
    }
    for (PiiFinding p : pii) {
      if (p.span().overlaps(f.span())) {
        return false;
      }
    }
    return true;
  }

  private static String excerpt(String text, Span span) {
    int end = Math.min(span.end(), span.start() + MAX_EXCERPT);
    if (end < span.end() && end > span.start() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String s = text.substring(span.start(), end).replace('\n', ' ').replace("\"", "\\\"");
    return end < span.end() ? s + "…" : s;
  }

  private static String describe(Draft draft) {
    return draft.visibility().name().toLowerCase(Locale.ROOT) + " " + draft.platform()
        + " draft of " + draft.text().length() + " chars";
  }
}
