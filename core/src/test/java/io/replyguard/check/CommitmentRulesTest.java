package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import io.replyguard.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentRulesTest {
  static final BusinessCalendar CALENDAR = BusinessCalendar.of(ReplyguardConfig.defaults());

  static CheckResult at(String text, Locale locale, Instant now) {
    return Fixture.DEFAULT.check(Fixture.draft(text, Visibility.PUBLIC, locale).at(now));
  }

  static Finding only(CheckResult r, String id) {
    return r.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + Fixture.describe(r)));
  }

  // ---- vague -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir melden uns zeitnah bei Ihnen.",
      "Wir kümmern uns schnellstmöglich darum.",
      "Ein Kollege meldet sich bald bei Ihnen.",
      "Wir prüfen das in Kürze.",
      "Sie erhalten umgehend eine Antwort von uns.",
      "Wir melden uns so schnell wie möglich.",
      "Der Techniker kommt demnächst vorbei.",
      "Der Fix ist fast fertig.",
      "Kommt in anderer Form wieder, das dauert aber noch.",
      "Die bestückte Platine kann noch etwas dauern.",
      "Die neue Version werden wir die Tage veröffentlichen.",
      "Das Update kommt in den nächsten Tagen.",
      "Der Entwickler arbeitet daran. Bitte noch etwas Geduld.",
      "Wir sind dran, bitte warten."})
  void germanVaguePromisesNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    Finding f = only(r, DraftRules.COMMITMENT_VAGUE);
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
    assertEquals(CALENDAR.commitment(Fixture.MONDAY_10, Duration.ofHours(1), Locale.GERMAN).text(),
        f.suggestion().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We will get back to you asap.",
      "We will look into this shortly.",
      "Our team will contact you soon.",
      "We will reply as soon as possible.",
      "The fix is almost done.",
      "The new version may take a while.",
      "We will publish the fix in the coming days.",
      "The team is on it. Please be patient.",
      "Our developer is working on it, please wait."})
  void englishVaguePromisesNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    Finding f = only(r, DraftRules.COMMITMENT_VAGUE);
    assertEquals(CALENDAR.commitment(Fixture.MONDAY_10, Duration.ofHours(1), Locale.ENGLISH)
        .text(), f.suggestion().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Danke und bis bald!",
      "Bitte melden Sie sich zeitnah bei uns.",
      "Sobald das Paket da ist, erhalten Sie eine E-Mail.",
      "Wir melden uns innerhalb der nächsten Stunde bei Ihnen.",
      "Wir melden uns heute bis 18:00 Uhr.",
      "Gute Besserung und bis bald!",
      "Die Tage habe ich das auf meinem Gerät getestet.",
      "Bitte warten Sie, bis die Seite geladen ist, und tippen Sie dann auf Speichern.",
      "Das Update kommt die Tage, voraussichtlich am Freitag um 10 Uhr."})
  void germanConcreteTimesAndFarewellsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_VAGUE), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "See you soon!",
      "Get well soon!",
      "As soon as the parcel arrives, you will get an email.",
      "We will get back to you within the next hour.",
      "Please wait until the page has loaded, then tap Save.",
      "We will publish the fix in the coming days, on Friday at 10 am."})
  void englishConcreteTimesAndFarewellsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_VAGUE), Fixture.describe(r));
  }

  @Test
  void vagueSpanAndSuggestionAfterHours() {
    String text = "Danke für Ihre Nachricht, wir melden uns zeitnah bei Ihnen!";
    Finding f = only(at(text, Locale.GERMAN, Fixture.SATURDAY_1940), DraftRules.COMMITMENT_VAGUE);
    assertEquals("zeitnah", text.substring(f.span().start(), f.span().end()));
    assertEquals(CALENDAR.commitment(Fixture.SATURDAY_1940, Duration.ofHours(1), Locale.GERMAN)
        .text(), f.suggestion().orElseThrow());
  }

  // ---- missing time ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir melden uns bei Ihnen.",
      "Wir geben Ihnen Bescheid.",
      "Wir kommen auf Sie zurück.",
      "Ein Kollege meldet sich bei Ihnen.",
      "Wir rufen Sie zurück.",
      "Sie hören von uns.",
      "Wir halten Sie auf dem Laufenden.",
      "Ich recherchiere das noch.",
      "Ich forsche nach, woran es liegt."})
  void germanFollowUpsWithoutTimeNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    only(r, DraftRules.COMMITMENT_MISSING_TIME);
    assertEquals(Verdict.REVIEW, r.verdict());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll get back to you.",
      "We will be in touch.",
      "We'll let you know.",
      "I'll do some research there.",
      "We will investigate this further."})
  void englishFollowUpsWithoutTimeNeedReview(String text) {
    only(Fixture.en(text), DraftRules.COMMITMENT_MISSING_TIME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir melden uns heute bis 18:00 Uhr bei Ihnen.",
      "Wir melden uns innerhalb der nächsten Stunde.",
      "Wir melden uns am Montag.",
      "Bitte melden Sie sich bei uns.",
      "Wir melden uns zeitnah.",
      "Melden Sie sich gern, wenn noch etwas ist."})
  void germanFollowUpsWithTimeAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_MISSING_TIME), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll get back to you within the next hour.",
      "We'll get back to you tomorrow by 9 am.",
      "Please let us know if you need anything else."})
  void englishFollowUpsWithTimeAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_MISSING_TIME), Fixture.describe(r));
  }

  // ---- unkeepable ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir melden uns innerhalb der nächsten Stunde.",
      "Wir melden uns in 30 Minuten.",
      "Sie erhalten heute bis 21:00 Uhr eine Antwort.",
      "Wir melden uns morgen bis 10:00 Uhr.",
      "Wir rufen Sie innerhalb von 2 Stunden zurück.",
      "Wir melden uns bis morgen."})
  void germanPromisesTheServiceHoursCannotKeep(String text) {
    CheckResult r = at(text, Locale.GERMAN, Fixture.SATURDAY_1940);
    Finding f = only(r, DraftRules.COMMITMENT_UNKEEPABLE);
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
    assertEquals(CALENDAR.commitment(Fixture.SATURDAY_1940, Duration.ofHours(1), Locale.GERMAN)
        .text(), f.suggestion().orElseThrow());
    assertTrue(f.message().contains("Montag"), f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll get back to you within the next hour.",
      "We will reply tomorrow by 10 am.",
      "You'll hear from us within 2 hours."})
  void englishPromisesTheServiceHoursCannotKeep(String text) {
    only(at(text, Locale.ENGLISH, Fixture.SATURDAY_1940), DraftRules.COMMITMENT_UNKEEPABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir melden uns am Montag bis 12:00 Uhr.",
      "Wir melden uns innerhalb von 3 Tagen.",
      "Wir melden uns bis Dienstag.",
      "Wir melden uns am Montag, 30.11., bis 9:00 Uhr.",
      "Ihr Paket wurde gestern um 18:00 Uhr zugestellt.",
      "Wir melden uns zeitnah."})
  void germanKeepablePromisesAreFine(String text) {
    CheckResult r = at(text, Locale.GERMAN, Fixture.SATURDAY_1940);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_UNKEEPABLE), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll get back to you on Monday by 10 am.",
      "We'll reply within 3 days.",
      "Thanks for your patience!"})
  void englishKeepablePromisesAreFine(String text) {
    CheckResult r = at(text, Locale.ENGLISH, Fixture.SATURDAY_1940);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_UNKEEPABLE), Fixture.describe(r));
  }

  /**
   * Every form of a concrete promise is checked against the service hours: generated from
   * several days, times, verbs and sentence frames, said on Saturday 19:40 (Sunday closed, so the
   * realistic answer is Monday). Promises for Sunday or for this evening cannot be kept.
   */
  @Test
  void promisesInEveryFormAreChecked() {
    String[] deWhen = {"für morgen 9 Uhr", "morgen gegen 10 Uhr", "heute gegen 21 Uhr",
        "morgen zwischen 9 und 10 Uhr", "morgen früh", "morgen Vormittag", "heute Abend",
        "um 21:30 Uhr", "noch heute", "bis Ende des Tages", "bis Feierabend", "morgen ca. 11 Uhr",
        "am Sonntag, 10 Uhr", "für Sonntag 9:30 Uhr"};
    String[] deFrame = {"Der Rückruf ist %s vorgemerkt.", "Rückruf %s eingeplant.",
        "Wir melden uns %s bei Ihnen.", "Der Techniker kommt %s.", "Ein Kollege ruft %s an."};
    String[] enWhen = {"tomorrow 10am", "tomorrow around 9 am", "today around 9 pm",
        "tomorrow between 9 and 10 am", "tomorrow morning", "this evening", "tonight",
        "at 9:30 pm", "later today", "by end of day", "by EOD", "for Sunday 10am",
        "on Sunday morning"};
    String[] enFrame = {"We've scheduled the call for %s.", "We'll call you back %s.",
        "Our technician will visit %s.", "You'll hear from us %s.", "A colleague will reply %s."};
    int n = 0;
    for (String w : deWhen) {
      for (String f : deFrame) {
        String text = String.format(Locale.ROOT, f, w).replace("für für", "für");
        only(at(text, Locale.GERMAN, Fixture.SATURDAY_1940), DraftRules.COMMITMENT_UNKEEPABLE);
        n++;
      }
    }
    for (String w : enWhen) {
      for (String f : enFrame) {
        String text = String.format(Locale.ROOT, f, w).replace("for for", "for");
        only(at(text, Locale.ENGLISH, Fixture.SATURDAY_1940), DraftRules.COMMITMENT_UNKEEPABLE);
        n++;
      }
    }
    assertEquals(deWhen.length * deFrame.length + enWhen.length * enFrame.length, n);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "de|Der Rückruf ist für Montag 9 Uhr vorgemerkt.",
      "de|Rückruf am Montag gegen 11 Uhr eingeplant.",
      "de|Wir melden uns Montag zwischen 9 und 10 Uhr.",
      "de|Das Paket kam heute um 9 Uhr.",
      "de|Sie haben heute gegen 10 Uhr angerufen.",
      "en|We've scheduled the visit for Monday 10am.",
      "en|We'll call you back on Monday morning.",
      "en|Your parcel arrived today at 9 am.",
      "en|You called us this morning."})
  void keepablePromisesAndPastMomentsAreFine(String line) {
    String[] p = line.split("\\|", 2);
    CheckResult r = at(p[1], Locale.forLanguageTag(p[0]), Fixture.SATURDAY_1940);
    assertFalse(Fixture.ids(r).contains(DraftRules.COMMITMENT_UNKEEPABLE), Fixture.describe(r));
  }

  @Test
  void aFollowUpPromisedForAPastMomentIsStillUnkeepable() {
    only(at("Wir melden uns heute um 9 Uhr.", Locale.GERMAN, Fixture.SATURDAY_1940),
        DraftRules.COMMITMENT_UNKEEPABLE);
    only(at("We'll get back to you today at 9 am.", Locale.ENGLISH, Fixture.SATURDAY_1940),
        DraftRules.COMMITMENT_UNKEEPABLE);
  }

  @Test
  void theSamePromiseIsKeepableDuringOpeningHours() {
    CheckResult r = Fixture.de("Wir melden uns innerhalb der nächsten Stunde.");
    assertEquals(Verdict.ALLOW, r.verdict(), Fixture.describe(r));
  }

  @Test
  void unkeepableSpanCoversThePhrase() {
    String text = "Danke! Wir melden uns innerhalb der nächsten Stunde.";
    Finding f = only(at(text, Locale.GERMAN, Fixture.SATURDAY_1940),
        DraftRules.COMMITMENT_UNKEEPABLE);
    assertEquals("innerhalb der nächsten Stunde", text.substring(f.span().start(), f.span().end()));
  }

  /** A commitment source over the real calendar that counts its calls. */
  static final class CountingSource implements CommitmentSource {
    int deadlines;
    int commitments;

    @Override
    public io.replyguard.time.Commitment commitment(Instant now, Duration within, Locale locale) {
      commitments++;
      return CALENDAR.commitment(now, within, locale);
    }

    @Override
    public Instant deadline(Instant now, Duration within) {
      deadlines++;
      return CALENDAR.deadline(now, within);
    }
  }

  @Test
  void theRealisticDeadlineAndCommitmentAreComputedOncePerCheck() {
    CountingSource source = new CountingSource();
    io.replyguard.config.ReplyguardConfig config = io.replyguard.config.ReplyguardConfig.defaults();
    DraftChecker checker = DraftChecker.create(config, text -> java.util.List.of(), source,
        Fixture.adapters(), java.time.Clock.fixed(Fixture.MONDAY_10, java.time.ZoneOffset.UTC));
    // an unkeepable promise, a vague word and a follow-up without time in one draft
    String text = "Wir melden uns innerhalb der nächsten Stunde. Wir melden uns zeitnah. "
        + "Wir melden uns.";
    CheckResult r = checker.check(Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN)
        .at(Fixture.SATURDAY_1940));
    assertEquals(1, source.deadlines);
    assertEquals(1, source.commitments);
    String suggestion = CALENDAR.commitment(Fixture.SATURDAY_1940, Duration.ofHours(1),
        Locale.GERMAN).text();
    for (String id : java.util.List.of(DraftRules.COMMITMENT_UNKEEPABLE,
        DraftRules.COMMITMENT_VAGUE, DraftRules.COMMITMENT_MISSING_TIME)) {
      assertEquals(suggestion, only(r, id).suggestion().orElseThrow(), id);
    }
  }

  @Test
  void withoutTimeWordsOnlyTheCommitmentIsComputed() {
    CountingSource source = new CountingSource();
    DraftChecker checker = DraftChecker.create(io.replyguard.config.ReplyguardConfig.defaults(),
        text -> java.util.List.of(), source, Fixture.adapters(),
        java.time.Clock.fixed(Fixture.MONDAY_10, java.time.ZoneOffset.UTC));
    checker.check(Fixture.draft("Wir melden uns zeitnah.", Visibility.PUBLIC, Locale.GERMAN));
    assertEquals(0, source.deadlines);
    assertEquals(1, source.commitments);
    checker.check(Fixture.draft("Danke für Ihre Geduld.", Visibility.PUBLIC, Locale.GERMAN));
    assertEquals(0, source.deadlines);
    assertEquals(1, source.commitments);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ich werde schauen, was ich tun kann.",
      "Wir kümmern uns darum.",
      "Ich schaue mir das an und gehe dem nach.",
      "Bitte entschuldigen Sie die Unannehmlichkeiten, der Fehler sollte in Kürze behoben sein.",
      "Das kommt irgendwann in den nächsten Monaten."})
  void germanPromisesWithoutATimeNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'll take care of it once I've reached my destination.",
      "Please email again and we'll address your questions.",
      "We're looking into it.",
      "This will be fixed eventually.",
      "Hopefully soon!"})
  void englishPromisesWithoutATimeNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Our agents typically respond within 24 hours and promptly forward your report.",
      "We'll look into it today by 6pm.",
      "Please try again shortly."})
  void concreteTimesAndRequestsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertEquals(Verdict.ALLOW, r.verdict(), Fixture.describe(r));
  }
}
