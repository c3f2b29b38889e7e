package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.upper;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Postal addresses (German street and house number with optional postcode and city, English
 * "221 Baker Street", postcode and city after an address cue) and German licence plates (with
 * a cue, or the uppercase shape at a low score). Stateless.
 */
final class PlaceRecognizer implements Recognizer {
  static final PlaceRecognizer INSTANCE = new PlaceRecognizer();

  private PlaceRecognizer() {}

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public boolean wantsDigitWord(ScanText s, int i, int we) {
    return we - i <= 6 && space(s.at(we)) && (upper(s.at(we + 1)) || digit(s.at(we + 1)))
        || we - i <= 5 && i > 1 && space(s.a[i - 1]) && postcodeAhead(s, we);
  }

  /**
   * ", 8463", ",\n4561", "\n50169", "; 10555", " - 72348" after a house number ending at we (a
   * range "59-61" or "4/6" belongs to the number).
   */
  private static boolean postcodeAhead(ScanText s, int we) {
    int q = numberEnd(s, we);
    int p = separatorEnd(s, q);
    return p > q && digit(s.at(p));
  }

  /** The end of a house number at we: a range or a second number ("59-61", "4/6") is part of it. */
  private static int numberEnd(ScanText s, int we) {
    if ((s.at(we) == '-' || s.at(we) == '/') && digit(s.at(we + 1))) {
      int q = we + 1;
      while (q < s.n && digit(s.a[q]) && q - we <= 4) {
        q++;
      }
      if (!word(s.at(q))) {
        return q;
      }
    }
    return we;
  }

  /**
   * The end of the separator between a house number and a postcode at q: ',' or ';' with an
   * optional space or line break, a line break, or a dash or slash between spaces before a
   * five-digit postcode that is not a round number (" - 72348 Rosenfeld"); q itself when there
   * is none.
   */
  private static int separatorEnd(ScanText s, int q) {
    int p = q;
    if (s.at(p) == ',' || s.at(p) == ';') {
      p++;
      if (s.at(p) == '\r') {
        p++;
      }
      return space(s.at(p)) || s.at(p) == '\n' ? p + 1 : p;
    }
    if (s.at(p) == '\r') {
      p++;
    }
    if (s.at(p) == '\n') {
      return p + 1;
    }
    if (space(s.at(q)) && (s.at(q + 1) == '-' || s.at(q + 1) == '\u2013' || s.at(q + 1) == '/')
        && space(s.at(q + 2)) && s.allDigits(q + 3, q + 8) && !digit(s.at(q + 8))
        && !s.region(q + 5, "000")) {
      // a round number ("Staffel 2 - 10000 Folgen") is a count, no postcode
      return q + 3;
    }
    return q;
  }

  @Override
  public boolean mayStartLetterWord(char c) {
    return upper(c) || c >= 128;
  }

  @Override
  public boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return (upper(c) || c >= 128)
        && (streetAhead(s, we) || we - i <= 3 && upper(c) && plateTail(s, we))
        || we - i <= 6 && upper(c) && prepositionStreet(s, i, we) > i;
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char c = s.a[i];
    if (digit(c)) {
      address(s, i);
      if (i > 1 && space(s.a[i - 1]) && postcodeAhead(s, we)) {
        streetBefore(s, i, we);
      }
    } else if (upper(c) || c >= 128) {
      if (streetAhead(s, we)) {
        street(s, i);
      }
      if (we - i <= 3 && upper(c) && plateTail(s, we)) {
        plate(s, i, null);
      }
      int nameEnd = we - i <= 6 && upper(c) ? prepositionStreet(s, i, we) : i;
      if (nameEnd > i) {
        houseNumber(s, i, nameEnd, 0.85, true);
      }
    }
    return i;
  }

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.ADDRESS, Kind.PLATE);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    if (h.kind() == Kind.ADDRESS) {
      addressAfterCue(s, h);
    } else {
      plateAfterCue(s, h);
    }
  }

  /** Whether a digit follows the word ending at we, after an optional '.' and space. */
  private static boolean streetAhead(ScanText s, int we) {
    int q = we;
    if (s.at(q) == '.') {
      q++;
    }
    if (space(s.at(q))) {
      q++;
    }
    return digit(s.at(q));
  }

  // ---------------------------------------------------------------------------- plates

  private static final Set<String> PLATE_STOP = Set.of("VW", "BMW", "DB", "ICE", "IC", "EC",
      "LH", "EW", "FC", "SV", "TSV", "VFB", "HSV", "BVB", "ID", "GT", "PC", "TV", "USB", "LTE",
      "DSL", "SIM", "PIN", "TAN", "PUK", "NR", "AG", "GMBH", "KG", "UG", "EU", "USA", "UK", "DE",
      "AB", "BIS", "UND", "OR", "AND", "THE", "MIT", "FOR", "CD", "DVD", "OS", "IOS", "HD", "UHD",
      "RE", "RB", "S", "U", "X", "Y", "A", "I", "O", "E", "IP", "DNS", "ZDF", "ARD", "RTL", "WDR",
      "NDR", "SWR", "MDR", "HR", "BR");

  /**
   * German plate {@code [A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -]?\d{1,4}[EH]?}. Without a cue: uppercase,
   * both separators, district part not a common acronym, low score.
   */
  private static void plate(ScanText s, int i, Hit cue) {
    char[] a = s.a;
    int n = s.n;
    int p = i;
    boolean up = true;
    while (p < n && p - i < 4 && letter(a[p]) && !digit(a[p])) {
      char c = a[p];
      if (!Character.isUpperCase(c)) {
        up = false;
      }
      p++;
    }
    int d = p - i;
    if (d < 1 || d > 3 || !isPlateLetters(s, i, p)) {
      return;
    }
    char s1 = s.at(p);
    if (s1 != ' ' && s1 != '-') {
      return;
    }
    int q = p + 1;
    int ls = q;
    while (q < n && q - ls < 3 && isPlateLetter(a[q])) {
      if (!Character.isUpperCase(a[q])) {
        up = false;
      }
      q++;
    }
    int l = q - ls;
    if (l < 1 || l > 2) {
      return;
    }
    char s2 = s.at(q);
    boolean sep2 = s2 == ' ' || s2 == '-';
    if (sep2) {
      q++;
    } else if (cue == null) {
      return;
    }
    int ds = q;
    while (q < n && digit(a[q]) && q - ds < 5) {
      q++;
    }
    int dl = q - ds;
    if (dl < 1 || dl > 4 || d + l + dl > 8) {
      return;
    }
    if (s.at(q) == 'E' || s.at(q) == 'H') {
      q++;
    }
    if (word(s.at(q)) || (s.at(q) == '.' || s.at(q) == ',') && digit(s.at(q + 1))) {
      return;
    }
    if (cue == null) {
      cue = s.cue(Kind.PLATE, i, q);
    }
    if (cue != null) {
      s.add(PiiType.LICENSE_PLATE, i, q, 0.9, "de-license-plate", cue);
    } else if (up && !PLATE_STOP.contains(s.t.substring(i, p))) {
      s.add(PiiType.LICENSE_PLATE, i, q, 0.4, "de-license-plate", null);
    }
  }

  /**
   * Whether the text after a plate's district letters (ending at p) can complete a plate without
   * a cue: a separator, one or two letters, a separator and a digit.
   */
  private static boolean plateTail(ScanText s, int p) {
    if (!plateSeparator(s.at(p)) || !isPlateLetter(s.at(p + 1))) {
      return false;
    }
    if (plateSeparator(s.at(p + 2))) {
      return digit(s.at(p + 3));
    }
    return isPlateLetter(s.at(p + 2)) && plateSeparator(s.at(p + 3)) && digit(s.at(p + 4));
  }

  private static boolean plateSeparator(char c) {
    return c == ' ' || c == '-';
  }

  private static boolean isPlateLetter(char c) {
    return upper(c) || lower(c);
  }

  private static boolean isPlateLetters(ScanText s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.a[k];
      if (!(isPlateLetter(c) || "ÄÖÜäöü".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static void plateAfterCue(ScanText s, Hit h) {
    int p = s.skipFiller(h.end());
    int before = s.added();
    if (p < s.n && letter(s.a[p])) {
      plate(s, p, h);
    }
    if (s.added() == before) {
      plateOfAnyCountry(s, h);
    }
  }

  /** Words between a plate cue and its value ("license plate number as …", "mit dem …"). */
  private static final Set<String> PLATE_FILLERS = Set.of("number", "nummer", "no", "as", "is",
      "was", "ist", "war", "lautet", "reads", "shows", "the", "mit", "dem", "von");

  /**
   * After a plate cue, a plate of any country or a vanity plate: one upper-case token of letters
   * and digits, 2 to 10 characters with at most two single separators (' ' or '-'), optionally
   * in quotes ("Kennzeichen L1LL3MON", "license plate number as DOT-10003", "plate \"LAMBO\"").
   */
  private static void plateOfAnyCountry(ScanText s, Hit h) {
    int p = h.end();
    for (int words = 0; words < 4; words++) {
      p = s.skipFiller(p);
      int w = p;
      while (w < s.n && Chars.lower(s.a[w])) {
        w++;
      }
      if (w == p || !PLATE_FILLERS.contains(s.t.substring(p, w))) {
        break;
      }
      p = w;
    }
    while (p < s.n && (s.a[p] == '"' || s.a[p] == '\u201e' || s.a[p] == '\u201c'
        || s.a[p] == '\'' || s.a[p] == '`')) {
      p++;
    }
    int q = p;
    int chars = 0;
    int separators = 0;
    boolean letterSeen = false;
    while (q < s.n) {
      char c = s.a[q];
      if (upper(c) || digit(c)) {
        letterSeen |= upper(c);
        chars++;
        q++;
      } else if ((c == ' ' || c == '-') && chars > 0 && separators < 2
          && (upper(s.at(q + 1)) || digit(s.at(q + 1)))) {
        separators++;
        q++;
      } else {
        break;
      }
    }
    if (q < s.n && (Chars.word(s.a[q]) || s.a[q] == '_')) {
      return; // "LAMBOs", "AB12cd": part of a longer word
    }
    if (letterSeen && chars >= 2 && chars <= 10) {
      s.add(PiiType.LICENSE_PLATE, p, q, 0.8, "license-plate", h);
    }
  }

  // ------------------------------------------------------------------------------- addresses

  private static final String[] STREET_SUFFIX = {"straße", "strasse", "str.", "allee", "gasse",
      "chaussee", "damm", "ufer", "weg", "platz", "ring", "steig", "pfad", "markt", "promenade",
      "stieg", "zeile", "kamp", "wall"};
  private static final Set<String> NOT_STREETS = Set.of("sitzplatz", "parkplatz",
      "arbeitsplatz", "stellplatz", "spielplatz", "platz", "weg", "ring", "rückweg", "heimweg",
      "umweg", "hinweg", "ausweg", "zahlungsweg", "rechtsweg", "postweg", "lieferweg",
      "weg.", "markt", "supermarkt", "arbeitsmarkt", "wall", "ufer", "damm", "firewall",
      "schulweg", "wanderweg", "radweg", "fußweg", "gleisplatz", "steckplatz", "speicherplatz",
      "wohnmarkt", "zeile", "betreffzeile", "kopfzeile", "fußzeile", "textzeile", "betreff­zeile",
      "steig", "bahnsteig", "bussteig", "flugsteig", "stieg", "anstieg", "aufstieg", "abstieg",
      "einstieg", "ausstieg", "umstieg", "pfad", "dateipfad", "kamp", "ausgang", "platz.",
      "marktplatz", "startplatz", "listenplatz", "tabellenplatz", "rang", "promenade");

  /** German street word at i ("Musterstraße 12", "Hauptstr. 5", "Berliner Straße 3a"). */
  private static void street(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int w = i;
    while (w < n && (letter(a[w]) || (a[w] == '-' && letter(s.at(w + 1))))) {
      w++;
    }
    int len = w - i;
    if (len < 3) {
      return;
    }
    char last = CueLexicon.fold(a[w - 1]);
    if ("emrgzdtlp".indexOf(last) < 0) {
      return;
    }
    int end = -1;
    for (String suf : STREET_SUFFIX) {
      boolean dot = suf.charAt(suf.length() - 1) == '.';
      int coreLen = dot ? suf.length() - 1 : suf.length();
      if (suf.charAt(coreLen - 1) != last) {
        continue;
      }
      String core = dot ? suf.substring(0, coreLen) : suf;
      if (len >= core.length() && s.region(w - core.length(), core)
          && (!dot || s.at(w) == '.')) {
        end = dot ? w + 1 : w;
        break;
      }
    }
    if (end < 0) {
      return;
    }
    String word = s.t.substring(i, end).toLowerCase(Locale.ROOT);
    if (NOT_STREETS.contains(word)) {
      return;
    }
    int start = i;
    // "Berliner Straße": the street word alone needs a capitalized word before it
    if (word.equals("straße") || word.equals("strasse") || word.equals("str.")
        || word.equals("allee") || word.equals("gasse")) {
      int b = i - 1;
      if (b > 0 && a[b] == ' ' && letter(a[b - 1])) {
        int ws = b - 1;
        while (ws > 0 && letter(a[ws - 1])) {
          ws--;
        }
        if (Character.isUpperCase(a[ws])) {
          start = ws;
        }
      }
      if (start == i) {
        return;
      }
    }
    houseNumber(s, start, end, 0.75, false);
  }

  /**
   * House number after a street name; then optional postcode and city. With {@code needPlace}
   * (a street name that is also an everyday phrase: "Am Sande 4" like "Am Montag 4") the
   * postcode and city or an address cue must confirm it.
   */
  private static void houseNumber(ScanText s, int start, int streetEnd, double base,
      boolean needPlace) {
    char[] a = s.a;
    int n = s.n;
    int p = streetEnd;
    if (space(s.at(p))) {
      p++;
    }
    int ds = p;
    while (p < n && digit(a[p]) && p - ds < 4) {
      p++;
    }
    if (p == ds || digit(s.at(p)) || s.at(ds) == '0') {
      return;
    }
    if (lower(s.at(p)) && !letter(s.at(p + 1))) {
      p++;
    } else if ((s.at(p) == '-' || s.at(p) == '/') && digit(s.at(p + 1))) {
      p++;
      while (p < n && digit(a[p])) {
        p++;
      }
    }
    if (word(s.at(p)) || ((s.at(p) == '.' || s.at(p) == ',' || s.at(p) == ':')
        && digit(s.at(p + 1)))) {
      return;
    }
    if (s.followedByCurrency(p, Integer.MAX_VALUE)) {
      return;
    }
    int end = p;
    int city = postcodeCity(s, skipComma(s, p));
    double score = base;
    if (city > 0) {
      end = city;
      score = 0.9;
    }
    Hit cue = s.cue(Kind.ADDRESS, start, end);
    if (cue != null) {
      score = 0.95;
    } else if (needPlace && city < 0) {
      return;
    }
    s.add(PiiType.POSTAL_ADDRESS, start, end, score, "postal-address", cue);
  }

  /**
   * Skips the separator between a house number and a postcode (", ", "; ", " - ", a line break,
   * a space) and " in " ("Lindenallee 7 in 50667").
   */
  private static int skipComma(ScanText s, int p) {
    int q = separatorEnd(s, p);
    if (q == p && space(s.at(p))) {
      q++; // "Hauptstr. 5 50667 Köln"
    }
    p = q;
    if (s.region(p, "in ") && Chars.digit(s.at(p + 3))) {
      p += 3;
    }
    return p;
  }

  /**
   * "12345 Stadt" at p, also four-digit postcodes (Austria, Switzerland, Belgium, Denmark:
   * "1120 Wien", "4020 Liège"; not 1900–2099, which read as years) and Dutch ones with two
   * letters ("2405 VV Alphen"): returns the end or -1.
   */
  private static int postcodeCity(ScanText s, int p) {
    char[] a = s.a;
    int n = s.n;
    int q;
    if (s.allDigits(p, p + 5) && !digit(s.at(p + 5)) && space(s.at(p + 5))) {
      q = p + 6;
    } else if (s.allDigits(p, p + 4) && !digit(s.at(p + 4)) && a[p] != '0') {
      int v = Integer.parseInt(s.t, p, p + 4, 10);
      q = p + 4;
      if (space(s.at(q)) && upper(s.at(q + 1)) && upper(s.at(q + 2)) && space(s.at(q + 3))) {
        q += 3; // Dutch "2405 VV"
      } else if (upper(s.at(q)) && upper(s.at(q + 1)) && space(s.at(q + 2))) {
        q += 2; // Dutch "5627CX"
      } else if (v >= 1900 && v <= 2099 || !space(s.at(q))) {
        return -1;
      }
      q++;
      while (q < n && space(a[q]) && q - p < 10) {
        q++;
      }
    } else {
      return -1;
    }
    int end = -1;
    int words = 0;
    while (q < n && Character.isUpperCase(a[q]) && words < 3) {
      int w = q + 1;
      while (w < n && (letter(a[w]) || a[w] == '-' && letter(s.at(w + 1)))) {
        w++;
      }
      if (w - q < 2) {
        break;
      }
      end = w;
      words++;
      if (s.at(w) == ' ' && (Character.isUpperCase(s.at(w + 1))
          || s.region(w + 1, "am ") || s.region(w + 1, "an ")
          || s.region(w + 1, "im "))) {
        q = w + 1;
        if (lower(a[q])) {
          q += 3;
        }
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * English-language street addresses at a digit i: "221 Baker Street", "1001 S Horsebarn Rd",
   * "2208 9th Avenue", "104 COLVARD WOODS WAY", "155 Bank street", and what follows them on the
   * same or the next line when it confirms the address: a direction ("NW"), a unit ("Suite
   * 200"), and "City, ST 12345" with a two-letter state or province and an optional ZIP or
   * Canadian postal code ("2711 Helena Ave, Nederland, TX", "421 I St NW Washington, DC 20001").
   */
  private static void address(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int p = i;
    while (p < n && digit(a[p]) && p - i < 6) {
      p++;
    }
    if (p - i <= 5 && letter(s.at(p)) && space(s.at(p + 1))) {
      p++; // "1A Latona Street"
    }
    if (p - i > 6 || !space(s.at(p)) || i > 0 && (word(a[i - 1]) || a[i - 1] == '.')) {
      return;
    }
    int q = p + 1;
    for (int words = 0; words < 4 && q < n; words++) {
      if (words > 0) {
        int sufEnd = streetSuffix(s, q);
        if (sufEnd > 0) {
          int end = usTail(s, sufEnd);
          Hit cue = s.cue(Kind.ADDRESS, i, end);
          s.add(PiiType.POSTAL_ADDRESS, i, end, cue != null ? 0.95 : 0.75, "postal-address",
              cue);
          return;
        }
      }
      int w = streetNameWord(s, q, words == 0);
      if (w == q + 1 && words == 0 && s.at(w) == '.' && space(s.at(w + 1))
          && "NESW".indexOf(a[q]) >= 0) {
        w++; // "430 E. Fairmount Rd.": a direction abbreviated with a period
      }
      if (w < 0 || !space(s.at(w))) {
        return;
      }
      q = w + 1;
    }
  }

  /** Street types after the name, as written (title case, capitals, or a spelled-out word). */
  private static final String[] EN_SUFFIXES = {"Street", "St.", "St", "Road", "Rd.", "Rd",
      "Avenue", "Ave.", "Ave", "Lane", "Ln.", "Ln", "Drive", "Dr.", "Dr", "Boulevard", "Blvd.",
      "Blvd", "Way", "Court", "Ct.", "Ct", "Place", "Pl.", "Square", "Sq.", "Terrace",
      "Highway", "Hwy", "Parkway", "Pkwy", "Circle", "Crescent", "Close", "Row", "Walk",
      "Trail", "Trl", "Cir", "Ter", "Cove", "Cv", "Loop", "Pike", "Trace", "Alley", "Expy",
      "Fwy", "Mews", "Gardens", "Gdns", "Grove", "Ridge"};
  private static final Set<String> EN_SUFFIXES_ANY_CASE = Set.of("street", "road", "avenue",
      "lane", "drive", "boulevard", "court", "highway", "parkway", "terrace", "trail");

  /** The end of a street type at q (not followed by a letter or digit), or -1. */
  private static int streetSuffix(ScanText s, int q) {
    char c = s.a[q];
    for (String suf : EN_SUFFIXES) {
      int len = suf.length();
      if (c == suf.charAt(0) && !word(s.at(q + len)) && q + len <= s.n) {
        String w = s.t.substring(q, q + len);
        if (w.equals(suf) || w.equals(suf.toUpperCase(Locale.ROOT))) {
          return q + len;
        }
      }
    }
    int w = q;
    while (w < s.n && letter(s.a[w])) {
      w++;
    }
    if (w - q >= 4 && w - q <= 9 && !word(s.at(w))
        && EN_SUFFIXES_ANY_CASE.contains(s.t.substring(q, w).toLowerCase(Locale.ROOT))) {
      return w;
    }
    return -1;
  }

  /**
   * A word of a street name at q: capitalized or in capitals ("Horsebarn", "COLVARD"), a single
   * capital ("S", "I"), an ordinal ("9th") or a number with a letter ("11A"); returns its end or
   * -1. The first word is no month, weekday or other word that follows numbers in running text.
   */
  private static int streetNameWord(ScanText s, int q, boolean first) {
    char[] a = s.a;
    int n = s.n;
    int w = q;
    if (upper(a[q]) || a[q] >= 128 && Character.isUpperCase(a[q])) {
      w++;
      while (w < n && (letter(a[w]) || (a[w] == '-' || a[w] == '\'') && letter(s.at(w + 1)))) {
        w++;
      }
      if (first && NOT_STREET_WORDS.contains(s.t.substring(q, w).toLowerCase(Locale.ROOT))) {
        return -1;
      }
    } else if (digit(a[q])) {
      while (w < n && digit(a[w]) && w - q < 4) {
        w++;
      }
      if (s.region(w, "st") || s.region(w, "nd") || s.region(w, "rd") || s.region(w, "th")) {
        w += 2;
      } else if (upper(s.at(w))) {
        w++;
      } else {
        return -1;
      }
    } else {
      return -1;
    }
    return w < n && word(a[w]) ? -1 : w;
  }

  private static final Set<String> DIRECTIONS = Set.of("N", "S", "E", "W", "NE", "NW", "SE",
      "SW");
  private static final String[] UNITS = {"Apt ", "Apt. ", "Suite ", "Ste ", "Ste. ", "Unit ",
      "#"};

  /** Extends a street at e by a direction, a unit and "City, ST 12345" when they follow. */
  private static int usTail(ScanText s, int e) {
    char[] a = s.a;
    int end = e;
    int p = e;
    if (s.at(p) == ' ') {
      int w = p + 1;
      while (w < s.n && upper(a[w]) && w - p <= 2) {
        w++;
      }
      if (w > p + 1 && !word(s.at(w)) && DIRECTIONS.contains(s.t.substring(p + 1, w))) {
        end = w; // "421 I St NW"
        p = w;
      }
    }
    int q = s.at(p) == ',' ? p + 1 : p;
    while (q < s.n && space(a[q])) {
      q++;
    }
    for (String unit : UNITS) {
      if (s.t.startsWith(unit, q)) {
        int w = q + unit.length();
        int v = w;
        while (v < s.n && Chars.asciiAlnum(a[v])) {
          v++;
        }
        if (v > w && v - w <= 6) {
          end = v;
          p = v;
          q = s.at(p) == ',' ? p + 1 : p;
          while (q < s.n && space(a[q])) {
            q++;
          }
        }
        break;
      }
    }
    if (s.at(q) == '\r') {
      q++;
    }
    if (s.at(q) == '\n') {
      q++;
      while (q < s.n && (space(a[q]) || a[q] == '>')) {
        q++;
      }
    }
    // City: one to three capitalized words, then ", ST" or " ST" and an optional postal code
    int c = q;
    int words = 0;
    int cityEnd = -1;
    while (words < 3 && c < s.n && upper(a[c])) {
      int w = c + 1;
      while (w < s.n && (letter(a[w]) || a[w] == '-' && letter(s.at(w + 1)))) {
        w++;
      }
      if (w - c < 2) {
        break;
      }
      cityEnd = w;
      words++;
      if (s.at(w) == ' ' && upper(s.at(w + 1)) && !stateAt(s, w + 1)) {
        c = w + 1;
      } else {
        break;
      }
    }
    if (cityEnd < 0) {
      return end;
    }
    int st = cityEnd;
    if (s.at(st) == ',') {
      st++;
    }
    if (s.at(st) != ' ' || !stateAt(s, st + 1)) {
      return end;
    }
    int stateEnd = st + 3;
    int zip = stateEnd;
    if (s.at(zip) == ' ' && s.allDigits(zip + 1, zip + 6) && !word(s.at(zip + 6))) {
      stateEnd = zip + 6;
      if (s.at(stateEnd) == '-' && s.allDigits(stateEnd + 1, stateEnd + 5)
          && !word(s.at(stateEnd + 5))) {
        stateEnd += 5;
      }
    } else if (s.at(zip) == ' ' && canadianPostcode(s, zip + 1)) {
      stateEnd = zip + 8;
    }
    return stateEnd;
  }

  /** Two capitals standing alone at p: a US state or Canadian province code ("TX", "BC"). */
  private static boolean stateAt(ScanText s, int p) {
    return upper(s.at(p)) && upper(s.at(p + 1)) && !word(s.at(p + 2));
  }

  /** "V6B 4Y8": a Canadian postal code at p. */
  private static boolean canadianPostcode(ScanText s, int p) {
    return upper(s.at(p)) && digit(s.at(p + 1)) && upper(s.at(p + 2)) && s.at(p + 3) == ' '
        && digit(s.at(p + 4)) && upper(s.at(p + 5)) && digit(s.at(p + 6)) && !word(s.at(p + 7));
  }

  /** Lower-case particles inside street names ("Willem de Zwijgerlaan", "Boulevard de Douai"). */
  private static final Set<String> STREET_PARTICLES = Set.of("de", "van", "der", "den", "la",
      "le", "du", "des", "di", "da", "del", "von", "zu", "am", "an", "im", "aan", "het", "op",
      "of", "the");
  /** Street types written before the name ("Boulevard …", "Rue …", "Via …"). */
  private static final Set<String> STREET_TYPES = Set.of("boulevard", "rue", "avenue", "av.",
      "chaussée", "place", "quai", "via", "viale", "piazza", "corso", "calle", "avenida", "rua",
      "plaza", "paseo", "praça", "ulica", "ul.", "straat", "laan", "plein", "gracht");
  /** Capitalized words that end no street name: months, weekdays, versions and such. */
  private static final Set<String> NOT_STREET_WORDS = Set.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
      "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "version", "v", "ver",
      "build", "release", "update", "android", "ios", "windows", "chapter", "kapitel", "page",
      "seite", "step", "schritt", "nr", "no", "number", "nummer", "issue", "ticket", "order",
      "bestellung", "rechnung", "invoice", "item", "artikel", "punkt", "point", "level", "room",
      "raum", "gleis", "platform", "bahnsteig", "track", "line", "linie", "bus", "tram", "zug",
      "train", "flug", "flight", "gate", "terminal", "halle", "hall", "block", "teil", "part",
      "paragraph", "section", "abschnitt", "table", "tabelle", "figure", "abbildung", "top",
      "days", "weeks", "months", "years", "hours", "minutes", "times", "miles", "people",
      "users", "stars", "tage", "wochen", "monate", "jahre", "stunden", "minuten", "mal");

  /**
   * Any country's "street number, postcode city" ("Langegg 31, 8463 Leutschach", "Willem de
   * Zwijgerlaan 151, 2405 VV Alphen aan den Rijn", "C4 9b, 68159 Mannheim", "Kreekzoom 9⏎4561 GX
   * Hulst"): the street is the capitalized words (with particles) right before the house number
   * [i, we) on its line; the postcode and city after it confirm the address.
   */
  private static void streetBefore(ScanText s, int i, int we) {
    char[] a = s.a;
    int hn = we - i;
    int digits = 0;
    while (digits < hn && digit(a[i + digits])) {
      digits++;
    }
    if (digits == 0 || digits > 4 || hn - digits > 1 || a[i] == '0') {
      return;
    }
    int city = postcodeCity(s, skipComma(s, numberEnd(s, we)));
    if (city < 0) {
      return;
    }
    int start = -1;
    int capitals = 0;
    int p = i - 1; // the space before the house number
    for (int words = 0; words < 5 && p > 0 && space(a[p]); words++) {
      int ws = p;
      while (ws > 0 && (letter(a[ws - 1]) || digit(a[ws - 1]) || a[ws - 1] == '-'
          || a[ws - 1] == '.')) {
        ws--;
      }
      if (ws == p) {
        break;
      }
      String w = s.t.substring(ws, p).toLowerCase(Locale.ROOT);
      if (w.endsWith(".") && !w.equals("st.") && !w.equals("str.")) {
        break;
      }
      if (words == 0 && NOT_STREET_WORDS.contains(w)) {
        return;
      }
      if (s.startsCue(ws)) {
        break; // "die Adresse D5 3, …": the cue is no part of the street
      }
      boolean capital = Character.isUpperCase(a[ws]);
      if (capital) {
        // two capitalized words at most ("Willem de Zwijgerlaan"), three when the first is a
        // street type ("Boulevard Raymond Poincaré")
        if (capitals == 2 && !STREET_TYPES.contains(w)) {
          break;
        }
        if (capitals == 3) {
          break;
        }
        capitals++;
        start = ws;
      } else if (!STREET_PARTICLES.contains(w) && !(words == 0 && ws >= 2
          && particleBefore(s, ws - 1))) {
        break;
      }
      p = ws - 1;
    }
    if (start < 0 || !(start == 0 || !word(a[start - 1]))) {
      return;
    }
    if (start >= 3 && a[start - 1] == ' ' && a[start - 2] == ',' && digit(a[start - 3])) {
      // "Erkelenzdamm 59-61, Portal 1, 10999 Berlin": a part of the address before it
      return;
    }
    Hit cue = s.cue(Kind.ADDRESS, start, city);
    s.add(PiiType.POSTAL_ADDRESS, start, city, cue != null ? 0.95 : 0.85, "postal-address",
        cue);
  }

  /** Whether a street particle ends at the space {@code sp} ("de douai"). */
  private static boolean particleBefore(ScanText s, int sp) {
    if (!space(s.at(sp))) {
      return false;
    }
    int ws = sp;
    while (ws > 0 && letter(s.a[ws - 1])) {
      ws--;
    }
    return ws < sp && STREET_PARTICLES.contains(s.t.substring(ws, sp));
  }

  private static final String[] PREPOSITION_STREETS = {"Am ", "An der ", "An den ", "Im ",
      "Auf dem ", "Auf der ", "Zum ", "Zur ", "In der ", "In den ", "Hinter der ", "Unter den ",
      "Vor dem ", "Alte ", "Alter ", "Neue ", "Neuer "};

  /**
   * A street name that starts with a preposition or article ("Am Sande", "An der Alster",
   * "Zur Mühle") at i: returns the end of its one or two capitalized words when a house number
   * follows, else i.
   */
  private static int prepositionStreet(ScanText s, int i, int we) {
    char c0 = s.a[i];
    if (c0 != 'A' && c0 != 'I' && c0 != 'Z' && c0 != 'H' && c0 != 'U' && c0 != 'V'
        && c0 != 'N') {
      return i;
    }
    int wordLength = we - i;
    for (String pre : PREPOSITION_STREETS) {
      // the word at i is the prefix's first word, so only prefixes whose first word is as long
      if (wordLength < pre.length() && pre.charAt(wordLength) == ' '
          && startsWith(s, i, pre)) {
        int w = i + pre.length();
        int end = -1;
        for (int words = 0; words < 2 && w < s.n && Character.isUpperCase(s.a[w]); words++) {
          int e = w + 1;
          while (e < s.n && (letter(s.a[e]) || s.a[e] == '-' && letter(s.at(e + 1)))) {
            e++;
          }
          if (e - w < 2) {
            break;
          }
          end = e;
          if (s.at(e) == ' ' && digit(s.at(e + 1))) {
            return end;
          }
          w = e + 1;
        }
        return i;
      }
    }
    return i;
  }

  /** Whether the text has {@code prefix} at {@code i}. */
  private static boolean startsWith(ScanText s, int i, String prefix) {
    int len = prefix.length();
    if (i + len > s.n) {
      return false;
    }
    char[] a = s.a;
    for (int k = 0; k < len; k++) {
      if (a[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** After "wohne in", "meine Adresse": a street with a number or postcode + city. */
  private static void addressAfterCue(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    for (int guard = 0; guard < 3; guard++) {
      while (p < n && (space(a[p]) || a[p] == ':')) {
        p++;
      }
      if ((s.region(p, "ist") || s.region(p, "is") || s.region(p, "lautet")) && p < n) {
        int w = p;
        while (w < n && letter(a[w])) {
          w++;
        }
        String wd = s.t.substring(p, w).toLowerCase(Locale.ROOT);
        if (wd.equals("ist") || wd.equals("is") || wd.equals("lautet")) {
          p = w;
          continue;
        }
      }
      break;
    }
    int city = postcodeCity(s, p);
    if (city > 0) {
      s.add(PiiType.POSTAL_ADDRESS, p, city, 0.8, "postal-address", h);
    }
    // "Am Markt 3", "Im Winkel 2"
    for (String pre : PREPOSITION_STREETS) {
      if (s.t.startsWith(pre, p)) {
        int w = p + pre.length();
        int e = w;
        while (e < n && letter(a[e])) {
          e++;
        }
        if (e > w + 1 && Character.isUpperCase(a[w])) {
          houseNumber(s, p, e, 0.85, false);
        }
      }
    }
  }
}
