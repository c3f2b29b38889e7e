package io.replyguard.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Span;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommitmentPhrasesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Monday, 23 November 2026, 10:15. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, BERLIN);

  private static PromisedDeadline only(String text, Locale locale) {
    List<PromisedDeadline> all = CommitmentPhrases.findAll(text, locale, NOW);
    assertEquals(1, all.size(), () -> text + " -> " + all);
    return all.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Wir melden uns innerhalb der nächsten Stunde bei Ihnen.|innerhalb der nächsten Stunde|2026-11-23T11:15|RELATIVE",
      "Wir melden uns innerhalb von 2 Stunden.|innerhalb von 2 Stunden|2026-11-23T12:15|RELATIVE",
      "Antwort binnen 30 Minuten!|binnen 30 Minuten|2026-11-23T10:45|RELATIVE",
      "in den nächsten 15 Minuten|in den nächsten 15 Minuten|2026-11-23T10:30|RELATIVE",
      "innerhalb der nächsten halben Stunde|innerhalb der nächsten halben Stunde|2026-11-23T10:45|RELATIVE",
      "innerhalb eines Tages|innerhalb eines Tages|2026-11-24T10:15|RELATIVE",
      "in zwei Stunden rufen wir an|in zwei Stunden|2026-11-23T12:15|RELATIVE",
      "innerhalb von anderthalb Stunden|innerhalb von anderthalb Stunden|2026-11-23T11:45|RELATIVE",
      "Sie hören heute bis 18:00 Uhr von uns.|heute bis 18:00 Uhr|2026-11-23T18:00|CLOCK_TIME",
      "Heute noch bis 18 Uhr|Heute noch bis 18 Uhr|2026-11-23T18:00|CLOCK_TIME",
      "morgen bis 9:30 Uhr|morgen bis 9:30 Uhr|2026-11-24T09:30|CLOCK_TIME",
      "Wir melden uns bis morgen 9 Uhr.|bis morgen 9 Uhr|2026-11-24T09:00|CLOCK_TIME",
      "bis morgen um 9.30 Uhr|bis morgen um 9.30 Uhr|2026-11-24T09:30|CLOCK_TIME",
      "übermorgen bis 12 Uhr|übermorgen bis 12 Uhr|2026-11-25T12:00|CLOCK_TIME",
      "am Montag, 30.11., bis 10:00 Uhr|am Montag, 30.11., bis 10:00 Uhr|2026-11-30T10:00|CLOCK_TIME",
      "Antwort am Freitag bis 10 Uhr|am Freitag bis 10 Uhr|2026-11-27T10:00|CLOCK_TIME",
      "bis Montag, 10 Uhr|bis Montag, 10 Uhr|2026-11-30T10:00|CLOCK_TIME",
      "bis Montag, 11 Uhr|bis Montag, 11 Uhr|2026-11-23T11:00|CLOCK_TIME",
      "bis 18 Uhr|bis 18 Uhr|2026-11-23T18:00|CLOCK_TIME",
      "bis spätestens 9 Uhr|bis spätestens 9 Uhr|2026-11-24T09:00|CLOCK_TIME",
      "bis 9 Uhr morgen|bis 9 Uhr morgen|2026-11-24T09:00|CLOCK_TIME",
      "bis 20:00|bis 20:00|2026-11-23T20:00|CLOCK_TIME",
      "am 2. Dezember bis 14 Uhr|am 2. Dezember bis 14 Uhr|2026-12-02T14:00|CLOCK_TIME",
      "heute bis 24:00 Uhr|heute bis 24:00 Uhr|2026-11-24T00:00|CLOCK_TIME",
      "am 29.02. bis 8 Uhr|am 29.02. bis 8 Uhr|2028-02-29T08:00|CLOCK_TIME",
      "am 05.01.2027 bis 8 Uhr|am 05.01.2027 bis 8 Uhr|2027-01-05T08:00|CLOCK_TIME",
      "am 3.1. bis 8 Uhr|am 3.1. bis 8 Uhr|2027-01-03T08:00|CLOCK_TIME",
      "Sie hören bis morgen von uns|bis morgen|2026-11-25T00:00|END_OF_DAY",
      "bis Freitag|bis Freitag|2026-11-28T00:00|END_OF_DAY",
      "bis zum 1.12.|bis zum 1.12.|2026-12-02T00:00|END_OF_DAY",
      // a day with a time but without "bis"/"um", appointments, parts of the day, end of work
      "Der Termin ist für morgen 9 Uhr vorgemerkt.|für morgen 9 Uhr|2026-11-24T09:00|CLOCK_TIME",
      "Rückruf heute gegen 18 Uhr eingeplant.|heute gegen 18 Uhr|2026-11-23T18:00|CLOCK_TIME",
      "Termin am Freitag, 10 Uhr|am Freitag, 10 Uhr|2026-11-27T10:00|CLOCK_TIME",
      "auf Montag, 30.11., 8:30 Uhr verschoben|auf Montag, 30.11., 8:30 Uhr|2026-11-30T08:30|CLOCK_TIME",
      "morgen ca. 14 Uhr|morgen ca. 14 Uhr|2026-11-24T14:00|CLOCK_TIME",
      "morgen zwischen 9 und 10 Uhr|morgen zwischen 9 und 10 Uhr|2026-11-24T10:00|CLOCK_TIME",
      "Anruf zwischen 14:30 und 15:30 Uhr|zwischen 14:30 und 15:30 Uhr|2026-11-23T15:30|CLOCK_TIME",
      "Wir rufen gegen 21 Uhr an.|gegen 21 Uhr|2026-11-23T21:00|CLOCK_TIME",
      "Wir melden uns um 14:30.|um 14:30|2026-11-23T14:30|CLOCK_TIME",
      "um 9 Uhr morgen|um 9 Uhr morgen|2026-11-24T09:00|CLOCK_TIME",
      "Wir melden uns heute Nachmittag.|heute Nachmittag|2026-11-23T18:00|CLOCK_TIME",
      "Wir melden uns morgen früh.|morgen früh|2026-11-24T12:00|CLOCK_TIME",
      "morgen Vormittag|morgen Vormittag|2026-11-24T12:00|CLOCK_TIME",
      "heute Mittag|heute Mittag|2026-11-23T14:00|CLOCK_TIME",
      "Wir melden uns noch heute.|noch heute|2026-11-24T00:00|END_OF_DAY",
      "Wir melden uns heute noch.|heute noch|2026-11-24T00:00|END_OF_DAY",
      "bis Ende des Tages|bis Ende des Tages|2026-11-24T00:00|END_OF_DAY",
      "bis zum Ende des Arbeitstages|bis zum Ende des Arbeitstages|2026-11-24T00:00|END_OF_DAY",
      "bis Feierabend|bis Feierabend|2026-11-24T00:00|END_OF_DAY",
      "bis spätestens Dienstschluss|bis spätestens Dienstschluss|2026-11-24T00:00|END_OF_DAY"})
  void german(String text, String phrase, String deadline, PromisedDeadline.Kind kind) {
    PromisedDeadline p = only(text, Locale.GERMAN);
    assertEquals(phrase, text.substring(p.span().start(), p.span().end()));
    assertEquals(java.time.LocalDateTime.parse(deadline), p.deadline().toLocalDateTime(), text);
    assertEquals(BERLIN, p.deadline().getZone());
    assertEquals(kind, p.kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "We will get back to you within the next hour.|within the next hour|2026-11-23T11:15|RELATIVE",
      "within the hour|within the hour|2026-11-23T11:15|RELATIVE",
      "Expect an answer within 2 hours|within 2 hours|2026-11-23T12:15|RELATIVE",
      "in 30 minutes|in 30 minutes|2026-11-23T10:45|RELATIVE",
      "within half an hour|within half an hour|2026-11-23T10:45|RELATIVE",
      "in an hour|in an hour|2026-11-23T11:15|RELATIVE",
      "within twenty-four hours|within twenty-four hours|2026-11-24T10:15|RELATIVE",
      "You will hear from us today by 6:00 pm.|today by 6:00 pm|2026-11-23T18:00|CLOCK_TIME",
      "tomorrow by 9:30 am|tomorrow by 9:30 am|2026-11-24T09:30|CLOCK_TIME",
      "tomorrow at 9 a.m.|tomorrow at 9 a.m.|2026-11-24T09:00|CLOCK_TIME",
      "on Monday, 30 November, by 10:00 am|on Monday, 30 November, by 10:00 am|2026-11-30T10:00|CLOCK_TIME",
      "on Tuesday, December 1st, by 8 am|on Tuesday, December 1st, by 8 am|2026-12-01T08:00|CLOCK_TIME",
      "by tomorrow 9 am|by tomorrow 9 am|2026-11-24T09:00|CLOCK_TIME",
      "by Monday at 10 am|by Monday at 10 am|2026-11-30T10:00|CLOCK_TIME",
      "by 6 pm|by 6 pm|2026-11-23T18:00|CLOCK_TIME",
      "by 9am tomorrow|by 9am tomorrow|2026-11-24T09:00|CLOCK_TIME",
      "by 10 am on Friday|by 10 am on Friday|2026-11-27T10:00|CLOCK_TIME",
      "by noon|by noon|2026-11-23T12:00|CLOCK_TIME",
      "today by midnight|today by midnight|2026-11-24T00:00|CLOCK_TIME",
      "by 12 am|by 12 am|2026-11-24T00:00|CLOCK_TIME",
      "by tomorrow|by tomorrow|2026-11-25T00:00|END_OF_DAY",
      "by Wednesday|by Wednesday|2026-11-26T00:00|END_OF_DAY",
      "We'll call you tomorrow 10am.|tomorrow 10am|2026-11-24T10:00|CLOCK_TIME",
      "We've scheduled the visit for Friday 10am.|for Friday 10am|2026-11-27T10:00|CLOCK_TIME",
      "today around 9 pm|today around 9 pm|2026-11-23T21:00|CLOCK_TIME",
      "We'll call you back at 12:30.|at 12:30|2026-11-23T12:30|CLOCK_TIME",
      "around 9pm today|around 9pm today|2026-11-23T21:00|CLOCK_TIME",
      "at noon|at noon|2026-11-23T12:00|CLOCK_TIME",
      "tomorrow between 9 and 10 am|tomorrow between 9 and 10 am|2026-11-24T10:00|CLOCK_TIME",
      "between 2:30 pm and 3:30 pm|between 2:30 pm and 3:30 pm|2026-11-23T15:30|CLOCK_TIME",
      "We'll call you this afternoon.|this afternoon|2026-11-23T18:00|CLOCK_TIME",
      "tomorrow morning|tomorrow morning|2026-11-24T12:00|CLOCK_TIME",
      "on Monday morning|on Monday morning|2026-11-23T12:00|CLOCK_TIME",
      "We'll call you back tonight.|tonight|2026-11-24T00:00|END_OF_DAY",
      "later today|later today|2026-11-24T00:00|END_OF_DAY",
      "by end of day|by end of day|2026-11-24T00:00|END_OF_DAY",
      "by the end of the business day|by the end of the business day|2026-11-24T00:00|END_OF_DAY",
      "by EOD|by EOD|2026-11-24T00:00|END_OF_DAY",
      "by close of business|by close of business|2026-11-24T00:00|END_OF_DAY"})
  void english(String text, String phrase, String deadline, PromisedDeadline.Kind kind) {
    PromisedDeadline p = only(text, Locale.ENGLISH);
    assertEquals(phrase, text.substring(p.span().start(), p.span().end()));
    assertEquals(java.time.LocalDateTime.parse(deadline), p.deadline().toLocalDateTime(), text);
    assertEquals(kind, p.kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Wir melden uns zeitnah.", "Wir melden uns bald bei Ihnen.", "in Kürze",
      "in den nächsten Tagen", "innerhalb der nächsten Stunden", "am 31.02. bis 10 Uhr",
      "bis 25 Uhr", "Vorstandsmitglied bis 18", "Wir haben 24 Stunden geöffnet",
      "Mindestens 2 Stunden", "Guten Morgen!", "Morgen ist Feiertag.", "heute 3 Fehler",
      "Um die Ecke", "ab 14 Uhr", "zwischen 9 und 10 Fehlern", "bis Ende"})
  void noGermanPromise(String text) {
    assertEquals(List.of(), CommitmentPhrases.findAll(text, Locale.GERMAN, NOW), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "We'll get back to you soon.", "asap", "shortly", "within the next few hours",
      "later in the day", "in the next days", "by 13 pm", "standby 6 pm", "at least 20 people",
      "Good morning!", "tomorrow at 9", "by the end of it", "around 20 users", "today 3 bugs"})
  void noEnglishPromise(String text) {
    assertEquals(List.of(), CommitmentPhrases.findAll(text, Locale.ENGLISH, NOW), text);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', value = {
      // Europe/Berlin repeats 2:00–3:00 on 2025-10-26: the promise reads as the later 2:xx (+01:00)
      "am Sonntag, 26.10., bis 2:00 Uhr|2025-10-26T01:30+02:00|de|2025-10-26T02:00+01:00",
      "heute bis 2:30 Uhr|2025-10-26T00:10+02:00|de|2025-10-26T02:30+01:00",
      "bis 2:45 Uhr|2025-10-26T02:20+02:00|de|2025-10-26T02:45+01:00",
      "today by 2:30 am|2025-10-26T00:10+02:00|en|2025-10-26T02:30+01:00",
      "by 2:59 am|2025-10-26T01:59+02:00|en|2025-10-26T02:59+01:00",
      // outside the repeated hour nothing changes, and a spring gap moves forward as before
      "heute bis 3:00 Uhr|2025-10-26T00:10+02:00|de|2025-10-26T03:00+01:00",
      "today by 1:30 am|2025-10-26T00:10+02:00|en|2025-10-26T01:30+02:00"})
  void aClockTimeInTheRepeatedHourReadsAsTheLaterOne(String text, String now, String lang,
      String deadline) {
    ZonedDateTime at = java.time.OffsetDateTime.parse(now).atZoneSameInstant(BERLIN);
    PromisedDeadline p = CommitmentPhrases.parse(text, Locale.forLanguageTag(lang), at)
        .orElseThrow();
    assertEquals(java.time.OffsetDateTime.parse(deadline).toInstant(), p.deadline().toInstant(),
        text);
  }

  @Test
  void spansAreUtf16IndicesAfterSurrogatePairs() {
    String text = "😀👍 Wir melden uns innerhalb der nächsten Stunde 😀 und heute bis 18 Uhr.";
    List<PromisedDeadline> all = CommitmentPhrases.findAll(text, Locale.GERMAN, NOW);
    assertEquals(2, all.size());
    int start = text.indexOf("innerhalb");
    assertEquals(Span.of(start, start + "innerhalb der nächsten Stunde".length()), all.get(0).span());
    assertEquals("heute bis 18 Uhr",
        text.substring(all.get(1).span().start(), all.get(1).span().end()));
    assertEquals(Optional.of(all.get(0)), CommitmentPhrases.parse(text, Locale.GERMAN, NOW));
  }

  @Test
  void writesPhrases() {
    ZonedDateTime sat = ZonedDateTime.of(2026, 11, 28, 19, 0, 0, 0, BERLIN);
    assertEquals("am Montag, 30.11., bis 10:00 Uhr", CommitmentPhrases.byClockTime(sat,
        ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, BERLIN), Locale.GERMAN));
    assertEquals("on Monday, 30 November, by 10:00 am", CommitmentPhrases.byClockTime(sat,
        ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, BERLIN), Locale.ENGLISH));
    assertEquals("today by 12:05 pm", CommitmentPhrases.byClockTime(NOW,
        ZonedDateTime.of(2026, 11, 23, 12, 5, 0, 0, BERLIN), Locale.ENGLISH));
    // another zone is converted to the zone of now
    assertEquals("heute bis 18:00 Uhr", CommitmentPhrases.byClockTime(NOW,
        ZonedDateTime.of(2026, 11, 23, 17, 0, 0, 0, ZoneId.of("UTC")), Locale.GERMAN));
    assertEquals("am Mittwoch, 24.11.2027, bis 10:00 Uhr", CommitmentPhrases.byClockTime(NOW,
        ZonedDateTime.of(2027, 11, 24, 10, 0, 0, 0, BERLIN), Locale.GERMAN));
    assertEquals("morgen ab 8:00 Uhr", CommitmentPhrases.fromClockTime(NOW,
        ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BERLIN), Locale.GERMAN));
    assertEquals(Optional.of("innerhalb der nächsten Stunde"),
        CommitmentPhrases.relative(Duration.ofHours(1), Locale.GERMAN));
    assertEquals(Optional.of("within the next 2 hours"),
        CommitmentPhrases.relative(Duration.ofHours(2), Locale.ENGLISH));
    assertEquals(Optional.empty(), CommitmentPhrases.relative(Duration.ofMinutes(45), Locale.GERMAN));
  }

  @Test
  void badArguments() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> CommitmentPhrases.findAll(null, Locale.GERMAN, NOW)).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class,
        () -> CommitmentPhrases.findAll("", null, NOW)).getMessage());
    assertEquals("now", assertThrows(NullPointerException.class,
        () -> CommitmentPhrases.findAll("", Locale.GERMAN, null)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CommitmentPhrases.findAll("", Locale.FRENCH, NOW));
    assertEquals(List.of(), CommitmentPhrases.findAll("", Locale.GERMAN, NOW));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withChars("bis morgen 9 Uhr innerhalb der nächsten Stunde 24.11.:😀")
            .ofMaxLength(80),
        Arbitraries.strings().withChars("by tomorrow 9 am within the next hour on Monday:😀")
            .ofMaxLength(80),
        Arbitraries.of("für", "morgen", "heute", "gegen", "um", "zwischen", "und", "noch", "früh",
            "Abend", "bis", "Ende", "des", "Tages", "9", "10:30", "Uhr", "ca.", ",", "😀", "tonight",
            "this", "afternoon", "at", "around", "between", "and", "later", "today", "by", "end",
            "of", "day", "EOD", "10am", "pm").list().ofMaxSize(12).map(l -> String.join(" ", l)));
  }

  @Property(tries = 500)
  void neverThrowsAndSpansAreOrderedInsideTheText(@ForAll("texts") String text,
      @ForAll boolean german) {
    List<PromisedDeadline> all = CommitmentPhrases.findAll(text,
        german ? Locale.GERMAN : Locale.ENGLISH, NOW);
    int end = 0;
    for (PromisedDeadline p : all) {
      assertTrue(p.span().start() >= end && p.span().fitsIn(text.length()));
      assertTrue(p.span().length() > 0);
      end = p.span().end();
    }
  }
}
