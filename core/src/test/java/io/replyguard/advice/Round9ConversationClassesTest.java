package io.replyguard.advice;

import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error classes of the 2026-12-06c conversation set (after its unseen measurement), with German
 * and English variants that are not its posts: another user confirming the same problem ("same
 * problem here", "Gleiches Problem bei uns", "Kann ich bestätigen") reports an individual fault,
 * not an outage, unless the post itself says the service is down; a typo report or a wish ("ein
 * Dark Mode wäre super", "add support for …") is a suggestion ({@code OTHER}), a typo denied
 * ("es gab keinen Tippfehler") is not; a report that turns out to be the user's own mistake or
 * to have resolved itself ("Error by user", "opened this by mistake", "kann hier Entwarnung
 * geben", "hatte ich nicht bedacht", and from round 10's set "it just worked today", "sorry
 * for the duplicate", "lag wohl an mir") is small talk (a duplicate charge is not); a suspended domain or hosting account and "kann
 * das einer bestätigen?" are outages (a suspended user account stays an account matter); "passiert
 * einfach nichts", "nicht übertragen", "nothing happens" are faults; comprehension and donation
 * questions are how-to; "waiting for a response" with "hasn't been resolved" is a complaint, and
 * so is a product called garbage, "the worst app" or "very frustrating", or support said to be
 * missing (the criticism outweighs the fault it names); one's own device going offline is
 * a fault, a website offline for everyone an outage.
 * Escalation: a scam named as the company's doing ("an outright scam", "scams me", "earn money
 * with scam", "reiner Betrug") a call to uninstall the app, a developer insulted, and a lawyer or the police called in
 * escalate; "smells like a
 * scam", a question whether a message is a scam, a lawyer's invoice ("Anwaltsrechnung"), a
 * police car in a game and a domain that merely starts with "fire" do not.
 */
class Round9ConversationClassesTest {
  private static Advice advise(String text) {
    return AdviceFixtures.adviseDefault(text);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Gleiches Problem bei uns, die Werte bleiben leer.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Ich habe das selbe Problem, bei mir werden keine Daten angezeigt.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Kann ich bestätigen, die gleiche Fehlermeldung kommt bei mir auch.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Same problem here, the sync fails on my phone.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Same issue for me after the last update, the app crashes.
      OUTAGE|PUBLIC_REPLY|NORMAL|Same problem here, the whole site is down for everyone.
      OUTAGE|PUBLIC_REPLY|NORMAL|Gleiches Problem, ist die Seite gerade für alle down?
      OTHER|PUBLIC_REPLY|NORMAL|Tippfehler im Termin: Downloas statt Download.
      OTHER|PUBLIC_REPLY|NORMAL|Rechtschreibfehler im App Store, da fehlt ein t.
      OTHER|PUBLIC_REPLY|NORMAL|There is a typo on the settings page: Recieve instead of Receive.
      OTHER|PUBLIC_REPLY|NORMAL|Ein Dark Mode in der App wäre super.
      OTHER|PUBLIC_REPLY|NORMAL|A dark mode for the app would be awesome.
      OTHER|PUBLIC_REPLY|NORMAL|Could you add support for the new thermostat model?
      SMALL_TALK|PUBLIC_REPLY|LOW|O.k., Error by user...
      SMALL_TALK|PUBLIC_REPLY|LOW|Sorry, I opened this by mistake.
      SMALL_TALK|PUBLIC_REPLY|LOW|Ich habe nochmal getestet und kann Entwarnung geben.
      SMALL_TALK|PUBLIC_REPLY|LOW|Ok, das mit dem Akku hatte ich nicht bedacht.
      SMALL_TALK|PUBLIC_REPLY|LOW|Das Issue habe ich aus Versehen erstellt.
      SMALL_TALK|PUBLIC_REPLY|LOW|Didn't do anything, it just worked today.
      SMALL_TALK|PUBLIC_REPLY|LOW|Sorry for the duplicate, see the other thread.
      SMALL_TALK|PUBLIC_REPLY|LOW|Hat einfach so wieder funktioniert, lag wohl an mir.
      SMALL_TALK|PUBLIC_REPLY|LOW|Lag an mir, ich hatte das Häkchen nicht gesetzt.
      BILLING|PRIVATE_MESSAGE|NORMAL|The duplicate issue with invoices is back: I was charged twice.
      OUTAGE|PUBLIC_REPLY|NORMAL|It appears that the example.com domain has been suspended.
      OUTAGE|PUBLIC_REPLY|NORMAL|Die Domain wurde gesperrt, die Seite ist weg.
      OUTAGE|PUBLIC_REPLY|NORMAL|Kann das einer bestätigen? Seit heute kommen keine Daten mehr.
      OUTAGE|PUBLIC_REPLY|NORMAL|Can anyone confirm? The API returns nothing since noon.
      ACCOUNT_ACCESS|PRIVATE_MESSAGE|NORMAL|My account has been suspended for no reason.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Über die App kann ich die Heizung nicht steuern. Passiert einfach nichts.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|I press the button in the app and nothing happens.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Die Daten meiner Wetterstation werden nicht übertragen.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|The old device cannot be deleted from my list.
      HOW_TO|PUBLIC_REPLY|NORMAL|Ich hätte da mal eine Verständnisfrage: muss der Adapter neu installiert werden?
      HOW_TO|PUBLIC_REPLY|NORMAL|Quick question: does this also work with the old model?
      HOW_TO|PUBLIC_REPLY|NORMAL|Thanks for the tool! How can I donate?
      COMPLAINT|PUBLIC_REPLY|NORMAL|Um this hasn't been resolved. I've been waiting for a response.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Ich warte immer noch auf eine Antwort, seit drei Wochen.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Since yesterday my sensor went offline and does not come back.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Seit dem Update geht mein Gerät ständig offline.
      OUTAGE|PUBLIC_REPLY|NORMAL|Is the website offline? Nothing loads for me or my colleagues.
      COMPLAINT|PUBLIC_REPLY|NORMAL|The new app is garbage, and there is no support at all.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Die neue App ist Müll und es gibt keinen Support.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Very frustrating app. Not being able to uninstall several apps at once makes it useless.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Worst app I've ever used, it doesn't work on my Mac at all.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Die schlechteste App, die ich je hatte, nichts funktioniert richtig.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Sehr frustrierend, dass man mehrere Apps nicht auf einmal löschen kann.
      """)
  void classesOfRound9(Intent main, Channel channel, Priority priority, String text) {
    AdviceFixtures.assertMainIntent(main, channel, priority, advise(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Selbes Problem. Es gab anscheinend keinen Tippfehler, der Key wird abgelehnt.
      It is not a typo, the app rejects my correct key.
      """)
  void aTypoDeniedIsNoSuggestion(String text) {
    org.junit.jupiter.api.Assertions.assertNotEquals(Intent.OTHER,
        advise(text).intents().get(0), text);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      true|This shop is an outright scam, I paid months ago and got nothing.
      true|This company scams me, they blocked my account and keep my money.
      true|You decided to earn money with scam? Where is the promise?
      true|Are they swindlers? Nobody answers the emails.
      true|Das ist reiner Betrug, ich habe bezahlt und nichts bekommen.
      true|Ich werde meinen Anwalt einschalten, wenn das nicht geklärt wird.
      true|Notfalls werde ich die Polizei einschalten.
      false|Smells like a scam to me, the shop has not shipped anything yet.
      false|Bei der Anwaltsrechnung fehlt das Komma vor dem Wort Faktor.
      false|Die Sirene der Polizeifahrzeuge geht im Spiel manchmal nicht an.
      false|I cancelled my membership on fireship.io and lost access immediately.
      false|I got an SMS asking for my PIN, is that a scam?
      true|Uninstall this app asap, it is not trustworthy any more.
      true|shit developer shit app, nothing works
      true|Deinstalliert diese App sofort, sie ist nicht mehr vertrauenswürdig.
      false|How do I uninstall the old version before installing the new one?
      false|How can I uninstall this app on Android?
      false|I had to uninstall this app and reinstall it to fix the sync.
      false|Wie deinstalliert man diese App richtig?
      """)
  void escalationNeedsAnAccusationOrAThreat(boolean escalates, String text) {
    org.junit.jupiter.api.Assertions.assertEquals(escalates,
        advise(text).actions().contains(io.replyguard.model.Action.ESCALATE), text);
  }
}
