package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The differential run: the scanner of commit 98b4ecf (before the recognizer split, kept as
 * {@link LegacyTextScanner} in the test sources) against the current {@link TextScanner} on
 * generated texts; every candidate (type, span, score, recognizer, cue) and every URL range must
 * be the same. Not part of the normal test run: enable with
 * {@code -Dpii.differential=1000000} (the number of texts).
 *
 * <p>Once the scanner changes behaviour on purpose, set {@code -Dpii.differential.report=true}
 * to list the differences instead of failing on the first one.
 */
@EnabledIfSystemProperty(named = "pii.differential", matches = "\\d+")
class ScannerDifferentialTest {

  @Test
  void legacyAndCurrentScannerAgree() {
    int count = Integer.parseInt(System.getProperty("pii.differential"));
    boolean report = Boolean.getBoolean("pii.differential.report");
    ScanCorpusGenerator gen = new ScanCorpusGenerator(20261204L);
    int differences = 0;
    long candidates = 0;
    List<Candidate> oldOut = new ArrayList<>();
    List<Candidate> newOut = new ArrayList<>();
    java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
    for (int k = 0; k < count; k++) {
      String text = gen.next();
      oldOut.clear();
      newOut.clear();
      List<int[]> oldUrls = LegacyTextScanner.scan(text, oldOut);
      List<int[]> newUrls = TextScanner.scan(text, newOut);
      candidates += newOut.size();
      for (Candidate c : newOut) {
        byType.merge(c.recognizer(), 1, Integer::sum);
      }
      boolean same = oldOut.equals(newOut) && sameRanges(oldUrls, newUrls);
      if (!same) {
        differences++;
        if (report && differences <= 200) {
          System.out.println("DIFF " + escape(text) + "\n  old " + oldOut + "\n  new " + newOut);
        }
        if (!report) {
          assertEquals(oldOut, newOut, () -> "text #" + " " + escape(text));
          assertEquals(render(oldUrls), render(newUrls), () -> "urls of " + escape(text));
        }
      }
    }
    System.out.println("pii differential: " + count + " texts, " + candidates
        + " candidates " + byType + ", " + differences + " differences");
    if (!report) {
      assertEquals(0, differences);
    }
  }

  private static boolean sameRanges(List<int[]> a, List<int[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (!Arrays.equals(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static String render(List<int[]> ranges) {
    StringBuilder b = new StringBuilder();
    for (int[] r : ranges) {
      b.append(Arrays.toString(r));
    }
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r");
  }
}
