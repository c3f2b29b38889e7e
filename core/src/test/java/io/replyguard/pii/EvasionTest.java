package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The evasion table: valid values (IBANs, cards, German mobile numbers, e-mail addresses) written
 * with one trick each, planted in German and English sentences. A value counts as detected when a
 * finding of its type covers its whole written form and redaction leaves no letter or digit of
 * it readable beyond what the type keeps (IBAN: country code, check digits and last two; card:
 * last four; e-mail: first character and top-level domain). Targets: 100 % for lower-case IBANs
 * and no-break spaces, at least 95 % for every other trick. The table is printed for the README.
 */
class EvasionTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());
  private static final int PER_TRICK = 400;
  private static final String[] CONTEXTS = {"Hier ist meine Nummer: %s, bitte schnell.",
      "please use %s for it", "%s", "Daten: %s\nDanke", "ok so it's %s (sorry for the DM)",
      "Meine Angabe war %s."};

  record Value(String text, PiiType type) {}

  record Trick(String name, double target, Function<SplittableRandom, Value> plant) {}

  @Test
  void everyTrickIsDetectedAtItsTargetRate() {
    Map<String, double[]> table = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(17);
    for (Trick trick : tricks()) {
      int detected = 0;
      for (int k = 0; k < PER_TRICK; k++) {
        Value v = trick.plant().apply(rnd);
        String context = CONTEXTS[rnd.nextInt(CONTEXTS.length)];
        int at = context.indexOf("%s");
        String text = context.replace("%s", v.text());
        if (detected(text, at, at + v.text().length(), v.type())) {
          detected++;
        } else if (misses.size() < 30) {
          misses.add(trick.name() + ": " + text.replace("\n", "\\n"));
        }
      }
      table.put(trick.name(), new double[] {(double) detected / PER_TRICK, trick.target()});
    }
    StringBuilder report = new StringBuilder("| trick | detected | target |\n|---|---|---|\n");
    table.forEach((name, r) -> report.append(String.format(Locale.ROOT, "| %s | %.1f %% | %s |%n",
        name, 100 * r[0], r[1] >= 1.0 ? "100 %" : "≥ 95 %")));
    System.out.println(report);
    misses.forEach(m -> System.out.println("missed " + m));
    table.forEach((name, r) -> assertTrue(r[0] >= r[1], name + ": " + r[0] + "\n" + report));
  }

  static boolean detected(String text, int start, int end, PiiType type) {
    boolean covered = false;
    for (PiiFinding f : DETECTOR.scan(text)) {
      if (f.type() == type && f.span().start() <= start && f.span().end() >= end
          && f.span().end() - f.span().start() <= end - start + 2) {
        covered = true;
      }
    }
    if (!covered) {
      return false;
    }
    String redacted = DETECTOR.redact(text);
    int readable = 0;
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k)) && redacted.charAt(k) == text.charAt(k)) {
        readable++;
      }
    }
    int kept = switch (type) {
      case IBAN -> 6;
      case CREDIT_CARD -> 4;
      case EMAIL -> 1 + tldLength(text.substring(start, end));
      default -> 0;
    };
    return readable <= kept;
  }

  private static int tldLength(String email) {
    int dot = email.lastIndexOf('.');
    return email.indexOf('@') >= 0 && dot > email.indexOf('@') ? email.length() - dot - 1 : 0;
  }

  // ------------------------------------------------------------------------------ the tricks

  static List<Trick> tricks() {
    return List.of(
        new Trick("IBAN in lower case", 1.0, r -> new Value(
            grouped(iban(r), " ").toLowerCase(Locale.ROOT), PiiType.IBAN)),
        new Trick("no-break space U+00A0 between groups", 1.0, r -> anyGrouped(r, "\u00a0")),
        new Trick("narrow no-break space U+202F between groups", 1.0,
            r -> anyGrouped(r, "\u202f")),
        new Trick("zero-width space inside the value", 0.95,
            r -> insert(anyGrouped(r, " "), "\u200b", r)),
        new Trick("soft hyphen inside the value", 0.95,
            r -> insert(anyGrouped(r, " "), "\u00ad", r)),
        new Trick("fullwidth digits", 0.95, r -> digits(anyGrouped(r, " "), '\uff10')),
        new Trick("Arabic-Indic digits", 0.95, r -> digits(anyGrouped(r, " "), '\u0660')),
        new Trick("digits spaced out one by one", 0.95, r -> spacedOut(r)),
        new Trick("line break inside the value", 0.95, r -> lineBreak(r)),
        new Trick("e-mail \"name [at] domain [dot] tld\"", 0.95,
            r -> email(r, " [at] ", " [dot] ")),
        new Trick("e-mail \"name(at)domain.tld\"", 0.95, r -> email(r, "(at)", ".")),
        new Trick("e-mail \"name at domain dot tld\"", 0.95, r -> email(r, " at ", " dot ")),
        new Trick("e-mail \"name @ domain.tld\"", 0.95, r -> email(r, " @ ", ".")));
  }

  private static Value anyGrouped(SplittableRandom r, String sep) {
    return switch (r.nextInt(3)) {
      case 0 -> new Value(grouped(iban(r), sep), PiiType.IBAN);
      case 1 -> new Value(grouped(card(r), sep), PiiType.CREDIT_CARD);
      default -> new Value("0152" + sep + digits(r, 8), PiiType.PHONE);
    };
  }

  private static Value insert(Value v, String invisible, SplittableRandom r) {
    String t = v.text();
    int at = 1 + r.nextInt(t.length() - 2);
    return new Value(t.substring(0, at) + invisible + t.substring(at), v.type());
  }

  private static Value digits(Value v, char zero) {
    StringBuilder b = new StringBuilder();
    for (char c : v.text().toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
    }
    return new Value(b.toString(), v.type());
  }

  private static Value spacedOut(SplittableRandom r) {
    String digits = r.nextBoolean() ? card(r) : "0152" + digits(r, 8);
    PiiType type = digits.startsWith("0152") ? PiiType.PHONE : PiiType.CREDIT_CARD;
    return new Value(String.join(" ", digits.split("")), type);
  }

  private static Value lineBreak(SplittableRandom r) {
    Value v = anyGrouped(r, " ");
    String t = v.text();
    int space = t.indexOf(' ', 1 + r.nextInt(t.length() - 2));
    if (space < 0) {
      space = t.indexOf(' ');
    }
    return new Value(t.substring(0, space) + "\n" + t.substring(space + 1), v.type());
  }

  private static final String[] NAMES = {"max", "anna.schmidt", "j.doe", "lena_k", "tom",
      "mia.mueller", "ole", "sam.taylor", "kim.ng", "paul"};
  private static final String[] DOMAINS = {"example.de", "gmx.net", "web.de", "example.org",
      "posteo.de", "outlook.com", "example.co.uk"};

  private static Value email(SplittableRandom r, String at, String dot) {
    String domain = DOMAINS[r.nextInt(DOMAINS.length)].replace(".", dot);
    return new Value(NAMES[r.nextInt(NAMES.length)] + at + domain, PiiType.EMAIL);
  }

  static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  static String grouped(String v, String sep) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < v.length(); k++) {
      if (k > 0 && k % 4 == 0) {
        b.append(sep);
      }
      b.append(v.charAt(k));
    }
    return b.toString();
  }

  static String card(SplittableRandom r) {
    String body = (r.nextBoolean() ? "4" : "5" + (1 + r.nextInt(5))) + digits(r, 14);
    body = body.substring(0, 15);
    for (char d = '0'; d <= '9'; d++) {
      if (Checksums.luhn(body + d)) {
        return body + d;
      }
    }
    throw new IllegalStateException();
  }

  static String iban(SplittableRandom r) {
    String bban = digits(r, 18);
    String num = bban + "1314" + "00";
    int check = 98 - new BigInteger(num).mod(BigInteger.valueOf(97)).intValue();
    return "DE" + (check < 10 ? "0" : "") + check + bban;
  }
}
