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
 * vague promise; passing a matter on ("I'll point this out to him", "ich leite das weiter") is a
 * follow-up that needs a time.
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
      "When I see him online, I'll point this out to him.",
      "I will pass this on to the billing team."})
  void englishPassingOnNeedsATime(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ich leite das weiter an die Buchhaltung.",
      "Das gebe ich weiter, sobald der Kollege da ist."})
  void germanPassingOnNeedsATime(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I will pass this on to the billing team today by 5 pm.",
      "I've passed this on to the billing team."})
  void passingOnWithATimeOrDoneIsFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(MISSING), Fixture.describe(r));
  }
}
