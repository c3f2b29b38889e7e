package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.config.ReplyguardConfig;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Diagnosis aid for labelled sets, not a regression test: with
 * {@code -Dreplyguard.explain=FILE -Dreplyguard.explain.ids=ID,ID} it prints, for each chosen
 * record of a JSONL file (fields {@code id}, {@code text}), the recognised intents and every
 * lexicon entry that matched (its intent or marker, its kind and the normalised words it covered),
 * so an error on a real post can be traced to the entries that caused it. Skipped otherwise.
 */
class ExplainIntentsTool {
  @Test
  void explain() throws Exception {
    String file = System.getProperty("replyguard.explain");
    org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "no file given");
    Set<String> ids = Set.of(System.getProperty("replyguard.explain.ids", "").split(","));
    IntentRecognizer r = IntentRecognizer.create(ReplyguardConfig.defaults());
    PhraseMatcher matcher = (PhraseMatcher) field(r, "matcher");
    int[] target = (int[]) field(r, "entryTarget");
    Object[] kind = (Object[]) field(r, "kind");
    ObjectMapper json = new ObjectMapper();
    int shown = 0;
    for (String line : Files.readAllLines(Path.of(file))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      if (!ids.contains(n.get("id").asText())) {
        continue;
      }
      String text = n.get("text").asText();
      char[] buf = new char[text.length() * 2];
      int len = TextNormalizer.normalize(text, buf);
      List<String> hits = new ArrayList<>();
      matcher.scan(buf, len, (id, start, end) -> hits.add(describe(target[id]) + "/" + kind[id]
          + " '" + new String(buf, start, end - start) + "'"));
      System.out.println("== " + n.get("id").asText() + " " + r.recognize(text) + "\n  "
          + String.join("\n  ", hits));
      shown++;
    }
    assertTrue(shown > 0, "none of the ids found in " + file);
  }

  private static String describe(int t) {
    if (t >= 0) {
      return io.replyguard.model.Intent.values()[t].name();
    }
    if (t <= -1_000_000) {
      return "keyword-group" + (-1_000_000 - t);
    }
    if (t <= -500_000) {
      return "marker:" + IntentRecognizer.Marker.values()[-500_000 - t];
    }
    return "topic" + (-1 - t);
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
