package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.config.ReplyguardConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The differential run of the recognizer: the recognizer of commit 38ee5f0 (before markers could
 * have exceptions, kept as {@link LegacyIntentRecognizer} in the test sources) against the current
 * {@link IntentRecognizer} on generated posts built from the lexicons' own entries, markers,
 * advice-rule keywords, filler words, punctuation, emoji, case changes and typos; intents,
 * decisive intents, topic, keyword groups, markers and language must be the same. Not part of the
 * normal test run: enable with {@code -Dadvice.differential=1000000} (the number of posts).
 *
 * <p>Once the recognizer changes behaviour on purpose (a marker exception in
 * {@code markers.json}), set {@code -Dadvice.differential.report=true} to count and list the
 * differences instead of failing on the first one.
 */
@EnabledIfSystemProperty(named = "advice.differential", matches = "\\d+")
class IntentDifferentialTest {
  private static final String[] FILLER = {"ich", "the", "und", "and", "mein", "my", "seit",
      "since", "heute", "today", "nicht", "not", "kein", "no", "app", "router", "Internet",
      "Vertrag", "plan", "danke", "thanks", "aber", "but", "immer", "still", "wieder", "again",
      "Frage", "question", "Hallo", "hi", "euch", "you", "Kunde", "Rechnung", "bill", "Störung",
      "über", "für", "Grüße", "bitte", "please", "so", "much", "for", "thank", "you", "wtf",
      "Scheiß", "#fail", "Laden", "#BahnFail", "Abo", "gekündigt", "cancelled", "flight", "Zug"};
  private static final String[] GLUE = {" ", " ", " ", ", ", ". ", "! ", "? ", "!!! ", "… ",
      " 😀 ", " 👍 ", " 🙄 ", "\n", " - ", ": ", " \"", "\" "};

  @Test
  void legacyAndCurrentRecognizerAgree() throws IOException {
    int count = Integer.parseInt(System.getProperty("advice.differential"));
    boolean report = Boolean.getBoolean("advice.differential.report");
    ReplyguardConfig config = ReplyguardConfig.defaults();
    LegacyIntentRecognizer legacy = LegacyIntentRecognizer.create(config);
    IntentRecognizer current = IntentRecognizer.create(config);
    List<String> words = vocabulary();
    SplittableRandom rnd = new SplittableRandom(20261204L);
    int differences = 0;
    long recognised = 0;
    for (int k = 0; k < count; k++) {
      String text = post(rnd, words);
      char[] a = new char[text.length() * 2];
      int na = TextNormalizer.normalize(text, a);
      char[] b = new char[text.length() * 2];
      int nb = TextNormalizer.normalize(text, b);
      LegacyIntentRecognizer.Recognition o = legacy.analyze(a, na);
      IntentRecognizer.Recognition n = current.analyze(b, nb);
      String old = o.intents() + "|" + o.decisive() + "|" + o.topic() + "|" + o.keywordGroups()
          + "|" + o.markers() + "|" + o.german();
      String now = n.intents() + "|" + n.decisive() + "|" + n.topic() + "|" + n.keywordGroups()
          + "|" + n.markers() + "|" + n.german();
      recognised += n.intents().size();
      if (!old.equals(now)) {
        differences++;
        if (report && differences <= 100) {
          System.out.println("DIFF " + text.replace("\n", "\\n") + "\n  old " + old + "\n  new "
              + now);
        }
        if (!report) {
          assertEquals(old, now, text);
        }
      }
    }
    System.out.println("advice differential: " + count + " posts, " + recognised
        + " intents recognised, " + differences + " differences");
    if (!report) {
      assertEquals(0, differences);
    }
  }

  private static String post(SplittableRandom rnd, List<String> words) {
    StringBuilder b = new StringBuilder();
    int n = 1 + rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      String w = rnd.nextInt(3) == 0 ? FILLER[rnd.nextInt(FILLER.length)]
          : words.get(rnd.nextInt(words.size()));
      switch (rnd.nextInt(8)) {
        case 0 -> w = w.toUpperCase(Locale.ROOT);
        case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        case 2 -> {
          if (w.length() > 4) { // a typo: drop one character
            int p = rnd.nextInt(w.length());
            w = w.substring(0, p) + w.substring(p + 1);
          }
        }
        case 3 -> w = w.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
            .replace("ss", "ß");
        default -> { }
      }
      b.append(w).append(GLUE[rnd.nextInt(GLUE.length)]);
    }
    return b.toString();
  }

  /** Every entry of the lexicons, markers and topics, without its syntax marks. */
  private static List<String> vocabulary() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    List<String> files = new ArrayList<>(List.of("markers.json", "topics.json",
        "advice-rules.json"));
    for (String intent : List.of("account-access", "billing", "cancellation", "complaint",
        "contract", "delivery", "how-to", "outage", "praise", "small-talk", "technical-issue")) {
      files.add("lexicon-" + intent + ".json");
    }
    for (String f : files) {
      try (InputStream in = IntentRecognizer.class.getResourceAsStream(f)) {
        collect(json.readTree(in), out);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isArray()) {
      for (JsonNode e : node) {
        if (e.isTextual()) {
          out.add(e.asText().replaceAll("^[!~+]?\\*?", "").replace("|", ""));
        } else {
          collect(e, out);
        }
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("description") && !e.getKey().equals("message")
            && !e.getKey().equals("messageDe")) {
          collect(e.getValue(), out);
        }
      });
    }
  }
}
