package io.replyguard.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Draft classes from the second 2026-12-06 pass over the real replies of rounds 6 and 7, with
 * German and English variants that are not those replies: a refund refused as a general policy
 * settles nothing in public, while a refusal about the customer's own case or with specifics
 * still does; a matter put on a list or a roadmap, or a release announced without a date, is a
 * vague promise; thinking it over or waiting for free time ("Ich denk mal drüber nach", "when I find the
 * time") is a follow-up that needs a time, and a little more time unnamed ("noch ein bisschen",
 * "im Laufe der nächsten Wochen", "ist gleich da") is vague. From the 2026-12-06 English conversation set: the mailbox is not
 * the address ("Can you check your email?", "your email client"); the account e-mail asked for
 * behind modifiers or described by its use ("your pro account email", "the email you used to
 * purchase", "die E-Mail nennen, mit der du bestellt hast") is asked for, a question about a
 * state ("Are you sure you're entering the email you used?") is not; a datum named as the tool of
 * an instruction ("to request your license key", "activate it with your license key") is not
 * asked for, unless the customer is told to reply with it; the agent's name with a role after it
 * ("Matyáš Kovaľ - IT support Packeta") is the agent's signature.
 */
class Round8DraftClassesTest {
  /**
   * One case per row: language, rule id, whether the rule fires, the verdict expected (or "-"
   * when only the rule is asserted) and the draft; grouped by class as in the class comment.
   */
  private static final String[][] CASES = {
      // english refund policy is no settlement
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "I can't issue a refund, only the App Store can."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "We do not issue refunds for this reason."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Unfortunately we are not able to offer refunds on digital goods."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "No refunds are possible through this shop."},
      // german refund policy is no settlement
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Eine Erstattung ist leider nicht möglich, das läuft nur über den App Store."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Wir können keine Rückerstattungen vornehmen."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "no", "-",
          "Gutschriften bieten wir grundsätzlich nicht an."},
      // english refusal of the customers case needs review
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "-",
          "We can't refund your subscription, the 14 days are over."},
      {"en", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "-", "We cannot refund you after 30 days."},
      // german refusal of the customers case needs review
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "-",
          "Ihre Erstattung ist nach 14 Tagen leider nicht mehr möglich."},
      {"de", DraftRules.CHANNEL_CONTRACT_PUBLIC, "yes", "-",
          "Eine Gutschrift für Ihren Vertrag können wir nicht mehr ausstellen, die Frist ist "
          + "im März abgelaufen."},
      // english lists and undated releases are vague
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW", "It's on our roadmap."},
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW", "Good idea, it's on my list."},
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "There will be a new version, but not all changes are tested yet."},
      // german lists and undated releases are vague
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW", "Das steht sehr hoch auf meiner Liste."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW", "Ist auf unserer Roadmap."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "REVIEW",
          "Es wird eine neue Version geben, aber noch nicht alles ist getestet."},
      // published roadmaps and past releases are no promise
      {"en", DraftRules.COMMITMENT_VAGUE, "no", "-",
          "Our roadmap for 2027 is published on the website."},
      {"en", DraftRules.COMMITMENT_VAGUE, "no", "-", "The new version was released on Monday."},
      // german thinking it over needs a time
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-",
          "Ich denk mal etwas genauer drüber nach."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-",
          "Ich werde mal sehen, wann ich Zeit finde."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-",
          "Da muss ich mir nochmal was überlegen."},
      // english thinking it over needs a time
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-", "I'll think about it."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-",
          "I'll look at it when I find the time."},
      // german little more time is vague
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "-",
          "Es braucht aber noch ein bisschen, bis der Dienst wieder da ist."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "-",
          "Der Bugfix wird im Laufe der nächsten Wochen ausgerollt."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "-", "Neue Version ist gleich da."},
      {"de", DraftRules.COMMITMENT_VAGUE, "yes", "-", "Wir hoffen auf eine schnelle Lösung."},
      // english little more time is vague
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "-",
          "It will take a bit longer until the service is back."},
      {"en", DraftRules.COMMITMENT_VAGUE, "yes", "-", "We hope for a quick fix from the provider."},
      // english mailboxes and instructions ask for nothing
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Can you check your email? We sent you the link."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Please look in your email client and the spam folder."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Did you follow the Getting Started Guide to request your license key?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Hi, you need to activate your membership with your license key."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Are you sure you're entering the same email address you used to purchase with?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Please update your address in the customer portal."},
      // german mailboxes ask for nothing
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Schau bitte in deine E-Mails, wir haben dir den Link geschickt."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Bitte öffne dein E-Mail-Programm und schau in den Spam-Ordner."},
      // english account email requests block
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Would you mind to provide me your pro account email?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "What was the email you used to purchase the plugin??"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Can you tell us the e-mail address you registered with?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Can you please communicate the email you used to purchase premium?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Reply here with your customer number and we'll check."},
      // german account email requests block
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Kannst du uns die E-Mail nennen, mit der du bestellt hast?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK", "Was ist deine E-Mail-Adresse?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Schick uns hier deine Kundennummer, dann schauen wir nach."},
      // english signature with a role is the agents
      {"en", DraftRules.PII_PUBLIC, "no", "-",
          "I will forward this to our programmers.\n\nBest regards,\nMatyáš Kovaľ - IT support "
          + "Packeta"},
      {"en", DraftRules.PII_PUBLIC, "no", "-", "Fixed now.\n\nCheers,\nTom Baker, Customer Care"},
      // german signature with a role is the agents
      {"de", DraftRules.PII_PUBLIC, "no", "-",
          "Ist erledigt.\nViele Grüße\nAnna Schmidt | Kundenservice"},
      {"de", DraftRules.PII_PUBLIC, "no", "-",
          "Das ist behoben.\n\nLG\nJonas Weber - Social Media Team"},
      // a name followed by no role stays personal data
      {"de", DraftRules.PII_PUBLIC, "yes", "-", "Viele Grüße\nJana Krüger - Kundin seit 2019"},
      {"de", DraftRules.PII_PUBLIC, "yes", "-",
          "Viele Grüße\nJana Krüger - bitte rufen Sie morgen an, sie ist Kundin"},
      // english headings and past delays promise nothing
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Follow up: You should be able to download it now. Feedback appreciated!"},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Hi, sorry for taking so long to get back to you on this issue. The option is in "
          + "Settings."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Sorry for the delay in getting back to you, the fix is live."},
      // german past delays promise nothing
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Sorry für die späte Rückmeldung, melde mich: das Update ist draußen."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-",
          "Rückmeldung: das Update ist draußen, bitte testen."},
      // a follow up without time still needs one
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-", "We'll get back to you."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "-",
          "I will follow up with the team and get back to you."},
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
