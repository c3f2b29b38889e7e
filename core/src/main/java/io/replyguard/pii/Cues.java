package io.replyguard.pii;


/**
 * The built-in German and English context cues, held in a lowercase trie so that one walk from a
 * word start finds the longest cue there. Immutable after construction and thread-safe.
 */
final class Cues {

  /** What a cue supports. */
  enum Kind {
    CUSTOMER, ACCOUNT, CARD, PHONE, EMAIL, PASSWORD, PIN, LOGIN, BIRTH, TAX, ID_DOC, SSN, HEALTH,
    ADDRESS, PLATE, NAME, SIGNATURE, IP, VERSION
  }

  /** A cue found in a text: [start, end) and its lexicon entry. */
  record Hit(int start, int end, Kind kind, String label) {}

  private static final String[][] LEXICON = {
      {"CUSTOMER", "Kundennummer", "Kundennr.", "Kundennr", "Kd.-Nr.", "Kd.-Nr", "Kd.Nr.", "Kd-Nr.",
          "Kd-Nr", "Kdnr", "Kunden-Nr.", "Kunden-Nr", "Kunden-ID", "KNr.", "Vertragsnummer",
          "Vertragsnr.", "Vertragskonto", "Vertragskontonummer", "Vertrags-Nr.", "Auftragsnummer",
          "Auftragsnr.", "Bestellnummer", "Bestellnr.", "Zählernummer", "Zählernr.",
          "Rechnungsnummer", "Buchungsnummer", "Sendungsnummer", "Mitgliedsnummer",
          "customer number", "customer no.", "customer id", "customer #", "account number",
          "account no.", "order number", "order no.", "order #", "contract number",
          "meter number", "booking reference", "membership number"},
      {"ACCOUNT", "IBAN", "Kontonummer", "Konto-Nr.", "Kontonr.", "Konto", "BLZ", "Bankverbindung",
          "bank account", "BIC"},
      {"CARD", "Kreditkarte", "Kreditkartennummer", "Kartennummer", "Karten-Nr.", "Visa",
          "Mastercard", "Amex", "credit card", "card number", "card no.", "payment method"},
      {"PHONE", "Tel.", "Tel", "Telefon", "Telefonnummer", "Tel.-Nr.", "Telefonnr.", "Handy",
          "Handynummer", "Handynr.", "Mobil", "Mobilnummer", "Mobilfunknummer", "Rufnummer",
          "Festnetz", "Festnetznummer", "ruf mich an", "rufen Sie mich an", "erreichbar unter",
          "phone", "phone number", "mobile", "cell", "call me", "Whatsapp"},
      {"EMAIL", "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Mailadresse", "email address"},
      {"PASSWORD", "Passwort", "Kennwort", "Password", "Passwd", "PW", "PWD", "pass phrase",
          "Zugangsdaten", "Zugangscode", "credentials"},
      {"PIN", "PIN", "PIN-Code", "PUK", "TAN", "Einmalcode", "Einmalpasswort", "Bestätigungscode",
          "Sicherheitscode", "Verifizierungscode", "OTP", "one-time code", "one time code",
          "verification code", "security code", "CVC", "CVV", "Prüfziffer"},
      {"LOGIN", "Login", "Benutzername", "Username", "user name", "Benutzerkennung", "Log-in",
          "Benutzer", "Nutzername", "Nutzer", "User", "Anmeldename"},
      {"BIRTH", "geb.", "geboren", "geboren am", "Geburtsdatum", "Geb.-Datum", "Geburtstag",
          "DOB", "D.O.B.", "date of birth", "born", "born on", "birthday"},
      {"TAX", "Steuer-ID", "Steuer-Id", "SteuerID", "Steueridentifikationsnummer", "Steuer-IdNr",
          "IdNr", "IdNr.", "Identifikationsnummer", "Steuernummer", "tax id", "tax ID number", "TIN"},
      {"ID_DOC", "Ausweis", "Ausweisnummer", "Ausweis-Nr.", "Ausweisnr.", "Personalausweis",
          "Personalausweisnummer", "Perso", "Reisepass", "Reisepassnummer", "Pass", "Passnummer",
          "Pass-Nr.", "Pass-Nr", "Führerschein", "Führerscheinnummer", "passport",
          "passport number", "ID card", "identity card", "driving licence", "driver's license",
          "driver license"},
      {"SSN", "RVNR", "Rentenversicherungsnummer", "Sozialversicherungsnummer", "SV-Nummer",
          "SVNR", "Versicherungsnummer", "Sozialversicherungsausweis", "SSN",
          "social security number", "social security"},
      {"HEALTH", "KVNR", "Krankenversichertennummer", "Versichertennummer", "Krankenkasse",
          "Versichertenkarte", "Gesundheitskarte", "eGK", "health insurance",
          "health insurance number", "insurance number"},
      {"ADDRESS", "Adresse", "meine Adresse", "Anschrift", "Lieferadresse", "Rechnungsadresse",
          "wohne in", "wohne im", "wohne am", "wohnhaft in", "my address", "I live at",
          "live at", "address"},
      {"PLATE", "Kennzeichen", "Kfz-Kennzeichen", "Autokennzeichen", "Nummernschild",
          "license plate", "licence plate", "number plate", "plate"},
      {"NAME", "mein Name ist", "mein Name lautet", "ich heiße", "ich heisse", "my name is",
          "my name's", "Name:", "Vorname und Nachname"},
      {"SIGNATURE", "Gruß", "Grüße", "Gruss", "Grüsse", "Viele Grüße", "Liebe Grüße",
          "Beste Grüße", "Freundliche Grüße", "Mit freundlichen Grüßen", "MfG", "LG", "VG", "BG",
          "Best regards", "Kind regards", "Regards", "Cheers", "Sincerely"},
      {"IP", "IP", "IP-Adresse", "IPv4", "IPv6", "IP address"},
      {"VERSION", "Version", "Firmware", "Software", "Update", "Build", "Release", "Artikel",
          "Artikelnummer", "Teilenummer", "part number", "model", "Modell", "Fehlercode",
          "Error", "Fehler"},
  };

  private static final class Node {
    char[] keys = new char[0];
    Node[] ascii;
    Node[] next = new Node[0];
    Kind kind;
    String label;

    Node child(char c) {
      if (ascii != null && c < 128) {
        return ascii[c];
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        next = java.util.Arrays.copyOf(next, next.length + 1);
        keys[keys.length - 1] = c;
        next[next.length - 1] = n;
        if (ascii == null && keys.length > 2) {
          ascii = new Node[128];
          for (int i = 0; i < keys.length - 1; i++) {
            if (keys[i] < 128) {
              ascii[keys[i]] = next[i];
            }
          }
        }
        if (ascii != null && c < 128) {
          ascii[c] = n;
        }
      }
      return n;
    }
  }

  private final Node root = new Node();
  /** Children of the root by ASCII character: the first step without a search. */
  private final Node[] rootAscii = new Node[128];
  /** First characters (lowercase, ASCII) that can start a cue: a fast pre-check. */
  private final boolean[] firstAscii = new boolean[128];
  /**
   * Folded ASCII pairs (first char * 128 + second char) that begin some cue: a word whose first
   * two characters form no such pair cannot start a cue, so the trie walk is skipped.
   */
  private final boolean[] firstPairs = new boolean[128 * 128];
  /**
   * Raw ASCII pairs (first char * 128 + second char, any case) that begin some cue: the pair
   * pre-check without folding.
   */
  private final boolean[] rawPairs = new boolean[128 * 128];
  /** Whether a cue of one character exists (then the pair pre-check is not used). */
  private boolean singleCharCue;
  /** Folded ASCII pairs that are a whole cue ("PW", "LG"): the triple pre-check is not used. */
  private final boolean[] shortPairs = new boolean[128 * 128];
  /** Hashed bit set of the folded ASCII triples that begin a cue (false positives are fine). */
  private final long[] firstTriples = new long[1 << (TRIPLE_BITS - 6)];
  private static final int TRIPLE_BITS = 16;

  static final Cues BUILT_IN = new Cues();

  private Cues() {
    for (String[] group : LEXICON) {
      Kind kind = Kind.valueOf(group[0]);
      for (int i = 1; i < group.length; i++) {
        add(kind, group[i]);
      }
    }
    for (char x = 0; x < 128; x++) {
      for (char y = 0; y < 128; y++) {
        rawPairs[x << 7 | y] = firstPairs[fold(x) << 7 | fold(y)];
      }
    }
  }

  private void add(Kind kind, String label) {
    Node n = root;
    for (int k = 0; k < label.length(); k++) {
      n = n.add(fold(label.charAt(k)));
    }
    if (n.kind == null) {
      n.kind = kind;
      n.label = label;
    }
    char f = fold(label.charAt(0));
    if (label.length() == 1) {
      singleCharCue = true;
    } else {
      char f1 = fold(label.charAt(1));
      if (f < 128 && f1 < 128) {
        firstPairs[f << 7 | f1] = true;
        if (label.length() == 2) {
          shortPairs[f << 7 | f1] = true;
        } else {
          char f2 = fold(label.charAt(2));
          if (f2 < 128) {
            int h = tripleHash(f, f1, f2);
            firstTriples[h >>> 6] |= 1L << h;
          }
        }
      }
    }
    if (f < 128) {
      firstAscii[f] = true;
      rootAscii[f] = root.child(f);
    }
  }

  /** Lowercase fold used by the trie (ASCII fast path). */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** A hash of three folded ASCII characters, {@code TRIPLE_BITS} wide. */
  private static int tripleHash(char f0, char f1, char f2) {
    return ((f0 << 14 | f1 << 7 | f2) * 0x9E3779B1) >>> (32 - TRIPLE_BITS);
  }

  /**
   * Whether a cue may start with these two characters (a word's first and second character):
   * false means {@link #match} finds nothing there.
   */
  boolean mayStartWith(char c0, char c1) {
    return singleCharCue || c0 >= 128 || c1 >= 128 || rawPairs[c0 << 7 | c1];
  }

  /** Whether a cue may start with this character. */
  boolean mayStart(char c) {
    char f = fold(c);
    return f >= 128 || firstAscii[f];
  }

  /**
   * The longest cue starting at {@code start} and ending at a word boundary, or null.
   *
   * @param text the text
   * @param start a word start
   */
  Hit match(char[] text, int start) {
    int n1 = text.length;
    if (!singleCharCue && start + 1 < n1) {
      char f0 = fold(text[start]);
      char f1 = fold(text[start + 1]);
      if (f0 < 128 && f1 < 128) {
        int pair = f0 << 7 | f1;
        if (!firstPairs[pair]) {
          return null;
        }
        if (!shortPairs[pair] && start + 2 < n1) {
          char f2 = fold(text[start + 2]);
          if (f2 < 128) {
            int h = tripleHash(f0, f1, f2);
            if ((firstTriples[h >>> 6] & 1L << h) == 0) {
              return null;
            }
          }
        }
      }
    }
    Node n = root;
    Hit best = null;
    for (int i = start; i < n1; i++) {
      char f = fold(text[i]);
      n = i == start && f < 128 ? rootAscii[f] : n.child(f);
      if (n == null) {
        break;
      }
      if (n.kind != null) {
        int end = i + 1;
        if (end == n1 || !Chars.word(text[i]) || !Chars.word(text[end])) {
          best = new Hit(start, end, n.kind, n.label);
        }
      }
    }
    return best;
  }
}
