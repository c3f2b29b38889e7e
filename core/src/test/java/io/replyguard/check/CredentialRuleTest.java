package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Severity;
import io.replyguard.model.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRuleTest {
  static final String ID = DraftRules.CREDENTIAL_REQUEST;

  @ParameterizedTest
  @ValueSource(strings = {
      "Bitte schicken Sie uns Ihr Passwort per DM, dann prüfen wir das.",
      "Nennen Sie uns bitte die TAN aus der SMS.",
      "Wie lautet Ihre PIN?",
      "Teilen Sie uns Ihre Zugangsdaten mit, damit wir uns einloggen können.",
      "Für die Prüfung benötigen wir Ihren Einmalcode.",
      "Schick uns kurz deinen Bestätigungscode per DM.",
      "Bitte senden Sie uns Ihre Online-Banking-PIN.",
      "Können Sie uns das Kennwort Ihres Kundenkontos durchgeben?"})
  void germanRequestsFire(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please send us your password via DM so we can check.",
      "What is the one-time code you received?",
      "DM us your PIN and we will sort it out.",
      "Could you share your login details with us?"})
  void englishRequestsFire(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir haben Ihnen eben einen Code geschickt – welcher ist es?",
      "Bitte nennen Sie uns den Code aus der SMS.",
      "Schick mir kurz den Code aus der SMS, die wir dir gerade gesendet haben.",
      "Wie lautet der Code, den Sie per SMS bekommen haben?",
      "Teilen Sie uns bitte den Wiederherstellungscode mit.",
      "Schreib uns hier den Zahlencode, den du aufs Handy bekommen hast."})
  void germanRequestsWithoutTheWordFire(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "What's the code we texted you?",
      "Please tell us the code we just sent to your phone.",
      "Reply here with the 6-digit code you received by SMS.",
      "Email her login to support@example.com and we'll check it out.",
      "Could you send us your recovery code so we can restore access?",
      "Which code did you get in the text message?"})
  void englishRequestsWithoutTheWordFire(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir haben Ihnen einen neuen Code per SMS geschickt.",
      "Geben Sie den Code aus der SMS bitte nur in der App ein.",
      "Sie können Ihr Passwort hier zurücksetzen: https://example.de/reset",
      "Schick uns bitte deine E-Mail-Adresse per DM, dann setzen wir dein Passwort zurück.",
      "Den Gutscheincode schicken wir Ihnen morgen.",
      "Schick mir bitte den Kaufbeleg per Mail, dann sende ich dir einen Lizenz Code.",
      "Gib mir bitte die Sendungsnummer, dann schicke ich dir einen Rabatt Code."})
  void germanCodeAndResetMentionsDoNotFire(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We just texted you a new code.",
      "Enter the code from the SMS in the app.",
      "You can reset your password here: https://example.com/reset",
      "If it's the username and password you need to recover, see https://example.com/help",
      "Please send your email address by DM and I will reset your password manually.",
      "I have reset the password and sent instructions to the registered email address.",
      "So, you got the password reset email and followed the link?",
      "If you provide me proof of your old purchase by email, I can send you a license code.",
      "Send us the receipt and we will send you a promo code for the next order."})
  void englishCodeAndResetMentionsDoNotFire(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir fragen Sie niemals nach Ihrem Passwort.",
      "Geben Sie Ihre PIN niemals weiter, auch nicht an uns.",
      "Bitte ändern Sie Ihr Passwort in der App.",
      "Wir schicken Ihnen eine neue PIN per Post.",
      "Ihr Passwort können Sie im Kundenkonto zurücksetzen.",
      "Bitte senden Sie uns keine TAN und keine Passwörter.",
      "Die TAN geben Sie nur in der Banking-App ein.",
      "Hier können Sie Ihre PIN selbst ändern.",
      "Wenn die Anmeldung nicht klappt, setzen Sie Ihr Kennwort zurück."})
  void germanMentionsDoNotFire(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We will never ask for your password.",
      "Never share your PIN with anyone, not even with us.",
      "We'll send you a new one-time code by text message.",
      "You can reset your password in the app."})
  void englishMentionsDoNotFire(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void firesInPrivateMessagesToo() {
    CheckResult r = Fixture.dm("Schicken Sie uns hier Ihr Passwort, dann loggen wir uns ein.",
        Locale.GERMAN);
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(ID)).findFirst().orElseThrow();
    assertEquals(Severity.BLOCKER, f.severity());
    assertEquals("Passwort", "Schicken Sie uns hier Ihr Passwort, dann loggen wir uns ein."
        .substring(f.span().start(), f.span().end()));
    assertTrue(f.suggestion().isPresent());
  }

  @Test
  void negationInAnotherClauseDoesNotHideTheRequest() {
    CheckResult r = Fixture.de("Wenn die Anmeldung nicht klappt, schicken Sie uns Ihr Passwort.");
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void messagesFollowTheLanguage() {
    String de = Fixture.de("Wie lautet Ihre PIN?").findings().get(0).message();
    String en = Fixture.en("What is your PIN?").findings().get(0).message();
    assertTrue(de.contains("Kanal"), de);
    assertTrue(en.contains("channel"), en);
  }
}
