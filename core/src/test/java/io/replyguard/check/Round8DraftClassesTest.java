package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  private static final String CHANNEL = DraftRules.CHANNEL_CONTRACT_PUBLIC;
  private static final String VAGUE = DraftRules.COMMITMENT_VAGUE;
  private static final String MISSING = DraftRules.COMMITMENT_MISSING_TIME;

  @ParameterizedTest
  @ValueSource(strings = {
      "I can't issue a refund, only the App Store can.",
      "We do not issue refunds for this reason.",
      "Unfortunately we are not able to offer refunds on digital goods.",
      "No refunds are possible through this shop."})
  void englishRefundPolicyIsNoSettlement(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(CHANNEL), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Eine Erstattung ist leider nicht möglich, das läuft nur über den App Store.",
      "Wir können keine Rückerstattungen vornehmen.",
      "Gutschriften bieten wir grundsätzlich nicht an."})
  void germanRefundPolicyIsNoSettlement(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(CHANNEL), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We can't refund your subscription, the 14 days are over.",
      "We cannot refund you after 30 days."})
  void englishRefusalOfTheCustomersCaseNeedsReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(CHANNEL), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ihre Erstattung ist nach 14 Tagen leider nicht mehr möglich.",
      "Eine Gutschrift für Ihren Vertrag können wir nicht mehr ausstellen, die Frist ist im März abgelaufen."})
  void germanRefusalOfTheCustomersCaseNeedsReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(CHANNEL), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It's on our roadmap.",
      "Good idea, it's on my list.",
      "There will be a new version, but not all changes are tested yet."})
  void englishListsAndUndatedReleasesAreVague(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(VAGUE), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das steht sehr hoch auf meiner Liste.",
      "Ist auf unserer Roadmap.",
      "Es wird eine neue Version geben, aber noch nicht alles ist getestet."})
  void germanListsAndUndatedReleasesAreVague(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(VAGUE), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Our roadmap for 2027 is published on the website.",
      "The new version was released on Monday."})
  void publishedRoadmapsAndPastReleasesAreNoPromise(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(VAGUE), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ich denk mal etwas genauer drüber nach.",
      "Ich werde mal sehen, wann ich Zeit finde.",
      "Da muss ich mir nochmal was überlegen."})
  void germanThinkingItOverNeedsATime(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'll think about it.",
      "I'll look at it when I find the time."})
  void englishThinkingItOverNeedsATime(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Es braucht aber noch ein bisschen, bis der Dienst wieder da ist.",
      "Der Bugfix wird im Laufe der nächsten Wochen ausgerollt.",
      "Neue Version ist gleich da.",
      "Wir hoffen auf eine schnelle Lösung."})
  void germanLittleMoreTimeIsVague(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(VAGUE), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It will take a bit longer until the service is back.",
      "We hope for a quick fix from the provider."})
  void englishLittleMoreTimeIsVague(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(VAGUE), Fixture.describe(r));
  }

  private static final String REQUEST = DraftRules.PII_REQUEST_PUBLIC;
  private static final String PII = DraftRules.PII_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Can you check your email? We sent you the link.",
      "Please look in your email client and the spam folder.",
      "Did you follow the Getting Started Guide to request your license key?",
      "Hi, you need to activate your membership with your license key.",
      "Are you sure you're entering the same email address you used to purchase with?",
      "Please update your address in the customer portal."})
  void englishMailboxesAndInstructionsAskForNothing(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(REQUEST), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Schau bitte in deine E-Mails, wir haben dir den Link geschickt.",
      "Bitte öffne dein E-Mail-Programm und schau in den Spam-Ordner."})
  void germanMailboxesAskForNothing(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(REQUEST), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Would you mind to provide me your pro account email?",
      "What was the email you used to purchase the plugin??",
      "Can you tell us the e-mail address you registered with?",
      "Can you please communicate the email you used to purchase premium?",
      "Reply here with your customer number and we'll check."})
  void englishAccountEmailRequestsBlock(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(REQUEST), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kannst du uns die E-Mail nennen, mit der du bestellt hast?",
      "Was ist deine E-Mail-Adresse?",
      "Schick uns hier deine Kundennummer, dann schauen wir nach."})
  void germanAccountEmailRequestsBlock(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(REQUEST), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I will forward this to our programmers.\n\nBest regards,\nMatyáš Kovaľ - IT support Packeta",
      "Fixed now.\n\nCheers,\nTom Baker, Customer Care"})
  void englishSignatureWithARoleIsTheAgents(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(PII), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ist erledigt.\nViele Grüße\nAnna Schmidt | Kundenservice",
      "Das ist behoben.\n\nLG\nJonas Weber - Social Media Team"})
  void germanSignatureWithARoleIsTheAgents(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(PII), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Viele Grüße\nJana Krüger - Kundin seit 2019",
      "Viele Grüße\nJana Krüger - bitte rufen Sie morgen an, sie ist Kundin"})
  void aNameFollowedByNoRoleStaysPersonalData(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(PII), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Follow up: You should be able to download it now. Feedback appreciated!",
      "Hi, sorry for taking so long to get back to you on this issue. The option is in Settings.",
      "Sorry for the delay in getting back to you, the fix is live."})
  void englishHeadingsAndPastDelaysPromiseNothing(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sorry für die späte Rückmeldung, melde mich: das Update ist draußen.",
      "Rückmeldung: das Update ist draußen, bitte testen."})
  void germanPastDelaysPromiseNothing(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We'll get back to you.",
      "I will follow up with the team and get back to you."})
  void aFollowUpWithoutTimeStillNeedsOne(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }
}
