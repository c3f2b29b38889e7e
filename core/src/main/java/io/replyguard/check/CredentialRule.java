package io.replyguard.check;

import io.replyguard.model.Category;
import java.util.Set;

/**
 * {@code credential.request}: a sentence that names a credential (password, PIN, TAN, one-time
 * code, login data) together with a request to hand it over, on any channel. A negation in the
 * clause of the request or of the credential ("wir fragen niemals nach Ihrem Passwort", "never
 * share your PIN"), or a request that sends something to the customer ("wir schicken Ihnen eine
 * neue PIN"), does not count. Internal.
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
      "authentifizierungscode", "otp-code", "tan-liste");

  static final Phrases PHRASES = Phrases.of(WordFlags.CREDENTIAL_START, "one-time code", "one time code", "one-time codes",
      "one-time password", "one time password", "verification code", "security code",
      "login code", "access code", "login details", "login data", "login credentials",
      "sign-in code", "2fa code", "sms code", "auth code", "authentication code",
      "sign in details", "sign-in details", "log-in details");

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

  @Override
  public void check(Context ctx) {
    Text t = ctx.text;
    for (int s = 0; s < t.sentences; s++) {
      if (!t.sentenceHas(s, MENTION)) {
        continue; // no word of the sentence can start a credential mention
      }
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      int request = -2;
      for (int i = from; i < to; i++) {
        int len = credentialAt(t, i);
        if (len == 0) {
          continue;
        }
        if (request == -2) {
          request = RuleWords.request(t, from, to);
        }
        if (request >= 0 && !RuleWords.negatedClause(t, i)) {
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
