package io.replyguard.pii;

import io.replyguard.config.RecognizerSpec;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds personal data in German and English text and masks it.
 *
 * <p>The built-in recognizers run in one linear pass: cue words (Kundennummer, Passwort, geb.,
 * IBAN, my name is …) and candidate anchors (digits, '+', '@', uppercase letters, hex runs) are
 * found first, then only the matching validators run (Luhn with issuer prefixes, IBAN mod 97
 * with per-country lengths, Steuer-ID ISO 7064 MOD 11,10, ICAO check digits, pension and health
 * insurance number check digits, calendar dates). Configured custom recognizers (re2j patterns)
 * run after them. The company's own contact data from {@link ReplyguardConfig#companyContacts()}
 * is never reported, nor is anything inside a URL except IP addresses.
 *
 * <p>Overlapping candidates are resolved by keeping a checksum-validated value (IBAN, card,
 * Steuer-ID, KVNR, RVNR; the longer one first), otherwise the higher score (then the longer
 * span).
 * Results are deterministic and sorted in the natural order of {@link PiiFinding}.
 *
 * <p>Immutable and thread-safe; one instance serves any number of threads.
 */
public final class PiiDetector {
  private final Allowlist allowlist;
  private final List<CustomRecognizer> custom;

  private PiiDetector(Allowlist allowlist, List<CustomRecognizer> custom) {
    this.allowlist = allowlist;
    this.custom = custom;
  }

  /**
   * Creates a detector with the built-in recognizers, the configured custom recognizers and the
   * configured company-contact allowlist.
   *
   * @param config not null
   * @return the detector
   * @throws NullPointerException if {@code config} is null
   */
  public static PiiDetector create(ReplyguardConfig config) {
    Objects.requireNonNull(config, "config");
    List<CustomRecognizer> custom = new ArrayList<>();
    for (RecognizerSpec spec : config.recognizers()) {
      custom.add(new CustomRecognizer(spec));
    }
    return new PiiDetector(new Allowlist(config.companyContacts()), List.copyOf(custom));
  }

  /**
   * Scans a text.
   *
   * @param text not null; any string, lone surrogates included; empty is fine
   * @return findings sorted by span (then type), non-overlapping, spans inside the text; never
   *     null; immutable
   * @throws NullPointerException if {@code text} is null
   */
  public List<PiiFinding> scan(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    List<int[]> urls = TextScanner.scan(text, candidates);
    for (CustomRecognizer r : custom) {
      r.scan(text, candidates);
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Candidate> kept = candidates;
    if (!urls.isEmpty() || !allowlist.isEmpty()) {
      kept = new ArrayList<>(candidates.size());
      for (Candidate c : candidates) {
        if (!allowed(text, c, urls)) {
          kept.add(c);
        }
      }
    }
    return resolve(kept);
  }

  private boolean allowed(String text, Candidate c, List<int[]> urls) {
    // URL ranges are sorted and disjoint: find the first one ending after the candidate start
    int lo = 0;
    int hi = urls.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (urls.get(mid)[1] <= c.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < urls.size() && urls.get(k)[0] < c.end(); k++) {
      int[] u = urls.get(k);
      if (c.type() != PiiType.IP_ADDRESS || allowlist.url(text.substring(u[0], u[1]))) {
        return true;
      }
    }
    if (allowlist.isEmpty()) {
      return false;
    }
    return switch (c.type()) {
      case PHONE -> allowlist.phone(text.subSequence(c.start(), c.end()));
      case EMAIL -> allowlist.email(text.substring(c.start(), c.end()));
      default -> false;
    };
  }

  /**
   * Checksum-validated values (IBAN, card, Steuer-ID, KVNR, RVNR) come first, the longest first,
   * whatever cue stands near them: a valid IBAN after "Kreditkarte:" stays one IBAN and is not
   * cut into a card. The rest by score, then length.
   */
  private static final Comparator<Candidate> PREFERENCE = PiiDetector::preference;

  /** The order of {@link #PREFERENCE}, written out (it runs on every overlap cluster). */
  private static int preference(Candidate x, Candidate y) {
    int lx = x.end() - x.start();
    int ly = y.end() - y.start();
    int c = Integer.compare(validated(x) ? -lx : 1, validated(y) ? -ly : 1);
    if (c != 0) {
      return c;
    }
    c = Double.compare(y.score(), x.score());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(ly, lx);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(x.start(), y.start());
    if (c != 0) {
      return c;
    }
    c = x.type().compareTo(y.type());
    return c != 0 ? c : x.recognizer().compareTo(y.recognizer());
  }

  private static boolean validated(Candidate c) {
    return switch (c.recognizer()) {
      case "iban", "credit-card", "de-steuer-id", "de-kvnr", "de-rvnr" -> true;
      default -> false;
    };
  }

  private static final Comparator<Candidate> BY_POSITION = (x, y) -> x.start() != y.start()
      ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end());

  /** Keeps the best of every cluster of overlapping candidates; sorts the result. */
  private static List<PiiFinding> resolve(List<Candidate> candidates) {
    candidates.sort(BY_POSITION);
    List<PiiFinding> result = new ArrayList<>(candidates.size());
    // single candidates come out in position order; only a cluster's choice may need sorting
    boolean sorted = true;
    int i = 0;
    while (i < candidates.size()) {
      int j = i + 1;
      int maxEnd = candidates.get(i).end();
      while (j < candidates.size() && candidates.get(j).start() < maxEnd) {
        maxEnd = Math.max(maxEnd, candidates.get(j).end());
        j++;
      }
      if (j == i + 1) {
        result.add(toFinding(candidates.get(i)));
      } else {
        List<Candidate> cluster = new ArrayList<>(candidates.subList(i, j));
        cluster.sort(PREFERENCE);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : cluster) {
          boolean free = true;
          for (Candidate k : chosen) {
            if (c.start() < k.end() && k.start() < c.end()) {
              free = false;
              break;
            }
          }
          if (free) {
            chosen.add(c);
            result.add(toFinding(c));
          }
        }
        sorted &= chosen.size() == 1;
      }
      i = j;
    }
    if (!sorted) {
      Collections.sort(result);
    }
    return Collections.unmodifiableList(result);
  }

  private static PiiFinding toFinding(Candidate c) {
    return new PiiFinding(c.type(), Span.of(c.start(), c.end()), c.score(), c.recognizer(),
        Optional.ofNullable(c.cue()));
  }

  /**
   * Masks every finding of {@link #scan(String)} in the text, then scans the masked text again
   * and masks what is found there too, until nothing is left. The result keeps the text's length
   * and structure (see {@link #redact(String, List)}); scanning it finds nothing, and redacting
   * it again changes nothing.
   *
   * @param text not null
   * @return the redacted text
   * @throws NullPointerException if {@code text} is null
   */
  public String redact(String text) {
    String current = text;
    // Masking can change the context of neighbouring text (a masked e-mail no longer ends a
    // city name, a masked group no longer extends a number): rescan until nothing is found, so
    // that scanning the result finds nothing and redacting it again changes nothing.
    for (int round = 0; round < MAX_REDACTION_ROUNDS; round++) {
      List<PiiFinding> findings = scan(current);
      if (findings.isEmpty()) {
        return current;
      }
      current = Redactor.redact(current, findings);
    }
    return current;
  }

  /** Every round masks at least one more character; in practice one or two rounds suffice. */
  private static final int MAX_REDACTION_ROUNDS = 8;

  /**
   * Masks the given findings with {@code •} per letter or digit, keeping length, spaces and
   * punctuation: an IBAN keeps its country code, check digits and last two characters
   * ({@code DE89 •••• •••• •••• •••• 00}), a card number its last four digits, an e-mail address
   * its first character and top-level domain ({@code m•••@•••••••.de}); other types are masked
   * completely. Thread-safe (pure function).
   *
   * @param text not null
   * @param findings not null, spans inside the text
   * @return the redacted text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a span lies outside the text
   */
  public static String redact(String text, List<PiiFinding> findings) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(findings, "findings");
    return Redactor.redact(text, findings);
  }

  @Override
  public String toString() {
    return "PiiDetector[custom recognizers=" + custom.size() + "]";
  }
}
