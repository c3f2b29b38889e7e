package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Formality;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToneRuleTest {
  static final DraftChecker DU = Fixture.checker(ReplyguardConfig.builder()
      .formality(Formality.DU).build());

  static CheckResult du(String text) {
    return DU.check(Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN));
  }

  static List<String> words(String text, CheckResult r, String id) {
    return r.findings().stream().filter(f -> f.ruleId().equals(id))
        .map(f -> text.substring(f.span().start(), f.span().end())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hallo, kannst du uns Ihre Vertragsnummer per DM schicken?",
      "Danke für Ihre Nachricht, wir helfen dir gern.",
      "Können Sie uns sagen, ob dein Router blinkt?",
      "Wir helfen euch gern, schreiben Sie uns eine DM.",
      "Sie erhalten morgen eine E-Mail. Schau bitte in deinen Spam-Ordner.",
      "Ihr Paket ist unterwegs, du bekommst eine Mail."})
  void mixedAddressNeedsReviewAndMarksTheInformalWords(String text) {
    CheckResult r = Fixture.de(text);
    List<String> marked = words(text, r, DraftRules.TONE_MIXED_ADDRESS);
    assertFalse(marked.isEmpty(), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, CheckResult.aggregate(r.findings().stream()
        .filter(f -> f.ruleId().startsWith("tone.")).toList()));
    for (String w : marked) {
      assertTrue(ToneRule.INFORMAL.contains(w.toLowerCase(Locale.ROOT))
          || ToneRule.IMPERATIVES.contains(w.toLowerCase(Locale.ROOT)), w);
    }
  }

  @Test
  void mixedAddressUnderDuMarksTheFormalWords() {
    String text = "Hallo, kannst du uns Ihre Vertragsnummer per DM schicken?";
    assertEquals(List.of("Ihre"), words(text, du(text), DraftRules.TONE_MIXED_ADDRESS));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hast du die Rechnung erhalten?",
      "Danke für deine Geduld!",
      "Ihr habt völlig recht, das war nicht gut.",
      "Wie habt Ihr das gemacht?",
      "Könnt Ihr mir die Fehlermeldung schicken?",
      "Seid Ihr sicher, dass es am WLAN liegt?",
      "Schreib uns, wir helfen dir gern.",
      "Wie geht es euch?",
      "Dein Paket kommt morgen."})
  void informalAddressAgainstSieFormality(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(words(text, r, DraftRules.TONE_FORMALITY).isEmpty(), Fixture.describe(r));
    assertFalse(Fixture.ids(r).contains(DraftRules.TONE_MIXED_ADDRESS));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Können Sie uns Ihre Adresse per DM schicken?",
      "Schreiben Sie uns, wir helfen Ihnen gern.",
      "Sie erhalten morgen eine E-Mail von uns.",
      "Ihre Bestellung ist unterwegs.",
      "Danke für Ihr Feedback!"})
  void formalAddressAgainstDuFormality(String text) {
    CheckResult r = du(text);
    assertFalse(words(text, r, DraftRules.TONE_FORMALITY).isEmpty(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sie erhalten morgen eine E-Mail von uns.",
      "Die Kundin sagt, ihr Paket fehlt. Wir helfen Ihnen gern.",
      "Unsere Technikerin ist informiert, sie ruft Sie morgen an.",
      "Die Techniker sind informiert, sie kommen morgen.",
      "Ihre Bestellung ist unterwegs. Sie ist morgen bei Ihnen.",
      "Hat Ihr Techniker sich schon gemeldet?",
      "Was macht Ihr Router gerade?",
      "Wir haben die Störung behoben. Danke für Ihre Geduld!"})
  void formalDraftsAndNearMissesAreFineUnderSie(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("tone.")),
        Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Schreib uns, wir helfen dir gern.",
      "Deine Bestellung ist unterwegs. Sie ist morgen bei dir.",
      "Die Techniker sind informiert, sie kommen morgen zu dir.",
      "Hast du schon in deinen Spam-Ordner geschaut?",
      "Die Kollegin meldet sich, sie hat deinen Fall übernommen.",
      "Danke für eure Geduld, ihr seid großartig!",
      "Komme ich erst in den Ferien dazu. Wie habt Ihr das gemacht? Mit welchen Geräten?",
      "Könnt Ihr uns einen Screenshot schicken?",
      "Habt Ihr schon neu gestartet? Wisst Ihr, welche Version läuft?"})
  void informalDraftsAndNearMissesAreFineUnderDu(String text) {
    CheckResult r = du(text);
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("tone.")),
        Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Thank you, we will check this for you.",
      "Sie and Du are German words.",
      "Could you send us a DM?"})
  void englishDraftsAreNotCheckedForTone(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("tone.")),
        Fixture.describe(r));
  }

  @Test
  void oneFindingPerOffendingWord() {
    String text = "Hallo Sie, hast du dein Paket und deine Rechnung?";
    CheckResult r = Fixture.de(text);
    assertEquals(List.of("du", "dein", "deine"), words(text, r, DraftRules.TONE_MIXED_ADDRESS));
    for (Finding f : r.findings()) {
      assertFalse(f.message().contains("Paket"));
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Können Sie uns kurz helfen? Ruf uns einfach an.",
      "Vielen Dank für Ihre Nachricht. Schreib uns bitte eine DM.",
      "Wir prüfen das für Sie. Bitte schick uns noch einen Screenshot.",
      "Haben Sie die App neu gestartet? Probier es bitte noch einmal."})
  void informalImperativesWithoutPronounMixWithSie(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(DraftRules.TONE_MIXED_ADDRESS), Fixture.describe(r));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Sie finden das unter „Dein Konto“ in der App.",
      "Öffnen Sie in der App den Bereich \"Dein Tarif\" und tippen Sie auf Ändern.",
      "Die Option MeinTarif finden Sie im Menü.",
      "Schreiben Sie uns gern eine DM.",
      "Rufen Sie uns bitte an."})
  void quotedLabelsAndFormalImperativesAreNotMixedAddress(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(DraftRules.TONE_MIXED_ADDRESS), Fixture.describe(r));
    assertFalse(Fixture.ids(r).contains(DraftRules.TONE_FORMALITY), Fixture.describe(r));
  }
}
