package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code channel.contract-public} on billing settled in public: refunds and credits (R3). */
class BillingSettledPublicTest {
  static final String ID = DraftRules.CHANNEL_CONTRACT_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "As a small apology, we’ve added an extra month to your Pro plan at no charge.",
      "We have refunded you.",
      "I've added two free months to your account.",
      "Sorry for the trouble, you get a free month on your subscription as compensation.",
      "We reimbursed your second payment.",
      "We credited your account with the difference."})
  void englishSettlementsNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Als Entschuldigung haben wir Ihnen einen Gratismonat gutgeschrieben.",
      "Ich habe Ihnen einen Monat gratis auf Ihr Abo gegeben.",
      "Wir haben Ihnen den Betrag zurücküberwiesen.",
      "Den doppelten Beitrag haben wir Ihnen zurückerstattet.",
      "Wir haben Ihnen 5 € gutgeschrieben."})
  void germanSettlementsNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Get a free month with the annual plan.",
      "I need an extra month to finish this feature.",
      "The app is free of charge.",
      "We offer updates at no charge.",
      "Your subscription has now been activated.",
      "A refund from a supplier is booked as negative income."})
  void englishPricingAndOtherMonthsAllow(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Neukunden erhalten einen Gratismonat.",
      "Ich brauche noch einen Monat für das Feature.",
      "Die App ist kostenlos.",
      "Die Gutschrift eines Lieferanten wird als negative Einnahme gebucht.",
      "Die Ware ging zurück und Du hast Geld zurückerstattet bekommen. Unterm Strich 0."})
  void germanPricingAndOtherMonthsAllow(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }
}
