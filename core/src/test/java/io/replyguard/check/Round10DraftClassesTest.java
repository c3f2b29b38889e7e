package io.replyguard.check;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error classes of the 2026-12-06e conversation set (after its unseen measurement), with German
 * and English variants that are not its replies: a follow-up put at once ("we're looking into it
 * now", "right away", "sofort", "gerade", "umgehend") has its time; a public request for a
 * parcel's tracking number or Sendungsnummer asks for a reference that the scanner reports as
 * personal data, pointing to where the customer finds it does not.
 */
class Round10DraftClassesTest {
  private static final String[][] CASES = {
      // immediacy is a time
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "We're looking into it now."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "I'll fix it right away."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "We are checking this immediately."},
      {"en", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "We'll look into it."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Wir schauen uns das sofort an."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Ich prüfe das gerade."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "no", "-", "Wir kümmern uns umgehend darum."},
      {"de", DraftRules.COMMITMENT_MISSING_TIME, "yes", "REVIEW", "Wir schauen uns das an."},
      // tracking numbers asked for in public
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Please share the tracking number with me."},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Could you post your tracking code here?"},
      {"en", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "You can find the tracking number in your confirmation email."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Kannst du hier deine Sendungsnummer posten?"},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "yes", "BLOCK",
          "Schick mir bitte die Sendungsnummer als Kommentar."},
      {"de", DraftRules.PII_REQUEST_PUBLIC, "no", "-",
          "Die Sendungsnummer findest du in der Versandmail."},
  };

  static Stream<Arguments> cases() {
    return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4]));
  }

  @ParameterizedTest(name = "{0} {1} fires={2}: {4}")
  @MethodSource("cases")
  void eachClassHolds(String language, String rule, String fires, String verdict, String text) {
    Fixture.assertClassRow(language, rule, fires, verdict, text);
  }
}
