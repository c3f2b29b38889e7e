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
      "altes", "anderes", "another", "other", "one", "eins", "twice", "times", "mal");

  /** Words that link a cue to its value explicitly ("Passwort lautet …"). */
  private static final Set<String> STRONG_LINKS = Set.of("lautet", "lautete", "lauten", "heißt",
      "heisst");
  /** Words that link a cue to its value, or to a statement about it ("password is weak"). */
  private static final Set<String> WEAK_LINKS = Set.of("ist", "is", "was", "war", "are", "sind",
      "wäre");

  private static final String OPENING_QUOTES = "\"'\u201e\u201c\u201a\u2018\u00ab\u00bb\u201d";
  private static final String CLOSING_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00bb\u00ab";

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
    int p = skipSpaces(s, h.end());
    Link link = Link.NONE;
    if (p < n && (a[p] == ':' || a[p] == '=')) {
      link = Link.EXPLICIT;
      p++;
    } else {
      int w = p;
      while (w < n && letter(a[w])) {
        w++;
      }
      String word = s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
      if (STRONG_LINKS.contains(word) || WEAK_LINKS.contains(word)) {
        link = STRONG_LINKS.contains(word) ? Link.EXPLICIT : Link.WEAK;
        p = skipSpaces(s, w);
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
          s.add(PiiType.CREDENTIAL, p + 1, q, 0.9, "credential", h);
        }
        return;
      }
    }
    int start = p;
    int end = tokenEnd(s, start);
    if (link == Link.EXPLICIT && pair(s, start, end, h)) {
      return;
    }
    if (acceptable(s, start, end, link)) {
      s.add(PiiType.CREDENTIAL, start, end, link == Link.EXPLICIT ? 0.9 : 0.8, "credential", h);
      if (link == Link.EXPLICIT) {
        second(s, end, h);
      }
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
    while (p > start && ".,;:)\"'?\u201c\u201d\u2019".indexOf(a[p - 1]) >= 0) {
      p--;
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
    if (NOT_SECRET.contains(lower) || value.indexOf(Chars.MASK) >= 0 || value.indexOf('@') >= 0
        || lower.contains("://") || lower.startsWith("www.") || value.indexOf('/') >= 0
        || htmlEntity(value) || contraction(value) || domain(s, start, end)
        || placeholder(value)) {
      return false;
    }
    if (link == Link.EXPLICIT) {
      return true;
    }
    int letters = 0;
    int digits = 0;
    int inner = 0;
    int core = end;
    while (core > start && (a[core - 1] == '!' || a[core - 1] == '?')) {
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
      return secretLooking;
    }
    // "password is Sommer": more than a lower-case word, or a secret
    return secretLooking || letters > 0 && !lower.equals(value);
  }

  /** "xxxxxxx", "15xxxxxxxx", "*****": a masked or placeholder value. */
  private static boolean placeholder(String v) {
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
      return;
    }
    if ((s.at(p) == '.' || s.at(p) == ',') && digit(s.at(p + 1))) {
      return;
    }
    s.add(PiiType.CREDENTIAL, start, p, 0.9, "credential", h);
  }
}
