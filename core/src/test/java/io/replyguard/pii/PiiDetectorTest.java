package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.Checksum;
import io.replyguard.config.ConfigException;
import io.replyguard.config.RecognizerSpec;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Detector behaviour: cues, scores, allowlist, custom recognizers, redaction, contracts. */
class PiiDetectorTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());

  private static PiiFinding only(String text) {
    List<PiiFinding> f = DETECTOR.scan(text);
    assertEquals(1, f.size(), () -> f.toString());
    return f.get(0);
  }

  @Test
  void spansAreUtf16IndicesAfterSurrogatePairs() {
    String text = "🙂🙂 IBAN DE89 3704 0044 0532 0130 00 👍";
    PiiFinding f = only(text);
    assertEquals(PiiType.IBAN, f.type());
    assertEquals(Span.of(10, 37), f.span());
    assertEquals("DE89 3704 0044 0532 0130 00", text.substring(10, 37));
  }

  @Test
  void cueRaisesScoreAndIsReported() {
    PiiFinding withCue = only("Steuer-ID 86095742719");
    PiiFinding without = only("Nummer 86095742719");
    assertEquals(Optional.of("Steuer-ID"), withCue.cue());
    assertEquals(Optional.empty(), without.cue());
    assertTrue(withCue.score() > without.score());
    assertTrue(withCue.score() >= 0.95, "checksum and cue score highest");
  }

  @Test
  void cueAfterTheCandidateCounts() {
    PiiFinding f = only("536-90-4399 is my SSN");
    assertEquals(PiiType.SOCIAL_SECURITY_NUMBER, f.type());
    assertEquals(Optional.of("SSN"), f.cue());
  }

  @Test
  void overlappingCandidatesKeepTheBetterOne() {
    // R671276840 passes both the KVNR and (as ID-card serial + ICAO digit) shape checks;
    // the health cue decides.
    PiiFinding f = only("KVNR R671276840");
    assertEquals(PiiType.HEALTH_INSURANCE_NUMBER, f.type());
    // the phone-like customer number goes to CUSTOMER_NUMBER, not PHONE
    PiiFinding c = only("Vertragsnummer 0301234567");
    assertEquals(PiiType.CUSTOMER_NUMBER, c.type());
  }

  @Test
  void ibanDoesNotSwallowTrailingWords() {
    String text = "IBAN DE89370400440532013000 DANKE";
    assertEquals(Span.of(5, 27), only(text).span());
  }

  @Test
  void birthDatesNeedACueAndARealDate() {
    assertEquals(List.of(), DETECTOR.scan("Termin am 12.03.1985"));
    assertEquals(List.of(), DETECTOR.scan("geb. 31.02.1985"));
    assertEquals(PiiType.DATE_OF_BIRTH, only("geb. 28.02.1985").type());
  }

  @Test
  void platesNeedUppercaseOrACue() {
    assertEquals(List.of(), DETECTOR.scan("ich bin ab 2020 Kunde"));
    PiiFinding weak = only("M XY 999");
    assertTrue(weak.score() < 0.5, "shape without cue is weak evidence");
    assertTrue(only("Kennzeichen m xy 999").score() >= 0.9);
  }

  @Test
  void companyMailboxesMatchInEveryWrittenForm() {
    ReplyguardConfig config = ReplyguardConfig.fromJson(
        "{\"companyContacts\": [\"helmut.binder (at) t-online.de\", \"Service@Example.de\"]}");
    PiiDetector d = PiiDetector.create(config);
    assertEquals(List.of(), d.scan("schicke mir eine Mail (helmut.binder (at) t-online.de)"));
    assertEquals(List.of(), d.scan("schicke mir eine Mail an helmut.binder@t-online.de"));
    assertEquals(List.of(), d.scan("write to service [at] example [dot] de"));
    assertEquals(List.of(), d.scan("write to SERVICE@example.de"));
    // another address in the same form is still found
    assertEquals(PiiType.EMAIL, d.scan("mail an anna.binder (at) t-online.de").get(0).type());
  }

  @Test
  void companyContactsAreNeverReported() {
    ReplyguardConfig config = ReplyguardConfig.fromJson("{\"companyContacts\": [\"0800 330 2020\","
        + " \"Kuendigung@Example.de\", \"https://example.de/\"]}");
    PiiDetector d = PiiDetector.create(config);
    assertEquals(List.of(), d.scan("Ruft 0800 3302020 an oder +49 800 330 2020"));
    assertEquals(List.of(), d.scan("Schreibt an kuendigung@example.de"));
    assertEquals(List.of(), d.scan("Siehe https://example.de/kontakt/91.64.112.9"));
    // other data still found
    assertEquals(PiiType.PHONE, d.scan("Mein Handy: 0152 28817386").get(0).type());
    assertEquals(PiiType.EMAIL, d.scan("max@example.de").get(0).type());
    assertEquals(PiiType.IP_ADDRESS, d.scan("https://other.de/91.64.112.9").get(0).type());
  }

  @Test
  void urlsHideEverythingButIpAddresses() {
    assertEquals(List.of(), DETECTOR.scan("https://shop.example/u/max@web.de?tel=01522881738"));
    PiiFinding ip = only("Visit http://[2001:db8::1]/path");
    assertEquals(PiiType.IP_ADDRESS, ip.type());
  }

  @Test
  void customRecognizersWithChecksumAndCues() {
    RecognizerSpec acme = new RecognizerSpec("acme-customer", PiiType.CUSTOMER_NUMBER,
        "\\bAC-\\d{8}\\b", List.of("Kundennummer"), false, Optional.of(Checksum.LUHN), 0.9);
    RecognizerSpec meter = new RecognizerSpec("meter", PiiType.CUSTOMER_NUMBER, "\\bZ\\d{6}\\b",
        List.of("Zähler"), true, Optional.empty(), 0.8);
    PiiDetector d = PiiDetector.create(ReplyguardConfig.builder()
        .recognizers(List.of(acme, meter)).build());
    PiiFinding f = d.scan("meine Kundennummer AC-79927398 bitte").get(0);
    assertEquals("acme-customer", f.recognizer());
    assertEquals(0.9, f.score());
    assertEquals(Optional.of("Kundennummer"), f.cue());
    assertEquals(0.9 * 0.75, d.scan("AC-79927398").get(0).score(), 1e-9, "no cue: lower score");
    assertEquals(List.of(), d.scan("AC-79927397"), "Luhn fails");
    assertEquals(List.of(), d.scan("Z123456"), "cue required");
    assertEquals("meter", d.scan("Zähler Z123456").get(0).recognizer());
  }

  @Test
  void badCustomPatternFailsAtConfigLoadNamingTheRecognizer() {
    ConfigException e = assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson(
        "{\"recognizers\": [{\"id\": \"acme-broken\", \"type\": \"CUSTOMER_NUMBER\","
            + " \"pattern\": \"AC-(\\\\d{8}\"}]}"));
    assertTrue(e.getMessage().contains("acme-broken"), e.getMessage());
    assertTrue(e.getMessage().contains("/recognizers/0/pattern"), e.getMessage());
  }

  @Test
  void redactionKeepsStructure() {
    assertEquals("IBAN DE89 •••• •••• •••• •••• 00 bitte",
        DETECTOR.redact("IBAN DE89 3704 0044 0532 0130 00 bitte"));
    assertEquals("Karte ••••-••••-••••-1111", DETECTOR.redact("Karte 4111-1111-1111-1111"));
    assertEquals("Mail m••@•••.de", DETECTOR.redact("Mail max@web.de"));
    assertEquals("Passwort: •••••••••••", DETECTOR.redact("Passwort: Sommer2024!").replace("!",
        "•"));
    assertEquals("Tel. +•• •• ••••••••", DETECTOR.redact("Tel. +49 30 23125678"));
    assertEquals("ohne Daten", DETECTOR.redact("ohne Daten"));
  }

  @Test
  void redactWithGivenFindings() {
    String text = "ab 0152 28817386";
    List<PiiFinding> f = DETECTOR.scan(text);
    assertEquals("ab •••• ••••••••", PiiDetector.redact(text, f));
    PiiFinding outside = new PiiFinding(PiiType.PHONE, Span.of(0, 99), 0.5, "x",
        Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.redact(text,
        List.of(outside)));
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> DETECTOR.scan(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> DETECTOR.redact(null)).getMessage());
    assertEquals("config", assertThrows(NullPointerException.class,
        () -> PiiDetector.create(null)).getMessage());
    assertEquals("findings", assertThrows(NullPointerException.class,
        () -> PiiDetector.redact("x", null)).getMessage());
  }

  @Test
  void emptyTextAndToStringCarryNoData() {
    assertEquals(List.of(), DETECTOR.scan(""));
    assertEquals("", DETECTOR.redact(""));
    PiiFinding f = only("max@web.de");
    assertFalse(f.toString().contains("max"), f.toString());
    assertFalse(DETECTOR.toString().contains("@"));
  }
}
