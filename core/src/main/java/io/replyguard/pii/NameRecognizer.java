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
  public String symbols() {
    return "<*";
  }

  /**
   * "Jane Doe <jane@example.org>", "Jane Doe ***@***.***>": a display name in a mail header
   * stands right before the bracketed (or masked) address.
   */
  @Override
  public boolean wantsSymbol(ScanText s, char c, int i) {
    if (s.at(i - 1) != ' ' || !letter(s.at(i - 2))
        && !((s.at(i - 2) == ',' || s.at(i - 2) == '"') && letter(s.at(i - 3)))) {
      return false;
    }
    return c == '<' ? bracketedAt(s, i) > 0 : s.region(i, "***@***");
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    // "Rohit Chouhan, ***@***.***>", "\"Thomas Habets\" <notifications@github.com>"
    boolean quoted = s.at(i - 2) == '"';
    int end = s.at(i - 2) == ',' || quoted ? i - 2 : i - 1;
    int start = displayNameStart(s, end);
    if (start < 0 || quoted && s.at(start - 1) != '"') {
      return i;
    }
    if (s.a[i] == '<') {
      int at = bracketedAt(s, i);
      if (NetworkRecognizer.roleMailbox(s.t, i + 1, at) && !s.region(at + 1, "github.com")) {
        // "Acme Support <support@acme.example>": an organisation's mailbox; GitHub's
        // "Jane Doe <notifications@github.com>" carries the commenter's name
        return i;
      }
    }
    s.add(PiiType.PERSON_NAME, start, end, 0.8, "person-name", null);
    signOffBeforeHeader(s, start);
    return i;
  }

  /**
   * The '@' of an address in angle brackets starting at '<' ({@code <local@domain>}, also
   * {@code <local@domain (mailto:…)}), or -1.
   */
  private static int bracketedAt(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int p = i + 1;
    while (p < n && p - i < 70 && (Chars.asciiAlnum(a[p]) || "._%+-".indexOf(a[p]) >= 0)) {
      p++;
    }
    if (p == i + 1 || p >= n || a[p] != '@') {
      return -1;
    }
    int at = p;
    p++;
    int dots = 0;
    while (p < n && p - at < 80 && (Chars.asciiAlnum(a[p]) || a[p] == '.' || a[p] == '-')) {
      dots += a[p] == '.' ? 1 : 0;
      p++;
    }
    if (dots == 0 || p >= n || (a[p] != '>' && a[p] != ' ')) {
      return -1;
    }
    return at;
  }

  /**
   * The start of the display name that ends at {@code end} (1–3 capitalized words directly
   * before the address, "… 5:11 PM Sergey Parshin <…>", "… schrieb Peter Schröder ***@***>"),
   * or -1.
   */
  private static int displayNameStart(ScanText s, int end) {
    char[] a = s.a;
    int[] starts = new int[3];
    int count = 0;
    int p = end;
    while (count < 3) {
      int w = p;
      while (w > 0 && (letter(a[w - 1]) || a[w - 1] == '-' || apostrophe(a[w - 1]))) {
        w--;
      }
      if (w == p) {
        break;
      }
      starts[count++] = w;
      if (w >= 2 && a[w - 1] == ' ' && letter(a[w - 2])) {
        p = w - 1;
      } else {
        break;
      }
    }
    for (int k = count - 1; k >= 0; k--) {
      int st = starts[k];
      if ((st == 0 || !word(a[st - 1])) && nameWords(s, st, false) == end) {
        return st;
      }
    }
    return -1;
  }

  /**
   * "Jan⏎⏎On Sun, 6 Sep 2026, Andrin Rehmann <…> wrote:": the line before a quoted mail header
   * ends the writer's own text; a lone given name there is the writer's sign-off.
   */
  private static void signOffBeforeHeader(ScanText s, int nameStart) {
    char[] a = s.a;
    int ls = nameStart;
    while (ls > 0 && a[ls - 1] != '\n' && nameStart - ls < 120) {
      ls--;
    }
    if (ls > 0 && a[ls - 1] != '\n') {
      return;
    }
    loneNameLineBefore(s, ls);
  }

  /**
   * Checks the last non-blank line before position {@code ls} (a line start, or the text end)
   * for a lone sign-off name.
   */
  private static void loneNameLineBefore(ScanText s, int ls) {
    char[] a = s.a;
    int le = ls;
    // skip blank lines (and bare quote markers) back to the previous line with text
    while (le > 0 && (Chars.anyWhitespace(a[le - 1]) || a[le - 1] == '>')) {
      le--;
    }
    if (le == 0) {
      return;
    }
    int start = le;
    while (start > 0 && a[start - 1] != '\n' && le - start <= 40) {
      start--;
    }
    if (start == 0 || a[start - 1] != '\n') {
      // the first line of a text is no sign-off; a long line neither
      return;
    }
    loneName(s, start, le);
  }

  /**
   * A line [ls, le) that holds only a sign-off name ("Ralf", "Dawn Penuel", "-jon", "//Anders",
   * "Jan."), accepted when its first word is a common given name, and when the line before it
   * is blank or ends a sentence: the writer's own sign-off without a closing formula.
   */
  private static void loneName(ScanText s, int ls, int le) {
    char[] a = s.a;
    int p = ls;
    while (p < le && (space(a[p]) || a[p] == '-' || a[p] == '\u2013' || a[p] == '\u2014'
        || a[p] == '/' || a[p] == '~' || a[p] == '>')) {
      p++;
    }
    int end = nameWords(s, p, false);
    if (end <= p) {
      end = p;
      while (end < le && lower(a[end])) {
        end++;
      }
      if (end == p || end < le && letter(a[end])) {
        return;
      }
    }
    int k = end;
    while (k < le && (space(a[k]) || a[k] == '.' || a[k] == ',' || a[k] == '!' || a[k] == '\r')) {
      k++;
    }
    if (k != le || !GivenNames.contains(s.t, p, wordEnd(s, p))) {
      return;
    }
    int words = 1;
    for (int q = p; q < end; q++) {
      words += a[q] == ' ' ? 1 : 0;
    }
    if (words > 2) {
      return;
    }
    // the line before: blank, or the end of a sentence
    int pe = ls - 1;
    while (pe > 0 && (a[pe - 1] == ' ' || a[pe - 1] == '\r' || a[pe - 1] == '\t')) {
      pe--;
    }
    char before = s.at(pe - 1);
    if (before != '\n' && ".!?,:;)".indexOf(before) < 0) {
      return;
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.65, "person-name", null);
  }

  /**
   * "Patrick Strittmatter⏎patrick.strittmatter@…", "Rolf Schaub rolf.schaub@…": two or three
   * name words alone on the line before an address (or before it on its line) are its owner's
   * name when the address's local part spells the first or the last of them.
   */
  private static void nameSpelledInAddress(ScanText s, int start, int at) {
    char[] a = s.a;
    int ls = start;
    while (ls > 0 && a[ls - 1] != '\n' && start - ls < 60) {
      ls--;
    }
    int le = start;
    while (le > ls && (space(a[le - 1]) || "<(:,-\u2013|".indexOf(a[le - 1]) >= 0)) {
      le--;
    }
    if (le == ls) {
      // the address opens its line: the name stands on the line before
      if (ls == 0) {
        return;
      }
      le = ls - 1;
      if (le > 0 && a[le - 1] == '\r') {
        le--;
      }
      ls = le;
      while (ls > 0 && a[ls - 1] != '\n' && le - ls < 60) {
        ls--;
      }
      while (le > ls && (space(a[le - 1]) || a[le - 1] == ',')) {
        le--;
      }
    } else if (ls > 0 && a[ls - 1] != '\n') {
      return;
    }
    while (ls < le && (space(a[ls]) || a[ls] == '>' || a[ls] == '-' || a[ls] == '*')) {
      ls++;
    }
    int end = nameWords(s, ls, false);
    if (end != le) {
      return;
    }
    int words = 1;
    for (int k = ls; k < end; k++) {
      words += a[k] == ' ' ? 1 : 0;
    }
    if (words < 2) {
      return;
    }
    String local = fold(s.t.substring(start, at));
    int firstEnd = wordEnd(s, ls);
    int lastStart = end;
    while (lastStart > ls && a[lastStart - 1] != ' ') {
      lastStart--;
    }
    String first = fold(s.t.substring(ls, firstEnd));
    String last = fold(s.t.substring(lastStart, end));
    if (first.length() >= 3 && local.contains(first) || last.length() >= 3 && local.contains(last)) {
      s.add(PiiType.PERSON_NAME, ls, end, 0.75, "person-name", null);
    }
  }

  /** Lower case with umlauts and ß spelled out, as in addresses ("Müller" → "mueller"). */
  private static String fold(String w) {
    StringBuilder b = new StringBuilder(w.length() + 2);
    for (int k = 0; k < w.length(); k++) {
      char c = Character.toLowerCase(w.charAt(k));
      switch (c) {
        case 'ä' -> b.append("ae");
        case 'ö' -> b.append("oe");
        case 'ü' -> b.append("ue");
        case 'ß' -> b.append("ss");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The text's last line, and the line before a signature delimiter ("-- "), when it holds only
   * a given name, is the writer's sign-off.
   */
  @Override
  public void finish(ScanText s) {
    for (int[] e : s.emails) {
      nameSpelledInAddress(s, e[0], e[1]);
    }
    loneNameLineBefore(s, s.n);
    int d = s.t.indexOf("\n--");
    while (d >= 0) {
      int e = d + 3;
      while (e < s.n && (s.a[e] == ' ' || s.a[e] == '\r')) {
        e++;
      }
      if (e >= s.n || s.a[e] == '\n') {
        loneNameLineBefore(s, d + 1);
        nameAfterDelimiter(s, e);
        return;
      }
      d = s.t.indexOf("\n--", d + 3);
    }
    int q = s.t.indexOf("\n> --");
    if (q >= 0) {
      int e = q + 5;
      while (e < s.n && (s.a[e] == ' ' || s.a[e] == '\r')) {
        e++;
      }
      if (e < s.n && s.a[e] == '\n') {
        nameAfterDelimiter(s, e);
      }
    }
  }

  /**
   * "--⏎Boris van Hoytema, chief executive": the first line after a signature delimiter starts
   * with the writer's full name (two or three name words, particles allowed), alone or followed
   * by ',' or '|' and a role. {@code nl} is the line break ending the delimiter line.
   */
  private static void nameAfterDelimiter(ScanText s, int nl) {
    if (nl + 1 >= s.n) {
      return; // the delimiter ends the text
    }
    int p = nl + 1;
    while (p < s.n && (space(s.a[p]) || s.a[p] == '>' || s.a[p] == '\r')) {
      p++;
    }
    int end = nameWords(s, p, true);
    if (end <= p) {
      return;
    }
    int words = 1;
    for (int k = p; k < end; k++) {
      words += s.a[k] == ' ' ? 1 : 0;
    }
    if (words < 2 || !(endsText(s, end) || s.at(end) == ',' || s.region(end, " |")
        || s.region(end, " -"))) {
      return;
    }
    int le = end;
    while (le < s.n && s.a[le] != '\n') {
      le++;
    }
    for (String w : s.t.substring(p, le).split("[^\\p{L}]+")) {
      if (ORGANISATION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return; // "-- ⏎Example Software Ltd": the company signs
      }
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.75, "person-name", null);
  }

  /** Words that make a signature line an organisation's ("Example Software Ltd"). */
  private static final Set<String> ORGANISATION_WORDS = Set.of("ltd", "gmbh", "inc", "ag",
      "llc", "kg", "ug", "co", "corp", "corporation", "company", "software", "systems",
      "solutions", "services", "group", "team", "support", "limited", "plc", "sa", "bv", "se",
      "verein", "stiftung", "foundation", "project", "projekt", "labs", "technologies");

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
      "Many", "Sincerely", "Respectfully", "Email", "Mail", "Contact", "Kontakt", "Address",
      "Adresse", "To", "Cc", "Bcc", "Reply", "Antwort", "Admin", "Info", "Sent", "Gesendet",
      "Author", "Owner", "On", "Am", "Le", "In", "Im", "Alles", "Gute", "Guten", "Schönen",
      "Frohe", "Frohes", "Bis", "Tschüss", "Ciao", "Have", "Good", "Happy", "Merry",
      // GitHub notification pseudo-recipients ("Cc: Anna <…>, Comment <comment@noreply…>")
      "Comment", "Mention", "Subscribed", "Assign", "Manual", "Push", "Activity", "Review",
      "Anonymous", "Anonym", "Unknown", "Unbekannt", "System", "Bot", "Guest", "Gast");

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
      "danke", "vielen dank", "best", "cheers", "br", "thanks again", "thanks a lot",
      "thanks so much", "thank you very much", "thank you so much", "thank you again",
      "danke schön", "dankeschön", "vielen dank im voraus", "besten dank", "take care",
      "vielen lieben dank", "lieben dank");

  /** Words before "name:" that say whose name it is not a person's ("Device name: …"). */
  private static final Set<String> THING_NAMES = Set.of("device", "file", "host", "computer",
      "product", "project", "app", "network", "model", "package", "server", "domain", "printer",
      "folder", "branch", "repo", "repository", "wifi", "wlan", "ssid", "company", "firma",
      "datei", "geräte", "bank", "shop", "store", "game", "spiel", "brand", "marke", "image",
      "container", "service", "class", "table", "field", "variable", "display", "screen",
      "projekt", "produkt", "netzwerk", "drucker", "ordner", "modell", "host-", "server-");

  /**
   * Labels of a form field whose value, on the next line, is a person's name ("**Character
   * Name**⏎Anna Beispiel", "### Name⏎⏎Paul B.", "\"Kontoinhaber\",⏎ \"Dr. Max Muster\"").
   */
  private static final Set<String> FIELD_LABELS = Set.of("character name", "charaktername",
      "charname",
      "full name", "vollständiger name", "kontoinhaber", "kontoinhaberin", "account holder",
      "name", "your name", "ihr name", "dein name", "geschäftsführer", "geschäftsführerin",
      "geschäftsführung", "nachname", "vorname", "last name", "first name", "surname",
      "beneficiary name", "inhaber", "inhaberin", "account holder name", "kontoinhabername",
      "name des kontoinhabers", "name of account holder");

  /**
   * A field label alone on its line (Markdown '#', '*', '>' and JSON quotes around it) names the
   * value on the next non-blank line: one name per line, up to six lines. Role-play character
   * names written "Nico_Bronze" count here, and only here.
   */
  private static void fieldValue(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int ls = h.start();
    while (ls > 0 && a[ls - 1] != '\n') {
      ls--;
      if (" \t#>*\"-\u2022".indexOf(a[ls]) < 0) {
        return; // only Markdown, quotes and a bullet ('•') may stand before the label
      }
    }
    int p = h.end();
    while (p < n && a[p] != '\n') {
      if (" \t\r*:\",".indexOf(a[p]) < 0) {
        // "> **Character Name** Emilia Bradley": the value on the label's own line
        int end = nameWords(s, p, true);
        if (end <= p) {
          end = capitalsName(s, p); // "Account holder name: NGUYEN THI HONG HA"
        }
        boolean marked = false;
        for (int k = h.end(); k < p; k++) {
          marked |= a[k] == '*' || a[k] == ':';
        }
        if (end > p && marked && endsText(s, end) && !masked(s, p, end)) {
          s.add(PiiType.PERSON_NAME, p, end, 0.8, "person-name", h);
        }
        return;
      }
      p++;
    }
    for (int lines = 0; lines < 6 && p < n; lines++) {
      int breaks = 0;
      // blank lines only before the first value: a blank line ends the list
      int maxBreaks = lines == 0 ? 3 : 1;
      while (p < n && (" \t\r>*\"".indexOf(a[p]) >= 0 || a[p] == '\n' && breaks++ < maxBreaks)) {
        p++;
      }
      if (breaks > maxBreaks) {
        return;
      }
      p = skipTitles(s, p);
      int end = nameWords(s, p, true);
      if (lines > 0 && end > p && s.t.lastIndexOf(' ', end) < p) {
        end = -1; // below the first value only full names continue the list ("Saldo" is none)
      }
      if (end <= p) {
        end = underscoreName(s, p);
      }
      if (end <= p && lines == 0) {
        end = capitalsName(s, p); // "Kontoinhaber⏎ERIKA MUSTERMANN" on a bank statement
      }
      if (end <= p) {
        return;
      }
      int k = end;
      while (k < n && " \t\r*\",".indexOf(a[k]) >= 0) {
        k++;
      }
      if (k < n && a[k] != '\n') {
        return;
      }
      if (!masked(s, p, end)) {
        s.add(PiiType.PERSON_NAME, p, end, 0.8, "person-name", h);
      }
      p = k;
    }
  }

  /** "Nico_Bronze": two capitalized words joined by '_' (a role-play character's name). */
  private static int underscoreName(ScanText s, int p) {
    int first = nameWords(s, p, false);
    int w = p + 1;
    while (w < s.n && Character.isLowerCase(s.a[w])) {
      w++;
    }
    if (first > 0 || w - p < 2 || s.at(w) != '_' || !Character.isUpperCase(s.at(w + 1))
        || !Character.isUpperCase(s.a[p])) {
      return -1;
    }
    int e = w + 2;
    while (e < s.n && Character.isLowerCase(s.a[e])) {
      e++;
    }
    return e - w < 3 || e < s.n && word(s.a[e]) ? -1 : e;
  }

  private static void name(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    if (FIELD_LABELS.contains(h.key())) {
      fieldValue(s, h);
      return;
    }
    if (h.key().equals("wrote:") || h.label().equals("schrieb")) {
      nameAboveQuote(s, h.start());
    }
    if (h.key().equals("wrote:") || h.key().equals("writes:") || h.key().equals("commented:")) {
      if (endsText(s, h.end())) {
        // the attribution ends its line; "Microsoft writes: we changed …" is a sentence
        headerNameBefore(s, h.start());
      }
      return;
    }
    if (h.key().equals("name:")) {
      int we = h.start() - 1;
      int ws = we;
      while (ws > 0 && letter(a[ws - 1])) {
        ws--;
      }
      if (we > ws && s.at(we) == ' '
          && THING_NAMES.contains(s.t.substring(ws, we).toLowerCase(java.util.Locale.ROOT))) {
        return;
      }
    }
    if (HEADER_CUES.contains(h.key()) && !lineStart(s, h.start())) {
      return; // "doesn't care about the FROM: Header": a header name in prose, not a header
    }
    int p = h.end();
    int breaks = 0;
    while (p < n && (space(a[p]) || a[p] == ':' || a[p] == '*'
        || (a[p] == '\n' || a[p] == '\r' || a[p] == '>') && breaks++ < 3)) {
      p++;
    }
    p = skipTitles(s, p);
    int end = nameWords(s, p, true);
    if (end > p && s.at(end) == '/') {
      return; // "To: Deazl/pr0keys <…>": a repository path, not a name
    }
    if (end > p && h.label().equals("schrieb") && s.at(end) != ':' && !s.region(end, " <")) {
      // "Am 22.06. um 12:54 schrieb Erich Freitag:" is a mail header; "schrieb Vodafone an" not
      return;
    }
    if (end <= p && lower(s.at(p)) && h.key().contains("name")) {
      // "my name is albert": a given name in lower case after an explicit name cue
      int w = wordEnd(s, p);
      if (GivenNames.contains(s.t, p, w) && (w >= n || !word(a[w]))) {
        end = w;
      }
    }
    if (end <= p && h.label().endsWith(":")) {
      end = capitalsName(s, p); // "Empfänger: ERIKA MUSTERMANN": bank statements print capitals
    }
    if ((end <= p || end == wordEnd(s, p) && lower(s.at(p))) && ownNamePhrase(h.key())) {
      // "my name is elat and …", "My mother name  arati ghosh", "entered my name as KARUN
      // KAPOOR": after an explicit name phrase, words written all in lower or all in upper case
      end = Math.max(end, uniformCaseName(s, p));
    }
    if (end <= p || masked(s, p, end)) {
      return;
    }
    int merged = lastCommaFirst(s, p, end);
    if (merged > end) {
      s.add(PiiType.PERSON_NAME, p, merged, 0.85, "person-name", h);
      return;
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.85, "person-name", h);
    if (h.label().endsWith(":")) {
      // "Geschäftsführer: Dirk Hagemann, Frank Hagemann", "Cc: Anna Beispiel, Max Muster"
      // "Hausmeister: Frau Anna Beispiel und Herr Max Muster"
      for (int more = 0; more < 3; more++) {
        int sep = listSeparator(s, end);
        if (sep < 0) {
          break;
        }
        int from = skipTitles(s, sep);
        int next = nameWords(s, from, true);
        if (next <= from || next - from > 42 || s.at(next) == ':') {
          break; // "Vorsitzender: Dr. A B, Kassenwart: C D": the next label, not a name
        }
        s.add(PiiType.PERSON_NAME, from, next, 0.8, "person-name", h);
        end = next;
      }
    }
  }

  /** Mail header labels: names after them only where they open a line. */
  private static final Set<String> HEADER_CUES = Set.of("from:", "von:", "to:", "an:", "cc:");

  /** Whether only spaces, '>' quote marks and Markdown emphasis stand before i on its line. */
  private static boolean lineStart(ScanText s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      char c = s.a[k];
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!space(c) && c != '>' && c != '*' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name cue is the writer's own explicit name phrase ("my name is", "mein Name ist",
   * "my full name is", "My mother name", "entered my name as"), after which a name may be
   * written all in lower case or all in capitals.
   */
  private static boolean ownNamePhrase(String key) {
    return key.contains("name") && (key.startsWith("my ") || key.startsWith("mein ")
        || key.equals("mother name") || key.equals("father name"));
  }

  /**
   * A name written with 'x' after at most one initial letter per word ("Xxxx Xxxxxxxxxxxx",
   * "Pxxxxx"): masked, not a name.
   */
  private static boolean masked(ScanText s, int from, int to) {
    int xs = 0;
    for (int k = from; k < to; k++) {
      char c = s.a[k];
      boolean wordStart = k == from || s.a[k - 1] == ' ' || s.a[k - 1] == '-';
      if (c == 'x' || c == 'X') {
        xs++;
      } else if (!(c == ' ' || c == '-' || wordStart && Character.isLetter(c))) {
        return false;
      }
    }
    return xs >= 3;
  }

  /** Words after an explicit name phrase that say something about the name, not the name. */
  private static final Set<String> NOT_A_NAME_VALUE = Set.of("not", "on", "in", "at", "the", "a",
      "an", "is", "was", "wrong", "correct", "incorrect", "spelled", "spelt", "written", "missing",
      "different", "also", "still", "shown", "displayed", "mentioned", "listed", "there", "here",
      "same", "changed", "right", "fine", "ok", "okay", "unknown", "empty", "blank", "required",
      "invalid", "given", "taken", "registered", "used", "already", "test", "none", "null",
      "undefined", "user", "admin", "default", "example", "my", "your", "his", "her", "and",
      "but", "or", "nicht", "falsch", "richtig", "anders", "auch", "noch", "da", "hier",
      "geändert", "korrekt", "der", "die", "das", "ein", "eine", "und", "ist", "war", "mein",
      "dein", "bekannt", "unbekannt", "leer", "egal", "wichtig", "important", "irrelevant",
      "private", "privat", "as", "als", "like", "wie");

  /**
   * Two to four words in capitals right after an explicit name label ("Kontoinhaber: ERIKA
   * MUSTERMANN", "Account holder name: NGUYEN THI HONG HA"), as bank statements and forms print
   * names; the end of the last word, or {@code p} when there are fewer than two such words.
   */
  private static int capitalsName(ScanText s, int p) {
    if (!Character.isUpperCase(s.at(p)) || !Character.isUpperCase(s.at(p + 1))) {
      return p;
    }
    int end = uniformCaseName(s, p, 4);
    int space = s.t.indexOf(' ', p);
    if (space <= p || space >= end) {
      return p;
    }
    for (String word : s.t.substring(p, end).split(" ")) {
      if (LEGAL_FORMS.contains(word)) {
        return p; // "Empfänger: MUSTER BAU GMBH": a company
      }
    }
    return end;
  }

  /** Legal forms that make words in capitals a company's name. */
  private static final Set<String> LEGAL_FORMS = Set.of("GMBH", "AG", "KG", "OHG", "UG", "SE",
      "EV", "LTD", "LIMITED", "INC", "LLC", "PLC", "CORP", "SA", "SAS", "SARL", "BV", "NV",
      "BANK", "SPARKASSE", "VERSICHERUNG", "STADTWERKE", "VERLAG", "HANDEL", "SERVICE",
      "SERVICES", "GROUP", "GRUPPE", "HOLDING", "STIFTUNG", "VEREIN");

  /**
   * One to three words written all in lower case or all in capitals after an explicit name
   * phrase ("my name is elat and i was banned", "entered my name as KARUN KAPOOR instead of …"):
   * letters only, two to twenty each, none a word about the name ("my name is not important");
   * the end of the last word, or {@code p} when there is none.
   */
  private static int uniformCaseName(ScanText s, int p) {
    return uniformCaseName(s, p, 3);
  }

  private static int uniformCaseName(ScanText s, int p, int maxWords) {
    char[] a = s.a;
    int n = s.n;
    boolean upper = Character.isUpperCase(s.at(p));
    int end = p;
    int q = p;
    for (int words = 0; words < maxWords; words++) {
      int w = q;
      while (w < n && Character.isLetter(a[w])
          && (upper ? Character.isUpperCase(a[w]) : Character.isLowerCase(a[w]))) {
        w++;
      }
      if (w - q < 2 || w - q > 20 || w < n && (Character.isLetterOrDigit(a[w]) || a[w] == '@'
          || a[w] == '_' || a[w] == '-' || a[w] == '.' && w + 1 < n && Character.isLetter(a[w + 1]))) {
        break;
      }
      String word = s.t.substring(q, w).toLowerCase(java.util.Locale.ROOT);
      if (NOT_A_NAME_VALUE.contains(word)) {
        break;
      }
      end = w;
      if (w + 1 >= n || a[w] != ' ') {
        break;
      }
      q = w + 1;
    }
    return end;
  }

  /**
   * "On 2017-08-17 19:33, Matthias Cullmann wrote:", "➤ Barry Chen commented:": the quoted-mail
   * header of a reply, or an attribution line, names the writer right before "wrote:",
   * "writes:" or "commented:" (with an address in brackets, the bracket anchor finds the name).
   * The line starts with "On " and holds a digit (its date), or holds nothing but the name.
   */
  private static void headerNameBefore(ScanText s, int cueStart) {
    int end = cueStart;
    if (s.at(end - 1) != ' ' || !letter(s.at(end - 2))) {
      return;
    }
    end--;
    int ls = end;
    boolean digit = false;
    while (ls > 0 && s.a[ls - 1] != '\n' && end - ls < 120) {
      ls--;
      digit |= Chars.digit(s.a[ls]);
    }
    while (ls < end && (space(s.a[ls]) || s.a[ls] == '>')) {
      ls++;
    }
    int start = displayNameStart(s, end);
    if (start < 0) {
      return;
    }
    boolean mailHeader = digit && s.region(ls, "on ") && s.a[ls] == 'O' && start > ls + 3;
    boolean lineOfItsOwn = true;
    for (int k = ls; k < start && lineOfItsOwn; k++) {
      // "➤ Barry Chen commented:", "> Jane Doe wrote:": only markers before the name
      lineOfItsOwn = !Character.isLetterOrDigit(s.a[k]);
    }
    if (mailHeader || lineOfItsOwn) {
      s.add(PiiType.PERSON_NAME, start, end, 0.8, "person-name", null);
    }
  }

  /**
   * A mail reply signed with a given name on a line of its own right above the quoted original
   * ("Philipp⏎⏎Am 14.02.2015 um 22:04 schrieb …", "Anna⏎⏎On Mon, Jan 26 … wrote:"): the header
   * line opens with "Am"/"On" and a date; the line above it (blank lines skipped) is one known
   * given name, optionally with a surname.
   */
  private static void nameAboveQuote(ScanText s, int cueStart) {
    char[] a = s.a;
    int ls = cueStart;
    while (ls > 0 && a[ls - 1] != '\n' && cueStart - ls < 160) {
      ls--;
    }
    if (ls == 0 || a[ls - 1] != '\n' || !(s.region(ls, "am ") || s.region(ls, "on "))) {
      return;
    }
    int le = ls - 1; // the line break ending the line above the header
    int pls;
    for (int lines = 0; ; lines++) {
      pls = le;
      while (pls > 0 && a[pls - 1] != '\n' && le - pls < 60) {
        pls--;
      }
      if (pls > 0 && a[pls - 1] != '\n') {
        return; // a long line: no signature
      }
      boolean blank = true;
      for (int k = pls; k < le && blank; k++) {
        blank = space(a[k]) || a[k] == '\r' || a[k] == '>';
      }
      if (!blank) {
        break;
      }
      if (pls == 0 || lines >= 2) {
        return;
      }
      le = pls - 1;
    }
    while (pls < le && space(a[pls])) {
      pls++;
    }
    while (le > pls && (space(a[le - 1]) || a[le - 1] == '.' || a[le - 1] == ',')) {
      le--;
    }
    int w = wordEnd(s, pls);
    if (w <= pls || !GivenNames.contains(s.t, pls, w) || !Character.isUpperCase(a[pls])) {
      return;
    }
    if (w < le && (a[w] != ' ' || nameWords(s, w + 1, false) != le
        || wordEnd(s, w + 1) != le)) {
      return; // more than a first name and one surname: a sentence, not a signature
    }
    s.add(PiiType.PERSON_NAME, pls, le, 0.75, "person-name", null);
  }

  /**
   * "From: Ahamed, Hussain <…>", "Cc: Khatoon, Rehana ***@***>": a mail header's "Last, First"
   * before the address is one name; returns its end, or {@code end} when the words are no such
   * pair.
   */
  private static int lastCommaFirst(ScanText s, int p, int end) {
    if (wordEnd(s, p) != end || s.at(end) != ',' || s.at(end + 1) != ' ') {
      return end;
    }
    int next = nameWords(s, end + 2, false);
    if (next <= end + 2 || wordEnd(s, end + 2) != next) {
      return end;
    }
    return s.region(next, " <") || s.region(next, " ***@") || s.region(next, " [mailto")
        || s.region(next, " (") ? next : end;
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
    boolean thisIs = h.key().endsWith("this is") || h.key().endsWith("hier ist");
    boolean greeting = h.label().startsWith("h") && !thisIs;
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
      if (thisIs && !GivenNames.contains(s.t, p, wordEnd(s, p))) {
        // "Hi, this is Amazon": only a given name introduces a person here
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

  /** Words that close a message but also open one ("Servus Hung, …"). */
  private static final Set<String> GREETINGS_TOO = Set.of("servus", "ciao", "greetings",
      "cheers");

  /** "Viele Grüße, Max Mustermann" at the end of the text or of a line. */
  private static void signature(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    if (GREETINGS_TOO.contains(h.key()) && onlyMarkupBefore(s, h.start())) {
      return; // "Servus Hung,⏎kannst du …": a salutation at the start, no sign-off
    }
    if (h.key().equals("br") && s.at(h.start() - 1) == '<') {
      return; // the HTML line break "<br>"
    }
    int p = h.end();
    boolean lineBreak = false;
    boolean comma = false;
    boolean dot = false;
    while (p < n && (space(a[p]) || a[p] == ',' || a[p] == '\n'
        || a[p] == '\r' || a[p] == '-' || a[p] == '!' || a[p] == '.'
        || (lineBreak && (a[p] == '>' || a[p] == '/' || a[p] == '[' || a[p] == '*'
            || a[p] == '_')))) {
      lineBreak |= a[p] == '\n';
      comma |= a[p] == ',';
      dot |= a[p] == '.' && !lineBreak;
      p++;
    }
    if (p == h.end()) {
      return;
    }
    if (!lineBreak && ON_NEXT_LINE.contains(h.key())) {
      // "Thanks Amazon", "Best Buy": a name after these only on a line of its own, or a given
      // name closing the text after a comma ("Please help, thanks, Brad.")
      int end = nameWords(s, p, false);
      // "… my account? Thanks. Alex": after a full stop only as the text's last word
      if ((comma || dot && end >= s.n - 2 || closesText(s, end)) && end == wordEnd(s, p)
          && GivenNames.contains(s.t, p, end) && endsText(s, end)) {
        s.add(PiiType.PERSON_NAME, p, end, 0.7, "person-name", h);
        return;
      }
    }
    // after "Thanks", "Best": the name only on the next line ("Thank you for your help,\n-jon")
    p = skipTitles(s, p);
    int end = !lineBreak && ON_NEXT_LINE.contains(h.key()) ? -1 : nameWords(s, p, false);
    if (end <= p && !lineBreak) {
      // "Beste Grüße aus Köln,\nStefan": the name on the next line
      int nl = p;
      while (nl < n && a[nl] != '\n' && nl - p < 40) {
        nl++;
      }
      if (nl < n && a[nl] == '\n') {
        p = nl;
        while (p < n && (Chars.anyWhitespace(a[p]) || a[p] == '-' || a[p] == '>')) {
          p++;
        }
        end = nameWords(s, p, false);
        lineBreak = true;
        if (end > p && !endsText(s, end) && !(s.at(end) == ',' && endsText(s, end + 1))) {
          // the closing went on with more words: a name on the next line must stand alone
          // ("Danke, dass du …\n> Selbst Tests, die …" is no sign-off)
          return;
        }
      }
    }
    if (end <= p && lineBreak) {
      // "Danke,\nmarcus", "Thank you for your help,\n-jon": a given name in lower case
      int w = p;
      while (w < n && lower(a[w])) {
        w++;
      }
      if (w > p && (w == n || !word(a[w])) && GivenNames.contains(s.t, p, w)) {
        end = lowerSurname(s, w);
      }
    } else if (end <= p && lower(a[h.start()]) && !ON_NEXT_LINE.contains(h.key())) {
      // "lg hannes", "mfg heiko": a closing typed in lower case, a given name ending the text
      int w = p;
      while (w < n && lower(a[w])) {
        w++;
      }
      if (w > p && (w == n || !word(a[w])) && GivenNames.contains(s.t, p, w) && endsText(s, w)) {
        end = w;
      }
    }
    if (end <= p) {
      return;
    }
    end = trailingInitials(s, end);
    // "Hung & Markus", "Ursula und Josef": two people sign together
    int sep = listSeparator(s, end);
    int next = sep > 0 ? nameWords(s, sep, false) : -1;
    if (!restOfLineIsSender(s, next > sep ? next : end)) {
      return;
    }
    s.add(PiiType.PERSON_NAME, p, end, 0.7, "person-name", h);
    if (next > sep) {
      s.add(PiiType.PERSON_NAME, sep, next, 0.7, "person-name", h);
    }
  }

  /**
   * "Thanks,⏎john smith": after a given name in lower case on a sign-off line, one or two more
   * lower-case words that end the line are the surname; otherwise the given name alone.
   */
  private static int lowerSurname(ScanText s, int w) {
    int end = w;
    int k = w;
    for (int words = 0; words < 2 && k + 1 < s.n && s.a[k] == ' ' && lower(s.a[k + 1]); words++) {
      int e = k + 1;
      while (e < s.n && lower(s.a[e])) {
        e++;
      }
      if (e - k - 1 < 2 || e - k - 1 > 20 || e < s.n && word(s.a[e])) {
        break;
      }
      k = e;
      if (endsText(s, k)) {
        end = k;
      }
    }
    return end;
  }

  /**
   * "Ravi K", "Sanjay Kumar S M", "William G.": up to two single capital initials after a
   * sign-off name belong to it.
   */
  private static int trailingInitials(ScanText s, int end) {
    int k = end;
    for (int initials = 0; initials < 2; initials++) {
      if (s.at(k) != ' ' || !Character.isUpperCase(s.at(k + 1))
          || k + 2 < s.n && Character.isLetterOrDigit(s.at(k + 2))) {
        break;
      }
      k += 2;
      if (s.at(k) == '.') {
        k++;
      }
    }
    return k > end && endsText(s, k) ? k : end;
  }

  /** Whether only white space and Markdown quote or emphasis marks stand before {@code p}. */
  private static boolean onlyMarkupBefore(ScanText s, int p) {
    if (p > 200) {
      return false; // bounded, so that many cues cost linear time
    }
    for (int k = 0; k < p; k++) {
      if (!Chars.anyWhitespace(s.a[k]) && s.a[k] != '>' && s.a[k] != '*' && s.a[k] != '_') {
        return false;
      }
    }
    return true;
  }

  /** Whether only spaces and '.', '!' follow {@code end} to the end of the text or line. */
  /** Whether nothing but spaces, line breaks and closing punctuation follows {@code end}. */
  private static boolean closesText(ScanText s, int end) {
    if (end < 0) {
      return false;
    }
    for (int k = end; k < s.n; k++) {
      char c = s.a[k];
      if (!space(c) && c != '\n' && c != '\r' && c != '.' && c != '!' && c != ')') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsText(ScanText s, int end) {
    int k = end;
    while (k < s.n && (space(s.a[k]) || s.a[k] == '.' || s.a[k] == '!')) {
      k++;
    }
    return k >= s.n || s.a[k] == '\n' || s.a[k] == '\r';
  }

  /**
   * Whether the line ends after a sign-off name, or goes on with the sender's organisation
   * (" von Musterbahn", " from Acme", " | Acme", " - Team X", ", Acme", " @acme").
   */
  private static boolean restOfLineIsSender(ScanText s, int end) {
    char[] a = s.a;
    int k = end;
    while (k < s.n && (space(a[k]) || a[k] == '.' || a[k] == '!' || a[k] == ']' || a[k] == '*'
        || a[k] == '_'
        || (a[k] == ',' && (k + 1 >= s.n || a[k + 1] == '\n' || a[k + 1] == '\r')))) {
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
    if (CueLexicon.serviceLine(h)) {
      return; // "Max Muster: der Kundenservice …" names no contact of the writer
    }
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

  /** Academic titles and forms of address before a name, in lower case (for {@code region}). */
  private static final String[] NAME_TITLES = {"dr.-ing. ", "dr. med. ", "dr. rer. nat. ",
      "dr. jur. ", "dr. phil. ", "dr. ", "prof. ", "dipl.-ing. ", "dipl.-inf. ", "dipl.-kfm. ",
      "dipl.-kffr. ", "dipl.-phys. ", "dipl. ing. ", "dipl. ing ", "dipl.-ing.(fh) ",
      "dipl.-ing. (fh) ", "mag. ", "ing. ", "(tu) ", "(fh) ", "b.sc. ", "m.sc. ", "mba ",
      "herrn ", "herr ", "frau ", "mr. ", "mrs. ", "ms. ", "mr ", "mrs ", "ms ", "dr ", "prof "};

  /**
   * Skips titles and forms of address before a name ("Dr. Theodor Weimer", "Herrn Dipl. Ing
   * (TU) Jens Kutschke"): the name span starts at the name itself.
   */
  private static int skipTitles(ScanText s, int p) {
    for (int rounds = 0; rounds < 4; rounds++) {
      int q = p;
      char first = p < s.n ? CueLexicon.fold(s.a[p]) : '\0';
      for (String title : NAME_TITLES) {
        if (title.charAt(0) == first && s.region(p, title)) {
          q = p + title.length();
          break;
        }
      }
      if (q == p) {
        return p;
      }
      p = q;
      while (p < s.n && space(s.a[p])) {
        p++;
      }
    }
    return p;
  }

  /** Words that join two names in a list, with their spaces. */
  private static final String[] LIST_WORDS = {" und ", " and ", " & "};

  /**
   * The start of the next name after a list separator at {@code end} (", ", " und ", " and ",
   * " & "), or -1.
   */
  private static int listSeparator(ScanText s, int end) {
    if (s.at(end) == ' ' && s.at(end + 1) == '(') {
      // "Ernst Huber (Sprecher des Vorstands), Dr. Niklas Dieterich": a role in brackets
      int close = end + 2;
      while (close < s.n && close - end < 45 && s.a[close] != ')' && s.a[close] != '\n') {
        close++;
      }
      if (s.at(close) == ')' && s.at(close + 1) == ',' && s.at(close + 2) == ' ') {
        return close + 3;
      }
      return -1;
    }
    if (s.at(end) == ',' && s.at(end + 1) == ' ') {
      return end + 2;
    }
    for (String sep : LIST_WORDS) {
      if (s.region(end, sep)) {
        return end + sep.length();
      }
    }
    return -1;
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
            || (Character.isUpperCase(a[w]) && (a[w - 1] == '-' || apostrophe(a[w - 1])))
            || (Character.isUpperCase(a[w]) && c == 'M' && a[w - 1] == 'c'
                && (w - p == 2 || w - p == 3 && a[p + 1] == 'a')))) {
          w++;
        }
        if (w - p == 1 && words == 0 && s.at(w) == '.' && s.at(w + 1) == ' '
            && Character.isUpperCase(s.at(w + 2)) && (Character.isLowerCase(s.at(w + 3))
                || s.at(w + 3) == '.' && s.at(w + 4) == ' ')) {
          // a leading initial: "M. Kunisch", "A. K. Mensah" (a name only with a surname after it)
          p = w + 2;
          continue;
        }
        if (w - p == 1 && words == 0 && s.at(w) == '.' && Character.isUpperCase(s.at(w + 1))
            && Character.isLowerCase(s.at(w + 2)) && Character.isLowerCase(s.at(w + 3))) {
          // "H.Battermann": the initial glued to the surname
          p = w + 1;
          continue;
        }
        if (w - p == 1 && words > 0 && s.at(w) == '.' && !word(s.at(w + 1))) {
          // an initial after a name: "Brian R. Greene", "Paul B."
          words++;
          end = w + 1;
          if (s.at(w + 1) == ' ' && Character.isUpperCase(s.at(w + 2))) {
            p = w + 2;
            continue;
          }
          break;
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
