package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.Priority;
import io.replyguard.model.Visibility;
import io.replyguard.pii.PiiDetector;
import java.time.Clock;
import java.time.ZoneOffset;
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
 * sign-off of a given name with an initial ("Thomas A.") hides nothing.
 */
class Round6ConversationClassesTest {
  private static final Advisor ADVISOR = AdviceFixtures.advisor(AdviceFixtures.noBursts(),
      Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC));

  private static final PiiDetector DETECTOR =
      PiiDetector.create(io.replyguard.config.ReplyguardConfig.defaults());

  private static Advice advise(String text) {
    return ADVISOR.advise(AdviceFixtures.message(Visibility.PUBLIC, text),
        DETECTOR.scan(text));
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
      """)
  void classesOfRound6(Intent main, Channel channel, Priority priority, String text) {
    Advice a = advise(text);
    assertEquals(main, a.intents().get(0), a.toString());
    assertEquals(channel, a.channel(), a.toString());
    assertEquals(priority, a.priority(), a.toString());
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
      "Mein Router geht nicht.\n\nViele Grüße\nAnna Mustermann",
      "The app crashes on start.\n\nBest regards,\nBrian T. Lowe"})
  void aFullNameStillHidesThePost(String text) {
    assertTrue(advise(text).actions().contains(Action.HIDE_ORIGINAL));
  }
}
