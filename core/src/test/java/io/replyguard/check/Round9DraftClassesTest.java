package io.replyguard.check;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draft classes from the 2026-12-06c conversation set (replies staff really posted), with German
 * and English variants that are not those replies: a private channel offered as an alternative
 * in a sentence of its own ("… ? Or reach out at info@…") leaves the public answer invited; an
 * e-mail address given to write to ("please email hello@…", "schreib an service@…") moves the
 * request there, an address in a signature does not; student, user and member ids are personal
 * data; a "PM" is a private channel (a time "5 pm" is none); an account, profile or the
 * customer's data reported as deleted settles a cancellation in public (a message deleted is
 * moderation); a loan-word plural ("bei allen Refunds") is the practice; "Hast du deine Mail
 * korrekt angegeben?" asks what was done, not for the data; "den Login" or "send me the login"
 * asks for the login data, "the login page" does not; "someday", "eines Tages", a fix hoped for
 * ("hopefully fix it in the next version") and "mal sehen, ob ich …" / "let me see what I …" are
 * vague; "we'll get this updated", "I'll have it fixed" promise a result without a time, and so
 * do "I need to fix", "let me test … and fix it", "I'm on it", "we will send a replacement",
 * "fixe ich dann mal", "Das wird noch angepasst", "Das werde ich noch verbessern" (from the
 * held-out set of 2026-12-06d after its measurement).
 */
class Round9DraftClassesTest {
  private static final String[][] CASES = {
      // english alternative channel keeps the public request
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Could you share the email address you signed up with? Or you can reach out directly "
          + "at help@example.com"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Can you tell us your order number? Alternatively, send us a DM."},
      // german alternative channel keeps the public request
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Kannst du uns deine Bestellnummer nennen? Oder schreib uns an service@example.de"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Wie lautet deine Kundennummer? Alternativ geht es auch per DM."},
      // english address to write to moves the request
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Can you please email hello@example.io so I can extend your access. I need your "
          + "email address."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Please write to support@example.com. We need your order number to check."},
      // german address to write to moves the request
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Bitte schreib an service@example.de. Wir brauchen deine Kundennummer."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Schreiben Sie uns unter kontakt@example.de. Wir benötigen Ihre Vertragsnummer."},
      // an address in a signature is no channel
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Please tell us your order number.\n\nBest, Team Example (support@example.com)"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Bitte nenne uns deine Kundennummer.\n\nViele Grüße, Team Beispiel (service@example.de)"},
      // ids of students, users and members
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK", "Can you leave your student id and name?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK", "Please post your user id below."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-", "Your student id is on the back of the card."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Kannst du hier deine Matrikelnummer posten?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK", "Schick uns hier deine Mitgliedsnummer."},
      // a pm is a private channel, a time is not
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "You can ask for a refund on the forum as a pm."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-", "Send us a pm with your order number."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "What is your order number? We answer until 5 pm."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-", "Schick uns die Bestellnummer als PN."},
      // english account deletion settled in public
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "REVIEW",
          "This has been done. Data deleted and account removed"},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "REVIEW",
          "Your account has been removed from the system."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "REVIEW",
          "I've deleted your profile and all your data."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "You can delete your account in the settings."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Deleted accounts cannot be restored, sorry."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-", "Removed the duplicate entry in the docs."},
      // german account deletion settled in public
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "REVIEW", "Dein Konto wurde gelöscht."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "REVIEW",
          "Ich habe deine Daten gelöscht und das Profil entfernt."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Du kannst dein Konto in den Einstellungen löschen."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Gelöschte Konten können nicht wiederhergestellt werden."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Please don't share private details here. I've deleted your message with private "
          + "details."},
      // a loan-word plural is the practice, not the customer's refund
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Danke für den Bug-Report. Konnte das Verhalten bei allen Refunds beobachtet werden?"},
      // asking whether data was entered correctly asks for nothing
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Die Mails verschickt das Impfzentrum. Hast du deine Mail korrekt angegeben?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Haben Sie Ihre Kundennummer im Formular richtig eingetragen?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK", "Hast du deine Kundennummer für uns?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Have you entered your email address correctly in the form?"},
      // the login asked for without the word data
      {"de", DraftRules.CREDENTIAL_REQUEST, "yes", "BLOCK",
          "bräuchte ich den login via mail zum testen"},
      {"de", DraftRules.CREDENTIAL_REQUEST, "yes", "BLOCK",
          "Kannst du mir den Login per Mail schicken?"},
      {"en", DraftRules.CREDENTIAL_REQUEST, "yes", "BLOCK",
          "Please send me the login by email so I can test."},
      {"en", DraftRules.CREDENTIAL_REQUEST, "yes", "BLOCK", "Can you share the login with us?"},
      {"de", DraftRules.CREDENTIAL_REQUEST, "no", "-",
          "Ich habe den Login-Fehler gestern behoben."},
      {"de", DraftRules.CREDENTIAL_REQUEST, "no", "-",
          "Schick mir bitte einen Screenshot, wenn du den Login Fehler wieder siehst."},
      {"en", DraftRules.CREDENTIAL_REQUEST, "no", "-",
          "Can you send me the login page URL you are using?"},
      {"en", DraftRules.CREDENTIAL_REQUEST, "no", "-", "I fixed the login yesterday."},
      // english vague and open-ended promises
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW", "Someday I'll start a donation program."},
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "I'll investigate further and hopefully fix it in the next version."},
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "Good point, let me see what I can find about it."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "We'll get this updated - thanks!"},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "I'll have it fixed."},
      {"en", DraftRules.COMMITMENT_VAGUE, "no", "-", "Hopefully this helps!"},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "We'll get back to you tomorrow at 10am."},
      // german vague and open-ended promises
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "Guter Hinweis - mal sehen, ob ich dazu was finde..."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "Eines Tages baue ich auch eine Spendenfunktion ein."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "Ich schaue es mir an, hoffentlich im nächsten Update behoben."},
      {"de", DraftRules.COMMITMENT_VAGUE, "no", "-", "Hoffentlich hilft dir das weiter!"},
      // english fixes and follow-ups promised in other words (held-out set 2026-12-06d)
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "This is a bug that I need to fix :)"},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "Let me test this edge case and fix it, sorry for the trouble."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "Thanks for the report. I'm on it!"},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "Sorry it arrived damaged. We will send a replacement part."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "I will post updates on the situation here."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "You need to fix your config first."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Click on it to open the menu."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Restarting the router will do the trick."},
      // german fixes and follow-ups promised in other words
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "Mein Fehler, fixe ich dann wohl mal."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "Das wird noch angepasst."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "Das werde ich noch verbessern."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW",
          "Da überlege ich mir noch etwas."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Das wurde bereits angepasst."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Du musst das in der Konfiguration noch fixen, dann geht es."},
  };

  static Stream<Arguments> cases() {
    return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4]));
  }

  @ParameterizedTest(name = "{0} {1} fires={2}: {4}")
  @MethodSource("cases")
  void eachClassHolds(String language, String rule, String fires, String verdict, String text) {
    Fixture.assertClassRow(language, rule, fires, verdict, text);
  }
}
