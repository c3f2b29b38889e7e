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
      "Nennen Sie uns Ihre Bestellnummer bitte telefonisch.",
      "Schick mir deine Nutzer-ID (über den E-Mail-Button in der App) in einer Mail.",
      "Deine Bestellnummer bitte in einer E-Mail an uns, nicht hier."})
  void germanPrivateRequestsAndMentionsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please DM us your order number.",
      "Send us your account number by email and we will check.",
      "Never post your customer number publicly.",
      "Send your account id (tap the Email button and put it in the created email) so I can check.",
      "Please send me your order number in an email, not here."})
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

  @ParameterizedTest
  @ValueSource(strings = {
      "email?",
      "What is your email I mean?",
      "What email are you using?",
      "Just reply below with your order number and postcode.",
      "Please reply here with your recovery code and the e-mail address of the account.",
      "Post your address and we'll check."})
  void englishPublicRequestsInAnyPhrasingBlock(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Antworten Sie hier mit Ihrer Kundennummer.",
      "Antworte mal bitte hier mit deiner Rechnungsnummer und deiner E-Mail-Adresse.",
      "Und deine E-Mail-Adresse?",
      "Hast du einmal deine E-Mail-Adresse für mich?",
      "Kannst du mir die ersten 4 Buchstaben deiner E-Mail-Adresse nennen?"})
  void germanPublicRequestsInAnyPhrasingBlock(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll address your questions by e-mail.",
      "To address this, we need to look at the logs.",
      "Without sharing your e-mail address, tell us the exact error.",
      "Please add your gamer tag in the form linked above.",
      "Did you get our email?",
      "A license file will be sent to your PayPal email address after purchase.",
      "I have sent instructions to the registered email address."})
  void englishMentionsThatAskNothingPubliclyAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bitte keine Kundennummer hier posten.",
      "Schick uns deine Kundennummer bitte per DM.",
      "Trag deine Bestellnummer einfach im Kontaktformular ein.",
      "Da dort eine E-Mail-Adresse hinterlegt ist, frag am besten beim Ordnungsamt, an welche Adresse das geht.",
      "Die Rechnung kommt an die hinterlegte E-Mail-Adresse."})
  void germanMentionsThatAskNothingPubliclyAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }
}
