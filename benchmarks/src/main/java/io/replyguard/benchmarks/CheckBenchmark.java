package io.replyguard.benchmarks;

import io.replyguard.Replyguard;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking a 280-character public German reply with every rule (PII scan, credential and PII
 * requests, commitments with the calendar and the promise parser, channel, tone, boilerplate
 * against a full store of 1,000 recently sent replies, length and policy through the installed
 * adapter). Target: at most 10 µs per check on average on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
  /** The platform of the draft (its adapter measures length and checks the policy). */
  @Param({"facebook", "twitter"})
  public String platform;

  private Replyguard engine;
  private Draft draft;
  private Draft risky;
  private Draft withUrls;
  private Draft withEmoji;
  private Draft withUrlsAndEmoji;

  static final String TEXT = "Hallo Frau Schneider, das tut uns leid! Die Störung in Ihrem "
      + "Anschlussbereich ist bekannt, unsere Technik arbeitet bereits daran. Wir melden uns "
      + "heute bis 18:00 Uhr. Bitte schicken Sie uns für Rückfragen Ihre "
      + "Kundennummer per DM. Danke für Ihre Geduld! Ihr Service-Team";

  /**
   * {@link #TEXT} with two URLs (one without scheme) instead of some words; padded to 280
   * characters it weighs 273 on X (each URL counts 23), so it fits.
   */
  static final String TEXT_URLS = "Hallo Frau Schneider, das tut uns leid! Die Störung ist "
      + "bekannt: https://example.de/stoerung – die Technik arbeitet daran. Wir melden uns "
      + "heute bis 18:00 Uhr. Schicken Sie uns Ihre Kundennummer per DM oder über "
      + "example.de/kontaktformular. Danke! Ihr Service-Team";

  /** {@link #TEXT} with three emoji (one ZWJ sequence, one with a skin tone). */
  static final String TEXT_EMOJI = "Hallo Frau Schneider, das tut uns leid! 😟 Die Störung in "
      + "Ihrem Anschlussbereich ist bekannt, unsere Technik 👩‍🔧 arbeitet daran. Wir "
      + "melden uns heute bis 18:00 Uhr. Bitte schicken Sie uns für Rückfragen Ihre "
      + "Kundennummer per DM. Danke! 👍🏽 Ihr Service-Team";

  /** Two URLs and three emoji. */
  static final String TEXT_URLS_EMOJI = "Hallo Frau Schneider, das tut uns leid! 😟 Die "
      + "Störung ist bekannt: https://example.de/stoerung – die Technik 👩‍🔧 arbeitet daran. "
      + "Wir melden uns heute bis 18:00 Uhr. Rückfragen bitte per DM oder über "
      + "example.de/kontakt. Danke! 👍🏽 Ihr Service-Team";

  static final String RISKY = "Hallo, kannst du uns hier Ihre Kundennummer und dein Passwort "
      + "nennen? Wir melden uns zeitnah, spätestens innerhalb der nächsten Stunde. Zur Kündigung "
      + "Ihres Vertrags: die Frist beträgt drei Monate. Rückruf unter 0152 28817386 möglich. "
      + "Danke und bis bald!";

  /** Builds the engine, fills the boilerplate store and the drafts. */
  @Setup
  public void setUp() {
    engine = Replyguard.create();
    Instant now = OffsetDateTime.parse("2026-11-23T10:00:00+01:00").toInstant();
    String[] openings = {"Hallo", "Guten Tag", "Hi", "Liebe Kundin", "Lieber Kunde"};
    String[] topics = {"Ihre Rechnung", "Ihr Router", "die Lieferung", "Ihr Tarif", "die App"};
    String[] actions = {"prüfen wir gerade", "haben wir weitergeleitet", "schauen wir uns an",
        "klären wir mit der Technik", "ist in Bearbeitung"};
    for (int i = 0; i < 1000; i++) {
      String sent = openings[i % 5] + " Kundin Nummer " + i + ", " + topics[(i / 5) % 5] + " "
          + actions[(i / 25) % 5] + ". Vorgang " + (i * 7919) + " mit Referenz " + (i * 104729)
          + " wird heute bis 18:00 Uhr bearbeitet, danke für Ihre Geduld.";
      engine.recordSent(Draft.of(sent, Platform.of(platform), Visibility.PUBLIC).at(now));
    }
    Message original = Message.builder(Platform.of(platform), Visibility.PUBLIC,
        "Seit gestern kein Internet, ich will kündigen!").id("m1").createdAt(now.minusSeconds(600))
        .locale(Locale.GERMAN).build();
    draft = Draft.of(pad(TEXT), Platform.of(platform), Visibility.PUBLIC).inReplyTo(original)
        .withLocale(Locale.GERMAN).at(now);
    risky = Draft.of(pad(RISKY), Platform.of(platform), Visibility.PUBLIC).inReplyTo(original)
        .withLocale(Locale.GERMAN).at(now);
    withUrls = Draft.of(pad(TEXT_URLS), Platform.of(platform), Visibility.PUBLIC)
        .inReplyTo(original).withLocale(Locale.GERMAN).at(now);
    withEmoji = Draft.of(pad(TEXT_EMOJI), Platform.of(platform), Visibility.PUBLIC)
        .inReplyTo(original).withLocale(Locale.GERMAN).at(now);
    withUrlsAndEmoji = Draft.of(pad(TEXT_URLS_EMOJI), Platform.of(platform), Visibility.PUBLIC)
        .inReplyTo(original).withLocale(Locale.GERMAN).at(now);
    // the drafts measure the rules on drafts that fit: one over the limit would also measure
    // the cost of reporting it
    for (Draft d : new Draft[] {draft, risky, withUrls, withEmoji, withUrlsAndEmoji}) {
      if (engine.check(d).findings().stream().anyMatch(f -> f.ruleId().startsWith("length."))) {
        throw new IllegalStateException("benchmark draft too long for " + platform);
      }
    }
  }

  private static String pad(String text) {
    if (text.length() > 280) {
      throw new IllegalStateException("draft longer than 280: " + text.length());
    }
    StringBuilder b = new StringBuilder(text);
    while (b.length() < 280) {
      b.append(b.length() == 279 ? "!" : " ");
    }
    return b.toString();
  }

  /** A good reply: commitment, hand-off to DM, formal address throughout. */
  @Benchmark
  public CheckResult checkGoodDraft() {
    return engine.check(draft);
  }

  /** The good reply's kind with two URLs. */
  @Benchmark
  public CheckResult checkUrlDraft() {
    return engine.check(withUrls);
  }

  /** The good reply's kind with three emoji. */
  @Benchmark
  public CheckResult checkEmojiDraft() {
    return engine.check(withEmoji);
  }

  /** The good reply's kind with two URLs and three emoji. */
  @Benchmark
  public CheckResult checkUrlEmojiDraft() {
    return engine.check(withUrlsAndEmoji);
  }

  /** A bad reply that fires most rules (PII, credential, vague, channel, tone). */
  @Benchmark
  public CheckResult checkRiskyDraft() {
    return engine.check(risky);
  }
}
