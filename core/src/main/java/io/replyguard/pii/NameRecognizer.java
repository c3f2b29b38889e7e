package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * Person names after a name cue ("mein Name ist", "my name is") or a closing formula at the end
 * of the text or of a line ("Viele Grüße, Max Mustermann"): one to three capitalized words,
 * particles von/van/de/zu allowed inside. Stateless.
 */
final class NameRecognizer implements Recognizer {
  static final NameRecognizer INSTANCE = new NameRecognizer();

  private NameRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.NAME, Kind.SIGNATURE);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    if (h.kind() == Kind.NAME) {
      name(s, h);
    } else {
      signature(s, h);
    }
  }

  private static final Set<String> NOT_NAMES = Set.of("Ich", "Und", "Der", "Die", "Das", "Team",
      "Kunde", "Kundin", "Kundenservice", "Service", "Support", "Danke", "Vielen", "Bitte",
      "Hallo", "Hi", "Hey", "Herr", "Frau", "Mr", "Mrs", "Ms", "The", "And", "Your", "Ihr",
      "Ihre", "Euer", "Eure", "Dein", "Deine", "Sie", "Du", "Wir", "Uns", "Aus", "Von", "An",
      "Nach", "Alle", "Allen", "Euch", "Dir", "Ihnen", "Thanks", "Thank", "Customer", "Care",
      "Kundenbetreuung", "Kundendienst", "Vorab", "Gruß", "Grüße", "Nicht", "Not", "Sorry",
      "Leider", "Immer", "Noch", "Schon", "Heute", "Morgen", "Gestern", "Today", "Tomorrow",
      "Everyone", "All", "You", "From", "Again", "Nochmal", "Mal");

  /** Reads 1–3 capitalized name words (particles von/van/de/zu allowed inside); returns end. */
  private static int nameWords(ScanText s, int p) {
    char[] a = s.a;
    int n = s.n;
    int words = 0;
    int end = -1;
    while (p < n && words < 4) {
      char c = a[p];
      int w = p;
      if (Character.isUpperCase(c)) {
        w++;
        while (w < n && (Character.isLowerCase(a[w])
            || (a[w] == '-' && Character.isUpperCase(s.at(w + 1)))
            || (a[w] == '\'' && letter(s.at(w + 1)))
            || (Character.isUpperCase(a[w]) && a[w - 1] == '-'))) {
          w++;
        }
        if (w - p < 2 || (w < n && word(a[w]))) {
          break;
        }
        if (NOT_NAMES.contains(s.t.substring(p, w))) {
          break;
        }
        words++;
        end = w;
      } else if (words > 0 && (s.region(p, "von ")
          || s.region(p, "van ") || s.region(p, "de ")
          || s.region(p, "zu ")) && lower(c)) {
        w = p + (a[p + 2] == ' ' ? 2 : 3);
      } else {
        break;
      }
      if (s.at(w) == ' ' && letter(s.at(w + 1))) {
        p = w + 1;
      } else {
        break;
      }
    }
    return words == 0 || words > 3 ? -1 : end;
  }

  private static void name(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    while (p < n && (space(a[p]) || a[p] == ':')) {
      p++;
    }
    int end = nameWords(s, p);
    if (end > p) {
      s.add(PiiType.PERSON_NAME, p, end, 0.85, "person-name", h);
    }
  }

  /** "Viele Grüße, Max Mustermann" at the end of the text or of a line. */
  private static void signature(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    while (p < n && (space(a[p]) || a[p] == ',' || a[p] == '\n'
        || a[p] == '\r' || a[p] == '-' || a[p] == '!')) {
      p++;
    }
    if (p == h.end()) {
      return;
    }
    int end = nameWords(s, p);
    if (end <= p) {
      return;
    }
    for (int k = end; k < n; k++) {
      char c = a[k];
      if (c == '\n') {
        break;
      }
      if (word(c)) {
        return;
      }
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.7, "person-name", h);
  }
}
