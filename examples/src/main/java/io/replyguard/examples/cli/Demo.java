package io.replyguard.examples.cli;

import io.replyguard.Replyguard;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Advice;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Platform;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import io.replyguard.template.RenderContext;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code demo} command: a short, readable walk-through on built-in examples. All times are
 * fixed, so the output is the same on every run. Customer texts are shown redacted only.
 */
final class Demo {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm",
      Locale.ENGLISH);

  /** Sample values for the default catalog's text placeholders (the company's own address). */
  private static final Map<String, String> SAMPLE_VALUES = Map.of("customerName", "Frau Beispiel",
      "emailAddress", "vertrag@example.de", "area", "Berlin-Mitte");

  private Demo() {}

  static int run(Replyguard engine, PrintStream out) {
    ReplyguardConfig c = engine.config();
    out.println("Replyguard demo");
    out.println("===============");
    out.println("Configuration: locale " + c.locale().toLanguageTag() + ", zone " + c.zone()
        + ", formality " + c.formality() + ", service level " + c.serviceLevel()
        + ", adapters " + engine.adapters().platforms());
    out.println("Service hours: " + c.serviceHours().days().entrySet().stream()
        .map(e -> e.getKey().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
            + e.getValue().stream().map(Object::toString).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; ")));

    section(out, "1. Personal data in customer posts (scan + redact)");
    for (String text : List.of(
        "Hallo, meine IBAN ist DE89 3704 0044 0532 0130 00 und meine Handynummer 0152 28817386.",
        "My email is max.mustermann@example.com and my order number is 4711-0815-42.",
        "Ticket für ICE 599 kostet 49,99 €, Abfahrt 14:35 – Version 15.5.2 der App hilft nicht.")) {
      List<PiiFinding> found = engine.scan(text);
      out.println("  " + engine.redact(text));
      out.println("    -> " + (found.isEmpty() ? "no personal data"
          : found.stream().map(f -> f.type() + " " + f.span()).collect(Collectors.joining(", "))));
    }

    section(out, "2. Where does each post belong? (advise)");
    Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
    List<Message> posts = List.of(
        post("p1", Visibility.PUBLIC, "Wie schalte ich die mobilen Daten auf meinem Handy aus?", t0),
        post("p2", Visibility.PUBLIC, "Ich will meinen Vertrag kündigen, wie geht das?", t0),
        post("p3", Visibility.PUBLIC, "Meine Kundennummer ist 12345678, die Rechnung ist falsch!", t0),
        post("p4", Visibility.PUBLIC, "#fail Seit 3 Tagen kein Internet!!! UNFASSBAR, ihr Betrüger!", t0),
        post("p5", Visibility.PUBLIC, "Frohe Weihnachten an das ganze Team!", t0));
    for (Message m : posts) {
      Advice a = engine.advise(m);
      out.println("  " + m.id() + " \"" + engine.redact(m.text()) + "\"");
      out.println("    -> " + a.channel() + ", actions " + a.actions() + ", priority "
          + a.priority() + ", intents " + a.intents());
      for (Reason r : a.reasons()) {
        out.println("       " + r.ruleId() + ": " + r.message());
      }
    }

    section(out, "3. Concrete time commitments from the service hours (commit)");
    for (String now : List.of("2026-11-23T10:00:00+01:00", "2026-11-23T19:40:00+01:00",
        "2026-11-28T19:40:00+01:00", "2026-11-29T11:00:00+01:00", "2026-12-24T21:00:00+01:00")) {
      Instant instant = OffsetDateTime.parse(now).toInstant();
      for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
        var commitment = engine.commitment(instant, Duration.ofHours(1), locale);
        out.println("  " + WHEN.format(instant.atZone(c.zone())) + ", 1 h of service time, "
            + locale + ": " + commitment.text() + "  (deadline "
            + WHEN.format(commitment.deadline()) + ")");
      }
    }

    section(out, "4. Templates with commitments (render)");
    Instant renderAt = OffsetDateTime.parse("2026-11-23T19:40:00+01:00").toInstant();
    for (var t : c.templates().stream().filter(t -> t.locale().equals("de")).limit(4).toList()) {
      Map<String, String> values = new java.util.TreeMap<>();
      t.placeholders().forEach((name, type) -> {
        switch (type) {
          case TEXT -> values.put(name, SAMPLE_VALUES.getOrDefault(name, "Beispiel"));
          case CHANNEL -> values.put(name, "EMAIL");
          default -> { }
        }
      });
      out.println("  " + t.id() + ": "
          + engine.render(t.id(), RenderContext.of(Locale.GERMAN, renderAt, values)));
    }

    section(out, "5. Checking drafts before they are posted (check)");
    Message original = posts.get(1);
    Instant checkAt = OffsetDateTime.parse("2026-11-28T19:40:00+01:00").toInstant();
    for (String text : List.of(
        "Schade, dass Sie gehen möchten. Bitte senden Sie Ihre Kündigung per E-Mail über das Formular auf unserer Website, dann haben Sie einen schriftlichen Nachweis.",
        "Danke für Ihre Nachricht, wir melden uns zeitnah bei Ihnen!",
        "Bitte schicken Sie uns Ihr Passwort per DM, dann prüfen wir das.",
        "Nennen Sie uns hier bitte Ihre Kundennummer und Ihre IBAN DE89 3704 0044 0532 0130 00.",
        "Hallo, kannst du uns Ihre Vertragsnummer per DM schicken? Wir melden uns innerhalb der nächsten Stunde.")) {
      Draft d = Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(original).at(checkAt);
      CheckResult r = engine.check(d);
      out.println("  " + r.verdict() + "  \"" + engine.redact(text) + "\"");
      for (Finding f : r.findings()) {
        out.println("    " + f.severity() + " " + f.ruleId() + " " + f.span() + ": " + f.message()
            + f.suggestion().map(s -> " -> " + s).orElse(""));
      }
    }
    out.println();
    out.println("More: ./replyguard --help, and the README.");
    return 0;
  }

  private static Message post(String id, Visibility visibility, String text, Instant at) {
    return Message.builder(Platform.TWITTER, visibility, text).id(id).createdAt(at)
        .locale(Locale.GERMAN).build();
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println(title);
  }
}
