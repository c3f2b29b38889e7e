package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRequestRuleTest {
  static final String ID = DraftRules.PII_REQUEST_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Nennen Sie uns hier Ihre Kundennummer.",
      "Bitte schreiben Sie uns Ihre Adresse in die Kommentare.",
      "Posten Sie Ihre Vertragsnummer einfach unten, dann schauen wir nach.",
      "Wie lautet Ihre Bestellnummer?",
      "Schreiben Sie uns Ihre Handynummer als Antwort auf diesen Tweet.",
      "Nenn uns hier deine Kundennummer und dein Geburtsdatum.",
      "Geben Sie hier bitte Ihre IBAN an, dann erstatten wir den Betrag."})
  void germanPublicRequestsBlock(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please post your order number here.",
      "Reply with your account number below and we will check.",
      "What's your phone number?"})
  void englishPublicRequestsBlock(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Schicken Sie uns Ihre Kundennummer per DM.",
      "Bitte senden Sie uns Ihre Adresse über das Kontaktformular.",
      "Ihre Kundennummer finden Sie oben rechts auf der Rechnung.",
      "Bitte posten Sie hier keine Kundennummern.",
      "Schreiben Sie uns eine Direktnachricht. Nennen Sie uns darin Ihre Vertragsnummer.",
      "Unsere Servicenummer finden Sie im Impressum.",
      "Nennen Sie uns Ihre Bestellnummer bitte telefonisch."})
  void germanPrivateRequestsAndMentionsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please DM us your order number.",
      "Send us your account number by email and we will check.",
      "Never post your customer number publicly."})
  void englishPrivateRequestsAndMentionsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void onlyPublicDraftsAreConcerned() {
    CheckResult r = Fixture.dm("Nennen Sie uns hier Ihre Kundennummer.", Locale.GERMAN);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void spanCoversTheKindOfDataAndMessageDoesNotQuoteTheDraft() {
    String text = "Nennen Sie uns hier Ihre Kundennummer.";
    Finding f = Fixture.de(text).findings().get(0);
    assertEquals("Kundennummer", text.substring(f.span().start(), f.span().end()));
    assertTrue(f.suggestion().orElseThrow().contains("Direktnachricht"));
  }
}
