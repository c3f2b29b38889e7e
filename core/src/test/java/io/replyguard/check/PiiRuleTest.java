package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Finding;
import io.replyguard.model.Severity;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRuleTest {
  static final String ID = DraftRules.PII_PUBLIC;

  static final DraftChecker WITH_CONTACTS = Fixture.checker(ReplyguardConfig.builder()
      .companyContacts(List.of("0800 330 2020", "service@example.de", "https://example.de/"))
      .build());

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir haben die Erstattung auf Ihre IBAN DE89 3704 0044 0532 0130 00 angewiesen.",
      "Wir rufen Sie unter 0152 28817386 zurück.",
      "Wir haben an max.mustermann@example.com geschrieben.",
      "Die Lieferung an Musterstraße 12, 10115 Berlin ist unterwegs.",
      "Ihre Kundennummer 123456789 ist vermerkt.",
      "Die Karte 4111 1111 1111 1111 ist gesperrt."})
  void germanPublicPersonalDataBlocks(String text) {
    CheckResult r = Fixture.de(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
    assertEquals(Verdict.BLOCK, r.verdict());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We sent the refund to DE89 3704 0044 0532 0130 00.",
      "We will call you on +49 152 28817386 tomorrow.",
      "We wrote to jane.doe@example.com yesterday."})
  void englishPublicPersonalDataBlocks(String text) {
    CheckResult r = Fixture.en(text);
    assertTrue(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Rufen Sie uns gern kostenlos unter 0800 330 2020 an.",
      "Schreiben Sie uns an service@example.de.",
      "Alle Infos finden Sie unter https://example.de/hilfe.",
      "Die Störung in Berlin ist seit 14 Uhr behoben.",
      "Unsere Hotline ist von 8 bis 20 Uhr erreichbar.",
      "Danke für Ihr Feedback zu Version 2.3!"})
  void germanCompanyContactsAndOrdinaryNumbersAreFine(String text) {
    CheckResult r = WITH_CONTACTS.check(Fixture.draft(text, Visibility.PUBLIC, Locale.GERMAN));
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Call us free of charge on 0800 330 2020.",
      "Write to service@example.de and we will help.",
      "The outage was fixed at 2 pm."})
  void englishCompanyContactsAreFine(String text) {
    CheckResult r = WITH_CONTACTS.check(Fixture.draft(text, Visibility.PUBLIC, Locale.ENGLISH));
    assertFalse(Fixture.ids(r).contains(ID), Fixture.describe(r));
  }

  @Test
  void privateDraftsOnlyInform() {
    String text = "Wir rufen Sie unter 0152 28817386 zurück.";
    CheckResult r = Fixture.dm(text, Locale.GERMAN);
    assertEquals(Verdict.ALLOW, r.verdict(), Fixture.describe(r));
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(DraftRules.PII_PRIVATE))
        .findFirst().orElseThrow();
    assertEquals(Severity.INFO, f.severity());
    assertFalse(Fixture.ids(r).contains(ID));
  }

  @Test
  void messagesNameTheKindButNeverTheData() {
    String text = "Wir rufen Sie unter 0152 28817386 zurück.";
    Finding f = Fixture.de(text).findings().stream().filter(x -> x.ruleId().equals(ID))
        .findFirst().orElseThrow();
    assertTrue(f.message().contains("Telefonnummer"), f.message());
    assertFalse(f.message().contains("28817386"));
    assertEquals("0152 28817386", text.substring(f.span().start(), f.span().end()));
  }

  @org.junit.jupiter.api.Test
  void theWritersSignatureIsNotTheCustomersName() {
    assertTrue(PiiRule.signature("Ich schaue es mir heute an.\n\nViele Grüße,\nThomas", 42, 48));
    assertTrue(PiiRule.signature("Best regards, Nicolas", 14, 21));
    assertTrue(PiiRule.signature("Thanks!\n— Anna Schmidt", 10, 22));
    assertFalse(PiiRule.signature("Mein Name ist Anna Schmidt, bitte melden", 14, 26));
    assertFalse(PiiRule.signature("Grüße an Anna Schmidt und ihr Team", 9, 21));
    // a signature block: contact lines may follow the writer's name
    String en = "Sorry for the delay.\n\nBest regards\n\nBrian Dorey\n\nTel: 01929 421070";
    assertTrue(PiiRule.signature(en, en.indexOf("Brian"), en.indexOf("Brian") + 11));
    String de = "Ist behoben.\n\nViele Grüße\nJana Krüger\nTel. 030 1234567\nwww.example.de";
    assertTrue(PiiRule.signature(de, de.indexOf("Jana"), de.indexOf("Jana") + 11));
    String more = "Viele Grüße\nJana Krüger\nbitte rufen Sie morgen an";
    assertFalse(PiiRule.signature(more, more.indexOf("Jana"), more.indexOf("Jana") + 11));
  }

  @org.junit.jupiter.api.Test
  void aNameAloneOnTheLastLineAfterASignOffMarkIsTheWritersSignature() {
    for (String text : List.of("Hallo,\n\nSollte jetzt wieder gehen.\n\n- Michael",
        "Hallo,\n\nSollte jetzt wieder gehen.\n\n - Michael", "Ist erledigt.\n— Jana",
        "Thanks for waiting, it works again.\n^Jenny", "Fixed now.\n\n-- Sam\n",
        "We are on it.\n/Chris")) {
      String name = text.strip().replaceAll("(?s).*[-—^/ ]", "");
      int start = text.lastIndexOf(name);
      assertTrue(PiiRule.signature(text, start, start + name.length()), text);
    }
    // not the writer: the name is followed by more text, inside a sentence, or has no mark
    // but a line of its own that is the whole text
    assertFalse(PiiRule.signature("- Michael\nhat angerufen", 2, 9));
    assertFalse(PiiRule.signature("Wir haben - Michael informiert", 12, 19));
    assertFalse(PiiRule.signature("Michael", 0, 7));
    assertFalse(PiiRule.signature("Bitte an Michael wenden.\nDanke - Michael Braun, Kunde", 33,
        46));
  }
}
