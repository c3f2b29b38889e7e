package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.replyguard.internal.time.CommitmentPhrases;
import io.replyguard.internal.time.PromisedDeadline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader agrees with the authoritative parser of the time package wherever it reads. */
class PromisedTimesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static PromisedTimes.Promise first(Text t, ZonedDateTime now) {
    for (int i = 0; i < t.size; i++) {
      PromisedTimes.Promise p = PromisedTimes.at(t, i, t.size, new PromisedTimes.Moment(now));
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "de|innerhalb der nächsten Stunde",
      "de|innerhalb von 2 Stunden",
      "de|in 30 Minuten",
      "de|binnen einer Stunde",
      "de|in der nächsten halben Stunde",
      "de|innerhalb von 3 Tagen",
      "de|heute bis 18:00 Uhr",
      "de|heute noch bis 19 Uhr",
      "de|morgen bis 9:30 Uhr",
      "de|bis 18 Uhr",
      "en|within the next hour",
      "en|within 2 hours",
      "en|in 15 minutes",
      "en|within a day",
      "en|today by 6 pm",
      "en|tomorrow by 9:00 am",
      "en|by 5 pm"})
  void agreesWithTheTimePackage(String lang, String phrase) {
    // besides ordinary days, the hour before the spring-forward gap and the hour after the
    // autumn overlap in Berlin, where relative and clock promises part ways with local time
    for (Instant at : List.of(Fixture.MONDAY_10, Fixture.SATURDAY_1940,
        Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"))) {
      ZonedDateTime now = at.atZone(BERLIN);
      String text = ("de".equals(lang) ? "Wir melden uns " : "We will reply ") + phrase + ".";
      List<PromisedDeadline> reference = CommitmentPhrases.findAll(text, Locale.forLanguageTag(lang),
          now);
      assertEquals(1, reference.size(), text);
      PromisedTimes.Promise mine = first(new Text(text), now);
      assertNotNull(mine, text);
      assertEquals(reference.get(0).deadline().toInstant(), mine.deadline(),
          text + " at " + now);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wir melden uns in Kürze.", "Guten Morgen bis dann.",
      "Wir haben 18 Pakete.", "Wir melden uns bis Montag.", "in der Stadt"})
  void readsOnlyWhatItKnows(String text) {
    assertNull(first(new Text(text), Fixture.MONDAY_10.atZone(BERLIN)), text);
  }
}
