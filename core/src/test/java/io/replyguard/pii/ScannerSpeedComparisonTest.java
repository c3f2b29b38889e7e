package io.replyguard.pii;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Paired speed comparison of the legacy scanner (commit 98b4ecf) and the current one on the same
 * generated texts, alternating rounds in one JVM so that load on the shared machine hits both
 * alike. A lab tool, not a test of speed: enable with {@code -Dpii.speed=ROUNDS}; JMH in
 * {@code benchmarks/} gives the figures that count.
 */
@EnabledIfSystemProperty(named = "pii.speed", matches = "\\d+")
class ScannerSpeedComparisonTest {

  @Test
  void legacyVersusCurrent() {
    int rounds = Integer.parseInt(System.getProperty("pii.speed"));
    ScanCorpusGenerator gen = new ScanCorpusGenerator(99);
    List<String> texts = new ArrayList<>();
    long chars = 0;
    String post = "Hallo @telekom_hilft, seit drei Tagen kein Internet in 10115 "
        + "Berlin! Meine Kundennummer ist 12345678, erreichbar unter 0152 28817386. Der Techniker "
        + "kam am 12.11. nicht, obwohl 14-18 Uhr vereinbart war. Tarif L für 49,95 € im Monat!!! "
        + "Bitte meldet euch per DM. Gruß, Max Mustermann";
    boolean posts = Boolean.getBoolean("pii.speed.post");
    for (int k = 0; k < 20_000; k++) {
      String t = posts ? post : gen.next();
      texts.add(t);
      chars += t.length();
    }
    long oldNs = 0;
    long newNs = 0;
    long sink = 0;
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        out.clear();
        LegacyTextScanner.scan(t, out);
        sink += out.size();
      }
      long t1 = System.nanoTime();
      for (String t : texts) {
        out.clear();
        TextScanner.scan(t, out);
        sink += out.size();
      }
      long t2 = System.nanoTime();
      if (r >= rounds / 3) {
        oldNs += t1 - t0;
        newNs += t2 - t1;
      }
    }
    System.out.printf("pii speed: %d texts, %d chars; legacy %.1f MB/s, current %.1f MB/s, "
        + "current/legacy time %.3f (sink %d)%n", texts.size(), chars,
        chars * 2.0 * (rounds - rounds / 3) / (oldNs / 1e3) , chars * 2.0 * (rounds - rounds / 3)
        / (newNs / 1e3), (double) newNs / oldNs, sink);
  }
}
