package io.replyguard.pii;


/**
 * The built-in German and English context cues, held in a lowercase trie so that one walk from a
 * word start finds the longest cue there. Immutable after construction and thread-safe.
 */
final class CueLexicon {
  /** {@link Character#toLowerCase(char)} of the Latin characters, looked up. */
  private static final char[] FOLD = new char[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      FOLD[c] = Character.toLowerCase(c);
    }
  }

  /** What a cue supports. */
  enum Kind {
    CUSTOMER, ACCOUNT, CARD, PHONE, EMAIL, PASSWORD, PIN, LOGIN, BIRTH, TAX, ID_DOC, SSN, HEALTH,
    ADDRESS, PLATE, NAME, INTRODUCTION, SIGNATURE, IP, VERSION;

    /**
     * Whether a cue of this kind ends the scope of an earlier cue of another kind: every cue
     * that introduces a value does; closing formulas and self-introductions do not.
     */
    boolean scoped() {
      return this != SIGNATURE && this != NAME && this != INTRODUCTION;
    }
  }

  /** A cue found in a text: [start, end), its lexicon entry and that entry in lower case. */
  record Hit(int start, int end, Kind kind, String label, String key) {}

  /**
   * Phone cues that name a company's service line, not a person's number: {@code
   * NumberChunkRecognizer} reports no number right after them.
   */
  private static final String[] SERVICE_LINE_CUES = {"Hotline", "Service-Hotline",
      "Servicehotline", "Kundenhotline", "Customer Care", "Customer Service", "Customer Support",
      "Kundenservice", "Kundendienst", "Kundenbetreuung", "Servicetelefon", "Service-Telefon",
      "Servicenummer", "Service-Nummer", "service number", "support line", "support number",
      "helpline", "help line", "Helpdesk", "Service Desk", "Servicedesk", "Support-Telefon",
      "Supporttelefon", "Support-Hotline", "Telefonzentrale", "Vertrieb", "Sales"};

  /** The keys (lower case) of {@link #SERVICE_LINE_CUES}. */
  private static final java.util.Set<String> SERVICE_LINE_KEYS = java.util.Arrays
      .stream(SERVICE_LINE_CUES).map(c -> c.toLowerCase(java.util.Locale.ROOT))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a cue names a company's service line ("Hotline", "Customer Care"). */
  static boolean serviceLine(Hit h) {
    return h.kind() == Kind.PHONE && SERVICE_LINE_KEYS.contains(h.key());
  }

  /** A lexicon group: the kind's name followed by the labels. */
  private static String[] withKind(String kind, String[] labels) {
    String[] group = new String[labels.length + 1];
    group[0] = kind;
    System.arraycopy(labels, 0, group, 1, labels.length);
    return group;
  }

  private static final String[][] LEXICON = {
      {"CUSTOMER", "Kundennummer", "Kundennr.", "Kundennr", "Kd.-Nr.", "Kd.-Nr", "Kd.Nr.", "Kd-Nr.",
          "Kd-Nr", "Kdnr", "Kunden-Nr.", "Kunden-Nr", "Kunden-ID", "KNr.", "Vertragsnummer",
          "Vertragsnr.", "Vertragskonto", "Vertragskontonummer", "Vertrags-Nr.", "Auftragsnummer",
          "Auftragsnr.", "Bestellnummer", "Bestellnr.", "Zählernummer", "Zählernr.",
          "Rechnungsnummer", "Buchungsnummer", "Sendungsnummer", "Mitgliedsnummer",
          "customer number", "customer no.", "customer id", "customer #", "account number",
          "account no.", "order number", "order no.", "order #", "contract number",
          "meter number", "booking reference", "membership number", "Vorgangsnummer",
          "Vorgangs-Nr.", "Ticketnummer", "Ticket-Nr.", "Referenznummer", "Fallnummer",
          "Aktenzeichen", "Bestell-Nr.", "Auftrags-Nr.", "Mitglieds-Nr.", "account", "acct",
          "account #", "acct #", "case", "case number", "case no.", "case #", "case id",
          "ticket", "ticket number", "ticket no.", "ticket #", "ticket id", "reference",
          "reference number", "reference no.", "ref", "ref.", "ref #", "order", "order id",
          "membership", "membership no.", "member number", "member id", "smart card number",
          "smartcard number", "card no", "card no:", "card #", "receipt", "receipt number",
          "receipt #", "invoice number", "invoice no.", "invoice #", "invoice", "transaction id",
          "transaction ids", "transaction number", "purchase id", "purchase ids", "tracking number",
          "tracking id", "tracking #", "shipment number", "article id number", "confirmation number",
          "booking number", "reservation number", "Rechnungsnr.", "Rechnungs-Nr.",
          "Sendungsnr.", "tickets", "ticket ids", "request number", "request #",
          "user id", "userid", "user-id", "user ids", "account id", "account-id", "member id",
          "Benutzer-ID", "Nutzer-ID", "Anfrage-ID", "Anfragenummer", "Vorgangs-ID", "Ticket-ID",
          "case ids", "order ids", "invoice id", "payment id",
          "Zahlungs-ID", "Transaktions-ID", "Transaktionsnummer", "Mandatsreferenz",
          "Mandatsreferenznummer", "mandate reference", "Depotnummer", "Depot-Nr.",
          "Referenz-Nummer", "Referenz-Nr.", "Mitglied", "Mitglieds-ID", "member no.", "UTR",
          "PNR", "meter_number", "account_number", "customer_id", "customer_number", "order_id",
          "orderId", "customerId", "accountId", "N°", "Nº", "Nummer #", "Nr. #", "CID", "CID#",
          "my id", "meine ID", "id number", "ID-Nummer", "player id",
          "Spieler-ID", "my player id", "PNR #", "booking code", "Buchungscode", "Buchungsreferenz", "Reservierungsnummer",
          "confirmation code", "unter der Nummer #", "der Nummer #", "mit der Nummer #", "order_number",
          "OrderId", "order-id", "Order-ID", "Bestell-ID", "Depot", "Depotnr.", "Depotnr",
          "Depot-Nr", "Stamm-Nr.", "Stammnummer", "Geschäftsnummer", "Ordernummer", "Order-Nr.",
          "Abrechnungs-Nr.", "Abrechnungsnummer", "Unsere Referenz", "Ihre Referenz",
          "Spender-ID", "Spender ID", "Matrikelnummer", "Matrikel-Nr.", "Matr.-Nr.",
          "student id", "student number", "roll number", "beneficiary reference id",
          "reference id", "permit number", "service request number", "request id",
          "Request-ID", "Belegnummer", "Beleg-Nr.", "Abrechnungskonto", "Abrechnungsnr.",
          "Auftrags-Nr", "Transaktion-Nr.", "Transaktionsnr.", "txid", "tx id",
          "transaction hash", "tx hash", "transaction uid", "ban id", "steam id",
          "project number", "affected customer", "wallet address", "my wallet", "RRN",
          "RRN No", "RRN No.", "UPI Ref", "UPI Ref No", "UPI Ref No.", "UPI Ref no",
          "UPI Ref no.", "UPI Ref. No.", "IMPS Ref", "IMPS Ref No", "Ref No", "Ref No.",
          "Delivery Id", "Delivery ID", "delivery number", "Lieferscheinnummer",
          "Lieferschein-Nr.", "Paketnummer", "Paket-Nr.", "Sendungs-Nr.", "trackingNumber",
          "accountNumber", "customerNumber", "userId", "memberId", "contractNumber",
          "invoiceNumber", "orderNumber", "utilityAccountId", "subscription id",
          "subscription ID", "subscription number", "Abo-ID", "Abonnement-ID", "Abonummer",
          "Abo-Nummer", "document no.", "document no", "document number", "tracking code",
          "tracking no.", "tracking no", "Trackingnummer", "Tracking-Nummer", "Tracking-Nr.",
          "Trackingcode", "Tracking-Code", "Tracking-ID", "Sendungsverfolgungsnummer",
          "Paketscheinnummer", "Belegnr.", "receipts", "receipt numbers", "order numbers",
          "invoice numbers", "number of contract", "number of the contract", "contract no.",
          "contract no", "policy number", "policy no.", "policy no", "Policennummer",
          "Versicherungsscheinnummer", "Versicherungsschein-Nr.", "Schadennummer",
          "Schadensnummer", "Schaden-Nr.", "claim number", "claim no.", "claim id"},
      {"ACCOUNT", "IBAN", "Kontonummer", "Konto-Nr.", "Kontonr.", "Konto", "BLZ", "Bankverbindung",
          "bank account", "BIC"},
      {"CARD", "Kreditkarte", "Kreditkartennummer", "Kartennummer", "Karten-Nr.", "Visa",
          "Mastercard", "Amex", "credit card", "card number", "card no.", "payment method"},
      {"PHONE", "Tel.", "Tel", "Telefon", "Telefonnummer", "Tel.-Nr.", "Telefonnr.", "Handy",
          "Handynummer", "Handynr.", "Mobil", "Mobilnummer", "Mobilfunknummer", "Rufnummer",
          "Festnetz", "Festnetznummer", "ruf mich an", "rufen Sie mich an", "erreichbar unter",
          "phone", "phone number", "mobile", "cell", "call me", "Whatsapp", "Rückrufnummer",
          "unter der Nummer", "reach me at", "reach me on", "call me at", "call me on",
          "ring me on", "ring me at", "text me at", "text me on", "my number is", "my number",
          "phone no.", "mobile number", "cell number", "telephone", "tel no",
          "meine Nummer", "meine Handynummer", "meine Rufnummer", "meine Mobilnummer",
          "mich erreichen Sie unter", "mich erreichst du unter", "erreichbar bin ich unter"},
      withKind("PHONE", SERVICE_LINE_CUES),
      {"EMAIL", "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Mailadresse", "email address"},
      {"PASSWORD", "Passwort", "Kennwort", "Password", "Passwd", "PW", "PWD", "pass phrase",
          "pasword", "passowrd", "passwrd", "Paswort", "Passwot",
          "Zugangsdaten", "Zugangscode", "credentials", "Anmeldedaten", "Login-Daten",
          "login data", "login details", "license key", "licence key", "product key",
          "activation key", "serial key", "Lizenzschlüssel", "Produktschlüssel",
          "Aktivierungsschlüssel", "Lizenzcode", "Lizenzkey", "activation code",
          "Aktivierungscode", "recovery code", "recovery codes", "Wiederherstellungscode",
          "recovery phrase", "seed phrase", "Masterseed", "master seed", "master password",
          "Masterpasswort", "Hauptpasswort", "API key", "API-Key", "api token", "access token",
          "AES key", "AES-Key", "AES-Schlüssel", "private key", "client secret",
          "secret key"},
      {"PIN", "PIN", "PIN-Code", "PUK", "TAN", "Einmalcode", "Einmalpasswort", "Bestätigungscode",
          "Sicherheitscode", "Verifizierungscode", "OTP", "one-time code", "one time code",
          "verification code", "security code", "CVC", "CVV", "Prüfziffer",
          "One Time Password", "one-time password", "Einmal-Passwort", "login code",
          "Anmeldecode", "Verifizierungs-Code", "Bestätigungs-Code"},
      {"LOGIN", "Login", "Benutzername", "Username", "user name", "Benutzerkennung", "Log-in",
          "usename", "usernme", "usernam", "Benutzernahme",
          "Benutzer", "Nutzername", "Nutzer", "User", "Anmeldename", "Benutzernamen",
          "Nutzernamen", "Anmeldenamen", "Usernamen", "Loginnamen", "Loginname", "Login-Name",
          "account name", "account names", "accountname", "Accountnamen", "Accountname",
          "login name", "in-game name", "IGN", "Spielername", "Acc:", "Steam login"},
      {"BIRTH", "geb.", "geboren", "geboren am", "Geburtsdatum", "Geb.-Datum", "Geburtstag",
          "DOB", "D.O.B.", "date of birth", "born", "born on", "birthday"},
      {"TAX", "Steuer-ID", "Steuer-Id", "SteuerID", "Steueridentifikationsnummer", "Steuer-IdNr",
          "IdNr", "IdNr.", "Identifikationsnummer", "Steuernummer", "tax id", "tax ID number", "TIN", "Steuer-Nr.",
          "Steuernr.", "St.-Nr.", "StNr.", "tax number", "tax no."},
      {"ID_DOC", "Ausweis", "Ausweisnummer", "Ausweis-Nr.", "Ausweisnr.", "Personalausweis",
          "Personalausweisnummer", "Perso", "Reisepass", "Reisepassnummer", "Pass", "Passnummer",
          "Pass-Nr.", "Pass-Nr", "Führerschein", "Führerscheinnummer", "passport",
          "passport number", "ID card", "identity card", "driving licence", "driver's license",
          "driver license", "Fahrerlaubnis", "Fahrerlaubnisnummer", "Führerschein-Nr.",
          "driving license", "driver's licence", "drivers license", "licence number",
          "license number", "DL number", "DL#"},
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
          "my name's", "Name:", "Vorname und Nachname", "hier schreibt", "From:", "Von:", "Cc:",
          "schrieb", "wrote:", "writes:", "commented:", "To:", "An:", "Author:", "Autor:",
          "Autorin:", "Requested by", "Reported by", "Submitted by", "Geschäftsführer:",
          "Geschäftsführerin:", "Geschäftsführung:", "Geschäftsführer", "Geschäftsführerin",
          "Geschäftsführung", "Inhaber:", "Inhaberin:", "Ansprechpartner:",
          "Ansprechpartnerin:", "Kontaktperson:", "Contact person:", "Vorstand:",
          "Vorstände:", "Vorstandsvorsitzender:", "Vorstandsvorsitzende:", "Aufsichtsrat:",
          "Aufsichtsratsvorsitzender:", "Aufsichtsratsvorsitzende:", "Board:", "Directors:",
          "Character Name", "Charaktername", "Charname", "Full name", "Vollständiger Name", "Kontoinhaber",
          "Kontoinhaberin", "Account holder", "Name", "Your name", "Ihr Name", "Dein Name",
          "my full name is", "full name is", "my last name is", "my surname is",
          "my first name is", "my mother's name is", "my father's name is", "mother name",
          "father name", "my name as", "mein Nachname ist", "mein Vorname ist",
          "mein vollständiger Name ist", "Nachname:", "Vorname:", "Last name:", "First name:",
          "Surname:", "Beneficiary name", "CEO:", "CEOs:",
          "Managing Director:", "Managing Directors:", "Vorsitzender des Aufsichtsrates:",
          "Vorsitzende des Aufsichtsrates:", "Vorsitzender des Vorstands:",
          "Vorsitzende des Vorstands:", "President:", "Vice President:", "Vice-President:",
          "Secretary:", "Treasurer:", "Chair:", "Chairman:", "Chairwoman:", "Chairperson:",
          "Advisor:", "Adviser:", "Ticket Agent:", "Support Agent:", "Ihr Kontakt:",
          "Your contact:", "Created by:", "Erstellt von:", "Foto:", "Fotos:", "Photo:",
          "Photos:", "Fotograf:", "Fotografin:", "Photographer:", "Bildquelle:", "Sprecher:",
          "Sprecherin:", "Vorsitzender:", "Vorsitzende:", "Kassenwart:", "Kassenwartin:",
          "Schriftführer:", "Schriftführerin:", "Kassierer:", "Kassiererin:",
          "Sachbearbeiter:", "Sachbearbeiterin:", "Ihr Berater:", "Ihre Beraterin:",
          "Kundenberater:", "Kundenberaterin:", "Zahlungsempfänger:", "Empfänger:",
          "Recipient:", "Payee:", "Beneficiary:", "my paypal name is", "paypal name is",
          "mein PayPal-Name ist", "cardholder name", "name on the card", "Karteninhaber:",
          "Karteninhaberin:", "My name:", "My name :", "Mein Name:", "Mein Name :", "Prokura:",
          "Prokurist:", "Prokuristin:", "Inhaber", "Inhaberin", "Account holder name",
          "Kontoinhabername", "Name des Kontoinhabers", "Name of account holder", "Kunde:",
          "Kundin:", "Customer:", "Client:", "Manager:", "Mieter:", "Mieterin:", "Tenant:",
          "Antragsteller:", "Antragstellerin:", "Eingereicht von:", "Eingereicht durch:",
          "Patient:", "Patientin:"},
      {"INTRODUCTION", "I'm", "I\u2019m", "I am", "hi im", "hey im", "hello im", "hi i'm",
          "hey i'm", "hello i'm", "hello this is", "hi this is", "hey this is", "this is",
          "hallo hier ist", "hallo, hier ist", "hier ist"},
      {"SIGNATURE", "Gruß", "Grüße", "Gruss", "Grüsse", "Viele Grüße", "Liebe Grüße",
          "Beste Grüße", "Freundliche Grüße", "Mit freundlichen Grüßen", "MfG", "LG", "VG", "BG", "HG",
          "Best regards", "Kind regards", "Regards", "Cheers", "Sincerely", "Respectfully",
          "Warm regards", "Best wishes", "Many thanks", "Thanks", "Thank you", "Schöne Grüße",
          "Herzliche Grüße", "Mit besten Grüßen", "Viele Grüsse", "Liebe Grüsse", "Grüßle",
          "Danke", "Vielen Dank", "Best", "Gruesse", "Viele Gruesse", "Liebe Gruesse",
          "Beste Gruesse", "Schoene Gruesse", "Schöne Grüsse", "Freundliche Gruesse",
          "Mit freundlichen Gruessen", "Mit freundlichem Gruß", "Yours sincerely",
          "Yours respectfully", "Yours truly", "Thx", "Greetings", "Ciao", "Servus", "Tschüss",
          "Thanks in advance", "Danke im Voraus", "BR", "Thanks and regards", "Thanks & regards",
          "Kind Regards", "Kindest regards", "Warmest regards", "With kind regards",
          "With best regards", "Best wishes", "All the best", "Take care", "Yours faithfully",
          "Sincerely yours", "Thanks again", "Thanks a lot", "Thanks so much", "Thank you very much",
          "Thank you so much", "Thank you again", "Danke und Gruß", "Danke und Gruss",
          "Danke und Grüße", "Danke und Grüsse", "Danke & Gruß", "Danke & Grüße", "Gruß und Dank",
          "Danke schön", "Dankeschön", "Vielen Dank im Voraus", "Besten Dank",
          "Vielen lieben Dank", "Lieben Dank", "Alles Liebe", "Liebe Grüße und danke",
          "With great regards", "Tnx", "Alles Gute", "Schönen Tag noch", "Schönen Abend noch",
          "Einen schönen Tag noch", "Schönes Wochenende", "Have a nice day", "Have a great day",
          "Have a good day"},
      germanClosings(),
      {"IP", "IP", "IP-Adresse", "IPv4", "IPv6", "IP address"},
      {"VERSION", "Version", "versions", "Versionen", "Firmware", "Software", "Update", "Build", "Release", "Artikel",
          "Artikelnummer", "Teilenummer", "part number", "model", "Modell", "Fehlercode",
          "Error", "Fehler", "beta", "alpha", "Patch", "App-Version", "Versionsnummer",
          "Softwareversion", "Android", "iOS", "Windows", "macOS", "Chrome", "Firefox", "ver.",
          "v."},
  };

  /**
   * The German closing formulas as people spell them: an adjective in the nominative ("Viele
   * Grüße", "Lieber Gruß") or in the dative after "Mit" ("Mit freundlichen Grüssen", "Mit
   * freundlichem Gruss"), with "ß", "ss" or "ue" spellings of the noun.
   */
  private static String[] germanClosings() {
    String[] plural = {"Grüße", "Grüsse", "Gruesse"};
    String[] dativePlural = {"Grüßen", "Grüssen", "Gruessen"};
    String[] singular = {"Gruß", "Gruss"};
    String[] adjectives = {"viel", "lieb", "best", "freundlich", "schön", "schoen", "herzlich",
        "sonnig", "kollegial", "nett", "freundschaftlich"};
    java.util.List<String> forms = new java.util.ArrayList<>();
    forms.add("SIGNATURE");
    for (String adjective : adjectives) {
      String cap = Character.toUpperCase(adjective.charAt(0)) + adjective.substring(1);
      for (String noun : plural) {
        forms.add(cap + "e " + noun);
      }
      for (String noun : dativePlural) {
        forms.add("Mit " + adjective + "en " + noun);
      }
      for (String noun : singular) {
        if (!adjective.equals("viel")) {
          forms.add(cap + "er " + noun);
          forms.add("Mit " + adjective + "em " + noun);
        }
      }
    }
    return forms.toArray(String[]::new);
  }

  private static final class Node {
    char[] keys = new char[0];
    Node[] ascii;
    Node[] next = new Node[0];
    Kind kind;
    String label;
    /** The label in lower case (ROOT locale), for set lookups without allocation. */
    String key;

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

  /*
   * The pre-check: every character maps to a symbol of 6 bits (its fold for letters, a class for
   * the rest), and a bit set over symbol triples holds the first three symbols of every cue. A
   * word whose first three symbols are not in the set starts no cue, so the trie walk is skipped.
   * The check is exact for symbols that stand for one folded character and conservative for the
   * others (WILD matches anything).
   */
  /** Symbol past the end of the text. */
  private static final int END = 0;
  /** Symbol of an ASCII digit. */
  private static final int DIGIT = 27;
  /** Symbol of ASCII characters other than letters and digits. */
  private static final int ASCII_OTHER = 28;
  /** Symbol of characters that occur in no cue (the pre-check rejects them). */
  private static final int NONE = 62;
  /** Symbol of characters whose fold is ASCII or otherwise unsure: anything may follow. */
  private static final int WILD = 63;
  /** Symbol per char. */
  private final byte[] symbols = new byte[1 << 16];
  /** Bit set over (symbol << 12 | symbol << 6 | symbol) of the cue starts. */
  private final long[] starts = new long[1 << 12];
  /**
   * The second stage for triples that begin cues of four or more characters: an open-addressed
   * table from triple (plus one; 0 is empty) to the set of symbols that may follow. Triples not
   * in it (those of shorter cues or with WILD) always pass.
   */
  private final int[] fourthKeys = new int[FOURTH_SLOTS];
  private final long[] fourthMasks = new long[FOURTH_SLOTS];
  private static final int FOURTH_BITS = 10;
  private static final int FOURTH_SLOTS = 1 << FOURTH_BITS;

  static final CueLexicon BUILT_IN = new CueLexicon();

  private CueLexicon() {
    // symbols: a-z 1..26, digits, other ASCII, then the non-ASCII folds used by cues
    StringBuilder extra = new StringBuilder();
    for (String label : labels()) {
      for (char c : label.toCharArray()) {
        char f = fold(c);
        if (f >= 128 && extra.indexOf(String.valueOf(f)) < 0) {
          extra.append(f);
        }
      }
    }
    if (ASCII_OTHER + extra.length() >= NONE) {
      throw new IllegalStateException("too many distinct cue characters");
    }
    for (int k = 0; k < symbols.length; k++) {
      char f = fold((char) k);
      int sym;
      if (f >= 'a' && f <= 'z') {
        sym = k < 128 ? f - 'a' + 1 : WILD;
      } else if (f < 128) {
        sym = k >= 128 ? WILD : f >= '0' && f <= '9' ? DIGIT : ASCII_OTHER;
      } else {
        int e = extra.indexOf(String.valueOf(f));
        sym = e >= 0 ? ASCII_OTHER + 1 + e : NONE;
      }
      symbols[k] = (byte) sym;
    }
    for (String[] group : LEXICON) {
      Kind kind = Kind.valueOf(group[0]);
      for (int i = 1; i < group.length; i++) {
        add(kind, group[i]);
      }
    }
    buildFourth();
    // a WILD symbol anywhere in the first three lets the walk decide
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 64; y++) {
        setStart(WILD, x, y);
        setStart(x, WILD, y);
        setStart(x, y, WILD);
      }
    }
  }

  private int triple(String label) {
    return symbols[label.charAt(0)] << 12 | symbols[label.charAt(1)] << 6
        | symbols[label.charAt(2)];
  }

  private void buildFourth() {
    java.util.List<String> labels = labels();
    java.util.Map<Integer, Long> masks = new java.util.TreeMap<>();
    for (String label : labels) {
      if (label.length() >= 3) {
        long bits = label.length() == 3 ? -1L : 1L << symbols[label.charAt(3)];
        masks.merge(triple(label), bits, (x, y) -> x | y);
      }
    }
    // a cue of one or two characters that begins the triple lets anything follow
    for (String label : labels) {
      if (label.length() <= 2) {
        for (java.util.Map.Entry<Integer, Long> e : masks.entrySet()) {
          int key = e.getKey();
          boolean prefix = key >>> 12 == symbols[label.charAt(0)] && (label.length() == 1
              || (key >>> 6 & 63) == symbols[label.charAt(1)]);
          if (prefix) {
            e.setValue(-1L);
          }
        }
      }
    }
    if (masks.size() > FOURTH_SLOTS / 2) {
      throw new IllegalStateException("too many cue triples: " + masks.size());
    }
    masks.forEach((key, mask) -> {
      int slot = slot(key);
      while (fourthKeys[slot] != 0) {
        slot = (slot + 1) & (FOURTH_SLOTS - 1);
      }
      fourthKeys[slot] = key + 1;
      fourthMasks[slot] = mask;
    });
  }

  private static int slot(int key) {
    return (key * 0x9E3779B1) >>> (32 - FOURTH_BITS);
  }

  /** Every cue label of the built-in lexicon, in lexicon order. */
  static java.util.List<String> labels() {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String[] group : LEXICON) {
      all.addAll(java.util.Arrays.asList(group).subList(1, group.length));
    }
    return all;
  }

  private void setStart(int s0, int s1, int s2) {
    int k = s0 << 12 | s1 << 6 | s2;
    starts[k >>> 6] |= 1L << k;
  }

  private void add(Kind kind, String label) {
    Node n = root;
    for (int k = 0; k < label.length(); k++) {
      n = n.add(fold(label.charAt(k)));
    }
    if (n.kind == null) {
      n.kind = kind;
      n.label = label;
      n.key = label.toLowerCase(java.util.Locale.ROOT);
    }
    int s0 = symbols[label.charAt(0)];
    if (label.length() == 1) {
      for (int x = 0; x < 64; x++) {
        for (int y = 0; y < 64; y++) {
          setStart(s0, x, y);
        }
      }
    } else if (label.length() == 2) {
      for (int x = 0; x < 64; x++) {
        setStart(s0, symbols[label.charAt(1)], x);
      }
    } else {
      setStart(s0, symbols[label.charAt(1)], symbols[label.charAt(2)]);
    }
    char f = fold(label.charAt(0));
    if (f < 128) {
      rootAscii[f] = root.child(f);
    }
  }

  /** Lowercase fold used by the trie (a table for the Latin characters). */
  static char fold(char c) {
    return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
  }

  /**
   * Whether a cue may start at {@code start}: false means {@link #match} finds nothing there.
   *
   * @param text the text
   * @param start a position in the text
   * @param n the text length
   */
  boolean mayStartAt(char[] text, int start, int n) {
    byte[] sym = symbols;
    int s0 = sym[text[start]];
    int s1 = start + 1 < n ? sym[text[start + 1]] : END;
    int s2 = start + 2 < n ? sym[text[start + 2]] : END;
    int k = s0 << 12 | s1 << 6 | s2;
    if ((starts[k >>> 6] & 1L << k) == 0) {
      return false;
    }
    int slot = slot(k);
    int key;
    while ((key = fourthKeys[slot]) != 0) {
      if (key == k + 1) {
        int s3 = start + 3 < n ? sym[text[start + 3]] : END;
        return (fourthMasks[slot] & 1L << s3) != 0;
      }
      slot = (slot + 1) & (FOURTH_SLOTS - 1);
    }
    return true;
  }

  /**
   * The longest cue starting at {@code start} and ending at a word boundary, or null; '_'
   * joins words ("user_login_attempts", "phone_number" hold no cue).
   *
   * @param text the text
   * @param start a word start
   */
  Hit match(char[] text, int start) {
    int n1 = text.length;
    if (start > 0 && text[start - 1] == '_' && (start > 1 && (Chars.word(text[start - 2])
        || text[start - 2] == '_'))) {
      // a cue is a word of its own: "user_login_attempts" holds none; "_Tel: …_" opens
      // Markdown emphasis
      return null;
    }
    Node n = root;
    Node best = null;
    int bestEnd = -1;
    for (int i = start; i < n1; i++) {
      char f = fold(text[i]);
      n = i == start && f < 128 ? rootAscii[f] : n.child(f);
      if (n == null) {
        break;
      }
      if (n.kind != null) {
        int end = i + 1;
        if (end == n1 || !Chars.word(text[i]) || !Chars.word(text[end]) && text[end] != '_') {
          best = n;
          bestEnd = end;
        }
      }
    }
    return best == null ? null : new Hit(start, bestEnd, best.kind, best.label, best.key);
  }
}
