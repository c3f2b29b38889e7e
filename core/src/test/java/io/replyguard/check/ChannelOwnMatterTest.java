package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code channel.contract-public} needs the customer's own contract or billing matter settled,
 * not the word in another sense (class R5).
 */
class ChannelOwnMatterTest {
  static final String ID = DraftRules.CHANNEL_CONTRACT_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Kündigungen werden gerade überall deployed (es braucht vielleicht ~30 min).",
      "Eigentlich müsste m.E. jetzt eine Gutschrift an die Einrichtung erfolgen.",
      "Gutschriften werden in der nächsten Version korrekt als negative Einnahme erfasst.",
      "Kündigungen sind nur schriftlich möglich.",
      "Eine Erstattung an den Lieferanten wird als Ausgabe gebucht.",
      "Verträge mit Lieferanten lassen sich jetzt als PDF exportieren.",
      "Das Feature für Rückbuchungen ist implementiert."})
  void germanOtherSensesDoNotFire(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Refunds are now deployed to all instances.",
      "A refund to the supplier is booked as an expense.",
      "Contracts can now be exported as PDF.",
      "Cancellations would need a separate status in the app.",
      "The refund feature has been merged."})
  void englishOtherSensesDoNotFire(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Deine Kündigung ist durch.",
      "Wir haben die Gutschrift veranlasst.",
      "Die Erstattung an Sie ist angewiesen.",
      "Ihre Gutschrift müsste bereits auf Ihrem Konto sein.",
      "Gekündigt!",
      "Die Rückerstattung ist unterwegs."})
  void germanOwnMattersStillFire(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your refund has been issued.",
      "We cancelled your subscription.",
      "The refund is on its way.",
      "I've refunded both payments.",
      "Your contract would end in March."})
  void englishOwnMattersStillFire(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }
}
