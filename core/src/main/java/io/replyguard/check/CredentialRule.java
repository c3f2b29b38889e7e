package io.replyguard.check;

import io.replyguard.model.Category;
import java.util.Set;

/**
 * {@code credential.request}: a sentence that names a credential (password, PIN, TAN, one-time
 * code, login data) together with a request to hand it over, on any channel. A negation in the
 * clause of the request or of the credential ("wir fragen niemals nach Ihrem Passwort", "never
 * share your PIN"), or a request that sends something to the customer ("wir schicken Ihnen eine
 * neue PIN"), does not count. A credential counts also when it is not named: "the code" in a sentence
 * saying it was sent by SMS, text or e-mail ("den Code aus der SMS", "the code we just texted
 * you"), and "login" after a possessive ("email her login to …"). Internal.
 */
final class CredentialRule implements Rule {
  static final Set<String> EXACT = Set.of("pin", "pins", "tan", "tans", "mtan", "pushtan",
      "smstan", "chiptan", "phototan", "phototans", "otp", "otps", "totp", "passcode", "passcodes",
      "puk", "cvv", "cvc", "cvv2", "credentials", "zugangscode", "zugangscodes", "pin-code",
      "pin-nummer", "tan-nummer", "pincode", "passwort", "password");

  static final Suffixes SUFFIXES = new Suffixes("passwort", "passworts", "passwörter", "passwortes",
      "kennwort", "kennworts", "kennwörter", "password", "passwords", "zugangsdaten",
      "anmeldedaten", "logindaten", "login-daten", "-pin", "-pins", "-tan", "-tans",
      "einmalcode", "einmalcodes", "einmal-code", "bestätigungscode", "bestätigungscodes",
      "verifizierungscode", "verifizierungscodes", "sicherheitscode", "sicherheitscodes",
      "sms-code", "sms-codes", "smscode", "2fa-code", "login-code", "logincode", "anmeldecode",
      "authentifizierungscode", "otp-code", "tan-liste", "wiederherstellungscode",
      "wiederherstellungscodes", "freischaltcode", "recovery-code", "backup-code");

  static final Phrases PHRASES = Phrases.of(WordFlags.CREDENTIAL_START, "one-time code", "one time code", "one-time codes",
      "one-time password", "one time password", "verification code", "security code",
      "login code", "access code", "login details", "login data", "login credentials",
      "sign-in code", "2fa code", "sms code", "auth code", "authentication code",
      "sign in details", "sign-in details", "log-in details", "recovery code", "recovery codes",
      "backup code", "backup codes", "reset code", "security pin", "card pin");

  /** "the code": a credential when the sentence says it was sent by SMS, text or e-mail. */
  static final Set<String> CODE = Set.of("code", "codes", "zahlencode");

  /** Words that make a "code" the one-time code the customer received. */
  static final Set<String> SENT = Set.of("sms", "text", "texted", "sent", "send", "geschickt",
      "gesendet", "zugeschickt", "zugesendet", "geschickten", "gesendeten", "erhalten",
      "bekommen", "received", "got", "textnachricht", "aufs", "handy", "phone");

  /** Words before "code" that make it something other than a login secret. */
  static final Set<String> NOT_SECRET_CODES = Set.of("license", "licence", "lizenz", "promo",
      "discount", "coupon", "voucher", "gift", "rabatt", "gutschein", "redeem", "referral",
      "tracking", "error", "fehler", "status", "postal", "zip", "area", "country", "source",
      "qr", "bar", "product", "produkt", "invite", "einladungs", "sendungs");

  /** "your login": a credential after a possessive. */
  static final Set<String> LOGIN = Set.of("login", "logins", "log-in", "anmeldung");

  /** Possessives that make the following word the customer's own. */
  static final Set<String> POSSESSIVES = Set.of("your", "her", "his", "their", "dein", "deine",
      "deinen", "deinem", "deiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "euer", "eure",
      "euren", "seinen", "seine", "sein");

  /** Every word that {@link #credentialAt} accepts has one of these bits. */
  static final int MENTION = WordFlags.CREDENTIAL_START | WordFlags.CREDENTIAL_EXACT
      | WordFlags.CREDENTIAL_SUFFIX;

  /** Number of words of a credential mention starting at word {@code i}, 0 when none. */
  static int credentialAt(Text t, int i) {
    int len = PHRASES.match(t, i);
    if (len > 0) {
      return len;
    }
    return t.has(i, WordFlags.CREDENTIAL_EXACT | WordFlags.CREDENTIAL_SUFFIX) ? 1 : 0;
  }

  /**
   * A credential named without the word: "den Code aus der SMS", "the code we just texted you",
   * "her login". 1 when word {@code i} is such a mention, 0 otherwise.
   */
  static int unnamedAt(Text t, int i) {
    if (t.length(i) > 12) {
      return 0;
    }
    String w = t.word(i);
    if (CODE.contains(w)) {
      if (i > 0 && t.sentence[i - 1] == t.sentence[i] && NOT_SECRET_CODES.contains(t.word(i - 1))) {
        return 0; // "I can send you a license code": a code that is no login secret
      }
      int s = t.sentence[i];
      for (int k = t.sentenceFrom(s), to = t.sentenceTo(s); k < to; k++) {
        if (k != i && SENT.contains(t.word(k))) {
          return 1;
        }
      }
      return 0;
    }
    if (LOGIN.contains(w) && i > 0 && t.sentence[i - 1] == t.sentence[i]
        && !(i + 1 < t.size && t.sentence[i + 1] == t.sentence[i] && t.length(i + 1) <= 10
        && LOGIN_THINGS.contains(t.word(i + 1)))) {
      if (POSSESSIVES.contains(t.word(i - 1)) || t.is(i - 1, "den")) {
        return 1; // "her login", "bräuchte ich den Login via Mail": the login data
      }
      int v = i - 2;
      if (v > 0 && (t.is(v, "me") || t.is(v, "us"))) {
        v--;
      }
      if (t.is(i - 1, "the") && v >= 0 && t.sentence[v] == t.sentence[i]
          && t.has(v, WordFlags.REQUEST_START) && RuleWords.REQUEST.match(t, v) == 1) {
        return 1; // "send me the login", "share the login"
      }
    }
    return 0;
  }

  /** Words after "login" that make it a thing of the product, not the customer's data. */
  static final Set<String> LOGIN_THINGS = Set.of("page", "screen", "button", "form", "link",
      "flow", "problem", "problems", "issue", "issues", "error", "seite", "maske", "fenster",
      "fehler", "prozess", "process", "bug");

  /** Words that make a named credential the object of a reset, not of a request. */
  static final Set<String> RESET = Set.of("reset", "resets", "resetting", "recover",
      "recovered", "change", "changed", "ändern", "geändert", "zurücksetzen", "zurückgesetzt",
      "zurückzusetzen", "vergessen", "forgot", "forgotten", "reset-link", "reset-e-mail",
      "reset-email", "neu", "expired", "abgelaufen", "zurück");

  /** Whether a reset word stands right before or after the mention ("reset your password"). */
  static boolean resetNear(Text t, int i, int len) {
    int c = t.clause[i];
    for (int k = Math.max(0, i - 2); k < Math.min(t.size, i + len + 4); k++) {
      if ((k < i || k >= i + len) && t.clause[k] == c && t.length(k) <= 14
          && RESET.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text contains "code" or "login" at all (case-insensitive), cheaply. */
  static boolean mayNameUnnamed(char[] lower) {
    // one pass over the lower-cased text for the three needles (they start with different letters)
    int n = lower.length;
    for (int i = 0; i < n; i++) {
      switch (lower[i]) {
        case 'c' -> {
          if (matchesAt(lower, i, "code")) {
            return true;
          }
        }
        case 'l' -> {
          if (matchesAt(lower, i, "log")) {
            return true;
          }
        }
        case 'a' -> {
          if (matchesAt(lower, i, "anmeldung")) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean matchesAt(char[] lower, int i, String ascii) {
    return i + ascii.length() <= lower.length && Text.restMatches(lower, i, ascii);
  }

  @Override
  public void check(Context ctx) {
    Text t = ctx.text;
    boolean unnamed = mayNameUnnamed(t.lo);
    for (int s = 0; s < t.sentences; s++) {
      if (!unnamed && !t.sentenceHas(s, MENTION)) {
        continue; // no word of the sentence can start a credential mention
      }
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      int request = -2;
      for (int i = from; i < to; i++) {
        int len = credentialAt(t, i);
        if (len == 0 && unnamed) {
          len = unnamedAt(t, i);
        }
        if (len == 0) {
          continue;
        }
        if (request == -2) {
          request = RuleWords.request(t, from, to);
        }
        if (request >= 0 && !RuleWords.negatedClause(t, i) && !resetNear(t, i, len)) {
          ctx.reportWords(DraftRules.CREDENTIAL_REQUEST, Category.CREDENTIAL_REQUEST, i, i + len,
              ctx.say("Nach Passwort, PIN, TAN, Einmalcode oder Zugangsdaten wird auf keinem "
                  + "Kanal gefragt, auch nicht per Direktnachricht.",
                  "Never ask for a password, PIN, TAN, one-time code or login data on any "
                  + "channel, not even by direct message."),
              ctx.say("Verweisen Sie auf das Zurücksetzen im Kundenkonto oder auf die Hotline, "
                  + "ohne nach Zugangsdaten zu fragen.",
                  "Point to the password reset in the customer account or to the hotline "
                  + "without asking for credentials."));
        }
        i += len - 1;
      }
    }
  }
}
