package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelRuleTest {
  static final String ID = DraftRules.CHANNEL_CONTRACT_PUBLIC;

  @ParameterizedTest
  @ValueSource(strings = {
      "Ihre Kündigung zum 31.12. haben wir erhalten.",
      "Ihr Vertrag läuft noch bis März.",
      "Die Kündigungsfrist beträgt drei Monate.",
      "Ein Tarifwechsel ist jederzeit möglich.",
      "Ihren Handyvertrag können Sie zum Laufzeitende beenden.",
      "Sie haben ein Sonderkündigungsrecht."})
  void germanContractMattersInPublicNeedReview(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.REVIEW, r.verdict(), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your contract ends in March.",
      "You can cancel your subscription at any time.",
      "The notice period is three months."})
  void englishContractMattersInPublicNeedReview(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bitte senden Sie Ihre Kündigung per E-Mail an uns.",
      "Zu Ihrem Vertrag schreiben Sie uns bitte eine DM.",
      "Die Störung ist behoben.",
      "Unser Vertragspartner liefert die Ersatzteile.",
      "Schade, dass Sie gehen möchten. Bitte nutzen Sie für die Kündigung unser Kontaktformular.",
      "Wir vertrauen auf Ihr Verständnis.",
      "Für Ihre Kündigung brauchen wir eine schriftliche Nachricht. Bitte senden Sie sie per E-Mail."})
  void germanHandOffsAndUnrelatedTextsAreFine(String text) {
    CheckResult r = Fixture.de(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your flight was cancelled due to the storm.",
      "Please send us a DM about your contract.",
      "Our contractors are on site."})
  void englishHandOffsAndUnrelatedTextsAreFine(String text) {
    CheckResult r = Fixture.en(text);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void detailsInPublicNeedReviewEvenWithAHandOff() {
    String text = "Ihre Kündigungsfrist beträgt drei Monate. Für alles Weitere schreiben Sie uns "
        + "eine DM.";
    CheckResult r = Fixture.de(text);
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(ID)).findFirst()
        .orElseThrow(() -> new AssertionError(Fixture.describe(r)));
    assertEquals("Kündigungsfrist", text.substring(f.span().start(), f.span().end()));
  }

  @Test
  void privateMessagesMayDiscussContracts() {
    CheckResult r = Fixture.dm("Ihr Vertrag läuft noch bis März.", Locale.GERMAN);
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void answeringACancellationPubliclyWithoutHandOffSpansTheWholeDraft() {
    Message m = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
        "Ich will meinen Vertrag kündigen, sofort!").id("m1").build();
    String text = "Das tut uns leid! Wir helfen Ihnen gern weiter.";
    CheckResult r = Fixture.DEFAULT.check(
        Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN).inReplyTo(m));
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(ID)).findFirst()
        .orElseThrow(() -> new AssertionError(Fixture.describe(r)));
    assertEquals(0, f.span().start());
    assertEquals(text.length(), f.span().end());

    CheckResult handedOff = Fixture.DEFAULT.check(Fixture.draft(
        "Das tut uns leid! Schreiben Sie uns bitte eine DM, dann helfen wir weiter.",
        Visibility.PUBLIC, Locale.GERMAN).inReplyTo(m));
    assertFalse(Fixture.ids(handedOff).contains(ID), Fixture.describe(handedOff));
  }
}
