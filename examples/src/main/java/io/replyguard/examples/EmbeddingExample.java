package io.replyguard.examples;

import io.replyguard.Replyguard;
import io.replyguard.model.Advice;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Duration;
import java.time.Instant;

/**
 * The README's embedding example, compiled and run by {@code ReadmeTest} so the README stays true.
 * The README's snippet is this file's imports followed by the lines between the {@code README}
 * markers, character for character, so it compiles as shown.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** What the example computes, for the test to assert. */
  public record Outcome(Advice advice, String redacted, CheckResult check, String commitment) {}

  /**
   * Runs the example.
   *
   * @return the advice, the redacted post, the draft's check result and a commitment phrase
   */
  public static Outcome run() {
    // README:BEGIN
    Replyguard guard = Replyguard.create();          // embedded default config + installed adapters
    Instant now = Instant.parse("2026-11-28T18:40:00Z");   // Saturday 19:40 in Berlin

    Message post = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
            "Ich will kündigen! Meine Kundennummer ist 12345678.")
        .id("1861234567890123456").createdAt(now).build();
    Advice advice = guard.advise(post);              // EMAIL, [HIDE_ORIGINAL, WARN_CUSTOMER]
    String redacted = guard.redact(post.text());     // "... Kundennummer ist ••••••••."

    Draft draft = Draft.of("Schade! Bitte schreiben Sie uns per E-Mail, wir melden uns zeitnah.",
        Platform.TWITTER, Visibility.PUBLIC).inReplyTo(post).at(now);
    CheckResult result = guard.check(draft);         // REVIEW: commitment.vague, with a suggestion
    String promise = guard.commitment(now, Duration.ofHours(1)).text();
    // promise: "am Montag, 30.11., bis 8:40 Uhr"
    // README:END
    return new Outcome(advice, redacted, result, promise);
  }

  /**
   * Prints what the example computes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Outcome o = run();
    System.out.println(o.advice().channel() + " " + o.advice().actions());
    System.out.println(o.redacted());
    System.out.println(o.check().verdict() + " " + o.check().findings());
    System.out.println(o.commitment());
  }
}
