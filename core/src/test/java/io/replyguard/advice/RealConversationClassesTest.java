package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18's classes, each with German and English variants: main intent over topics named in
 * passing, outage versus individual fault, operational cancellations, thanks after a fix, the
 * ladder, precise escalation and reach. Columns: visibility, followers (-1 unknown), an intent that
 * must be recognised (the main one, or tied with it),
 * channel, escalated, priority, text.
 */
class RealConversationClassesTest {
  private static final Advisor ADVISOR = AdviceFixtures.advisor(AdviceFixtures.noBursts(),
      Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC));

  @ParameterizedTest(name = "{6}")
  @CsvSource(delimiter = '|', textBlock = """
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|Wie viel Gepäck ist im Spartarif dabei?
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|Wie melde ich eine Retoure an?
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|getting 20 Mbps on my 500 Mbps plan, how do I test the line?
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|Was ist im Tarif Young alles enthalten?
      PUB|-1|CONTRACT|EMAIL|false|NORMAL|Kann ich mein Datenvolumen dauerhaft erhöhen?
      PUB|-1|CONTRACT|EMAIL|false|NORMAL|Meine Versicherung hat den Beitrag erhöht, warum?
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Ist die App gerade down?
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|bei allen Kollegen kein Netz
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|is the site down for everyone?
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|is flight EW 9461 cancelled?
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Mein Zug nach Köln fällt aus, wisst ihr was?
      PUB|-1|BILLING|PRIVATE_MESSAGE|false|NORMAL|I cancelled my subscription but you charged me again, refund please
      PUB|-1|BILLING|PRIVATE_MESSAGE|false|NORMAL|Habe längst gekündigt und trotzdem wurde wieder abgebucht.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|läuft wieder, danke! 👍
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|sorted in 10 minutes, great job
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Router war kaputt, der Techniker hat ihn getauscht, läuft wieder. Danke!
      PUB|-1|COMPLAINT|PUBLIC_REPLY|false|NORMAL|Impressive. Three weeks.
      PUB|-1|COMPLAINT|PUBLIC_REPLY|false|NORMAL|Ganz toll gemacht… seit drei Wochen kein Internet
      PRIV|-1|HOW_TO|PRIVATE_MESSAGE|false|NORMAL|Wie schalte ich die Mailbox aus?
      PRIV|-1|OUTAGE|PRIVATE_MESSAGE|false|NORMAL|Is your network down in Leeds?
      PRIV|-1|SMALL_TALK|PRIVATE_MESSAGE|false|LOW|Frohe Weihnachten euch allen!
      PUB|-1|COMPLAINT|PUBLIC_REPLY|true|HIGH|Scheißladen, nie wieder
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Euer Drecksverein kann mich mal
      PUB|-1|COMPLAINT|PUBLIC_REPLY|true|HIGH|#BahnFail schon wieder
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Your support is full of shit.
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Es riecht nach Gas am Hausanschluss
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Ich gehe damit zur Verbraucherzentrale und zum Anwalt
      PUB|-1|BILLING|PRIVATE_MESSAGE|true|HIGH|Stop charging me every month or I will file a complaint.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|Der Scheißrouter geht nicht!!!
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|SCHON WIEDER KEIN NETZ!!!
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|WHY IS MY ROUTER NOT WORKING AGAIN
      PUB|50000|HOW_TO|PUBLIC_REPLY|false|HIGH|Wie schalte ich Roaming aus?
      PUB|50000|OUTAGE|PUBLIC_REPLY|true|HIGH|Seit drei Tagen kein Internet, das ist unterirdisch!
      PUB|50000|TECHNICAL_ISSUE|PRIVATE_MESSAGE|true|HIGH|WHY IS MY ROUTER NOT WORKING AGAIN
      """)
  void classesOfRealPosts(String vis, long followers, Intent main, Channel channel,
      boolean escalated, Priority priority, String text) {
    Visibility v = vis.equals("PRIV") ? Visibility.PRIVATE : Visibility.PUBLIC;
    Advice a = ADVISOR.advise(followers < 0 ? AdviceFixtures.message(v, text)
        : AdviceFixtures.message(v, text, "author-" + text.hashCode(), followers), List.of());
    assertTrue(a.intents().contains(main), () -> "intents " + a.intents() + " " + a.reasons());
    assertEquals(channel, a.channel(), () -> a.reasons().toString());
    assertEquals(escalated, a.actions().contains(Action.ESCALATE), () -> a.reasons().toString());
    assertEquals(priority, a.priority(), () -> a.reasons().toString());
  }

  /**
   * The classes of the second round on real conversations (same columns): a settled remark
   * without thanks is small talk, unless something is still open; "no problem" is no fault;
   * cancelling a subscription; insults at people, threats and calls not to buy escalate while a
   * coarse word about a thing does not; a service that does not load, or a failure that is not
   * local, is an outage; paid but nothing received is billing; "contact" is no contract; how to
   * find a setting is a how-to question; a wish or suggestion is no fault or contract matter
   * unless the fault outweighs it.
   */
  @ParameterizedTest(name = "{6}")
  @CsvSource(delimiter = '|', textBlock = """
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Hat sich erledigt, ich hatte den falschen Ordner gewählt.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Sorry, mein Fehler. Die Lösung steht schon in der FAQ.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Das Problem konnte doch geklärt werden, der Stecker war locker.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Schande über mein Haupt, die Einstellung war die ganze Zeit da.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Never mind, I figured it out: the router was in guest mode.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|My mistake, I was logging in with the wrong username.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|My bad, the app works fine now after a restart.
      PUB|-1|SMALL_TALK|PUBLIC_REPLY|false|LOW|Komisch, jetzt geht es wieder, ohne dass ich etwas geändert habe.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Weird, it works again without any changes on my side.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Thank you so much, the account was reset and can be used normally.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Herzlichen Dank, der Zugang funktioniert nun.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Thank you so much for your help, my account works again.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Thanks so much for this app, it has gotten so much better.
      PUB|-1|COMPLAINT|PUBLIC_REPLY|false|NORMAL|So much for your promise of a quick answer.
      PUB|-1|COMPLAINT|PUBLIC_REPLY|false|NORMAL|Vielen Dank auch für nichts, seit Tagen kein Internet.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|Der Fehler ist immer noch nicht behoben, die App stürzt ab.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|Mein Router geht wieder nicht, Neustart hilft nichts.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|The crash is not fixed, the app still closes on start.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|This bug needs to be fixed, my app crashes every time.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|Danke! Das ist kein Problem für mich, wunderbare App.
      PUB|-1|PRAISE|PUBLIC_REPLY|false|LOW|This is not an issue, just wanted to say what a wonderful app 😍
      PUB|-1|CANCELLATION|EMAIL|false|NORMAL|How to cancel subscription? I can't find it anywhere.
      PUB|-1|CANCELLATION|EMAIL|false|NORMAL|Please cancel the subscription, I no longer need it.
      PUB|-1|CANCELLATION|EMAIL|false|NORMAL|Wie kann ich das Abo kündigen?
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Fuck you and your lies.
      PUB|-1|COMPLAINT|PUBLIC_REPLY|true|HIGH|Don't install this, it's a waste of money and the worst support ever
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|Ihr werdet dafür bezahlen, das schwöre ich euch
      PUB|-1|COMPLAINT|PUBLIC_REPLY|true|HIGH|Finger weg von diesem Laden, nie wieder!
      PUB|-1|OTHER|PUBLIC_REPLY|true|HIGH|You will pay for this, I promise.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|This fucking router keeps dropping the connection
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|The website doesn't load since this morning
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Die Webseite ist nicht erreichbar, seit einer Stunde
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Seit 16 Uhr fehlen die Daten, es ist kein lokales Problem.
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Login fails for many users since the update, not a local problem
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Ist das bei mir ein lokales Problem oder allgemeiner Art?
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Das Backend wirft gerade Connection refused, wenn man die Abfahrten aufruft.
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Probleme beim Laden der Webseite, mal die Übersicht, mal einzelne Seiten.
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|Die Mailingliste funktioniert nicht, seit Tagen kommt nichts an.
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|The backend returns 500 internal server error for every request.
      PUB|-1|OUTAGE|PUBLIC_REPLY|false|NORMAL|The website fails to load, both on the phone and the laptop.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|Mein Router funktioniert nicht, die Lampe blinkt rot.
      PUB|-1|BILLING|PRIVATE_MESSAGE|false|NORMAL|I paid for the licence but never got the key
      PUB|-1|BILLING|PRIVATE_MESSAGE|false|NORMAL|Ich habe bezahlt, aber keine Lizenz bekommen
      PUB|-1|BILLING|PRIVATE_MESSAGE|false|NORMAL|Paid with PayPal but no mail arrived, please contact me
      PUB|-1|OTHER|PUBLIC_REPLY|false|NORMAL|Verbesserungsvorschlag: die Fehlermeldung beim Import könnte verständlicher sein.
      PUB|-1|OTHER|PUBLIC_REPLY|false|NORMAL|Feature-Wunsch: das Abo pro Serie einzeln einstellen können.
      PUB|-1|OTHER|PUBLIC_REPLY|false|NORMAL|Es wäre schön, wenn man die Kennzeichenerkennung abschalten könnte.
      PUB|-1|OTHER|PUBLIC_REPLY|false|NORMAL|Feature request: it would be great if the plan page showed the renewal date.
      PUB|-1|OTHER|PUBLIC_REPLY|false|NORMAL|Suggestion: the error message in the app could explain what to do next.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|Die App stürzt ständig ab und der Fehler ist nicht behoben. Vorschlag: ein Absturzbericht.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|false|NORMAL|The app keeps crashing and shows an error on start. Suggestion: add a crash report.
      PUB|-1|ACCOUNT_ACCESS|PRIVATE_MESSAGE|false|NORMAL|Nach der Registrierung keine Bestätigungsmail erhalten, auch nicht im Spam.
      PUB|-1|ACCOUNT_ACCESS|PRIVATE_MESSAGE|false|NORMAL|Ich habe keine E-Mail bekommen, um mein Passwort zurückzusetzen.
      PUB|-1|ACCOUNT_ACCESS|PRIVATE_MESSAGE|false|NORMAL|I requested a reset but didn't receive the email.
      PUB|-1|ACCOUNT_ACCESS|PRIVATE_MESSAGE|false|NORMAL|Signed up yesterday and still no verification email.
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|true|HIGH|The app does not work since the update, fix it if you don't want to be sued!
      PUB|-1|TECHNICAL_ISSUE|PRIVATE_MESSAGE|true|HIGH|Die App geht seit dem Update nicht, wir sehen uns vor Gericht.
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|I can't find the setting to switch the language to English, is there a way?
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|Since the update the app is in German and I cannot find the option to change the language.
      PUB|-1|HOW_TO|PUBLIC_REPLY|false|NORMAL|Ich finde die Einstellung nicht, wie kann ich die Sprache umstellen?
      """)
  void classesOfTheSecondRound(String vis, long followers, Intent main, Channel channel,
      boolean escalated, Priority priority, String text) {
    classesOfRealPosts(vis, followers, main, channel, escalated, priority, text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      PIN fürs Online-Banking ist 8362
      Code aus der SMS: 194733
      my password is Summer2026 and it still won't let me in
      """)
  void credentialsInAPrivateMessageWarnAndAdviseChangingThem(String text) {
    Advice a = ADVISOR.advise(AdviceFixtures.message(Visibility.PRIVATE, text),
        AdviceFixtures.findings(text, List.of(PiiType.CREDENTIAL)));
    assertTrue(a.actions().containsAll(List.of(Action.WARN_CUSTOMER, Action.CHANGE_CREDENTIALS)),
        a.actions().toString());
    assertTrue(!a.actions().contains(Action.HIDE_ORIGINAL));
    assertEquals(Priority.HIGH, a.priority());
    assertEquals(Channel.PRIVATE_MESSAGE, a.channel());
  }
}
