package io.replyguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.Replyguard;
import io.replyguard.check.Fixture;
import io.replyguard.model.Draft;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DraftAssertionsTest {
  static final Replyguard ENGINE = Replyguard.builder().adapters(Fixture.adapters())
      .clock(Clock.fixed(Fixture.MONDAY_10, ZoneOffset.UTC)).build();

  static Draft de(String text) {
    return Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).withLocale(Locale.GERMAN);
  }

  @Test
  void passingAssertionsReturnTheResult() {
    assertEquals(Verdict.ALLOW, DraftAssertions.assertAllowed(ENGINE,
        de("Danke für Ihr Lob, das freut uns sehr!")).verdict());
    assertTrue(DraftAssertions.assertNoFindings(ENGINE, de("Danke für Ihr Lob!")).findings()
        .isEmpty());
    assertEquals(Verdict.REVIEW, DraftAssertions.assertVerdict(ENGINE,
        de("Wir melden uns zeitnah."), Verdict.REVIEW).verdict());
  }

  @Test
  void failureReportsRuleSeveritySpanMessageSuggestionAndTheWords() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> DraftAssertions.assertAllowed(ENGINE, de("Wir melden uns zeitnah.")));
    String m = e.getMessage();
    assertTrue(m.startsWith("expected verdict ALLOW but was REVIEW for public twitter draft"), m);
    assertTrue(m.contains("WARNING commitment.vague (commitment) at [15, 22) \"zeitnah\": Vage"), m);
    assertTrue(m.contains("suggestion: "), m);
  }

  @Test
  void reportNeverQuotesPersonalData() {
    String text = "Wir rufen Sie unter 0152 28817386 zurück, Ihre IBAN DE89 3704 0044 0532 0130 00 "
        + "ist hinterlegt. Wir melden uns zeitnah.";
    AssertionError e = assertThrows(AssertionError.class,
        () -> DraftAssertions.assertAllowed(ENGINE, de(text)));
    String m = e.getMessage();
    assertTrue(m.contains("BLOCKER pii.public (pii) at [20, 33): "), m);
    assertFalse(m.contains("28817386"), m);
    assertFalse(m.contains("0532"), m);
    assertTrue(m.contains("\"zeitnah\""), m);
  }

  @Test
  void noFindingsFailsEvenOnInformation() {
    Draft dm = Draft.of("Wir rufen Sie unter 0152 28817386 zurück.", Platform.TWITTER,
        Visibility.PRIVATE).withLocale(Locale.GERMAN);
    DraftAssertions.assertAllowed(ENGINE, dm);
    AssertionError e = assertThrows(AssertionError.class,
        () -> DraftAssertions.assertNoFindings(ENGINE, dm));
    assertTrue(e.getMessage().contains("INFO pii.private"), e.getMessage());
    assertFalse(e.getMessage().contains("28817386"), e.getMessage());
  }

  @Test
  void longExcerptsAreCut() {
    String text = "Ihr Vertrag " + "x".repeat(200) + ".";
    String report = DraftAssertions.report(ENGINE, de(text), ENGINE.check(de(text)));
    assertTrue(report.contains("\"Vertrag\""), report);
    Draft boiler = de("a".repeat(300));
    String r2 = DraftAssertions.report(ENGINE, boiler, ENGINE.check(boiler));
    assertTrue(r2.contains("\"" + "a".repeat(20) + "\""), r2);
  }

  @Test
  void nullsAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> DraftAssertions.assertAllowed(null, de("x")));
    assertEquals("engine", e.getMessage());
    assertEquals("draft", assertThrows(NullPointerException.class,
        () -> DraftAssertions.assertNoFindings(ENGINE, null)).getMessage());
  }
}
