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
