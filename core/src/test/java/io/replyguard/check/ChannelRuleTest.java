package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelRuleTest {
  static final String ID = DraftRules.CHANNEL_CONTRACT_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Ihre Kündigung zum 31.12. haben wir erhalten.",
      "Ihr Vertrag läuft noch bis März.",
      "Die Kündigungsfrist beträgt drei Monate.",
      "Ein Tarifwechsel ist jederzeit möglich.",
      "Ihren Handyvertrag können Sie zum Laufzeitende beenden.",
      "Sie haben ein Sonderkündigungsrecht."})
  void germanContractMattersInPublicNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your contract ends in March.",
      "You can cancel your subscription at any time.",
      "The notice period is three months."})
  void englishContractMattersInPublicNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bitte senden Sie Ihre Kündigung per E-Mail an uns.",
      "Zu Ihrem Vertrag schreiben Sie uns bitte eine DM.",
      "Die Störung ist behoben.",
      "Unser Vertragspartner liefert die Ersatzteile.",
      "Schade, dass Sie gehen möchten. Bitte nutzen Sie für die Kündigung unser Kontaktformular.",
      "Wir vertrauen auf Ihr Verständnis.",
      "Für Ihre Kündigung brauchen wir eine schriftliche Nachricht. Bitte senden Sie sie per E-Mail."})
  void germanHandOffsAndUnrelatedTextsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your flight was cancelled due to the storm.",
      "Please send us a DM about your contract.",
      "Our contractors are on site."})
  void englishHandOffsAndUnrelatedTextsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void detailsInPublicNeedReviewEvenWithAHandOff() {
    String text = "Ihre Kündigungsfrist beträgt drei Monate. Für alles Weitere schreiben Sie uns "
        + "eine DM.";
    CheckResult r = Fixture.de(text);
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(ID)).findFirst()
        .orElseThrow(() -> new AssertionError(Fixture.describe(r)));
    assertEquals("Kündigungsfrist", text.substring(f.span().start(), f.span().end()));
  }

  @Test
  void privateMessagesMayDiscussContracts() {
    CheckResult r = Fixture.dm("Ihr Vertrag läuft noch bis März.", Locale.GERMAN);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void aGenericReplyToAContractMessageSettlesNothingInPublic() {
    Message m = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
        "Ich will meinen Vertrag kündigen, sofort!").id("m1").build();
    for (String text : List.of("Das tut uns leid! Wir helfen Ihnen gern weiter.",
        "Verstehe ich. Danke für die offene Rückmeldung.")) {
      CheckResult r = Fixture.DEFAULT.check(
          Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN).inReplyTo(m));
      assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
    }
    Message en = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
        "I was charged twice, refund me!").id("m2").build();
    CheckResult r = Fixture.DEFAULT.check(Fixture.draft("The issue has been taken care of.",
        Visibility.PUBLIC, Locale.ENGLISH).inReplyTo(en));
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I went ahead and took care of this, you have been canceled.",
      "Sorry, I fully canceled and refunded you as the purchase was just made.",
      "Would you like a refund or two extra plugins instead?",
      "Refund has been issued.",
      "cancelled"})
  void englishBillingAndCancellationsSettledInPublicNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Erstattung über 12,99 € ist angewiesen.",
      "Ich habe dein Abo gekündigt und die Rückerstattung veranlasst.",
      "Die Gutschrift für den doppelten Betrag kommt mit der nächsten Rechnung.",
      "Wir haben Ihren Vertrag zum 31.12. gekündigt."})
  void germanBillingAndCancellationsSettledInPublicNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Our billing team can help here: https://example.com/billing",
      "Please contact billing@example.com for your refund.",
      "Refunds are handled by our support team, please open a support case.",
      "We have sent further details about the refund in the email.",
      "Your flight EW 9461 was cancelled because of the storm.",
      "Your appointment was cancelled, sorry."})
  void englishHandOffsAndOperationsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Unser Abrechnungsteam hilft bei der Erstattung: https://example.de/rechnung",
      "Schreib mal bitte an billing@example.de mit deiner letzten Rechnung wegen der Gutschrift.",
      "Bitte kündige das Abonnement und schließe dann ein neues mit dem gewünschten Preis ab.",
      "Dein Zug wurde leider storniert, die Bestellung auch.",
      "Ihr Flug wurde gestrichen, die Erstattung beantragen Sie bitte im Kontaktformular."})
  void germanHandOffsAndOperationsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }
}
