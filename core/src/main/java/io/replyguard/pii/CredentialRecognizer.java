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
 * "Login: max.m") and PINs, TANs and one-time codes ("PIN 1234", "TAN: 123456"). Stateless.
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

  private static final Set<String> NOT_SECRET = Set.of("vergessen", "falsch", "geändert",
      "gesperrt", "abgelaufen", "ungültig", "unbekannt", "funktioniert", "geht", "nicht",
      "ich", "mein", "meine", "the", "my", "not", "wrong", "incorrect", "changed", "locked",
      "expired", "invalid", "forgotten", "forgot", "lost", "reset", "zurücksetzen", "ändern",
      "change", "neu", "new", "alt", "old", "und", "and", "oder", "or", "wird", "wurde", "kam",
      "kommt", "ist", "is", "was", "war", "sind", "are", "per", "via", "bitte", "please", "sms",
      "e-mail", "email", "mail", "zu", "too", "to", "schon", "already", "noch", "still", "nie",
      "never", "immer", "always", "leer", "empty", "kein", "keine", "none", "no", "nein",
      "richtig", "korrekt", "correct", "right", "angezeigt", "vergeben", "erhalten", "received",
      "gesendet", "sent", "eingegeben", "entered", "mehr", "more");

  /** "Passwort: xyz", "password is hunter2", "Login: max.m". */
  private static void password(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = h.end();
    while (p < n && space(a[p])) {
      p++;
    }
    boolean explicit = false;
    if (p < n && (a[p] == ':' || a[p] == '=')) {
      explicit = true;
      p++;
    } else {
      int w = p;
      while (w < n && letter(a[w])) {
        w++;
      }
      String word = s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT);
      if (word.equals("ist") || word.equals("is") || word.equals("lautet")
          || word.equals("was") || word.equals("war")) {
        p = w;
      }
      // otherwise the token right after the cue must look like a secret (checked below)
    }
    while (p < n && space(a[p])) {
      p++;
    }
    int start = p;
    while (p < n && !Chars.anyWhitespace(a[p]) && !Character.isSurrogate(a[p])) {
      p++;
    }
    while (p > start && ".,;:)\"'".indexOf(a[p - 1]) >= 0) {
      p--;
    }
    if (start < n && ("\"'(".indexOf(a[start]) >= 0) && p > start + 1) {
      start++;
    }
    int len = p - start;
    if (len < 3 || len > 64 || s.startsCue(start)) {
      return;
    }
    String value = s.t.substring(start, p);
    if (NOT_SECRET.contains(value.toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    boolean strong = false;
    boolean innerUpper = false;
    for (int k = 0; k < len; k++) {
      char c = value.charAt(k);
      if (!letter(c)) {
        strong = true;
      } else if (k > 0 && Character.isUpperCase(c)) {
        innerUpper = true;
      }
    }
    if (!explicit && !strong && !innerUpper) {
      return;
    }
    if (value.indexOf(Chars.MASK) >= 0) {
      return;
    }
    s.add(PiiType.CREDENTIAL, start, p, explicit ? 0.9 : 0.8, "credential", h);
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
