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
 * The driver's anchor table is derived from what the recognizers declare: a driver that offers
 * every word and every symbol to every recognizer finds exactly what the real driver finds, so
 * no recognizer can act on a place it did not declare.
 */
class RecognizerDeclarationsTest {

  @Property(tries = 300)
  void anchoringOnlyDeclaredPlacesLosesNothing(@ForAll long seed) {
    ScanCorpusGenerator gen = new ScanCorpusGenerator(seed);
    for (int k = 0; k < 20; k++) {
      String text = gen.next();
      List<Candidate> real = new ArrayList<>();
      List<int[]> realUrls = TextScanner.scan(text, real);
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
    assertEquals(EnumSet.complementOf(EnumSet.of(Kind.ACCOUNT, Kind.CARD, Kind.PHONE, Kind.EMAIL,
        Kind.TAX, Kind.HEALTH, Kind.IP, Kind.VERSION)), read);
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

  /**
   * Whether a recognizer declared the symbol and all declaring recognizers refuse it here (a
   * ':' right after a hex digit); other symbols, declared or not, go to every recognizer.
   */
  private static boolean refused(ScanText s, char c, int i) {
    boolean declared = false;
    for (Recognizer r : TextScanner.RECOGNIZERS) {
      if (r.symbols().indexOf(c) >= 0) {
        declared = true;
        if (r.wantsSymbol(s, c, i)) {
          return false;
        }
      }
    }
    return declared;
  }

  /** A driver without anchor tables: every word start and every symbol, every recognizer. */
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
      if (anchor[0] < skipUntil) {
        continue;
      }
      char c = s.a[anchor[0]];
      if (!Chars.word(c) && refused(s, c, anchor[0])) {
        continue;
      }
      for (Recognizer r : TextScanner.RECOGNIZERS) {
        int consumed = r.onAnchor(s, anchor[0], anchor[1]);
        if (consumed > anchor[0]) {
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
    return s.urls;
  }
}
