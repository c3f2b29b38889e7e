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
 * Credentials after a cue: passwords and user names ("Passwort: xyz", "password is hunter2",
 * "Login: max.m") and PINs, TANs and one-time codes ("PIN 1234", "TAN: 123456"). A value counts
 * when it is linked to the cue explicitly (':', '=', "lautet", quotes), or by "is"/"ist" and is
 * more than a lower-case word, or when it looks like a secret (letters with digits or symbols);
 * never a word about the credential ("vergessen", "isn't", "again?"), an HTML entity, a URL or
 * domain piece, an e-mail address or a handle. Stateless.
 */
final class CredentialRecognizer implements Recognizer {
  static final CredentialRecognizer INSTANCE = new CredentialRecognizer();

  private CredentialRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.PASSWORD, Kind.LOGIN, Kind.PIN);
  }

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public boolean wantsDigitWord(ScanText s, int i, int we) {
    return keyGroup(s, i, we);
  }

  @Override
  public boolean mayStartLetterWord(char c) {
    return Chars.upper(c);
  }

  @Override
  public boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return keyGroup(s, i, we);
  }

  /** A first group of a licence key: 4 to 6 upper-case letters and digits, then '-'. */
  private static boolean keyGroup(ScanText s, int i, int we) {
    int len = we - i;
    if (len < 4 || len > 6 || s.at(we) != '-' || !Chars.asciiAlnum(s.at(we + 1))
        || (i > 0 && (s.a[i - 1] == '-' || word(s.a[i - 1])))) {
      return false;
    }
    for (int k = i; k < we; k++) {
      if (!Chars.upper(s.a[k]) && !digit(s.a[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Licence and activation keys ("M2WCM-6N9RR-UTP7U-R4JNF-C32ZC", "ABCD-EF12-GH34-IJ56"): four
   * to eight groups of the same length (4–6) of upper-case letters and digits joined by '-',
   * with letters and digits both in the key and at least two groups holding a digit. No cue
   * needed: the shape is the key's (product codes and part numbers have fewer or uneven
   * groups; UUIDs are lower-case hex of uneven groups).
   */
  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char[] a = s.a;
    int groupLen = we - i;
    int p = i;
    int groups = 0;
    int letters = 0;
    int digitGroups = 0;
    while (true) {
      int gs = p;
      boolean hasDigit = false;
      while (p < s.n && (Chars.upper(a[p]) || digit(a[p]))) {
        if (digit(a[p])) {
          hasDigit = true;
        } else {
          letters++;
        }
        p++;
      }
      if (p - gs != groupLen) {
        return i;
      }
      groups++;
      digitGroups += hasDigit ? 1 : 0;
      if (s.at(p) == '-' && groups < 8 && (Chars.upper(s.at(p + 1)) || digit(s.at(p + 1)))) {
        p++;
      } else {
        break;
      }
    }
    if (groups < 4 || word(s.at(p)) || s.at(p) == '-' && s.at(p + 1) != '-' || letters == 0
        || digitGroups < 2) {
      // "…-JPMQD----": a dash rule after the key ends it; a single dash continues the token
      return i;
    }
    Hit cue = s.cue(Kind.PASSWORD, i, p);
    s.add(PiiType.CREDENTIAL, i, p, cue != null ? 0.9 : 0.75, "licence-key", cue);
    return i;
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    if (h.kind() == Kind.PIN) {
      pin(s, h);
    } else {
      password(s, h);
    }
  }

  /**
   * Words after a credential cue that talk about the credential instead of giving it
   * (German and English), compared in lower case.
   */
  private static final Set<String> NOT_SECRET = Set.of("vergessen", "falsch", "geändert",
      "gesperrt", "abgelaufen", "ungültig", "gültig", "unbekannt", "funktioniert", "geht",
      "nicht", "ich", "mein", "meine", "the", "my", "not", "wrong", "incorrect", "changed",
      "locked", "expired", "invalid", "valid", "forgotten", "forgot", "lost", "reset",
      "zurücksetzen", "zurückgesetzt", "ändern", "change", "neu", "new", "alt", "old", "und",
      "and", "oder", "or", "wird", "wurde", "kam", "kommt", "ist", "is", "was", "war", "sind",
      "are", "per", "via", "bitte", "please", "sms", "e-mail", "email", "mail", "zu", "too", "to",
      "schon", "already", "noch", "still", "nie", "never", "immer", "always", "leer", "empty",
      "kein", "keine", "none", "no", "nein", "richtig", "korrekt", "correct", "right",
      "angezeigt", "vergeben", "erhalten", "received", "gesendet", "sent", "eingegeben",
      "entered", "mehr", "more", "a", "this", "that", "these", "it", "its", "i",
      "me", "you", "your", "yours", "we", "our", "they", "their", "he", "she", "his", "her",
      "be", "been", "being", "has", "have", "had", "do", "does", "did", "done", "can", "could",
      "will", "would", "should", "shall", "may", "might", "must", "if", "when", "then", "than",
      "so", "as", "just", "also", "again", "here", "there", "what", "which", "who", "how", "why",
      "all", "any", "some", "for", "of", "in", "on", "at", "with", "from", "by", "into", "but",
      "about", "after", "before", "field", "manager", "policy", "requirements", "requirement",
      "protected", "protection", "recovery", "page", "link", "box", "prompt", "screen",
      "button", "settings", "problem", "problems", "issue", "issues", "error", "works",
      "working", "worked", "required", "match", "mismatch", "authentication", "dialog",
      "window", "form", "hint", "strength", "length", "characters", "weak", "strong", "secure",
      "saved", "stored", "encrypted", "visible", "shown", "hidden", "long", "short", "same",
      "different", "accepted", "rejected", "blank", "missing", "optional", "needed", "updated",
      "set", "fine", "ok", "okay", "good", "bad", "broken", "stuck", "now", "only", "really",
      "very", "actually", "definitely", "probably", "sure", "case", "sensitive", "required.",
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "auch",
      "wieder", "erneut", "bei", "mit", "für", "auf", "muss", "kann", "soll", "habe", "hab",
      "hat", "haben", "eingeben", "anfordern", "feld", "richtlinie", "seite", "code", "sicher",
      "unsicher", "geschützt", "abfrage", "eingabe", "über", "zum", "zur", "vom", "im", "am",
      "um", "an", "aus", "bzw", "usw", "etc", "leider", "jetzt", "doch", "eigentlich", "gleich",
      "dasselbe", "identisch", "weg", "kurz", "lang", "dafür", "dazu", "hier", "dort", "da",
      "manchmal", "vielleicht", "wohl", "ja", "es", "er", "sie", "wir", "ihr", "man", "was?",
      "login", "passwort", "password", "kennwort", "username", "benutzername", "user",
      "benutzer", "daten", "data", "details", "anmeldung", "sign", "log", "account", "konto",
      "verwenden", "use", "used", "using", "benutzt", "genutzt", "eingerichtet", "created",
      "erstellt", "ausgefüllt", "gespeichert", "vergleichen", "übernommen", "akzeptiert",
      "abgelehnt", "erforderlich", "nötig", "notwendig", "falsches", "richtiges", "neues",
      "altes", "anderes", "another", "other", "one", "eins", "twice", "times", "mal", "siehe",
      "see", "vgl", "s.", "unten", "oben", "below", "above", "folgt", "follows", "usually",
      "normally", "typically", "generally", "meistens", "normalerweise", "example", "beispiel");

  /** Words between a cue and a colon that announce the value ("Benutzer angelegt: …"). */
  private static final Set<String> NAMING_WORDS = Set.of("registriert", "erstellt", "angelegt",
      "neu", "created", "registered", "new", "used", "verwendet");

  /** Words that link a cue to its value explicitly ("Passwort lautet …"). */
  private static final Set<String> STRONG_LINKS = Set.of("lautet", "lautete", "lauten", "heißt",
      "heisst");
  /** Words that link a cue to its value, or to a statement about it ("password is weak"). */
  private static final Set<String> WEAK_LINKS = Set.of("ist", "is", "was", "war", "are", "sind",
      "wäre");

  private static final String OPENING_QUOTES = "\"'`\u201e\u201c\u201a\u2018\u00ab\u00bb\u201d";
  private static final String CLOSING_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00bb\u00ab";

  /** How a value is tied to its cue. */
  private enum Link {
    /** Nothing between cue and value: the value must look like a secret. */
    NONE,
    /** "ist", "is": the value must look like a secret or be more than a lower-case word. */
    WEAK,
    /** ':', '=', "lautet", quotes: any value that is not a word about the credential. */
    EXPLICIT
  }

  /**
   * "Passwort: xyz", "Mein Passwort lautet: Sommer2024", "password is hunter2", "Login: max.m",
   * "Zugangsdaten: max.muster / Sommer2024" (two spans). The span is the written value, with
   * trailing sentence punctuation other than '!' left out.
   */
  private static void password(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    if (s.at(h.end()) == '-' && letter(s.at(h.end() + 1))) {
      // "Passwort-Vergessen-Logik", "Nutzer-Setting": the cue is part of a compound word
      return;
    }
    if (h.kind() == Kind.LOGIN && publicProfile(s, h.start())) {
      // "GitHub-Username: octocat", "my Discord username is …": a public handle, no login data
      return;
    }
    int p = skipSpaces(s, h.end());
    if (p < n && (a[p] == '"' || a[p] == '\'') && h.start() > 0 && a[h.start() - 1] == a[p]) {
      // a quoted key: "password": "…", 'Password'="…" in pasted JSON or code
      int q = skipSpaces(s, p + 1);
      if (q < n && (a[q] == ':' || a[q] == '=')) {
        p = q;
      }
    }
    Link link = Link.NONE;
    if (p < n && a[p] == '(' && (h.kind() == Kind.LOGIN || h.kind() == Kind.PASSWORD)) {
      // "same account name (MattRenthing) and PW (#notanoob)": the value in brackets
      int q = p + 1;
      while (q < n && q - p <= 41 && a[q] != ')' && a[q] != '\n' && a[q] != ' ') {
        q++;
      }
      if (q < n && a[q] == ')' && acceptable(s, p + 1, q, Link.WEAK)) {
        s.add(PiiType.CREDENTIAL, p + 1, q, 0.8, source(h), h);
      }
      return;
    }
    if (p + 1 < n && a[p] == '-' && a[p + 1] == ' ' && s.at(p - 1) == ' ') {
      // "Steam login - touch_m3": a dash between cue and value links like a weak "is"
      link = Link.WEAK;
      p = skipSpaces(s, p + 1);
    } else if (p < n && (a[p] == ':' || a[p] == '=')) {
      link = Link.EXPLICIT;
      p++;
    } else if (changedTo(s, h, p)) {
      return; // "changed the password to 123456", "Passwort auf 4711 gesetzt"
    } else {
      p = skipPlace(s, p);
      int w = p;
      while (w < n && letter(a[w])) {
        w++;
      }
      String word = s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
      if (w > p && w - p <= 14 && s.at(w) == ':' && lower(a[p])
          && (!NOT_SECRET.contains(word) || NAMING_WORDS.contains(word))) {
        // one word between cue and colon: "Benutzer registriert: …", "password new: …"
        word = "lautet";
        w++;
      }
      if (STRONG_LINKS.contains(word) || WEAK_LINKS.contains(word)) {
        link = STRONG_LINKS.contains(word) ? Link.EXPLICIT : Link.WEAK;
        p = skipAdverbs(s, skipSpaces(s, w));
        if (p < n && a[p] == ':') {
          link = Link.EXPLICIT;
          p++;
        }
      }
    }
    p = skipSpaces(s, p);
    if (p < n && a[p] == '\n' && link == Link.EXPLICIT) {
      p = skipSpaces(s, p + 1);
    }
    if (p < n && OPENING_QUOTES.indexOf(a[p]) >= 0) {
      int q = p + 1;
      while (q < n && q - p <= 65 && CLOSING_QUOTES.indexOf(a[q]) < 0 && a[q] != '\n') {
        q++;
      }
      if (q < n && q > p + 1 && CLOSING_QUOTES.indexOf(a[q]) >= 0 && q - p <= 65) {
        if (acceptable(s, p + 1, q, Link.EXPLICIT)) {
          s.add(PiiType.CREDENTIAL, p + 1, q, 0.9, source(h), h);
          quotedList(s, q + 1, h);
        }
        return;
      }
    }
    boolean bold = s.region(p, "**");
    int start = bold ? p + 2 : p;
    int end = tokenEnd(s, start);
    if (bold && end > start && s.region(end, "**")) {
      link = Link.EXPLICIT; // "**Beernd**": Markdown bold around the value, a quote of it
    }
    if (end > start && s.a[end - 1] == ']' && s.t.lastIndexOf('[', end) < start) {
      end--; // "[… aaaaaa]": the bracket closes around the value
    }
    if (link == Link.EXPLICIT && pair(s, start, end, h)) {
      return;
    }
    if (acceptable(s, start, end, link)
        || h.kind() == Kind.LOGIN && link == Link.WEAK && loginName(s, start, end)) {
      s.add(PiiType.CREDENTIAL, start, end, link == Link.EXPLICIT ? 0.9 : 0.8, source(h), h);
      if (link == Link.EXPLICIT) {
        second(s, end, h);
      }
    }
  }

  /** Verbs before a cue that set the credential to a value ("changed the password to …"). */
  private static final Set<String> SET_VERBS = Set.of("changed", "change", "set", "reset",
      "updated", "update", "switched");

  /** German participles after the value that set it ("Passwort auf 4711 gesetzt"). */
  private static final Set<String> SET_PARTICIPLES = Set.of("gesetzt", "geändert",
      "zurückgesetzt", "umgestellt", "geaendert");

  /**
   * A credential set to a value: "changed the password to 123456" (a set verb up to two words
   * before the cue, "to" after it) or "das Passwort auf 4711 gesetzt" ("auf", the value, a
   * participle of setting). The value must look like a secret or be four or more digits; adds it
   * and returns true when the phrase is there, whether or not a value was found.
   */
  private static boolean changedTo(ScanText s, Hit h, int p) {
    boolean english = s.region(p, "to ");
    boolean german = s.region(p, "auf ");
    if (!english && !german) {
      return false;
    }
    int vs = skipSpaces(s, p + (english ? 3 : 4));
    int ve = tokenEnd(s, vs);
    while (ve > vs && (s.a[ve - 1] == '.' || s.a[ve - 1] == ',')) {
      ve--;
    }
    if (english) {
      int k = h.start();
      boolean verb = false;
      for (int words = 0; words < 3 && !verb && k > 1; words++) {
        int we = k - 1;
        if (!space(s.a[we])) {
          break;
        }
        int ws = we;
        while (ws > 0 && letter(s.a[ws - 1])) {
          ws--;
        }
        verb = SET_VERBS.contains(s.t.substring(ws, we).toLowerCase(java.util.Locale.ROOT));
        k = ws;
      }
      if (!verb) {
        return false;
      }
    } else {
      int q = skipSpaces(s, ve);
      int qe = q;
      while (qe < s.n && letter(s.a[qe])) {
        qe++;
      }
      if (!SET_PARTICIPLES.contains(s.t.substring(q, qe).toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    boolean digits = ve - vs >= 4 && s.allDigits(vs, ve);
    if (ve > vs && (acceptable(s, vs, ve, Link.NONE)
        || digits && acceptable(s, vs, ve, Link.EXPLICIT))) {
      s.add(PiiType.CREDENTIAL, vs, ve, 0.8, source(h), h);
    }
    return true;
  }

  /** Prepositions that open a place between a cue and its link ("username in Stratos is …"). */
  private static final Set<String> PLACE_WORDS = Set.of("in", "on", "for", "at", "bei", "beim",
      "für", "auf", "im", "of", "von");

  /**
   * Skips a short place phrase after a cue when a link word follows it ("my username in Stratos
   * is …", "Passwort für das WLAN ist …"): a preposition and at most three words. Returns
   * {@code p} when there is none.
   */
  private static int skipPlace(ScanText s, int p) {
    int w = p;
    while (w < s.n && letter(s.a[w])) {
      w++;
    }
    if (w == p || !PLACE_WORDS.contains(s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT))) {
      return p;
    }
    int q = w;
    for (int words = 0; words < 4 && q < s.n && s.a[q] == ' '; words++) {
      int ws = q + 1;
      int we = ws;
      while (we < s.n && (Chars.asciiAlnum(s.a[we]) || letter(s.a[we]) || s.a[we] == '-')) {
        we++;
      }
      if (we == ws) {
        return p;
      }
      String word = s.t.substring(ws, we).toLowerCase(java.util.Locale.ROOT);
      if (WEAK_LINKS.contains(word) || STRONG_LINKS.contains(word)) {
        return words == 0 ? p : ws;
      }
      q = we;
    }
    return p;
  }

  /** Adverbs between a link and its value ("the password is still …", "ist jetzt …"). */
  private static final Set<String> LINK_ADVERBS = Set.of("still", "now", "currently", "just",
      "noch", "jetzt", "immer", "nun", "aktuell", "weiterhin", "also", "auch");

  private static int skipAdverbs(ScanText s, int p) {
    for (int k = 0; k < 2; k++) {
      int w = p;
      while (w < s.n && letter(s.a[w])) {
        w++;
      }
      if (w == p || s.at(w) != ' '
          || !LINK_ADVERBS.contains(s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT))) {
        return p;
      }
      p = w + 1;
    }
    return p;
  }

  /**
   * A login name after "username is": a lower-case handle that carries a digit, '.' or '_'
   * ("trung116", "j.smith"), which no word about the username does, or a plain lower-case word
   * that ends the clause and is no word about a name ("my username is thiagocrod.").
   */
  private static boolean loginName(ScanText s, int start, int end) {
    int core = end;
    while (core > start && !Chars.word(s.a[core - 1])) {
      core--;
    }
    if (core - start < 3 || core - start > 32 || !letter(s.a[start])) {
      return false;
    }
    boolean marked = false;
    for (int k = start; k < core; k++) {
      char c = s.a[k];
      if (digit(c) || (c == '.' || c == '_') && k > start && k < core - 1) {
        marked = true;
      } else if (!Chars.asciiAlnum(c)) {
        return false;
      }
    }
    String lower = s.t.substring(start, core).toLowerCase(java.util.Locale.ROOT);
    if (marked) {
      return !quantity(lower);
    }
    // "my username is thiagocrod.": a plain lower-case word that ends the clause and is no word
    // about the name ("is correct", "is taken", "is displayed", "is lowercase")
    return core - start >= 4 && lower.equals(s.t.substring(start, core)) && clauseEnds(s, core)
        && !NOT_SECRET.contains(lower) && !NOT_A_LOGIN.contains(lower) && !inflected(lower);
  }

  /** Words that describe a user name rather than being one. */
  private static final Set<String> NOT_A_LOGIN = Set.of("unique", "public", "private",
      "mandatory", "available", "unavailable", "taken", "gone", "weird", "strange", "lowercase",
      "uppercase", "numeric", "unknown", "null", "undefined", "empty", "identical", "similar",
      "mine", "yours", "fake", "real", "original", "default", "free", "unchanged", "there",
      "correct", "fine", "wrong", "öffentlich", "privat", "eindeutig", "bekannt", "sichtbar",
      "korrekt", "identisch", "anders", "unverändert", "frei", "belegt", "besetzt", "standard",
      "gleich", "egal", "admin", "root", "guest", "test", "user", "demo");

  /** "displayed", "missing", "properly", "changeable": an inflected English word. */
  private static boolean inflected(String w) {
    return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || w.endsWith("able")
        || w.endsWith("ible") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ful")
        || w.endsWith("less") || w.endsWith("lich") || w.endsWith("ig") || w.endsWith("bar")
        || w.endsWith("los") || w.endsWith("iert") || w.endsWith("t") && w.startsWith("ge");
  }

  /** Whether the clause ends at {@code p}: end, sentence mark, line break, "and"/"und"/"but". */
  private static boolean clauseEnds(ScanText s, int p) {
    char c = s.at(p);
    if (p >= s.n || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ')'
        || c == '\n' || c == '\r') {
      return true;
    }
    return space(c) && (s.region(p + 1, "and ") || s.region(p + 1, "und ")
        || s.region(p + 1, "but ") || s.region(p + 1, "aber ") || p + 1 >= s.n
        || s.at(p + 1) == '\n');
  }

  /**
   * The recognizer name of a value after a cue: {@code "login-name"} after a user-name cue
   * ("Benutzername: …", "username is …": it identifies an account but is no secret),
   * {@code "credential"} otherwise.
   */
  private static String source(Hit h) {
    return h.kind() == Kind.LOGIN ? "login-name" : "credential";
  }

  /**
   * Platforms whose user names are public profiles: a user name qualified by one of them is a
   * handle that others see, not the name someone signs in with.
   */
  private static final Set<String> PUBLIC_PROFILES = Set.of("github", "gitlab", "twitter",
      "discord", "instagram", "insta", "reddit", "steam", "xbox", "psn", "playstation", "twitch",
      "youtube", "tiktok", "telegram", "slack", "mastodon", "bluesky", "threads", "snapchat",
      "facebook", "linkedin", "skype", "matrix", "epic", "origin", "uplay", "minecraft",
      "roblox", "spotify", "forum", "community");

  /** Whether the word right before {@code cueStart} (joined by ' ' or '-') names such a platform. */
  private static boolean publicProfile(ScanText s, int cueStart) {
    char before = s.at(cueStart - 1);
    if (before != ' ' && before != '-') {
      return false;
    }
    int we = cueStart - 1;
    int ws = we;
    while (ws > 0 && letter(s.a[ws - 1])) {
      ws--;
    }
    return we - ws >= 2 && we - ws <= 12
        && PUBLIC_PROFILES.contains(s.t.substring(ws, we).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * More quoted values right after a quoted one ("Benutzer: \"anna1\" \"anna2\"", "users
   * 'max', 'moritz'"): each is a credential of the same cue.
   */
  private static void quotedList(ScanText s, int p, Hit h) {
    char[] a = s.a;
    for (int items = 0; items < 8; items++) {
      while (p < s.n && (space(a[p]) || a[p] == ',' || a[p] == '&' || a[p] == '/')) {
        p++;
      }
      if (p >= s.n || OPENING_QUOTES.indexOf(a[p]) < 0) {
        return;
      }
      int q = p + 1;
      while (q < s.n && q - p <= 65 && CLOSING_QUOTES.indexOf(a[q]) < 0 && a[q] != '\n') {
        q++;
      }
      if (q >= s.n || q == p + 1 || CLOSING_QUOTES.indexOf(a[q]) < 0
          || !acceptable(s, p + 1, q, Link.EXPLICIT)) {
        return;
      }
      s.add(PiiType.CREDENTIAL, p + 1, q, 0.9, source(h), h);
      p = q + 1;
    }
  }

  private static int skipSpaces(ScanText s, int p) {
    while (p < s.n && space(s.a[p])) {
      p++;
    }
    return p;
  }

  /** End of the value token at start: up to whitespace, without trailing sentence marks. */
  private static int tokenEnd(ScanText s, int start) {
    char[] a = s.a;
    int p = start;
    while (p < s.n && !Chars.anyWhitespace(a[p]) && !Character.isSurrogate(a[p])) {
      p++;
    }
    while (p > start && ".,;:)\"'?\u201c\u201d\u2019*".indexOf(a[p - 1]) >= 0) {
      p--; // "**Key: ABC-123**": Markdown bold closing after the value is no part of it
    }
    return p;
  }

  /** "user/pass" written as one token after an explicit cue: one span for both. */
  private static boolean pair(ScanText s, int start, int end, Hit h) {
    int slash = -1;
    for (int k = start; k < end; k++) {
      if (s.a[k] == '/') {
        if (slash >= 0) {
          return false;
        }
        slash = k;
      }
    }
    if (slash <= start || slash >= end - 1 || s.region(start, "http") || s.region(start, "www.")) {
      return false;
    }
    if (acceptable(s, start, slash, Link.EXPLICIT) && acceptable(s, slash + 1, end, Link.EXPLICIT)) {
      s.add(PiiType.CREDENTIAL, start, end, 0.9, "credential", h);
      return true;
    }
    return false;
  }

  /** After an explicit value: " / secret" or " | secret" is the second half of a pair. */
  private static void second(ScanText s, int end, Hit h) {
    int p = skipSpaces(s, end);
    if (p >= s.n || s.a[p] != '/' && s.a[p] != '|') {
      return;
    }
    p = skipSpaces(s, p + 1);
    int e = tokenEnd(s, p);
    if (e > p && acceptable(s, p, e, Link.EXPLICIT)) {
      s.add(PiiType.CREDENTIAL, p, e, 0.9, "credential", h);
    }
  }

  /** Whether [start, end) can be a credential given how it is linked to its cue. */
  private static boolean acceptable(ScanText s, int start, int end, Link link) {
    int len = end - start;
    if (len < 3 || len > 64 || s.startsCue(start)) {
      return false;
    }
    char[] a = s.a;
    char first = a[start];
    if (!Chars.word(first) && "!#$%*+-_~^".indexOf(first) < 0) {
      // ".So", "/phone/Order", "&gt", "@handle", "<tag>"
      return false;
    }
    String value = s.t.substring(start, end);
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    if (NOT_SECRET.contains(lower) || value.indexOf(Chars.MASK) >= 0 || lower.contains("xxx")
        || value.contains("***") || addressLike(value)
        || lower.contains("://") || lower.startsWith("www.") || value.indexOf('/') >= 0
        || htmlEntity(value) || contraction(value) || domain(s, start, end)
        || placeholder(value)) {
      return false;
    }
    if (numberList(value) || percent(value) || gluedSentence(value) || quantity(lower)) {
      return false;
    }
    if (link == Link.EXPLICIT) {
      return true;
    }
    int letters = 0;
    int digits = 0;
    int inner = 0;
    int core = end;
    // trailing marks are no part of the secret's look: "twice(?)" is a word
    while (core > start && !Chars.word(a[core - 1])) {
      core--;
    }
    for (int k = start; k < core; k++) {
      char c = a[k];
      if (letter(c)) {
        letters++;
      } else if (digit(c)) {
        digits++;
      } else {
        inner++;
      }
    }
    boolean secretLooking = letters > 0 && (digits > 0 || inner > 0) && core - start >= 4;
    if (link == Link.NONE) {
      // without a link a hyphenated lower-case word is a word ("login mifos-mobile app")
      return secretLooking && (digits > 0 || !hyphenatedWord(value));
    }
    // "password is Sommer": more than a lower-case word, or a secret
    return secretLooking || letters > 0 && !lower.equals(value);
  }

  /**
   * An address or handle, not a secret: "@handle", "max@example.de" (a letter or digit right
   * after the '@' and a dot in what follows). "lso@.!34125JBNx" is a password with an '@'.
   */
  private static boolean addressLike(String v) {
    int at = v.indexOf('@');
    if (at < 0) {
      return false;
    }
    if (at == 0 || at + 1 >= v.length() || !Chars.asciiAlnum(v.charAt(at + 1))) {
      return at == 0;
    }
    return v.indexOf('.', at) > at + 1;
  }

  /**
   * "again.And", "nicht.Dann": a word about the credential with the next sentence glued on
   * after a missing space, no secret.
   */
  private static boolean gluedSentence(String v) {
    int dot = v.indexOf('.');
    return dot > 0 && dot + 1 < v.length() && Chars.upper(v.charAt(dot + 1))
        && NOT_SECRET.contains(v.substring(0, dot).toLowerCase(java.util.Locale.ROOT));
  }

  /** "962:972:982", "12:30": numbers joined by ':' (a list of codes, a time), no secret. */
  private static boolean numberList(String v) {
    int colons = 0;
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == ':') {
        colons++;
      } else if (!digit(c)) {
        return false;
      }
    }
    return colons > 0;
  }

  /** "mifos-mobile", "e-mail", "self-hosted": lower-case letters joined by single hyphens. */
  private static boolean hyphenatedWord(String v) {
    int k = v.length();
    while (k > 0 && !Chars.word(v.charAt(k - 1))) {
      k--;
    }
    boolean hyphen = false;
    for (int i = 0; i < k; i++) {
      char c = v.charAt(i);
      if (c == '-' && i > 0 && i < k - 1 && v.charAt(i - 1) != '-') {
        hyphen = true;
      } else if (!lower(c)) {
        return false;
      }
    }
    return hyphen;
  }

  /** Suffixes that make a number an ordinal, a size, a duration or a time of day. */
  private static final Set<String> QUANTITY_SUFFIXES = Set.of("st", "nd", "rd", "th", "gb",
      "mb", "kb", "tb", "min", "mins", "h", "hrs", "ms", "px", "mbps", "kbps", "mhz", "ghz",
      "mah", "kg", "km", "eur", "usd", "am", "pm", "x");

  /**
   * "25th", "2nd", "16GB", "30min", "10pm" (lower-cased): digits with an ordinal or unit suffix
   * are a date, size or time, no secret.
   */
  private static boolean quantity(String lower) {
    int k = 0;
    while (k < lower.length() && digit(lower.charAt(k))) {
      k++;
    }
    return k > 0 && QUANTITY_SUFFIXES.contains(lower.substring(k));
  }

  /** "100%ig", "100%": a percentage, no secret. */
  private static boolean percent(String v) {
    int k = 0;
    while (k < v.length() && digit(v.charAt(k))) {
      k++;
    }
    return k > 0 && k < v.length() && v.charAt(k) == '%';
  }

  /** "xxxxxxx", "15xxxxxxxx", "*****": a masked or placeholder value. */
  private static boolean placeholder(String v) {
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("your") || lower.startsWith("dein") || lower.startsWith("ihr")
        || lower.contains("<") || lower.endsWith(" here") || lower.endsWith("_here")) {
      return true; // "your password here", "<password>", "deinPasswort": a template
    }
    int masks = 0;
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == 'x' || c == 'X' || c == '*' || c == '.' || c == '\'') {
        masks++;
      }
    }
    return masks * 10 >= v.length() * 6;
  }

  private static boolean htmlEntity(String v) {
    int amp = v.indexOf('&');
    if (amp < 0) {
      return false;
    }
    int k = amp + 1;
    if (k < v.length() && v.charAt(k) == '#') {
      k++;
    }
    int letters = k;
    while (k < v.length() && Chars.asciiAlnum(v.charAt(k))) {
      k++;
    }
    return k > letters && (k == v.length() || v.charAt(k) == ';');
  }

  /** "isn't", "it's", "doesn’t": letters around one apostrophe. */
  private static boolean contraction(String v) {
    int apostrophes = 0;
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == '\'' || c == '\u2019') {
        apostrophes++;
      } else if (!letter(c)) {
        return false;
      }
    }
    return apostrophes == 1;
  }

  /** "example.com", "secure-bank-login.de": labels of letters, digits and '-' ending in a TLD. */
  private static boolean domain(ScanText s, int start, int end) {
    int lastDot = -1;
    for (int k = start; k < end; k++) {
      char c = s.a[k];
      if (c == '.') {
        if (k == start || k == end - 1 || s.a[k - 1] == '.') {
          return false;
        }
        lastDot = k;
      } else if (!Chars.asciiAlnum(c) && c != '-') {
        return false;
      }
    }
    return lastDot > 0 && TopLevelDomains.contains(s.t, lastDot + 1, end)
        && s.allLetters(lastDot + 1, end);
  }

  /** "PIN 1234", "TAN: 123456", "Code ist 48213". */
  private static void pin(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int start = s.skipFiller(h.end());
    int p = start;
    int digits = 0;
    while (p < n && Chars.asciiAlnum(a[p])) {
      if (digit(a[p])) {
        digits++;
      }
      p++;
    }
    int len = p - start;
    if (len < 4 || len > 12 || digits < len / 2 || digits < 3 || (p < n && word(a[p]))) {
      codeBefore(s, h);
      return;
    }
    if ((s.at(p) == '.' || s.at(p) == ',') && digit(s.at(p + 1))) {
      return;
    }
    s.add(PiiType.CREDENTIAL, start, p, 0.9, "credential", h);
  }

  /** Words between "is"/"ist" and a code cue: "is your OTP", "ist Ihr Bestätigungscode". */
  private static final Set<String> CODE_OWNERS = Set.of("your", "the", "ihr", "ihre", "dein",
      "deine", "euer", "eure");

  /**
   * A one-time code before its cue, as verification SMS write it: "557026 is the One Time
   * Password", "123456 is your verification code", "481516 ist Ihr Bestätigungscode": four to
   * eight digits, "is"/"ist", an optional possessive or article, then the cue.
   */
  private static void codeBefore(ScanText s, Hit h) {
    int p = h.start();
    int w = previousWord(s, p);
    if (w < 0) {
      return;
    }
    String word = s.t.substring(w, p - 1).toLowerCase(java.util.Locale.ROOT);
    if (CODE_OWNERS.contains(word)) {
      p = w;
      w = previousWord(s, p);
      if (w < 0) {
        return;
      }
      word = s.t.substring(w, p - 1).toLowerCase(java.util.Locale.ROOT);
    }
    if (!word.equals("is") && !word.equals("ist")) {
      return;
    }
    int end = w - 1;
    if (end < 1 || s.a[end] != ' ') {
      return;
    }
    int start = end;
    while (start > 0 && digit(s.a[start - 1])) {
      start--;
    }
    if (end - start < 4 || end - start > 8 || start > 0 && (word(s.a[start - 1])
        || s.a[start - 1] == '.' || s.a[start - 1] == ',')) {
      return;
    }
    s.add(PiiType.CREDENTIAL, start, end, 0.9, "credential", h);
  }

  /** The start of the letter word that ends with one space before {@code p}, or -1. */
  private static int previousWord(ScanText s, int p) {
    if (p < 2 || s.a[p - 1] != ' ' || !letter(s.a[p - 2])) {
      return -1;
    }
    int w = p - 1;
    while (w > 0 && letter(s.a[w - 1])) {
      w--;
    }
    return w;
  }
}
