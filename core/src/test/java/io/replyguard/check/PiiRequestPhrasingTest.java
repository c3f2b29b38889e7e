package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pii.request-public} on requests for payment and personal data in other phrasings (R2). */
class PiiRequestPhrasingTest {
  static final String ID = DraftRules.PII_REQUEST_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Please feel free to share your BTC transaction details here or via email.",
      "If not, can you tell us anything about yourself (like name, email, paypal email ...) ?",
      "Could you tell me the ID of your payment from Comgate or from Paypal? You should have "
          + "received an email from one of them.",
      "And your payment ID?",
      "What is your PayPal email?",
      "Please post the transaction details below.",
      "Can you give us the number of your order?",
      "Reply with your payment reference and we'll check it.",
      "Could you tell me the transaction ID? You got an email from PayPal about it.",
      "If you can't find it, please provide an email, I will send it manually.",
      "tell me old and new email, or send via IRC...",
      "Just give us the correct email and we'll fix the licence."})
  void englishPublicRequestsBlock(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kannst du uns die ID deiner Zahlung nennen?",
      "Schick uns die Transaktionsdetails gern hier oder per Mail.",
      "Wie lautet Ihre PayPal-Adresse?",
      "Nenne uns bitte die Nummer deiner Bestellung.",
      "Erzählen Sie uns hier etwas über sich, z. B. Name und PayPal-Mail.",
      "Teilen Sie uns hier die Zahlungsdetails mit.",
      "Nenne mir die alte und neue E-Mail, dann stelle ich es um.",
      "Gib uns die richtige E-Mail, dann schicken wir den Schlüssel erneut."})
  void germanPublicRequestsBlock(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please DM us the ID of your payment.",
      "Please send the transaction details to support@example.com.",
      "Could you send us your payment ID by email?",
      "Please share your transaction details via our contact form.",
      "We have received your payment ID, thanks.",
      "Never share your payment details in public.",
      "The transaction details are shown in your PayPal account.",
      "Tell us what happened and DM us your PayPal email.",
      "I'd need to know the email address for that. You can join our Discord and PM me.",
      "To identify the purchase I'll need your PayPal email. Please write to us by e-mail.",
      "Please send an email to our support team with the details.",
      "Never provide an email address in a public comment."})
  void englishHandOffsAndMentionsAllow(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Schick uns die ID deiner Zahlung bitte per DM.",
      "Die Transaktionsdetails senden Sie bitte per E-Mail an support@example.de.",
      "Bitte teilen Sie Ihre Zahlungsdetails niemals öffentlich.",
      "Die Nummer deiner Bestellung findest du in der Bestätigungsmail.",
      "Nutzen Sie für die Zahlungsdetails bitte unser Kontaktformular.",
      "Nenn mir die ID deiner Zahlung. Schreib mir dazu einfach eine Direktnachricht.",
      "Schick uns bitte eine E-Mail mit den Details an den Support.",
      "Gib hier bitte keine E-Mail an."})
  void germanHandOffsAndMentionsAllow(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }
}
