package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error classes found in the first 2026-12-06 pass over the real conversation sets of rounds 6
 * and 7, with German and English variants that are not the posts of those sets:
 * <ul>
 *   <li>a fix reported without a praise word ("can confirm it works as expected", "wird jetzt richtig angezeigt", "I was able to reset my password", "I
 *       received the key") settles the matter, and "hat geholfen" thanks for it; negations
 *       ("hasn't helped", "keinen Code erhalten") leave it open;</li>
 *   <li>season's greetings are small talk; a day of the week named in a report ("This weekend I
 *       replaced the drive") is not;</li>
 *   <li>a ban of one's own account is an account matter, a ban of somebody else called unfair is
 *       a complaint;</li>
 *   <li>a data-erasure request (Art. 17 GDPR / DSGVO) ends the relationship like a
 *       cancellation;</li>
 *   <li>courtesy praise around a question ("Love the app! Is there a way to …?") leaves the
 *       question as the main intent, unless the praise clearly outweighs it;</li>
 *   <li>a failed booking is an individual fault; a licence rejected as used up after it was
 *       bought is a billing matter;</li>
 *   <li>"not just you" / "nicht nur bei dir" says others are affected.</li>
 * </ul>
 * From the 2026-12-06 English conversation set (after its unseen measurement): a question when
 * the next release comes is a wish ({@code OTHER}) even when it names the fault it should fix;
 * more ways of saying a problem is gone ("I don't have the issue anymore", "refunded me", "tritt
 * nicht mehr auf", "Now it works"), also after "but you can close this"; support silence and
 * product criticism are complaints, calls to stay away from a product escalate ("I do not use
 * this app" is no such call); shipping and pre-sales questions are how-to
 * questions, and so are yes/no questions about use ("Is it safe to downgrade?", "do I lose
 * premium?", "Verliere ich meine Daten …?"), while asking for a fix of a described fault ("Is there a
 * fix?", "Gibt es eine Lösung?") is not, and lost or empty data is a fault; a device shown offline and offline routing are one user's
 * fault, not an outage. Escalation: consumer-law threats, insults at
 * people and boycott announcements escalate; scammers named as third parties do not.
 */
class Round8ConversationClassesTest {
  private static Advice advise(String text) {
    return AdviceFixtures.adviseDefault(text);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      PRAISE|PUBLIC_REPLY|LOW|Ein Neustart des Browsers hat geholfen.
      PRAISE|PUBLIC_REPLY|LOW|Das Leeren des Caches hat mir geholfen.
      SMALL_TALK|PUBLIC_REPLY|LOW|I cleared the cache and that helped.
      SMALL_TALK|PUBLIC_REPLY|LOW|Can confirm it works as expected after the update.
      SMALL_TALK|PUBLIC_REPLY|LOW|After mapping the clients to the new domain everything is working as expected.
      SMALL_TALK|PUBLIC_REPLY|LOW|Der Stundenplan wird jetzt richtig angezeigt.
      SMALL_TALK|PUBLIC_REPLY|LOW|Nach dem Update werden die Termine wieder angezeigt.
      SMALL_TALK|PUBLIC_REPLY|LOW|The widget now shows correctly on my phone.
      SMALL_TALK|PUBLIC_REPLY|LOW|Fehlalarm, das Kabel war nicht eingesteckt.
      SMALL_TALK|PUBLIC_REPLY|LOW|False alarm, the cable was not plugged in.
      PRAISE|PUBLIC_REPLY|LOW|Danke! Der Stundenplan wird jetzt richtig angezeigt.
      PRAISE|PUBLIC_REPLY|LOW|Great, thank you! I was able to reset my password :)
      PRAISE|PUBLIC_REPLY|LOW|Thanks. I received the key.
      PRAISE|PUBLIC_REPLY|LOW|Danke, ich habe den Key erhalten.
      PRAISE|PUBLIC_REPLY|LOW|Vielen Dank, ich kann mich wieder einloggen.
      PRAISE|PUBLIC_REPLY|LOW|Thanks a lot, I can log in again.
      SMALL_TALK|PUBLIC_REPLY|LOW|Fröhliche Weihnachten und danke für euren Dienst!
      SMALL_TALK|PUBLIC_REPLY|LOW|Frohes neues Jahr an das ganze Team!
      SMALL_TALK|PUBLIC_REPLY|LOW|Merry Christmas to the whole support team!
      SMALL_TALK|PUBLIC_REPLY|LOW|Happy new year and thanks for the service!
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|This weekend I replaced the hard drive and now the app won't start.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Am Wochenende habe ich die Festplatte getauscht, jetzt startet die App nicht mehr.
      ACCOUNT_ACCESS|PRIVATE_MESSAGE|NORMAL|I was banned for no reason, please unban me.
      ACCOUNT_ACCESS|PRIVATE_MESSAGE|NORMAL|My account got banned after a lag disconnect.
      ACCOUNT_ACCESS|PRIVATE_MESSAGE|NORMAL|Ich wurde gebannt, obwohl ich nichts gemacht habe.
      ACCOUNT_ACCESS|PRIVATE_MESSAGE|NORMAL|Mein Account wurde gebannt, bitte entbannen.
      COMPLAINT|PUBLIC_REPLY|NORMAL|You banned my friend for nothing, so unfair.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Ihr habt meinen Kumpel gebannt, total ungerecht!
      CANCELLATION|EMAIL|NORMAL|I hereby request the erasure of all data concerning me under Article 17 GDPR.
      CANCELLATION|EMAIL|NORMAL|Can someone please answer my deletion request?
      CANCELLATION|EMAIL|NORMAL|Ich beantrage die Löschung meiner personenbezogenen Daten nach Art. 17 DSGVO.
      CANCELLATION|EMAIL|NORMAL|Hiermit stelle ich einen Löschantrag für mein Konto.
      HOW_TO|PUBLIC_REPLY|NORMAL|Love the app, thanks for making it! Is there a way to move my key to a new computer?
      HOW_TO|PUBLIC_REPLY|NORMAL|I want to buy this awesome app, but I have a question: can I use one license on two computers?
      HOW_TO|PUBLIC_REPLY|NORMAL|Tolle App, danke! Ich habe eine Frage: kann ich die Lizenz auf einen neuen Rechner übertragen?
      HOW_TO|PUBLIC_REPLY|NORMAL|Super Programm! Gibt es eine Möglichkeit, das Design zu ändern?
      PRAISE|PUBLIC_REPLY|LOW|Thank you so much, you are amazing, great work, I love it! Can I donate somewhere?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Die Termine werden gefunden, aber nicht gebucht.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Buchung fehlgeschlagen, obwohl ein Termin frei war.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|The tool finds free slots but the booking failed twice.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|I can't book any appointment in the app.
      BILLING|PRIVATE_MESSAGE|NORMAL|I bought a pro license, after reinstalling it says the number of licenses has been exceeded.
      BILLING|PRIVATE_MESSAGE|NORMAL|Ich habe die Pro-Lizenz gekauft, nach der Neuinstallation kommt: Limit erreicht.
      BILLING|PRIVATE_MESSAGE|NORMAL|Der gekaufte Schlüssel wird abgelehnt: bereits aktiviert.
      OUTAGE|PUBLIC_REPLY|NORMAL|I also can't connect, so it's not just you.
      OUTAGE|PUBLIC_REPLY|NORMAL|Kann mich auch nicht verbinden, also nicht nur bei dir.
      OTHER|PUBLIC_REPLY|NORMAL|When is the next patch coming out? The crash fix is merged already.
      OTHER|PUBLIC_REPLY|NORMAL|Any ETA for the release with the login fix?
      OTHER|PUBLIC_REPLY|NORMAL|Wann kommt das nächste Update mit dem Fix für den Absturz?
      OTHER|PUBLIC_REPLY|NORMAL|Wann erscheint die neue Version im Play Store?
      SMALL_TALK|PUBLIC_REPLY|LOW|Just tried it again, I don't have the issue anymore.
      SMALL_TALK|PUBLIC_REPLY|LOW|As an update: PayPal refunded me the full amount.
      SMALL_TALK|PUBLIC_REPLY|LOW|Der Fehler tritt nicht mehr auf, seit ich neu gestartet habe.
      SMALL_TALK|PUBLIC_REPLY|LOW|Problem ist weg, hat sich wohl von selbst erledigt.
      PRAISE|PUBLIC_REPLY|LOW|Now it works, thx a lot!
      PRAISE|PUBLIC_REPLY|LOW|Not sure what happened, but you can close this issue now. Thank you!
      PRAISE|PUBLIC_REPLY|LOW|Jetzt geht es, vielen Dank!
      COMPLAINT|PUBLIC_REPLY|NORMAL|I wrote to support three times and did not receive a response.
      COMPLAINT|PUBLIC_REPLY|NORMAL|They are ignoring my messages for weeks.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Ich habe dreimal geschrieben und keine Antwort erhalten.
      COMPLAINT|PUBLIC_REPLY|HIGH|Diese App ist Müll, Finger weg.
      COMPLAINT|PUBLIC_REPLY|HIGH|Stay away from this app, it is trash.
      COMPLAINT|PUBLIC_REPLY|NORMAL|Diese App ist Müll.
      COMPLAINT|PUBLIC_REPLY|NORMAL|This app is trash.
      HOW_TO|PUBLIC_REPLY|NORMAL|Do you ship to Canada? Tindie does not.
      HOW_TO|PUBLIC_REPLY|NORMAL|Before I order the kit: what is the usual waiting time?
      HOW_TO|PUBLIC_REPLY|NORMAL|Liefert ihr nach Österreich?
      HOW_TO|PUBLIC_REPLY|NORMAL|Is it safe to downgrade? Just delete the app and reinstall it?
      HOW_TO|PUBLIC_REPLY|NORMAL|When I delete the companion app, do I lose premium?
      HOW_TO|PUBLIC_REPLY|NORMAL|Verliere ich meine Daten, wenn ich die App neu installiere?
      HOW_TO|PUBLIC_REPLY|NORMAL|Kann man die App auch als Schüler nutzen?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|My vault is empty after changing the master email. Is there a fix?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|I lost all my passwords after the sync. Is there any solution?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Seit dem Update sind alle Favoriten weg. Gibt es eine Lösung?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Mein Posteingang ist leer, wie kann ich das beheben?
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|All my devices show as offline in the app, but they work.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|The offline routing does not work at this intersection.
      TECHNICAL_ISSUE|PRIVATE_MESSAGE|NORMAL|Meine Lampen werden in der App als offline angezeigt, obwohl sie gehen.
      OUTAGE|PUBLIC_REPLY|NORMAL|Is the server offline? Nothing loads for anyone here.
      OUTAGE|PUBLIC_REPLY|NORMAL|Ist die Seite gerade offline? Bei allen Kollegen lädt nichts.
      OUTAGE|PUBLIC_REPLY|NORMAL|Der Fahrplan lädt bei jedem Nutzer nicht, nicht nur bei mir.
      OUTAGE|PUBLIC_REPLY|NORMAL|The timetable does not load for every user since this morning.
      HOW_TO|PUBLIC_REPLY|NORMAL|Bevor ich bestelle: wie lange dauert der Versand ungefähr?
      """)
  void classesOfRound8(Intent main, Channel channel, Priority priority, String text) {
    AdviceFixtures.assertMainIntent(main, channel, priority, advise(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I haven't received the key I paid for.",
      "I have not received the refund.",
      "Ich habe keinen Code erhalten.",
      "The app is not working as expected after the update.",
      "Die Anzeige funktioniert nicht wie erwartet.",
      "Restarting hasn't helped, the router still drops the line.",
      "Die Termine werden seit dem Update nicht wieder angezeigt.",
  })
  void negatedFixesStayOpen(String text) {
    Intent main = advise(text).intents().get(0);
    assertNotEquals(Intent.SMALL_TALK, main, text);
    assertNotEquals(Intent.PRAISE, main, text);
  }

  @ParameterizedTest(name = "escalates={0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
      false|Please refund my money. I do not use this app, I deleted it a month ago.
      false|I don't use this app anymore since the update, but I still get charged.
      false|Ich nutze die App nicht mehr, trotzdem wird abgebucht.
      true|You are breaking UK consumer law. Your devices are not custom made. This is a lie!
      true|If you go the legal route please include me, I just want my money back.
      true|Ihr verstoßt gegen das Verbraucherrecht, ich will mein Geld zurück.
      true|Das ist rechtswidrig, ich erwarte eine Erstattung.
      true|anyway you'll be flagged as a thief on google store, you're lame
      true|Ich mag trotzdem keine Arschkriecher !!
      true|I'll advise people not to install it, regardless.
      true|Kann ich nur abraten, die App ist eine Katastrophe.
      true|Ihr seid Betrüger, ich will mein Geld zurück!
      true|You scammers took my money twice.
      false|Scammers have created a Telegram group that promotes a fake web app. Can you prevent that?
      false|A scammer pretending to be support stole money from me, whom do I contact?
      false|Betrüger haben eine gefälschte Seite gebaut, könnt ihr die melden?
      false|Vorsicht vor einer Betrugsmasche mit gefälschten SMS, ist das bekannt?
      """)
  void escalationIsForThreatsInsultsAndBoycottsOnly(boolean escalates, String text) {
    assertEquals(escalates,
        advise(text).actions().contains(io.replyguard.model.Action.ESCALATE), text);
  }
}
