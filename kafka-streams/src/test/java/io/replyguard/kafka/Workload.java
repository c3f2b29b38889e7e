package io.replyguard.kafka;

import java.time.Instant;

/** Generated posts and drafts for the broker test and the broker benchmark (German and English). */
final class Workload {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z"); // Monday 10:00 Berlin
  static final int BRANDS = 20;

  static final String[] POSTS = {
      "Ich will meinen Vertrag kündigen, meine Kundennummer ist 12345678. Wie geht das?",
      "Wie schalte ich am Handy die mobilen Daten aus? Finde die Einstellung nicht.",
      "Meine Rechnung ist diesen Monat viel zu hoch, bitte prüfen Sie das!",
      "Danke für die schnelle Hilfe gestern, alles funktioniert wieder!",
      "Seit drei Tagen warte ich auf mein Paket, Sendungsnummer sagt nichts.",
      "How do I reset my router to factory settings? The manual does not say.",
      "I want to cancel my contract. My customer number is 87654321.",
      "Why was I charged twice this month? This is ridiculous #fail",
      "Thanks a lot for the quick fix, great service!",
      "My IBAN is DE89 3704 0044 0532 0130 00, please stop the double debit."};
  static final String[] OUTAGES = {
      "Seit heute früh kein Internet, Störung bei euch?",
      "Internet geht nicht, DSL komplett ausgefallen!",
      "Is there an outage? My broadband is down.",
      "Internet down since this morning, outage in Berlin?"};
  static final String[] DRAFTS = {
      "Das tut uns leid! Bitte schreiben Sie uns per DM, dann schauen wir uns das gemeinsam an.",
      "Wir melden uns zeitnah bei Ihnen!",
      "Bitte nennen Sie uns Ihr Passwort per DM, dann prüfen wir das.",
      "Danke für Ihr Lob, das geben wir gern an das Team weiter!",
      "Sorry about that! Please send us a DM and we will look into it together.",
      "We will get back to you shortly.",
      "Thanks for the kind words, we will pass them on to the team!",
      "Für eine Kündigung schreiben Sie uns bitte eine E-Mail, wir melden uns heute bis 18:00 Uhr."};

  private Workload() {}

  static String brand(int i) {
    return "brand-" + (i % BRANDS);
  }

  /** Whether input i is a post (3 of 5) or a draft (2 of 5). */
  static boolean isPost(int i) {
    return i % 5 < 3;
  }

  /** Whether input i is an outage report (about one post in 97). */
  static boolean isOutage(int i) {
    return isPost(i) && i % 97 == 0;
  }

  static String conversation(int i) {
    return "conv-" + (i % 7919);
  }

  static Driver.Rec post(int i) {
    String text = isOutage(i) ? OUTAGES[(i / 97) % OUTAGES.length] : POSTS[i % POSTS.length];
    return Driver.post("p-" + i, brand(i), text, T0.plusMillis(i).toString());
  }

  static Driver.Rec draft(int i) {
    return Driver.draft("d-" + i, brand(i), DRAFTS[i % DRAFTS.length], T0.plusMillis(i).toString());
  }
}
