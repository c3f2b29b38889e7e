package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.model.Visibility;
import java.util.Locale;

/**
 * {@code pii.public} and {@code pii.private}: personal data found by the detector in the draft.
 * In a public draft every finding is a blocker; in a private draft it is reported for information
 * only (the data usually belongs to the recipient, and the private channel is where it belongs).
 * Messages name the kind of data, never the data. Internal.
 */
final class PiiRule implements Rule {
  private final PiiScanner scanner;

  PiiRule(PiiScanner scanner) {
    this.scanner = scanner;
  }

  @Override
  public void check(Context ctx) {
    boolean isPublic = ctx.draft.visibility() == Visibility.PUBLIC;
    String id = isPublic ? DraftRules.PII_PUBLIC : DraftRules.PII_PRIVATE;
    if (!ctx.enabled(id)) {
      return;
    }
    int n = ctx.text.text.length();
    String[] messages = (isPublic ? PUBLIC : PRIVATE)[ctx.german ? 0 : 1];
    String suggestion = isPublic ? ctx.say(
        "Entfernen Sie die Angabe und klären Sie das Anliegen per Direktnachricht.",
        "Remove it and continue by direct message.") : null;
    for (PiiFinding f : scanner.scan(ctx.text.text)) {
      if (!f.span().fitsIn(n)) {
        throw new IllegalStateException("PII detector returned span " + f.span()
            + " outside a text of length " + n);
      }
      if (f.type() == PiiType.PERSON_NAME && signature(ctx.text.text, f.span().start(),
          f.span().end())) {
        continue; // the agent signs the reply: their own name, not the customer's data
      }
      ctx.report(id, Category.PII, f.span().start(), f.span().end(),
          messages[f.type().ordinal()], suggestion);
    }
  }

  /** Closing words after which a name at the end of a reply is the writer's signature. */
  static final String[] CLOSINGS = {"grüße", "gruß", "gruss", "grüsse", "regards", "best",
      "cheers", "thanks", "thank you", "danke", "vg", "lg", "mfg", "br", "sincerely", "yours",
      "bye", "ciao", "gruesse", "greetings", "wishes"};

  /**
   * Whether {@code [start, end)} is a sign-off: nothing but white space and punctuation follows
   * it (or a role after a separator on its line, "- IT support", and then only the contact lines
   * of a signature block, "Tel: …", "E-Mail: …"), and either a closing word ("Grüße", "regards", "Thanks") stands right before it,
   * separated only by white space and punctuation ("Viele Grüße,\nThomas", "Best regards,
   * Nicolas"), or it stands on the last line of its own, after nothing but white space or a
   * sign-off mark ({@code - – — ^ / ~ *}): "Sollte wieder gehen.\n\n- Michael", "\n^Jenny",
   * "Gefixt ist er schon.\n\nMike".
   */
  static boolean signature(String text, int start, int end) {
    int rest = end;
    while (rest < text.length() && text.charAt(rest) != '\n') {
      if (Character.isLetterOrDigit(text.charAt(rest))) {
        if (!roleTail(text, end, rest)) {
          return false;
        }
        while (rest < text.length() && text.charAt(rest) != '\n') {
          rest++;
        }
        break;
      }
      rest++;
    }
    if (!contactLinesOnly(text, rest)) {
      return false;
    }
    int line = start;
    while (line > 0 && " \t-\u2013\u2014^/~*".indexOf(text.charAt(line - 1)) >= 0) {
      line--;
    }
    if (line > 0 && text.charAt(line - 1) == '\n') {
      return true; // the last line holds the name alone: the writer signs
    }
    int k = start;
    while (k > 0 && !Character.isLetterOrDigit(text.charAt(k - 1))) {
      k--;
    }
    String before = text.substring(Math.max(0, k - 20), k).toLowerCase(Locale.ROOT);
    for (String c : CLOSINGS) {
      if (before.endsWith(c)) {
        int at = before.length() - c.length();
        return at == 0 || !Character.isLetter(before.charAt(at - 1));
      }
    }
    return false;
  }

  /**
   * Whether the rest of the line after a name at {@code end}, whose first letter is at
   * {@code letter}, is a support role or team after a separator ("Matyáš Kovaľ - IT support
   * Packeta", "Anna | Kundenservice", "Tom, Customer Care"): at most 40 characters, no sentence
   * inside, a role word in it ("Michael Braun, Kunde" names a customer).
   */
  private static boolean roleTail(String text, int end, int letter) {
    String sep = text.substring(end, letter).strip();
    if (!(sep.equals("-") || sep.equals("\u2013") || sep.equals("\u2014") || sep.equals("|")
        || sep.equals(",") || sep.equals("/"))) {
      return false;
    }
    int lineEnd = text.indexOf('\n', letter);
    String tail = text.substring(letter, lineEnd < 0 ? text.length() : lineEnd).strip();
    if (tail.length() > 40 || tail.indexOf('?') >= 0 || tail.indexOf('!') >= 0
        || tail.contains(". ") || tail.indexOf('@') >= 0) {
      return false;
    }
    String lower = tail.toLowerCase(Locale.ROOT);
    for (String role : ROLES) {
      if (lower.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a support role or team in a signature line ("IT support", "Kundenservice"). */
  private static final String[] ROLES = {"support", "service", "team", "care", "desk", "help",
      "agent", "manager", "engineer", "developer", "maintainer", "community", "success",
      "sales", "billing", "redaktion", "betreuung", "beratung", "berater", "mitarbeiter",
      "social media", "kundendienst", "ceo", "founder", "gründer", "owner", "inhaber"};

  /** Labels that open the contact lines of a signature block ("Tel: …", "E-Mail: …"). */
  private static final String[] CONTACT_LABELS = {"tel", "phone", "fax", "mobile", "mob",
      "handy", "mobil", "e-mail", "email", "mail", "web", "www", "http", "fon", "telefon"};

  /**
   * Whether the text from {@code from} (a line break or the end) holds only blank lines and at
   * most six contact lines of a signature block ("Tel: 01929 …", "www.example.com").
   */
  private static boolean contactLinesOnly(String text, int from) {
    int lines = 0;
    int k = from;
    while (k < text.length()) {
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= text.length()) {
        return true;
      }
      if (++lines > 6) {
        return false;
      }
      String rest = text.substring(k, Math.min(text.length(), k + 8)).toLowerCase(Locale.ROOT);
      boolean label = false;
      for (String c : CONTACT_LABELS) {
        label |= rest.startsWith(c);
      }
      if (!label) {
        return false;
      }
      while (k < text.length() && text.charAt(k) != '\n') {
        k++;
      }
    }
    return true;
  }

  /** The messages of {@code pii.public} by language (German, English) and PII type ordinal. */
  private static final String[][] PUBLIC = messages(
      "Persönliche Daten (%s) in einer öffentlichen Antwort.",
      "Personal data (%s) in a public reply.");
  /** The messages of {@code pii.private} by language (German, English) and PII type ordinal. */
  private static final String[][] PRIVATE = messages(
      "Persönliche Daten (%s) in einer privaten Nachricht: prüfen Sie, ob sie dem Empfänger "
          + "gehören.",
      "Personal data (%s) in a private message: make sure it belongs to the recipient.");

  private static String[][] messages(String german, String english) {
    PiiType[] types = PiiType.values();
    String[][] out = new String[2][types.length];
    for (PiiType t : types) {
      out[0][t.ordinal()] = german.replace("%s", kind(t, true));
      out[1][t.ordinal()] = english.replace("%s", kind(t, false));
    }
    return out;
  }

  static String kind(PiiType type, boolean german) {
    if (!german) {
      return switch (type) {
        case IBAN -> "IBAN";
        case IP_ADDRESS -> "IP address";
        default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      };
    }
    return switch (type) {
      case EMAIL -> "E-Mail-Adresse";
      case PHONE -> "Telefonnummer";
      case IBAN -> "IBAN";
      case CREDIT_CARD -> "Kartennummer";
      case POSTAL_ADDRESS -> "Anschrift";
      case CUSTOMER_NUMBER -> "Kunden- oder Vertragsnummer";
      case CREDENTIAL -> "Zugangsdaten";
      case DATE_OF_BIRTH -> "Geburtsdatum";
      case TAX_ID -> "Steuer-ID";
      case ID_DOCUMENT -> "Ausweisnummer";
      case SOCIAL_SECURITY_NUMBER -> "Sozialversicherungsnummer";
      case HEALTH_INSURANCE_NUMBER -> "Krankenversichertennummer";
      case IP_ADDRESS -> "IP-Adresse";
      case LICENSE_PLATE -> "Kfz-Kennzeichen";
      case PERSON_NAME -> "Name";
    };
  }
}
