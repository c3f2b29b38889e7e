package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the detector over generated text. */
class PiiPropertiesTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());

  /** A planted item: text before the value (a cue or nothing), the value, its type. */
  record Plant(String prefix, String value, PiiType type) {}

  private static final List<Plant> PLANTS = List.of(
      new Plant("", "max.mustermann@web.de", PiiType.EMAIL),
      new Plant("", "a.b-c@example.co.uk", PiiType.EMAIL),
      new Plant("", "0152 28817386", PiiType.PHONE),
      new Plant("", "+49 30 23125678", PiiType.PHONE),
      new Plant("", "0172/9973185", PiiType.PHONE),
      new Plant("", "DE89 3704 0044 0532 0130 00", PiiType.IBAN),
      new Plant("", "GB29NWBK60161331926819", PiiType.IBAN),
      new Plant("", "4111 1111 1111 1111", PiiType.CREDIT_CARD),
      new Plant("", "5555-5555-5555-4444", PiiType.CREDIT_CARD),
      new Plant("", "Musterstraße 12, 12345 Berlin", PiiType.POSTAL_ADDRESS),
      new Plant("", "Hauptstr. 5", PiiType.POSTAL_ADDRESS),
      new Plant("Kundennummer ", "12345678", PiiType.CUSTOMER_NUMBER),
      new Plant("Kd.-Nr. ", "4711-0815", PiiType.CUSTOMER_NUMBER),
      new Plant("Passwort: ", "Sommer2024!", PiiType.CREDENTIAL),
      new Plant("PIN ", "4711", PiiType.CREDENTIAL),
      new Plant("geb. ", "12.03.1985", PiiType.DATE_OF_BIRTH),
      new Plant("DOB ", "1985-03-12", PiiType.DATE_OF_BIRTH),
      new Plant("Steuer-ID ", "86095742719", PiiType.TAX_ID),
      new Plant("", "T220001293", PiiType.ID_DOCUMENT),
      new Plant("Ausweisnummer ", "LZ6311T47", PiiType.ID_DOCUMENT),
      new Plant("", "15070649C103", PiiType.SOCIAL_SECURITY_NUMBER),
      new Plant("SSN ", "123-45-6789", PiiType.SOCIAL_SECURITY_NUMBER),
      new Plant("KVNR ", "A123456780", PiiType.HEALTH_INSURANCE_NUMBER),
      new Plant("", "91.64.112.9", PiiType.IP_ADDRESS),
      new Plant("", "2001:db8::8a2e:370:7334", PiiType.IP_ADDRESS),
      new Plant("Kennzeichen ", "M-AB 1234", PiiType.LICENSE_PLATE),
      new Plant("mein Name ist ", "Max Mustermann", PiiType.PERSON_NAME));

  /**
   * Filler words: lowercase ASCII consonants without 'w' (no vowels), so no cue word of the
   * lexicon and no name, number, address or hex-address shape can be formed.
   */
  private static Arbitrary<String> fillerWords() {
    return Arbitraries.strings().withChars("bcdfghjklmnpqrstvxz").ofMinLength(1).ofMaxLength(8)
        .list().ofMinSize(0).ofMaxSize(12).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String[]> planted() {
    return Combinators.combine(fillerWords(), Arbitraries.of(PLANTS), fillerWords(),
        Arbitraries.of("", "🙂 ", "\n", "!! ")).as((before, plant, after, deco) -> new String[] {
            before + (before.isEmpty() ? "" : " ") + deco + plant.prefix(), plant.value(),
            (after.isEmpty() ? "" : " " + after), plant.type().name()});
  }

  @Property(tries = 500)
  void plantedItemIsFoundWithItsSpan(@ForAll("planted") String[] parts) {
    String text = parts[0] + parts[1] + parts[2];
    PiiType type = PiiType.valueOf(parts[3]);
    int start = parts[0].length();
    int end = start + parts[1].length();
    List<PiiFinding> findings = DETECTOR.scan(text);
    assertTrue(findings.stream().anyMatch(f -> f.type() == type && f.span().start() == start
        && f.span().end() == end), () -> type + " [" + start + ", " + end + ") in " + findings);
  }

  /**
   * Generator domain, stated exactly: lowercase ASCII consonants except 'w' plus space, line
   * break and the punctuation {@code .,;!?-()"'}: no digits, no '@', no ':', no uppercase. Every
   * cue of the lexicon that needs no digits in its value contains a vowel or 'w' (PW), names
   * need an uppercase letter, and IPv6 needs ':'.
   */
  @Property(tries = 1000)
  void textWithoutDigitsOrAtYieldsNothing(@ForAll("consonantText") String text) {
    assertEquals(List.of(), DETECTOR.scan(text));
  }

  @Provide
  Arbitrary<String> consonantText() {
    return Arbitraries.strings().withChars("bcdfghjklmnpqrstvxz .,;!?-()\"'\n").ofMaxLength(300);
  }

  /**
   * Any letters (all cases and scripts), spaces and punctuation incl. ':' but no digits and no
   * '@': only findings that need no digits can appear — names, credentials and vanity plates
   * ("Kennzeichen LAMBO") after a cue, and IPv6 addresses made of hex letters and ':' (such as
   * "::" or "fe::a").
   */
  @Property(tries = 1000)
  void withoutDigitsOnlyCueBasedOrHexFindings(@ForAll("letterText") String text) {
    Set<PiiType> allowed = Set.of(PiiType.PERSON_NAME, PiiType.CREDENTIAL, PiiType.IP_ADDRESS,
        PiiType.LICENSE_PLATE);
    for (PiiFinding f : DETECTOR.scan(text)) {
      assertTrue(allowed.contains(f.type()), f.toString());
      if (f.type() == PiiType.IP_ADDRESS) {
        String s = text.substring(f.span().start(), f.span().end());
        assertTrue(s.chars().allMatch(c -> c == ':' || Character.digit(c, 16) >= 0), s);
      } else {
        assertTrue(f.cue().isPresent(), f.toString());
      }
    }
  }

  @Provide
  Arbitrary<String> letterText() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings().withChars("äöüßÄÖÜéçñ").ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("Passwort:", "mein Name ist", "Gruß,", "LG", "PIN", "Kundennummer",
            "geb.", "wohne in", "Kennzeichen", "::", "fe::a", "Straße", "IBAN", "my name is"));
    return words.list().ofMaxSize(30).map(ws -> String.join(" ", ws))
        .map(s -> s.replace("  ", ", "));
  }

  /** Random fragments: PII values, cues, separators, emoji and arbitrary UTF-16 units. */
  @Provide
  Arbitrary<String> messy() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(PLANTS).map(p -> p.prefix() + p.value()),
        Arbitraries.of(" ", "\n", ":", "::", ".", "-", "/", "@", "+", "(0)", "(", ")", "€", "#",
            "🙂", "\uD83D", "\uDE42", "https://x.de/", "www.", "Tel. ", "Gruß, ", "geb. am "),
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(4));
    return fragment.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void neverThrowsAndFindingsAreWellFormed(@ForAll("messy") String text) {
    List<PiiFinding> findings = DETECTOR.scan(text);
    assertEquals(findings, DETECTOR.scan(text), "deterministic");
    List<PiiFinding> sorted = new ArrayList<>(findings);
    sorted.sort(null);
    assertEquals(sorted, findings, "sorted");
    for (int i = 0; i < findings.size(); i++) {
      PiiFinding f = findings.get(i);
      assertTrue(f.span().fitsIn(text.length()) && f.span().length() > 0, f.toString());
      assertTrue(f.score() > 0 && f.score() <= 1, f.toString());
      if (i > 0) {
        assertTrue(!findings.get(i - 1).span().overlaps(f.span()), "no overlaps: " + findings);
      }
    }
  }

  @Property(tries = 1000)
  void anyStringIsScannedWithoutException(@ForAll String text) {
    for (PiiFinding f : DETECTOR.scan(text)) {
      assertTrue(f.span().fitsIn(text.length()));
    }
    DETECTOR.redact(text);
  }

  @Property(tries = 1000)
  void redactionIsIdempotentAndLeavesNothingToFind(@ForAll("messy") String text) {
    String once = DETECTOR.redact(text);
    assertEquals(text.length(), once.length(), "length kept");
    assertEquals(once, DETECTOR.redact(once), "idempotent");
    assertEquals(List.of(), DETECTOR.scan(once), "nothing left in " + once);
  }

  @Property(tries = 300)
  void redactionOfPlantedItemsIsIdempotent(@ForAll("planted") String[] parts) {
    String text = parts[0] + parts[1] + parts[2];
    String once = DETECTOR.redact(text);
    assertEquals(once, DETECTOR.redact(once));
    assertEquals(List.of(), DETECTOR.scan(once));
  }
}
