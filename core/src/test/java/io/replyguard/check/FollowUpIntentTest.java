package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code commitment.missing-time} on follow-ups promised in first-person forms (class R1). */
class FollowUpIntentTest {

  private static boolean missing(CheckResult r) {
    return Fixture.ids(r).contains(DraftRules.COMMITMENT_MISSING_TIME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Strange. I’ll scour crash reports.",
      "I'll check the crash reports.",
      "I will check it.",
      "I'll add it to my TODO list.",
      "We're investigating.",
      "We are investigating this.",
      "I'm looking into the logs.",
      "We have created an internal ticket for it and will raise this topic internally.",
      "Thanks, I'll take a look.",
      "We’ll definitely fix that.",
      "I am going to review the logs.",
      "We're going to investigate the crash.",
      "I'll see what I can do.",
      "If you send me the logs, I'll have a look.",
      "I'm working on it."})
  void englishFollowUpsWithoutTimeNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(missing(r), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ich muss mir das mal anschauen.",
      "Die Meldung ist komisch ... schau ich mir nochmal an",
      "Danke für den Hinweis, ich werde das prüfen.",
      "Ich werde mich darum kümmern.",
      "Wir werden das Problem untersuchen.",
      "Das werden wir uns ansehen.",
      "Ich schaue mir das an.",
      "Das mache ich, allerdings würde ich gern noch den Bug geklärt haben.",
      "Machen wir gerne!",
      "Guck ich mir an.",
      "Wir müssen das noch mal prüfen.",
      "Ich leite das an das Team weiter.",
      "Das mache ich, allerdings erst nach Bug #5.",
      "Ich habe den Fehler gefunden und werde ein Update bereitstellen.",
      "Wir haben die Ursache gesehen und werden das Backend austauschen.",
      "Ich werd wohl einfach das Backend austauschen.",
      "Ich werde dann mal einen Fix dafür schreiben."})
  void germanFollowUpsWithoutTimeNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(missing(r), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I checked the crash reports, nothing there.",
      "I have looked into it and it is fixed.",
      "If you check the settings, you will find the option.",
      "Could you check the settings?",
      "Shall I look into it?",
      "I'll close this issue.",
      "I'll mark it as duplicate.",
      "I will not add this feature.",
      "I'll check it today.",
      "We'll fix it within 2 days.",
      "I'll add it in the next release.",
      "We will fix this in version 2.1.",
      "The update will fix it.",
      "I look forward to hearing from you.",
      "I'm working as a volunteer here.",
      "Can you email me at billing@example.org with the invoice number? I'll take a look.",
      "Please email me privately and I will take care of it.",
      "Could you mail me at help at example dot org and we'll sort it out.",
      "We are looking into it right now.",
      "I'll look forward to it.",
      "I'll need your email address to check this in our system.",
      "We're working as fast as we can on tickets from last week.",
      "We're sorry for the trouble.",
      "I'm glad it works now.",
      "I'll be honest, this is hard to fix.",
      "I'm testing on Android 14 and it works."})
  void englishNearMissesDoNotFire(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(missing(r), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ich habe das geprüft, es passt.",
      "Das klären wir am besten persönlich per Direktnachricht.",
      "Ich habe mir das angeschaut.",
      "Wenn Sie das prüfen, sehen Sie den Fehler.",
      "Kannst du das bitte prüfen?",
      "Soll ich mir das anschauen?",
      "Ich werde das nicht ändern.",
      "Ich schaue mir das heute Abend an.",
      "Wir prüfen das bis morgen 12 Uhr.",
      "Ich sehe das anders.",
      "Das mache ich immer so.",
      "Ich werde oft gefragt, warum das so ist.",
      "Wir werden sehen.",
      "Das beheben wir mit dem nächsten Update.",
      "Ich werde das Gefühl nicht los, dass es am Router liegt.",
      "Wir müssen leider absagen.",
      "Ich teste mit Android 14, dort geht es.",
      "Wenn ich mir das Log anschaue, sehe ich keinen Fehler.",
      "Schreib mir bitte eine Mail an hilfe@example.org, dann kümmere ich mich darum.",
      "Bitte kontaktiere uns über das Kontaktformular, wir werden das dann prüfen.",
      "Ich habe das gelesen und werde oft danach gefragt.",
      "Wir haben das geprüft und werden keine Änderung vornehmen."})
  void germanNearMissesDoNotFire(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(missing(r), Fixture.describe(r));
  }

  @Test
  void vagueReleasesNeedReview() {
    for (String text : new String[] {
        "Falls nein, sollte das Problem in einem der nächsten Updates gelöst sein.",
        "Das kommt in einer künftigen Version."}) {
      CheckResult r = Fixture.de(text);
      assertTrue(Fixture.ids(r).contains(DraftRules.COMMITMENT_VAGUE), Fixture.describe(r));
    }
    for (String text : new String[] {
        "This will be fixed in one of the next updates.",
        "We plan to add it in a future release."}) {
      CheckResult r = Fixture.en(text);
      assertTrue(Fixture.ids(r).contains(DraftRules.COMMITMENT_VAGUE), Fixture.describe(r));
    }
  }

  @Test
  void findingsComeInTheDraftsLanguage() {
    assertTrue(Fixture.de("Ich schaue mir das an.").findings().get(0).message()
        .startsWith("Rückmeldung ohne Zeitangabe"));
    assertTrue(Fixture.en("I'll check it.").findings().get(0).message()
        .startsWith("A follow-up without a time"));
  }
}
