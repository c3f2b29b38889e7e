package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default channel policy on real-world posts: at least 8 German and 4 English posts per
 * intent, the classic cases, mixed intents and personal data (through the advisor's seam, with
 * findings as the PII detector reports them). Each row: expected intent (must be recognised),
 * language, visibility, PII types, channel, actions, priority, text.
 */
class AdvisorPolicyTest {

  static final String TABLE = """
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Wie schalte ich die mobilen Daten am iPhone aus?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Hallo, wie kann ich meine Mailbox deaktivieren?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Wo finde ich die Einstellungen für WLAN-Calling?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Kann man die Rufnummernanzeige unterdrücken?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|wie richte ich roaming fürs ausland ein
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Kurze Frage: Gibt es eine Möglichkeit, die Mailbox per App abzuschalten?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Wie lautet eure Servicenummer für Geschäftskunden?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|#frage wo sehe ich meinen verbrauch in der app?
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Wie aktiviere ich die eSIM auf meinem neuen Handy? 🤔
      HOW_TO          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|WIE SCHALTE ICH MOBILE DATEN AUS
      HOW_TO          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|How do I turn off mobile data while roaming?
      HOW_TO          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Where can I find the voicemail settings?
      HOW_TO          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Is there a way to set up call forwarding from the app?
      HOW_TO          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|quick question: how to activate wifi calling?
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Mein Router blinkt seit heute Morgen rot, Internet geht nicht.
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Die App stürzt ständig ab, sobald ich die Rechnung öffnen will.
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|WLAN bricht alle paar Minuten ab, Fritzbox schon neu gestartet.
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Seit dem Update funktioniert die Mailbox nicht mehr
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Mein Festnetztelefon ist defekt, kein Freizeichen mehr.
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Internet extrem langsam, nur 5 Mbit statt 100
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Fehlermeldung 629 beim Einwählen, was tun?
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Seit gestern keine Verbindung mit dem Handy, Anrufe brechen ab
      TECHNICAL_ISSUE |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Die Kamera der App lädt nicht, immer nur ein schwarzer Bildschirm
      TECHNICAL_ISSUE |de|PRIV|-|PRIVATE_MESSAGE|-|NORMAL|Mein Ruter ist kaputt
      TECHNICAL_ISSUE |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|My router keeps dropping the connection every evening
      TECHNICAL_ISSUE |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|The app crashes when I open my bill
      TECHNICAL_ISSUE |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Voicemail is not working since yesterday
      TECHNICAL_ISSUE |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|I get an error code 651 when dialling in
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Großstörung in Köln? Kein Internet seit 8 Uhr.
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Ist das Netz in Hamburg gerade down?
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Hat noch jemand Probleme? Bei mir ist alles tot, Nachbarn auch.
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Netzausfall in ganz Leipzig??
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|#störung kein LTE im ganzen Ort
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Gibt es eine Störung beim Festnetz? Telefon geht nicht.
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Mobilfunk ist überall ausgefallen, auch bei euch?
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Seit 2 Stunden offline, ganze Straße betroffen
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Storung im Netz? Nix geht mehr
      OUTAGE          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Is your network down in Manchester?
      OUTAGE          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Outage again? No internet in the whole area
      OUTAGE          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Anyone else having no service right now?
      OUTAGE          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Mobile network offline since noon
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Ich komme nicht mehr in mein Kundenkonto
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Passwort vergessen, wie setze ich es zurück?
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Login in der App klappt nicht
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Mein Account wurde gesperrt, warum?
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Ich bekomme keinen Bestätigungscode per SMS für die Anmeldung
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Zugangsdaten fürs Kundencenter verloren
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Kann mich nicht einloggen, Benutzername unbekannt
      ACCOUNT_ACCESS  |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|PIN dreimal falsch eingegeben, SIM gesperrt 🔒
      ACCOUNT_ACCESS  |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|I can't log into my account
      ACCOUNT_ACCESS  |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Forgot my password and the reset link expired
      ACCOUNT_ACCESS  |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Locked out after the last update
      ACCOUNT_ACCESS  |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Verification code never comes, can't sign in
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Warum ist meine Rechnung diesen Monat 30 € höher?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Ihr habt doppelt abgebucht!
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Wann kommt die Gutschrift für den Ausfall letzten Monat?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Lastschrift zurückgegangen, jetzt eine Mahnung?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Die Handyrechnung enthält Kosten für Drittanbieter, die ich nie bestellt habe
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Zahlung per PayPal möglich?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Bekomme ich die Gebühr erstattet?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Geld wurde zweimal vom Konto abgebucht
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Rechnugn ist falsch
      BILLING         |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Why was I charged twice this month?
      BILLING         |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|My bill is higher than last month
      BILLING         |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Still waiting for my refund
      BILLING         |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Direct debit failed, do I get a fee?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Ich möchte meinen Tarif wechseln
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Wann endet meine Mindestlaufzeit?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Vertragsverlängerung: welche Angebote gibt es für Bestandskunden?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Ich ziehe um, was passiert mit meinem DSL-Vertrag?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Kann ich mein Datenvolumen dauerhaft erhöhen?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Inhaberwechsel für den Anschluss meiner Mutter
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Upgrade auf 250 Mbit möglich?
      CONTRACT        |de|PUB|-|EMAIL|-|NORMAL|Gilt die neue AGB auch für Altverträge?
      CONTRACT        |en|PUB|-|EMAIL|-|NORMAL|I want to upgrade my plan
      CONTRACT        |en|PUB|-|EMAIL|-|NORMAL|When does my contract end?
      CONTRACT        |en|PUB|-|EMAIL|-|NORMAL|Moving house next month, can I take my broadband with me?
      CONTRACT        |en|PUB|-|EMAIL|-|NORMAL|What are the terms and conditions for renewal?
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Ich will meinen Vertrag kündigen. Wie geht das?
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Kündigung per E-Mail geschickt, bitte bestätigen
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Habe gekündigt und bekomme trotzdem noch Rechnungen
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|#kündigung jetzt reicht es
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Wie kündige ich meinen Vertrag fristgerecht?
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Vertragskündigung wegen Umzug ins Ausland
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Ich möchte kuendigen, bitte um Rückruf
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Sonderkündigungsrecht nach Preiserhöhung?
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Kundigung bestätigt?
      CANCELLATION    |de|PRIV|-|EMAIL|-|NORMAL|KÜNDIGUNG zum nächstmöglichen Termin
      CANCELLATION    |en|PUB|-|EMAIL|-|NORMAL|I want to cancel my contract
      CANCELLATION    |en|PUB|-|EMAIL|-|NORMAL|How do I terminate my subscription?
      CANCELLATION    |en|PUB|-|EMAIL|-|NORMAL|Please confirm my cancellation by email so I have proof
      CANCELLATION    |en|PUB|-|EMAIL|-|NORMAL|Switching to another provider, how do I port my number?
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Mein neues Handy ist immer noch nicht angekommen
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Wo bleibt mein Router? Bestellung vor zwei Wochen
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|DHL sagt zugestellt, aber kein Paket da
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Wann wird die SIM-Karte verschickt?
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Sendungsnummer funktioniert nicht
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Lieferung kam beschädigt an
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Retoure schon vor einer Woche abgeschickt, Gutschrift?
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Paket liegt in der Packstation, aber der Code fehlt 📦
      DELIVERY        |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|My order still hasn't arrived
      DELIVERY        |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Where is my parcel? Tracking shows nothing
      DELIVERY        |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|The courier never delivered my new phone
      DELIVERY        |en|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Can you send me a return label?
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Seit drei Wochen in der Warteschleife, eine Zumutung
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Schon wieder niemand erreichbar. Enttäuschend.
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Euer Kundenservice ist unterirdisch
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Ich bin wirklich sauer über die Behandlung
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Danke für nichts 👎
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Keiner meldet sich, dabei hatte ich einen Rückruf vereinbart
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Frechheit, wie ihr mit Stammkunden umgeht
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Miserabler Service, nie wieder
      COMPLAINT       |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Worst customer service ever
      COMPLAINT       |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Absolutely unacceptable, nobody answers
      COMPLAINT       |en|PUB|-|PUBLIC_REPLY|-|NORMAL|I'm so disappointed with you guys 😡
      COMPLAINT       |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Fed up with waiting on hold
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Danke für die schnelle Hilfe!
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Super Service, Problem in 5 Minuten gelöst 👍
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Eure Kollegin im Shop war sehr freundlich und kompetent
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Vielen Dank, jetzt klappt alles wieder
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Großartig, wie schnell ihr geholfen habt ❤️
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Top! Internet läuft wieder stabil
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Ein Lob an euer Social-Media-Team
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|Bin total zufrieden, weiter so
      PRAISE          |de|PUB|-|PUBLIC_REPLY|-|LOW|DANKE!!!
      PRAISE          |en|PUB|-|PUBLIC_REPLY|-|LOW|Thanks for the quick help!
      PRAISE          |en|PUB|-|PUBLIC_REPLY|-|LOW|Awesome support, problem solved in minutes
      PRAISE          |en|PUB|-|PUBLIC_REPLY|-|LOW|Kudos to your team 👏
      PRAISE          |en|PUB|-|PUBLIC_REPLY|-|LOW|Great job, really appreciate it
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Frohe Weihnachten an das ganze Team! 🎄
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Guten Rutsch ins neue Jahr!
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Frohe Ostern 🐰
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Schönes Wochenende euch allen
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Moin aus Hamburg 👋
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Alles Gute zum 10. Geburtstag eurer Marke 🎉
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Schönen Feierabend, ihr Social-Media-Leute
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|Frohes neues Jahr und Grüße an das Team
      SMALL_TALK      |de|PUB|-|PUBLIC_REPLY|-|LOW|FROHE WEIHNACHTEN EUCH ALLEN!!!
      SMALL_TALK      |en|PUB|-|PUBLIC_REPLY|-|LOW|Season's greetings to the whole team!
      SMALL_TALK      |en|PUB|-|PUBLIC_REPLY|-|LOW|Merry Christmas 🎅
      SMALL_TALK      |en|PUB|-|PUBLIC_REPLY|-|LOW|Happy new year folks 🎆
      SMALL_TALK      |en|PUB|-|PUBLIC_REPLY|-|LOW|Have a nice weekend
      OTHER           |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Hallo?
      OTHER           |de|PUB|-|PUBLIC_REPLY|-|NORMAL|@kundenservice
      OTHER           |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Nur mal so: 42
      OTHER           |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Test
      CANCELLATION    |de|PUB|-|EMAIL|ESCALATE|HIGH|Internet geht seit Tagen nicht, ich kündige! #fail
      CANCELLATION    |de|PUB|-|EMAIL|-|NORMAL|Wie kann ich kündigen?
      BILLING         |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Danke für die Hilfe, aber meine Rechnung stimmt immer noch nicht
      DELIVERY        |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|Frohe Weihnachten! Und wann kommt endlich mein Paket?
      HOW_TO          |en|PUB|-|PUBLIC_REPLY|-|NORMAL|Thanks in advance: how do I switch off roaming?
      BILLING         |de|PUB|CUSTOMER_NUMBER|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|Meine Kundennummer ist 123456789, bitte um Rückruf wegen Rechnung
      BILLING         |de|PRIV|CUSTOMER_NUMBER|PRIVATE_MESSAGE|-|NORMAL|Meine Kundennummer ist 123456789, bitte um Rückruf wegen Rechnung
      CANCELLATION    |de|PUB|CUSTOMER_NUMBER|EMAIL|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|Kündigung zum 31.12., Vertragsnummer 55512345
      ACCOUNT_ACCESS  |de|PUB|CREDENTIAL|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER,CHANGE_CREDENTIALS|HIGH|Mein Passwort ist Sommer2026, trotzdem Login nicht möglich
      ACCOUNT_ACCESS  |de|PRIV|CREDENTIAL|PRIVATE_MESSAGE|WARN_CUSTOMER,CHANGE_CREDENTIALS|HIGH|Mein Passwort ist Sommer2026, trotzdem Login nicht möglich
      PRAISE          |de|PUB|EMAIL|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|Danke! Schickt die Antwort an max@example.de
      HOW_TO          |de|PUB|PHONE,POSTAL_ADDRESS|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|Wie kann ich umstellen? Erreichbar unter 0151 23456789, Hauptstr. 5
      BILLING         |en|PUB|CUSTOMER_NUMBER|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|My customer number is 98765432, why is my bill so high?
      BILLING         |en|PUB|IBAN|PRIVATE_MESSAGE|HIDE_ORIGINAL,WARN_CUSTOMER|HIGH|Please refund to DE89 3704 0044 0532 0130 00
      COMPLAINT       |de|PUB|-|PRIVATE_MESSAGE|-|NORMAL|IHR SEID DIE SCHLECHTESTEN, MEIN INTERNET GEHT NICHT
      OUTAGE          |de|PUB|-|PUBLIC_REPLY|-|NORMAL|Schon wieder kein Netz!!!
      OTHER           |de|PUB|-|PUBLIC_REPLY|ESCALATE|HIGH|Ihr seid doch Vollidioten
      COMPLAINT       |de|PUB|-|PUBLIC_REPLY|ESCALATE|HIGH|Neue App #FAIL
      OTHER           |en|PUB|-|PUBLIC_REPLY|ESCALATE|HIGH|What a bunch of clowns
      """;

  record Row(Intent intent, String language, Visibility visibility, List<PiiType> pii,
      Channel channel, Set<Action> actions, Priority priority, String text) {
    @Override
    public String toString() {
      return intent + "/" + language + ": " + text;
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] f = line.split("\\|", 8);
      List<PiiType> pii = f[3].strip().equals("-") ? List.of()
          : Arrays.stream(f[3].strip().split(",")).map(PiiType::valueOf).toList();
      Set<Action> actions = EnumSet.noneOf(Action.class);
      if (!f[5].strip().equals("-")) {
        Arrays.stream(f[5].strip().split(",")).map(Action::valueOf).forEach(actions::add);
      }
      rows.add(new Row(Intent.valueOf(f[0].strip()), f[1].strip(),
          f[2].strip().equals("PUB") ? Visibility.PUBLIC : Visibility.PRIVATE, pii,
          Channel.valueOf(f[4].strip()), actions, Priority.valueOf(f[6].strip()), f[7].strip()));
    }
    return rows;
  }

  static Stream<Arguments> cases() {
    return rows().stream().map(Arguments::of);
  }

  private static final Advisor ADVISOR = AdviceFixtures.advisor(AdviceFixtures.noBursts(),
      Clock.fixed(AdviceFixtures.T0, java.time.ZoneOffset.UTC));

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void advisesChannelActionsAndPriority(Row row) {
    Advice a = ADVISOR.advise(AdviceFixtures.message(row.visibility(), row.text()),
        AdviceFixtures.findings(row.text(), row.pii()));
    assertTrue(a.intents().contains(row.intent()), () -> "intents " + a.intents());
    assertEquals(row.channel(), a.channel(), () -> "reasons " + a.reasons());
    assertEquals(row.actions(), a.actions(), () -> "reasons " + a.reasons());
    assertEquals(row.priority(), a.priority(), () -> "reasons " + a.reasons());
    assertFalse(a.reasons().isEmpty());
    for (Reason r : a.reasons()) {
      java.util.Set<String> seen = MESSAGES.computeIfAbsent(r.ruleId(),
          k -> java.util.concurrent.ConcurrentHashMap.newKeySet());
      seen.add(r.message());
      assertTrue(seen.size() <= 2,
          "a reason's sentence must depend on the post's language only: " + seen);
      assertFalse(r.message().matches(".*\\d{3,}.*"), "reason contains digits: " + r);
    }
  }

  /** Reason sentences seen so far, by rule id: one per language (de, en) and rule. */
  private static final Map<String, java.util.Set<String>> MESSAGES =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void tableCoversEveryIntentInBothLanguages() {
    Map<Intent, int[]> counts = new EnumMap<>(Intent.class);
    for (Row r : rows()) {
      int[] c = counts.computeIfAbsent(r.intent(), k -> new int[2]);
      c[r.language().equals("de") ? 0 : 1]++;
    }
    for (Intent i : Intent.values()) {
      if (i == Intent.OTHER) {
        continue;
      }
      assertTrue(counts.get(i)[0] >= 8, i + " German posts: " + counts.get(i)[0]);
      assertTrue(counts.get(i)[1] >= 4, i + " English posts: " + counts.get(i)[1]);
    }
  }

  @Test
  void channelReasonComesFirstAndNamesTheDecidingRule() {
    String text = "Ich will meinen Vertrag kündigen";
    Advice a = ADVISOR.advise(AdviceFixtures.message(Visibility.PUBLIC, text),
        AdviceFixtures.findings(text, List.of(PiiType.CUSTOMER_NUMBER)));
    assertEquals(Channel.EMAIL, a.channel());
    assertEquals("advice.intent.cancellation", a.reasons().get(0).ruleId());
    assertEquals(List.of("advice.intent.cancellation", "advice.pii.public"),
        a.reasons().stream().map(Reason::ruleId).toList());
  }

  @Test
  void otherIntentFallsBackToTheDefaultRule() {
    Advice a = ADVISOR.advise(AdviceFixtures.message(Visibility.PUBLIC, ""), List.of());
    assertEquals(List.of(Intent.OTHER), a.intents());
    assertEquals(List.of("advice.default"), a.reasons().stream().map(Reason::ruleId).toList());
  }
}
