package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRecognizerTest {
  private static final IntentRecognizer R = IntentRecognizer.create(ReplyguardConfig.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"Kündigung", "kündigen", "gekündigt", "Vertragskündigung", "kuendigen",
      "KUENDIGUNG", "#kündigung", "#Kuendigung", "Kündigungsbestätigung", "kündige", "Kundigung",
      "Kündigugn", "Künddigung", "Kündgiung", "Sonderkündigungsrecht", "ku\u0308ndigen",
      "KÜNDIGUNG!!!", "cancel", "cancellation", "Cancelled"})
  void cancellationInAllSpellings(String text) {
    assertTrue(R.recognize(text).contains(Intent.CANCELLATION), () -> text + " " + R.recognize(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ankündigen", "Ankündigung", "sachkundige Beratung", "Kundin", "Kunde"})
  void noCancellationInLookalikes(String text) {
    assertFalse(R.recognize(text).contains(Intent.CANCELLATION), () -> text + " " + R.recognize(text));
  }

  /**
   * A word listed in both the German and the English list ("bug|"), or as a word and as a
   * compound part ("~app|", "~*app|"), is one piece of evidence: it does not outweigh one outage
   * word.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Dienst gerade unerreichbar? Ich habe einen Bug gemeldet.",
      "Webseite unerreichbar, ist das ein Bug?", "Site unreachable, is this a bug?"})
  void aWordInTwoListsCountsOnce(String text) {
    assertEquals(Intent.OUTAGE, R.recognize(text).get(0), () -> text + " " + R.recognize(text));
  }

  @Test
  void umlautSpellingsAreEquivalent() {
    assertEquals(R.recognize("Störung überall, Gebühr zu hoch, Grüße"),
        R.recognize("Stoerung ueberall, Gebuehr zu hoch, Gruesse"));
    assertEquals(R.recognize("Großstörung"), R.recognize("GROSSSTOERUNG"));
    assertEquals(R.recognize("Großstörung"), R.recognize("GROẞSTÖRUNG"));
    assertTrue(R.recognize("Storung").contains(Intent.OUTAGE));
  }

  @Test
  void hashtagsAndEmojisCount() {
    assertEquals(List.of(Intent.OUTAGE), R.recognize("#störung #netzausfall"));
    assertTrue(R.recognize("😡😡").contains(Intent.COMPLAINT));
    assertEquals(List.of(Intent.PRAISE), R.recognize("👍❤️"));
    assertEquals(List.of(Intent.SMALL_TALK), R.recognize("🎄🎅"));
    assertTrue(R.recognize("#fail").contains(Intent.COMPLAINT));
  }

  @Test
  void wordBoundariesAreRespected() {
    assertFalse(R.recognize("Ich habe einen Plantagenbesitzer gefragt").contains(Intent.CONTRACT));
    assertTrue(R.recognize("Which plan do I have?").contains(Intent.CONTRACT));
    assertFalse(R.recognize("Das Download-Tempo").contains(Intent.OUTAGE));
    assertTrue(R.recognize("Netz down?").contains(Intent.OUTAGE));
    assertFalse(R.recognize("unfreundlich").contains(Intent.PRAISE));
  }

  @Test
  void technicalIssueYieldsToOutageAndPraiseToComplaint() {
    assertEquals(List.of(Intent.OUTAGE), R.recognize("Störung? Internet geht nicht"));
    assertEquals(List.of(Intent.TECHNICAL_ISSUE), R.recognize("Internet geht nicht"));
    assertEquals(List.of(Intent.COMPLAINT), R.recognize("Danke für nichts"));
    assertEquals(List.of(Intent.PRAISE), R.recognize("Danke"));
  }

  @Test
  void rankingPutsTheStrongestIntentFirst() {
    List<Intent> intents = R.recognize("Kündigung! Ich kündige, Kündigungsbestätigung bitte per Mail."
        + " Und eine Frage zur Rechnung");
    assertEquals(Intent.CANCELLATION, intents.get(0));
    assertTrue(intents.contains(Intent.BILLING));
  }

  @Test
  void nothingRecognisedIsOther() {
    assertEquals(List.of(Intent.OTHER), R.recognize(""));
    assertEquals(List.of(Intent.OTHER), R.recognize("   "));
    assertEquals(List.of(Intent.OTHER), R.recognize("xyz 123"));
  }

  @Test
  void configurationAddsKeywords() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .intentKeywords(Map.of(Intent.OUTAGE, List.of("*glasfaserloch", "Baustelle|"),
            Intent.DELIVERY, List.of("Hermesbote")))
        .build();
    IntentRecognizer custom = IntentRecognizer.create(config);
    assertEquals(List.of(Intent.OTHER), R.recognize("Baustelle vor dem Haus"));
    assertEquals(List.of(Intent.OUTAGE), custom.recognize("Baustelle vor dem Haus"));
    assertEquals(List.of(Intent.OTHER), custom.recognize("Baustellen vor dem Haus"));
    assertEquals(List.of(Intent.OUTAGE), custom.recognize("Riesen-Glasfaserloch"));
    assertEquals(List.of(Intent.DELIVERY), custom.recognize("der HERMESBOTE war da"));
  }

  @Test
  void emptyConfiguredKeywordIsRejectedWithItsPlace() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .intentKeywords(Map.of(Intent.OUTAGE, List.of("*|"))).build();
    io.replyguard.config.ConfigException e = assertThrows(
        io.replyguard.config.ConfigException.class, () -> IntentRecognizer.create(config));
    assertEquals("/intentKeywords/OUTAGE/0", e.path());
  }

  @Test
  void nullTextIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> R.recognize(null));
    assertEquals("text", e.getMessage());
  }

  @Property(tries = 500)
  void neverEmptyNeverThrowsAndIgnoresCase(@ForAll("texts") String text) {
    List<Intent> intents = R.recognize(text);
    assertFalse(intents.isEmpty());
    assertEquals(intents.contains(Intent.OTHER), intents.size() == 1 && intents.get(0) == Intent.OTHER);
    assertEquals(intents, R.recognize(text.toUpperCase(java.util.Locale.ROOT)
        .replace("SS", "ß").toLowerCase(java.util.Locale.ROOT)));
  }

  @Property(tries = 300)
  void umlautFoldingDoesNotChangeIntents(@ForAll("texts") String text) {
    String folded = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
    assertEquals(R.recognize(text), R.recognize(folded));
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> words = new ArrayList<>(List.of("Kündigung", "Störung", "Rechnung", "danke",
        "Passwort", "Paket", "Vertrag", "wie kann ich", "Weihnachten", "Frechheit", "😡", "👍",
        "#fail", "geht nicht", "überall", "Gebühr", "Grüße", "Internet", "!!!", "🎄", "down",
        "cancel", "refund", "how do I", "Mindestlaufzeit", "Lieferung"));
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().withChars("aäoöuüßAÄOÖUÜ #!?.,").ofMaxLength(6));
    return word.list().ofMaxSize(12).map(l -> String.join(" ", l));
  }
}
