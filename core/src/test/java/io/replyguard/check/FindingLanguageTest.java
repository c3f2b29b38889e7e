package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Visibility;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renders every built-in rule's message in German and English and fails on English words in a
 * German finding (and German words in an English one). The tone rules judge German drafts only,
 * so they have German messages only.
 */
class FindingLanguageTest {
  static final Set<String> ENGLISH = Set.of("the", "and", "your", "you", "is", "are", "not",
      "to", "of", "with", "please", "reply", "this", "that", "for", "it", "be", "has", "have",
      "can", "only", "about", "never", "or", "too", "many", "characters", "give", "say");
  static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit",
      "eine", "einen", "werden", "wird", "bitte", "sie", "zu", "oder", "nie", "für", "auf",
      "zeichen", "geben", "sagen");

  static boolean contains(String sentence, Set<String> words) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** One German and one English draft per rule that make it fire. */
  static final Map<String, List<String>> DRAFTS = new LinkedHashMap<>();

  static {
    DRAFTS.put(DraftRules.PII_PUBLIC, List.of("Wir haben max.muster@example.org notiert.",
        "We noted max.muster@example.org for you."));
    DRAFTS.put(DraftRules.PII_REQUEST_PUBLIC, List.of("Nennen Sie uns hier Ihre Kundennummer.",
        "Reply here with your customer number."));
    DRAFTS.put(DraftRules.CREDENTIAL_REQUEST, List.of("Wie lautet Ihre PIN?",
        "What is your PIN?"));
    DRAFTS.put(DraftRules.LENGTH_LIMIT, List.of("Lang ".repeat(80), "Long ".repeat(80)));
    DRAFTS.put(DraftRules.COMMITMENT_VAGUE, List.of("Wir melden uns zeitnah bei Ihnen.",
        "We will get back to you shortly."));
    DRAFTS.put(DraftRules.COMMITMENT_MISSING_TIME, List.of("Wir melden uns bei Ihnen.",
        "We will get back to you."));
    DRAFTS.put(DraftRules.COMMITMENT_UNKEEPABLE, List.of(
        "Wir melden uns innerhalb der nächsten 5 Minuten.",
        "We will get back to you within 5 minutes."));
    DRAFTS.put(DraftRules.CHANNEL_CONTRACT_PUBLIC, List.of(
        "Ihre Kündigungsfrist beträgt drei Monate.", "Your notice period is three months."));
  }

  @Test
  void everyRuleSpeaksTheDraftsLanguage() {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<String>> e : DRAFTS.entrySet()) {
      for (int lang = 0; lang < 2; lang++) {
        boolean german = lang == 0;
        Draft d = Fixture.draft(e.getValue().get(lang), Visibility.PUBLIC,
            german ? Locale.GERMAN : Locale.ENGLISH);
        List<Finding> found = Fixture.DEFAULT.check(d).findings().stream()
            .filter(f -> f.ruleId().equals(e.getKey())).toList();
        assertFalse(found.isEmpty(), e.getKey() + " did not fire on " + d.text());
        for (Finding f : found) {
          assertLanguage(german, f);
        }
        seen.add(e.getKey());
      }
    }
    Finding priv = Fixture.dm("Wir haben max.muster@example.org notiert.", Locale.GERMAN)
        .findings().stream().filter(f -> f.ruleId().equals(DraftRules.PII_PRIVATE)).findFirst()
        .orElseThrow();
    assertLanguage(true, priv);
    Finding privEn = Fixture.dm("We noted max.muster@example.org for you.", Locale.ENGLISH)
        .findings().stream().filter(f -> f.ruleId().equals(DraftRules.PII_PRIVATE)).findFirst()
        .orElseThrow();
    assertLanguage(false, privEn);
    seen.add(DraftRules.PII_PRIVATE);
    // tone: German drafts only, German messages
    for (String text : List.of("Können Sie uns helfen? Schreib uns!", "Hast du Zeit?")) {
      for (Finding f : Fixture.de(text).findings()) {
        if (f.ruleId().startsWith("tone.")) {
          assertLanguage(true, f);
          seen.add(f.ruleId());
        }
      }
    }
    // boilerplate: a repeat of a sent reply
    DraftChecker checker = Fixture.checker(ReplyguardConfig.defaults());
    String de = "Vielen Dank für Ihre Nachricht, wir kümmern uns heute bis 18 Uhr um Ihr Anliegen.";
    String en = "Thank you for your message, we will take care of your request today by 6 pm.";
    checker.recordSent(Fixture.draft(de, Visibility.PUBLIC, Locale.GERMAN));
    checker.recordSent(Fixture.draft(en, Visibility.PUBLIC, Locale.ENGLISH));
    for (Finding f : checker.check(Fixture.draft(de, Visibility.PUBLIC, Locale.GERMAN))
        .findings()) {
      if (f.ruleId().equals(DraftRules.BOILERPLATE_REPEAT)) {
        assertLanguage(true, f);
        seen.add(f.ruleId());
      }
    }
    for (Finding f : checker.check(Fixture.draft(en, Visibility.PUBLIC, Locale.ENGLISH))
        .findings()) {
      if (f.ruleId().equals(DraftRules.BOILERPLATE_REPEAT)) {
        assertLanguage(false, f);
      }
    }
    Set<String> all = new HashSet<>();
    DraftRules.builtIn().forEach(r -> all.add(r.id()));
    assertEquals(all, seen, "every built-in rule rendered");
  }

  static void assertLanguage(boolean german, Finding f) {
    String text = f.message() + " " + f.suggestion().orElse("");
    if (german) {
      assertFalse(contains(text, ENGLISH), f.ruleId() + ": English in a German finding: " + text);
    } else {
      assertFalse(contains(text, GERMAN), f.ruleId() + ": German in an English finding: " + text);
    }
    assertTrue(text.strip().length() > 10, f.ruleId());
  }
}
