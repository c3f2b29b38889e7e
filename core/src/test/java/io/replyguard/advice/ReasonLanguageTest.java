package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Advice;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every advice reason exists in German and English, and the advice speaks the post's language. */
class ReasonLanguageTest {
  /** English function words that never belong in a German sentence (and the reverse). */
  static final Set<String> ENGLISH = Set.of("the", "and", "your", "you", "is", "are", "not",
      "to", "of", "with", "please", "reply", "this", "that", "for", "it", "be", "has", "have",
      "can", "only", "about", "needs", "first", "never", "answer", "or");
  static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit",
      "eine", "einen", "werden", "wird", "bitte", "sie", "zu", "oder", "nie", "für", "auf");

  static boolean contains(String sentence, Set<String> words) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyBuiltInReasonIsWrittenInBothLanguages() {
    Map<String, List<String>> reasons = RuleEngine.builtInReasons();
    assertTrue(reasons.size() >= 20, reasons.keySet().toString());
    reasons.forEach((id, pair) -> {
      String de = pair.get(0);
      String en = pair.get(1);
      assertFalse(contains(de, ENGLISH), id + " German reason has English words: " + de);
      assertFalse(contains(en, GERMAN), id + " English reason has German words: " + en);
      assertFalse(de.equals(en), id + " has one sentence for both languages");
    });
  }

  @Test
  void adviceSpeaksTheLanguageOfThePost() {
    Advisor a = AdviceFixtures.advisor(AdviceFixtures.noBursts(),
        Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC));
    Map<String, List<String>> reasons = RuleEngine.builtInReasons();
    for (String text : List.of("Ich will meinen Vertrag kündigen, sofort!",
        "Mein Router blinkt rot und das Internet geht nicht.", "Frohe Weihnachten euch allen!",
        "Wie schalte ich die Mailbox aus?")) {
      Advice adv = a.advise(AdviceFixtures.message(Visibility.PUBLIC, text), List.of());
      for (Reason r : adv.reasons()) {
        assertEquals(reasons.get(r.ruleId()).get(0), r.message(), text);
      }
    }
    for (String text : List.of("I want to cancel my contract right now!",
        "My router is blinking red and the internet is not working.", "Merry Christmas to you all!",
        "How do I turn off voicemail?")) {
      Advice adv = a.advise(AdviceFixtures.message(Visibility.PUBLIC, text), List.of());
      for (Reason r : adv.reasons()) {
        assertEquals(reasons.get(r.ruleId()).get(1), r.message(), text);
      }
    }
    // the message's locale wins over the words
    Message tagged = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Danke!").id("m")
        .locale(Locale.ENGLISH).build();
    Reason r = a.advise(tagged, List.of()).reasons().get(0);
    assertEquals(reasons.get(r.ruleId()).get(1), r.message());
  }
}
