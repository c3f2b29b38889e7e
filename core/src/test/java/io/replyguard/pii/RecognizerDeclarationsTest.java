package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The driver's anchor tables are derived from what the recognizers declare: a driver without
 * tables, which asks every recognizer's precondition ({@code wantsLetterWord},
 * {@code wantsDigitWord}, {@code wantsSymbol}) at every word and symbol, finds exactly what the
 * real driver finds, so the tables hide nothing a recognizer wants.
 */
class RecognizerDeclarationsTest {

  @Property(tries = 300)
  void anchoringOnlyDeclaredPlacesLosesNothing(@ForAll long seed) {
    ScanCorpusGenerator gen = new ScanCorpusGenerator(seed);
    for (int k = 0; k < 20; k++) {
      String text = gen.next();
      List<Candidate> real = new ArrayList<>();
      List<int[]> realUrls = TextScanner.scanView(text, real);
      List<Candidate> everywhere = new ArrayList<>();
      List<int[]> urls = scanEverywhere(text, everywhere);
      assertEquals(everywhere, real, text);
      assertEquals(urls.size(), realUrls.size(), text);
    }
  }

  @Test
  void everyCueKindWithValuesHasExactlyOneReader() {
    Set<Kind> read = EnumSet.noneOf(Kind.class);
    for (Recognizer r : TextScanner.RECOGNIZERS) {
      for (Kind k : r.cueKinds()) {
        assertTrue(read.add(k), "two readers for " + k);
      }
    }
    // the remaining kinds only support validated values (cue lookups), they have no value reader
    assertEquals(EnumSet.complementOf(EnumSet.of(Kind.TAX, Kind.HEALTH, Kind.IP, Kind.VERSION)),
        read);
  }

  @Test
  void wantedWordsStartWithDeclaredCharacters() {
    ScanCorpusGenerator gen = new ScanCorpusGenerator(7);
    for (int k = 0; k < 20_000; k++) {
      String text = gen.next();
      ScanText s = new ScanText(text, new ArrayList<>());
      s.cuesDone();
      for (int i = 0; i < s.n; i++) {
        char c = s.a[i];
        if (!Chars.word(c) || Chars.digit(c) || i > 0 && Chars.word(s.a[i - 1])) {
          continue;
        }
        int we = i + 1;
        while (we < s.n && Chars.word(s.a[we])) {
          we++;
        }
        for (Recognizer r : TextScanner.RECOGNIZERS) {
          if (r.wantsLetterWord(s, c, i, we)) {
            assertTrue(r.mayStartLetterWord(c), r + " wants a word starting with " + c);
          }
        }
      }
    }
  }

  /** A driver without anchor tables: every word and every symbol, every recognizer asked. */
  static List<int[]> scanEverywhere(String text, List<Candidate> out) {
    ScanText s = new ScanText(text, out);
    CueLexicon lexicon = CueLexicon.BUILT_IN;
    int cueEnd = 0;
    List<int[]> anchors = new ArrayList<>();
    int i = 0;
    while (i < s.n) {
      char c = s.a[i];
      if (!Chars.word(c)) {
        anchors.add(new int[] {i, i + 1});
        i++;
        continue;
      }
      int we = i + 1;
      while (we < s.n && Chars.word(s.a[we])) {
        we++;
      }
      if (!Chars.digit(c) && i >= cueEnd) {
        Hit h = lexicon.match(s.a, i);
        if (h != null) {
          s.cues.add(h);
          cueEnd = h.end();
        }
      }
      anchors.add(new int[] {i, we});
      i = we;
    }
    s.cuesDone();
    int skipUntil = 0;
    for (int[] anchor : anchors) {
      int at = anchor[0];
      if (at < skipUntil) {
        continue;
      }
      char c = s.a[at];
      for (Recognizer r : TextScanner.RECOGNIZERS) {
        boolean wants;
        if (!Chars.word(c)) {
          wants = r.symbols().indexOf(c) >= 0 && r.wantsSymbol(s, c, at);
        } else if (Chars.digit(c)) {
          wants = r.digitWords() && r.wantsDigitWord(s, at, anchor[1]);
        } else {
          wants = r.wantsLetterWord(s, c, at, anchor[1]);
        }
        if (!wants) {
          continue;
        }
        int consumed = r.onAnchor(s, at, anchor[1]);
        if (consumed > at) {
          skipUntil = consumed;
          break;
        }
      }
    }
    for (Hit h : s.cues) {
      for (Recognizer r : TextScanner.RECOGNIZERS) {
        if (r.cueKinds().contains(h.kind())) {
          r.onCue(s, h);
        }
      }
    }
    for (Recognizer r : TextScanner.RECOGNIZERS) {
      r.finish(s); // the whole-text pass after anchors and cues, as the driver runs it
    }
    return s.urls;
  }
}
