package io.replyguard.benchmarks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The naive baseline for {@link PiiBenchmark}: one re2j pattern per PII type, each run over the
 * whole text in turn, matches then validated with the same kind of checksum (Luhn, mod 97).
 * This is how a straightforward Presidio-style detector is built; it exists only to measure
 * {@code PiiDetector} against. Immutable and thread-safe.
 */
public final class NaiveRegexScanner {

  /** The PII types of the baseline (mirrors {@code io.replyguard.model.PiiType}). */
  enum Type {
    EMAIL, PHONE, IBAN, CREDIT_CARD, POSTAL_ADDRESS, CUSTOMER_NUMBER, CREDENTIAL, DATE_OF_BIRTH,
    TAX_ID, ID_DOCUMENT, SOCIAL_SECURITY_NUMBER, HEALTH_INSURANCE_NUMBER, IP_ADDRESS,
    LICENSE_PLATE, PERSON_NAME
  }

  /** A match: type and half-open span. */
  record Match(Type type, int start, int end) {}

  private final Map<Type, Pattern> patterns = new EnumMap<>(Type.class);

  /** Compiles one pattern per type. */
  public NaiveRegexScanner() {
    patterns.put(Type.EMAIL, Pattern.compile(
        "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"));
    patterns.put(Type.PHONE, Pattern.compile("(?:\\+|\\b00|\\b0)[1-9][\\d /()-]{5,18}\\d\\b"));
    patterns.put(Type.IBAN, Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}\\b"));
    patterns.put(Type.CREDIT_CARD, Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b"));
    patterns.put(Type.POSTAL_ADDRESS, Pattern.compile(
        "\\b\\p{Lu}\\p{L}*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring)\\s*\\d{1,4}[a-z]?\\b"
        + "(?:,?\\s*\\d{5}\\s+\\p{Lu}\\p{L}+)?"));
    patterns.put(Type.CUSTOMER_NUMBER, Pattern.compile("(?i)(?:kundennummer|kundennr\\.?|kd\\.-nr\\.?"
        + "|vertragsnummer|vertragskonto|auftragsnummer|customer number|account number"
        + "|order number)[:\\s#]*(?:ist\\s+|is\\s+)?([a-z0-9][a-z0-9/-]{3,})"));
    patterns.put(Type.CREDENTIAL, Pattern.compile("(?i)(?:passwort|kennwort|password|pin|tan)"
        + "\\s*(?::|=|\\bist\\b|\\bis\\b)\\s*(\\S{3,})"));
    patterns.put(Type.DATE_OF_BIRTH, Pattern.compile("(?i)(?:geb\\.|geboren am|geburtsdatum|dob"
        + "|date of birth)[:\\s]*(?:am\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})"));
    patterns.put(Type.TAX_ID, Pattern.compile("\\b[1-9]\\d{10}\\b"));
    patterns.put(Type.ID_DOCUMENT, Pattern.compile(
        "\\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d?\\b"));
    patterns.put(Type.SOCIAL_SECURITY_NUMBER, Pattern.compile(
        "\\b\\d{3}-\\d{2}-\\d{4}\\b|\\b\\d{8}[A-Z]\\d{3}\\b"));
    patterns.put(Type.HEALTH_INSURANCE_NUMBER, Pattern.compile("\\b[A-Z]\\d{9}\\b"));
    patterns.put(Type.IP_ADDRESS, Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"
        + "|(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}"));
    patterns.put(Type.LICENSE_PLATE, Pattern.compile("(?i)(?:kennzeichen|nummernschild)\\s*"
        + "([a-zäöü]{1,3}[ -][a-z]{1,2}[ -]?\\d{1,4})"));
    patterns.put(Type.PERSON_NAME, Pattern.compile("(?:[Mm]ein Name ist|[Mm]y name is|[Ii]ch heiße)"
        + "\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)"));
  }

  /**
   * Runs every pattern over the text in turn and validates the matches.
   *
   * @param text the text
   * @return the matches
   */
  public List<Match> scan(String text) {
    List<Match> out = new ArrayList<>();
    for (Map.Entry<Type, Pattern> e : patterns.entrySet()) {
      Matcher m = e.getValue().matcher(text);
      while (m.find()) {
        int g = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
        String s = m.group(g);
        if (valid(e.getKey(), s)) {
          out.add(new Match(e.getKey(), m.start(g), m.end(g)));
        }
      }
    }
    return out;
  }

  private static boolean valid(Type type, String s) {
    return switch (type) {
      case CREDIT_CARD -> luhn(s.replaceAll("[ -]", ""));
      case IBAN -> mod97(s.replaceAll("[ -]", ""));
      default -> true;
    };
  }

  private static boolean luhn(String d) {
    int sum = 0;
    boolean dbl = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int v = d.charAt(i) - '0';
      if (dbl) {
        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static boolean mod97(String iban) {
    String r = iban.substring(4) + iban.substring(0, 4);
    int rem = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = Character.digit(r.charAt(i), 36);
      rem = v < 10 ? (rem * 10 + v) % 97 : (rem * 100 + v) % 97;
    }
    return rem == 1;
  }
}
