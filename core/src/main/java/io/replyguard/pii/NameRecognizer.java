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
 * Person names people actually write: after a name cue ("mein Name ist", "my name is",
 * "hier schreibt"), in a self-introduction ("I'm Chris", "hi im sam"), after a closing formula at
 * the end of the text or of a line ("Viele Grüße, Max Mustermann", "Kind regards,\nChris",
 * "LG Anna"), and at the start of a line right before contact data ("Anna Beispiel: you can
 * reach me at …"). One to three capitalized words ("O'Neill", "Müller-Lüdenscheidt"); particles
 * von/van/de/zu only after a name cue: a sign-off stops at the name ("Jana von Musterbahn" is
 * "Jana"). Handles, gamertags and words with digits or underscores are no names. Stateless.
 */
final class NameRecognizer implements Recognizer {
  static final NameRecognizer INSTANCE = new NameRecognizer();

  private NameRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.NAME, Kind.INTRODUCTION, Kind.SIGNATURE, Kind.PHONE, Kind.EMAIL);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    switch (h.kind()) {
      case NAME -> name(s, h);
      case INTRODUCTION -> introduction(s, h);
      case SIGNATURE -> signature(s, h);
      default -> nameBeforeContact(s, h);
    }
  }

  private static final Set<String> NOT_NAMES = Set.of("Ich", "Und", "Der", "Die", "Das", "Team",
      "Kunde", "Kundin", "Kundenservice", "Service", "Support", "Danke", "Vielen", "Bitte",
      "Hallo", "Hi", "Hey", "Herr", "Frau", "Mr", "Mrs", "Ms", "The", "And", "Your", "Ihr",
      "Ihre", "Euer", "Eure", "Dein", "Deine", "Sie", "Du", "Wir", "Uns", "Aus", "Von", "An",
      "Nach", "Alle", "Allen", "Euch", "Dir", "Ihnen", "Thanks", "Thank", "Customer", "Care",
      "Kundenbetreuung", "Kundendienst", "Vorab", "Gruß", "Grüße", "Nicht", "Not", "Sorry",
      "Leider", "Immer", "Noch", "Schon", "Heute", "Morgen", "Gestern", "Today", "Tomorrow",
      "Everyone", "All", "You", "From", "Again", "Nochmal", "Mal", "Mein", "Meine", "My",
      "Our", "Unser", "Unsere", "Best", "Regards", "Cheers",
      "Grüsse", "Gruss", "Liebe", "Viele", "Beste", "Herzliche", "Schöne", "Kind", "Warm",
      "Many", "Sincerely", "Respectfully");

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

  /** Capitalized words after "I'm" that are no names. */
  private static final Set<String> NOT_INTRODUCED = Set.of(
      "Canadian", "American", "British", "German", "English", "French", "Indian", "Australian",
      "Irish", "Scottish", "Italian", "Spanish", "Dutch", "Polish", "Swiss", "Austrian",
      "European", "Muslim", "Christian", "Jewish", "Catholic", "Not", "Sorry", "Done", "Back",
      "Here", "So", "Very", "Still", "Also", "Just", "Really", "Going", "Trying", "Having",
      "Unable", "Able", "Currently", "Now", "Happy", "Glad", "Sure", "Afraid", "Using", "On",
      "In", "At", "With", "A", "An", "Disappointed", "Frustrated", "Fine", "Good", "Ok", "Okay",
      "Aware", "Interested", "Looking", "Getting", "Facing", "Experiencing", "Running", "Working",
      "Seeing", "Confused", "Verified", "Premium", "Prime", "Plus", "Pro", "User", "Member",
      "Subscriber", "Student", "Retired", "Old", "New", "Out", "Over", "Off", "Up", "Down",
      "Sick", "Tired", "Fed", "Stuck", "Locked", "Charged", "Billed", "Being", "Waiting",
      "Calling", "Writing", "Asking", "Paying", "Literally", "Honestly", "Seriously",
      "Absolutely", "Totally", "Livid", "Furious", "Angry", "Upset", "Shocked", "Excited",
      "Pleased", "Grateful", "Hoping", "Wondering", "Planning", "About", "Like", "Always",
      "Never", "Already", "Almost", "Only", "Even", "Ready", "Home", "Outside", "Abroad", "Lucky",
      "Your", "Their", "Our", "No", "Yes", "Well", "Gonna", "Travelling", "Traveling", "Moving",
      "Leaving", "Unhappy", "Satisfied", "Dissatisfied", "Concerned", "Worried", "Annoyed",
      "Fuming", "Disgusted", "Appalled", "Thankful", "Hopeful", "Curious", "Unsure", "Certain",
      "Positive", "Convinced", "Done.", "Today", "Tomorrow", "Finally", "Actually", "Definitely",
      "Probably", "Apple", "Android", "Windows", "Mac", "Linux", "iPhone");

  /** Closing formulas after which the name stands on a line of its own ("Thanks,\nChris"). */
  private static final Set<String> ON_NEXT_LINE = Set.of("thanks", "thank you", "many thanks",
      "danke", "vielen dank", "best", "cheers");

  private static void name(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    while (p < n && (space(a[p]) || a[p] == ':')) {
      p++;
    }
    int end = nameWords(s, p, true);
    if (end > p && h.label().equals("schrieb") && s.at(end) != ':' && !s.region(end, " <")) {
      // "Am 22.06. um 12:54 schrieb Erich Freitag:" is a mail header; "schrieb Vodafone an" not
      return;
    }
    if (end > p) {
      s.add(PiiType.PERSON_NAME, p, end, 0.85, "person-name", h);
    }
  }

  /** "I'm Chris, …", "I am Marta Kowalczyk from …", "hi im sam". */
  private static void introduction(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    if (p >= n || !space(a[p])) {
      return;
    }
    p++;
    boolean greeting = h.label().startsWith("h");
    int end;
    if (greeting && Chars.lower(s.at(p))) {
      // "hi im sam": one lower-case word
      end = p;
      while (end < n && Chars.lower(a[end])) {
        end++;
      }
      if (end - p < 2 || end - p > 15 || end < n && word(a[end])
          || NOT_INTRODUCED.contains(capitalized(s.t.substring(p, end)))) {
        return;
      }
    } else {
      end = nameWords(s, p, false);
      if (end <= p || NOT_INTRODUCED.contains(s.t.substring(p, wordEnd(s, p)))) {
        return;
      }
      if (s.at(end - 1) == 's' && (s.at(end - 2) == '\'' || s.at(end - 2) == '\u2019')) {
        return;
      }
    }
    if (!clauseEnds(s, end)) {
      return;
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.75, "person-name", h);
  }

  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static int wordEnd(ScanText s, int p) {
    int e = p;
    while (e < s.n && letter(s.a[e])) {
      e++;
    }
    return e;
  }

  /** After an introduced name: the end, punctuation, a line break, or "and", "from", "here". */
  private static boolean clauseEnds(ScanText s, int end) {
    char c = s.at(end);
    if (c == '\0' || c == '\n' || c == '\r' || ",.!;:)-–".indexOf(c) >= 0) {
      return true;
    }
    if (!space(c)) {
      return false;
    }
    for (String w : new String[] {"and ", "from ", "here", "und ", "aus ", "von ", "vom ",
        "with ", "at ", "bei ", "of "}) {
      if (s.region(end + 1, w)) {
        return true;
      }
    }
    return false;
  }

  /** "Viele Grüße, Max Mustermann" at the end of the text or of a line. */
  private static void signature(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    boolean lineBreak = false;
    while (p < n && (space(a[p]) || a[p] == ',' || a[p] == '\n'
        || a[p] == '\r' || a[p] == '-' || a[p] == '!' || a[p] == '.')) {
      lineBreak |= a[p] == '\n';
      p++;
    }
    if (p == h.end()) {
      return;
    }
    if (!lineBreak && ON_NEXT_LINE.contains(h.key())) {
      // "Thanks Amazon", "Best Buy": a name after these only on a line of its own
      return;
    }
    int end = nameWords(s, p, false);
    if (end <= p && !lineBreak) {
      // "Beste Grüße aus Köln,\nStefan": the name on the next line
      int nl = p;
      while (nl < n && a[nl] != '\n' && nl - p < 40) {
        nl++;
      }
      if (nl < n && a[nl] == '\n') {
        p = nl;
        while (p < n && (Chars.anyWhitespace(a[p]))) {
          p++;
        }
        end = nameWords(s, p, false);
      }
    }
    if (end <= p) {
      return;
    }
    if (!restOfLineIsSender(s, end)) {
      return;
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.7, "person-name", h);
  }

  /**
   * Whether the line ends after a sign-off name, or goes on with the sender's organisation
   * (" von Musterbahn", " from Acme", " | Acme", " - Team X", ", Acme", " @acme").
   */
  private static boolean restOfLineIsSender(ScanText s, int end) {
    char[] a = s.a;
    int k = end;
    while (k < s.n && (space(a[k]) || a[k] == '.' || a[k] == '!')) {
      k++;
    }
    if (k >= s.n || a[k] == '\n' || a[k] == '\r') {
      return true;
    }
    if (!space(s.at(end)) && a[end] != ',') {
      return false;
    }
    return s.region(end, " von ") || s.region(end, " vom ") || s.region(end, " from ")
        || s.region(end, " | ") || s.region(end, " - ") || s.region(end, " – ")
        || s.region(end, ", ") || s.region(end, " @") || s.region(end, " (");
  }

  /** "Anna Beispiel: you can reach me at …": a name at the start of the line before the cue. */
  private static void nameBeforeContact(ScanText s, Hit h) {
    char[] a = s.a;
    int ls = h.start();
    while (ls > 0 && a[ls - 1] != '\n' && h.start() - ls < 60) {
      ls--;
    }
    if (ls > 0 && a[ls - 1] != '\n') {
      return;
    }
    while (ls < h.start() && space(a[ls])) {
      ls++;
    }
    int end = nameWords(s, ls, false);
    if (end <= ls || end > h.start() || s.at(end) != ':' && s.at(end) != ','
        || h.start() - end > 30) {
      return;
    }
    // two words at least: "Anna:" alone is too often a reply to someone
    int words = 1;
    for (int k = ls; k < end; k++) {
      if (a[k] == ' ') {
        words++;
      }
    }
    if (words >= 2) {
      s.add(PiiType.PERSON_NAME, ls, end, 0.7, "person-name", h);
    }
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * Reads 1–3 capitalized name words at p (particles von/van/de/zu allowed inside when
   * {@code particles}); returns the end, or -1.
   */
  private static int nameWords(ScanText s, int p, boolean particles) {
    char[] a = s.a;
    int n = s.n;
    if (p > 0 && (a[p - 1] == '@' || a[p - 1] == '#' || a[p - 1] == '_')) {
      return -1;
    }
    int words = 0;
    int end = -1;
    while (p < n && words < 4) {
      char c = a[p];
      int w = p;
      if (Character.isUpperCase(c)) {
        w++;
        while (w < n && (Character.isLowerCase(a[w])
            || (a[w] == '-' && Character.isUpperCase(s.at(w + 1)))
            || (apostrophe(a[w]) && letter(s.at(w + 1)))
            || (Character.isUpperCase(a[w]) && (a[w - 1] == '-' || apostrophe(a[w - 1]))))) {
          w++;
        }
        if (w - p < 2 || (w < n && (word(a[w]) || a[w] == '_'))) {
          break;
        }
        if (NOT_NAMES.contains(s.t.substring(p, w))) {
          break;
        }
        words++;
        end = w;
      } else if (particles && words > 0 && (s.region(p, "von ")
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
}
