package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Redaction covers what is reported, for every type: in the masked text no reported span keeps
 * more readable letters or digits than its type allows (IBAN six, card four, e-mail the first
 * character and the top-level domain, credentials nothing at all, not even punctuation), and
 * every span has at least one masked character.
 */
class RedactionPropertiesTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());
  private static final Set<PiiType> SEEN = EnumSet.noneOf(PiiType.class);

  /** One planted value per type, in the cue context each needs. */
  private static final List<String> PLANTS = List.of("max.mustermann@web.de",
      "lena [at] example [dot] org", "0152 28817386", "+49 30 23125678",
      "DE89 3704 0044 0532 0130 00", "de89370400440532013000", "4111 1111 1111 1111",
      "Musterstraße 12, 12345 Berlin", "Kundennummer 12345678", "case #30418872",
      "Passwort: hunter2!!", "Zugangsdaten: max.muster / Sommer2024", "PIN 4711",
      "geb. 12.03.1985", "Steuer-ID 86095742719", "T220001293", "Ausweisnummer LZ6311T47",
      "15070649C103", "SSN 123-45-6789", "KVNR A123456780", "91.64.112.9",
      "2001:db8::8a2e:370:7334", "Kennzeichen M-AB 1234", "mein Name ist Max Mustermann",
      "Viele Grüße\nAnna", "//@0.com", "x@y.de", "::1");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> plant = Arbitraries.of(PLANTS);
    Arbitrary<String> generated = Arbitraries.longs().map(seed -> new ScanCorpusGenerator(seed)
        .next());
    return Arbitraries.oneOf(plant, generated, Arbitraries.strings()
        .withChars("0123456789 @.:-/()[]abcdeDEKNPTat\n\u00a0\u200b!#+").ofMaxLength(40))
        .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
  }

  @Property(tries = 3000)
  void everyReportedSpanIsMasked(@ForAll("texts") String text) {
    List<PiiFinding> findings = DETECTOR.scan(text);
    String redacted = PiiDetector.redact(text, findings);
    for (PiiFinding f : findings) {
      SEEN.add(f.type());
      int s = f.span().start();
      int e = f.span().end();
      int readable = 0;
      int masked = 0;
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (redacted.charAt(k) == Chars.MASK && c != Chars.MASK) {
          masked++;
        } else if (Character.isLetterOrDigit(c)
            || f.type() == PiiType.CREDENTIAL && !Character.isWhitespace(c)) {
          readable++;
        }
      }
      int allowed = switch (f.type()) {
        case IBAN -> 6;
        case CREDIT_CARD -> 4;
        case EMAIL -> 1 + tld(text, s, e);
        default -> 0;
      };
      String where = f.type() + " " + f.span() + " in " + text.replace("\n", "\\n") + " -> "
          + redacted.replace("\n", "\\n");
      assertTrue(masked > 0, "nothing masked: " + where);
      assertTrue(readable <= allowed, readable + " readable: " + where);
    }
  }

  private static int tld(String text, int s, int e) {
    int at = text.lastIndexOf('@', e - 1);
    int dot = text.lastIndexOf('.', e - 1);
    return at >= s && dot > at ? e - dot - 1 : 0;
  }

  @AfterContainer
  static void everyTypeWasExercised() {
    Set<PiiType> missing = EnumSet.allOf(PiiType.class);
    missing.removeAll(SEEN);
    assertTrue(missing.isEmpty(), "types never reported by the property: " + missing);
  }
}
