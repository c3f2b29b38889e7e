package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error classes of the round-6 conversation sets (2026-12-05, 243 posts), each with German
 * and English variants that are not the posts of those sets: thanks for the product itself
 * ("Thank you for this app", "Danke für den Tipp") is praise even when it names the app;
 * settled remarks ("Kommando zurück", "Hiermit komme ich weiter", "that did the trick") are
 * small talk; overlapping topic words of one intent ("my account", "account") count once, so
 * "cancel my subscription … my account" is a cancellation (e-mail) and not account access; a
 * sign-off of a given name with an initial ("Thomas A.") hides nothing; deleting one's own account
 * or data is a cancellation (written proof); "Kann man irgendwo …", "Where should I …" ask how;
 * "nicht möglich", "shown twice", "made it worse" are faults; a login name is hidden when public
 * but needs no credential change; payment disputes (PayPal case, chargeback) and "stay far
 * away" escalate; a lone sarcasm emoji after thanks for a fix is no sarcasm.
 */
class Round6ConversationClassesTest {
  private static Advice advise(String text) {
    return AdviceFixtures.adviseDefault(text);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      PRAISE|PUBLIC_REPLY|LOW|Thank you for this app, it is a blessing!
      PRAISE|PUBLIC_REPLY|LOW|Nice app. Just wanted to say thanks for the app.
      PRAISE|PUBLIC_REPLY|LOW|Thanks everyone for the work on this, the app runs great.
      PRAISE|PUBLIC_REPLY|LOW|Danke für diese App, einfach super!
      PRAISE|PUBLIC_REPLY|LOW|Tolle App, ich wollte einfach mal danke sagen.
      PRAISE|PUBLIC_REPLY|LOW|Mit Version 2.1 klappts nun. Danke für den Tipp!
      SMALL_TALK|PUBLIC_REPLY|LOW|Ok, Kommando zurück, hab die Option in den Einstellungen gefunden.
      SMALL_TALK|PUBLIC_REPLY|LOW|Habe die Version 1.4 eingetragen, hiermit komme ich weiter.
      SMALL_TALK|PUBLIC_REPLY|LOW|Ich sehe keine Fehlermeldungen mehr.
      SMALL_TALK|PUBLIC_REPLY|LOW|Switched the setting and that did the trick.
      SMALL_TALK|PUBLIC_REPLY|LOW|Requested a new code and got in again.
      CANCELLATION|EMAIL|NORMAL|I want to delete my account and all the data I uploaded, please confirm.
      CANCELLATION|EMAIL|NORMAL|Bitte löscht mein Konto und alle meine Daten.
      HOW_TO|PUBLIC_REPLY|NORMAL|Kann man irgendwo einstellen, auf welches Konto gebucht wird?
      HOW_TO|PUBLIC_REPLY|NORMAL|Where should I report a moderation decision?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Seit September tauchen alle Buchungen in der App doppelt auf.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Since Monday every transaction is shown twice in the app.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Es ist immernoch nicht möglich, die Datei zu öffnen.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Did all the steps, but I think it made it worse.
      PRAISE|PUBLIC_REPLY|LOW|Funktioniert's wieder! Vielen Dank für die schnelle Hilfe 🙄😅
      PRAISE|PUBLIC_REPLY|LOW|It works again, thanks a lot for the quick fix 🙄
      """)
  void classesOfRound6(Intent main, Channel channel, Priority priority, String text) {
    AdviceFixtures.assertMainIntent(main, channel, priority, advise(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Immer noch keine Antwort. Daher werde ich heute einen Fall bei PayPal eröffnen.",
      "Bekomme ich kein Geld zurück, gebe ich die Lastschrift zurück und mache eine Rückbuchung.",
      "Refund me now, otherwise I'm filing a complaint with my bank to get a chargeback.",
      "I had to dispute the charge with my card issuer. Stay far away from this app."})
  void paymentDisputesAndCallsToStayAwayEscalate(String text) {
    Advice a = advise(text);
    assertTrue(a.actions().contains(Action.ESCALATE), a.toString());
    assertEquals(Priority.HIGH, a.priority(), a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "please cancel my subscription, i never signed up. Do not charge my account again.",
      "Bitte kündigt mein Abo, ich will nicht, dass mein Konto weiter belastet wird."})
  void cancellingWhileNamingTheAccountGoesToEmail(String text) {
    Advice a = advise(text);
    assertEquals(Channel.EMAIL, a.channel(), a.toString());
    assertTrue(a.intents().contains(Intent.CANCELLATION), a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Looking for a way to say thanks for this great tool!\nAlles Gute!\nThomas A.",
      "Danke für die schnelle Hilfe, läuft wieder.\n\nViele Grüße\nAnna M."})
  void aGivenNameWithInitialsHidesNothing(String text) {
    Advice a = advise(text);
    assertFalse(a.actions().contains(Action.HIDE_ORIGINAL), a.toString());
    assertTrue(a.pii().stream().anyMatch(
        f -> f.type() == io.replyguard.model.PiiType.PERSON_NAME), a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mein Benutzername ist kater_karlo77, ich komme seit gestern nicht mehr rein.",
      "my username is jdoe_1984 and I can't log in since yesterday"})
  void aLoginNameIsHiddenButNeedsNoCredentialChange(String text) {
    Advice a = advise(text);
    assertTrue(a.actions().contains(Action.HIDE_ORIGINAL), a.toString());
    assertFalse(a.actions().contains(Action.CHANGE_CREDENTIALS), a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mein Passwort ist Sommer2024!, trotzdem komme ich nicht rein.",
      "my password is hunter2 and it still fails"})
  void aPostedSecretNeedsACredentialChange(String text) {
    assertTrue(advise(text).actions().contains(Action.CHANGE_CREDENTIALS));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mein Router geht nicht.\n\nViele Grüße\nAnna Mustermann",
      "The app crashes on start.\n\nBest regards,\nBrian T. Lowe"})
  void aFullNameStillHidesThePost(String text) {
    assertTrue(advise(text).actions().contains(Action.HIDE_ORIGINAL));
  }
}
