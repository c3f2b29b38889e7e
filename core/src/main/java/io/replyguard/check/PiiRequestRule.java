package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.Visibility;
import java.util.Set;

/**
 * {@code pii.request-public}: a public draft asks the customer to post personal data. A sentence
 * fires when it names a kind of personal data (customer number, address, phone number, IBAN, ...)
 * together with a request cue that is not negated, and the request is public: an explicitly public
 * place ("in die Kommentare", "below") always counts; otherwise a private channel in the sentence
 * ("per DM", "per E-Mail") makes it fine, "hier"/"here" makes it public, and a sentence without
 * either is fine when the draft names a private channel elsewhere and public when it does not.
 * Internal.
 */
final class PiiRequestRule implements Rule {
  static final Set<String> EXACT = Set.of("iban", "bic", "bankverbindung", "bankdaten",
      "kontodaten", "kartendaten", "kreditkartendaten", "daten", "anschrift", "postanschrift",
      "geburtsdatum", "geburtstag", "steuer-id", "steuernummer", "kennzeichen", "nummernschild",
      "handynummer", "telefonnummer", "address", "addresses", "birthday", "postcode",
      "kundennr", "vertragsnr", "bestellnr", "zahlungsdaten", "transaktions-id", "bestell-id",
      "transaktionsdetails", "zahlungsdetails", "zahlungs-id", "bestelldetails", "paypal-konto",
      "paypal-mail", "paypal-e-mail", "paypal-email",
      // e-mail words: counted only as the customer's own (see emailAt)
      "email", "e-mail", "mail", "emailadresse", "mailadresse");

  static final Suffixes SUFFIXES = new Suffixes("nummer", "nummern", "adresse", "adressen",
      "anschrift");

  static final Set<String> NOT_PERSONAL_PREFIXES = Set.of("service", "hotline", "support",
      "artikel", "produkt", "modell", "serien", "fall", "ticket", "vorgangs", "referenz", "web",
      "internet", "haus", "fax");

  static final Phrases PHRASES = Phrases.of(WordFlags.PII_START, "customer number", "account number", "order number",
      "contract number", "phone number", "mobile number", "telephone number", "cell number",
      "email address", "e-mail address", "home address", "postal address", "date of birth",
      "card number", "credit card", "credit card number", "bank details", "account details",
      "personal details", "personal data", "personal information", "full name", "zip code",
      "meter number", "membership number", "policy number", "passport number", "id number",
      "social security number", "tax id", "licence plate", "license plate", "persönlichen daten",
      "vollständigen namen", "vollen namen", "payment details", "transaction id",
      "transaction ids", "order id", "account id", "invoice number", "license key",
      "licence key", "transaction details", "payment id", "payment ids", "payment reference",
      "billing details", "billing address", "purchase details", "order details",
      "paypal email", "paypal e-mail", "paypal address", "paypal account", "paypal mail",
      "paypal konto", "paypal adresse", "anything about yourself", "something about yourself",
      "a bit about yourself", "etwas über dich", "etwas über sich", "student id",
      "student ids", "student number", "matriculation number", "user id", "customer id",
      "member id", "membership id", "subscription id", "receipt number", "order ids",
      "order numbers", "invoice id", "tracking number", "tracking numbers", "tracking code",
      "tracking id", "shipment number", "parcel number", "claim number");

  /**
   * "the ID of your payment", "die ID deiner Zahlung": an identifier of the customer's payment,
   * order or transaction named by its owner.
   */
  static final Phrases OF_YOUR = ofYour();

  private static Phrases ofYour() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String head : new String[] {"id", "ids", "number", "reference", "details"}) {
      for (String prep : new String[] {"of your", "from your", "for your"}) {
        for (String obj : new String[] {"payment", "transaction", "order", "purchase",
            "invoice", "subscription", "paypal payment", "bank transfer"}) {
          out.add(head + " " + prep + " " + obj);
        }
      }
    }
    for (String head : new String[] {"id", "nummer", "details", "referenz"}) {
      for (String own : new String[] {"deiner", "ihrer", "eurer"}) {
        for (String obj : new String[] {"zahlung", "bestellung", "transaktion", "überweisung",
            "rechnung", "paypal-zahlung"}) {
          out.add(head + " " + own + " " + obj);
        }
      }
    }
    return Phrases.of(WordFlags.PII_START, out.toArray(new String[0]));
  }

  static final Set<String> OURS = Set.of("unsere", "unser", "unseren", "unserer", "unserem",
      "our");

  /** Every word that {@link #nounAt} accepts has one of these bits. */
  static final int NOUN = WordFlags.PII_START | WordFlags.PII_EXACT | WordFlags.PII_SUFFIX;

  /**
   * "E-Mail" names personal data only as the customer's own ("your email", "deine E-Mail") or
   * as a bare question ("email?"); otherwise it is the channel ("per E-Mail", "the email").
   */
  static final Set<String> EMAIL = Set.of("email", "e-mail", "mail", "emailadresse",
      "mailadresse");

  /** Words before "address" that make it a verb ("to address", "we'll address"). */
  static final Set<String> BEFORE_VERB = Set.of("to", "will", "we'll", "i'll", "we", "i",
      "can", "could", "would", "should", "must", "and", "help", "please", "quickly", "we'd",
      "they", "they'll", "not", "cannot", "can't");

  /** "address" as a verb: "to address this", "we'll address your questions". */
  static boolean addressAsVerb(Text t, int i) {
    if (!t.is(i, "address") && !t.is(i, "addresses")) {
      return false;
    }
    return i > 0 && t.sentence[i - 1] == t.sentence[i] && t.length(i - 1) <= 7
        && BEFORE_VERB.contains(t.word(i - 1));
  }

  /** Second-person possessives: the customer's own. */
  static final Set<String> YOUR = Set.of("your", "yours", "dein", "deine", "deinen", "deinem",
      "deiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "euer", "eure", "euren", "eurer");

  private static int emailAt(Text t, int i) {
    if (t.length(i) > 12 || !EMAIL.contains(t.word(i))) {
      return 0;
    }
    int s = t.sentence[i];
    int from = t.sentenceFrom(s);
    int to = t.sentenceTo(s);
    if (i + 1 < to && t.length(i + 1) <= 13 && MAIL_TOOLS.contains(t.word(i + 1))) {
      return 0; // "your email client", "dein E-Mail-Postfach": the mailbox, not the address
    }
    int owner = ownerBefore(t, from, i);
    if (owner >= 0) {
      if (t.is(owner, "ihr") || t.is(owner, "ihre") || t.is(owner, "ihren") || t.is(owner, "ihrem")
          || t.is(owner, "ihrer")) {
        if (!t.capital(owner) && !t.opensSentence(owner)) {
          return 0;
        }
      }
      // "check your email", "schau in deine E-Mails": the mailbox is meant
      return YOUR.contains(t.word(owner)) && owner > from && t.length(owner - 1) <= 12
          && MAILBOX_VERBS.contains(t.word(owner - 1)) ? 0 : 1;
    }
    if (dataVerbBefore(t, from, i)) {
      return 1; // "please provide an email", "tell me old and new email"
    }
    if (usedByCustomer(t, i, to)) {
      return 1; // "the email you used to purchase", "die E-Mail, mit der du bestellt hast"
    }
    if (i + 1 < to && t.length(i + 1) <= 9 && DATA_VERBS.contains(t.word(i + 1))
        && !RuleWords.negatedClause(t, i + 1)) {
      return 1; // German verb-final: "Kannst du uns die E-Mail nennen, mit der …"
    }
    return to - from <= 3 && questionEnds(t, s) ? 1 : 0;
  }

  /** Words after "email" that make it the mailbox or the program, not the address. */
  private static final Set<String> MAIL_TOOLS = Set.of("client", "app", "application",
      "program", "programm", "inbox", "posteingang", "postfach", "folder", "ordner", "settings",
      "einstellungen", "provider", "anbieter", "notifications", "benachrichtigungen");

  /** Verbs before "your email" that open or search the mailbox. */
  private static final Set<String> MAILBOX_VERBS = Set.of("check", "checking", "open", "search",
      "in", "into", "see", "prüfe", "prüf", "prüfen", "schau", "schaue", "schauen", "öffne",
      "öffnen", "durchsuche", "durchsuchen", "checke", "checken");

  /** Modifiers that may stand between "your" and the datum: "your pro account email". */
  private static final Set<String> OWNED_MODIFIERS = Set.of("pro", "premium", "account", "login",
      "paypal", "registered", "registration", "billing", "purchase", "contact", "primary",
      "current", "new", "old", "correct", "full", "konto", "kontakt", "registrierte",
      "registrierten", "hinterlegte", "hinterlegten", "aktuelle", "aktuellen", "neue", "neuen",
      "alte", "alten", "richtige", "richtigen", "vollständige", "vollständigen");

  /**
   * The word that makes the datum at {@code i} the customer's own or asks which one it is:
   * "your"/"deine" or "what"/"which" up to two words before it, or further back across
   * modifiers only ("your pro account email"); -1 when none.
   */
  static int ownerBefore(Text t, int from, int i) {
    for (int k = i - 1; k >= Math.max(from, i - 4); k--) {
      if (t.is(k, "what") || t.is(k, "which") || t.is(k, "welche") || t.is(k, "welcher")
          || YOUR.contains(t.word(k))) {
        return k;
      }
      if (k <= i - 2 && (t.length(k) > 13 || !OWNED_MODIFIERS.contains(t.word(k)))) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs after "the email you …" that make it the customer's address. */
  private static final Set<String> USED_VERBS = Set.of("used", "use", "registered", "register",
      "signed", "purchased", "bought", "paid", "ordered", "entered", "gave", "provided", "have",
      "logged");

  /**
   * "the email you used to purchase", "the e-mail address you registered with", "die E-Mail,
   * mit der du bestellt hast": the customer's own address, described by its use.
   */
  private static boolean usedByCustomer(Text t, int i, int to) {
    int k = i + 1;
    if (k < to && (t.is(k, "address") || t.is(k, "adresse"))) {
      k++;
    }
    if (k + 1 < to && t.is(k, "you") && t.length(k + 1) <= 10
        && USED_VERBS.contains(t.word(k + 1))) {
      return true;
    }
    return k + 2 < to && (t.is(k, "mit") || t.is(k, "über")) && (t.is(k + 1, "der")
        || t.is(k + 1, "die")) && (t.is(k + 2, "du") || t.is(k + 2, "sie") || t.is(k + 2, "ihr"));
  }

  /** Sentence openings of a question that asks for something: "Can you …", "What …". */
  private static final Set<String> ASKING = Set.of("can", "could", "would", "will", "what",
      "which", "kannst", "könntest", "könnt", "können", "könnten", "würdest", "würden",
      "welche", "welcher", "mit");

  /**
   * Whether the question starting at word {@code from} asks for something ("Can you tell us the
   * email you used?") rather than checking a state ("Are you sure you're entering the email you
   * used?").
   */
  private static boolean asks(Text t, int from) {
    return t.length(from) <= 9 && ASKING.contains(t.word(from));
  }

  /**
   * Words right before "your …" that make the datum a tool of an instruction, not something to
   * post: "to request your license key", "activate it with your license key", "enter your
   * customer number in the app", "deine Kundennummer eingeben". "Reply with your order number"
   * still asks for it (see {@link #REPLY_VERBS}).
   */
  private static final Set<String> INSTRUCTION_BEFORE = Set.of("with", "using", "into", "via",
      "request", "activate", "enter", "use", "reset", "change", "update", "find", "locate",
      "redeem", "receive", "retrieve", "recover", "check", "verify", "anfordern", "aktivieren",
      "ändern", "aktualisieren", "finden", "prüfe", "prüfen", "überprüfe", "überprüfen");

  /** Verbs that turn a later "with your …" into a request: "reply here with your order number". */
  private static final Set<String> REPLY_VERBS = Set.of("reply", "respond", "answer", "comment",
      "back", "write", "post", "message");

  private static boolean instruction(Text t, int from, int owner) {
    if (owner <= from || !YOUR.contains(t.word(owner)) || t.length(owner - 1) > 13
        || !INSTRUCTION_BEFORE.contains(t.word(owner - 1))) {
      return false;
    }
    if (t.is(owner - 1, "with") || t.is(owner - 1, "using")) {
      for (int k = from; k < owner - 1; k++) {
        if (t.length(k) <= 8 && REPLY_VERBS.contains(t.word(k))) {
          return false; // "Reply here with your customer number"
        }
      }
    }
    return true;
  }

  /**
   * Verbs that ask for a datum (not "send an email", which names the channel): with one of them
   * before it, "an email", "the e-mail", "old and new email" is the customer's address asked for.
   */
  private static final Set<String> DATA_VERBS = Set.of("provide", "give", "tell", "share",
      "post", "confirm", "nennen", "nenne", "nenn", "angeben", "mitteilen", "teile", "verrate",
      "verraten", "gib", "geben");

  /** Words that may stand between such a verb and the e-mail word. */
  private static final Set<String> DATA_FILLERS = Set.of("an", "a", "the", "me", "us", "old",
      "new", "and", "current", "correct", "uns", "mir", "die", "eine", "alte", "neue", "und",
      "aktuelle", "richtige", "both");

  private static boolean dataVerbBefore(Text t, int from, int i) {
    for (int k = i - 1; k >= Math.max(from, i - 6); k--) {
      if (t.length(k) <= 9 && DATA_VERBS.contains(t.word(k))) {
        return !RuleWords.negatedClause(t, k);
      }
      if (t.length(k) > 8 || !DATA_FILLERS.contains(t.word(k))) {
        return false;
      }
    }
    return false;
  }

  /** "here or via email", "hier oder per DM", "or just here": the public place is offered. */
  static boolean hereOr(Text t, int s, int from, int to) {
    if (!t.sentenceHas(s, WordFlags.HERE)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (t.has(k, WordFlags.HERE)
          && ((k + 1 < to && (t.is(k + 1, "or") || t.is(k + 1, "oder")))
          || (k > from && (t.is(k - 1, "or") || t.is(k - 1, "oder"))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the draft names a private channel to move the matter to ("DM us", "PM me on
   * Discord", "Wir melden uns per E-Mail"), not a message the customer received from someone
   * else ("You should have received an email from PayPal").
   */
  static boolean handOffElsewhere(Text t) {
    return handOffElsewhere(t, 0, 0);
  }

  /** {@link #handOffElsewhere(Text)} ignoring channel words that overlap words {@code [exFrom, exTo)}. */
  private static boolean handOffElsewhere(Text t, int exFrom, int exTo) {
    // an address to write to in a sentence of its own; texts without an '@' have none
    for (int s = t.text.indexOf('@') < 0 ? t.sentences : 0; s < t.sentences; s++) {
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      if (!alternative(t, from) && (exTo <= from || exFrom >= to)
          && addressToWriteTo(t.text.substring(t.start[from], t.end[to - 1]))) {
        return true; // "Can you please email hello@example.io … I need your email address."
      }
    }
    if (!RuleWords.PRIVATE_CHANNEL.inText(t)) {
      return false;
    }
    for (int k = 0; k < t.size; k++) {
      int len = RuleWords.PRIVATE_CHANNEL.match(t, k);
      if (len == 0) {
        continue;
      }
      int next = k + len;
      if (k < exTo && exFrom < next || alternative(t, t.sentenceFrom(t.sentence[k]))) {
        k = next - 1;
        continue;
      }
      if (!(next < t.size && t.sentence[next] == t.sentence[k]
          && (t.is(next, "from") || t.is(next, "von") || t.is(next, "vom")))) {
        return true;
      }
      k = next - 1;
    }
    return false;
  }

  /** Words right before an e-mail address that make it the address to write to. */
  private static final Set<String> WRITE_TO = Set.of("email", "e-mail", "mail", "at", "to",
      "an", "unter", "contact", "kontaktiere", "kontaktieren", "via", "per", "über");

  /**
   * Whether the text gives an e-mail address to write to ("please email hello@…", "reach us at
   * support@…", "schreib an service@…"), not an address mentioned in passing (a signature).
   */
  static boolean addressToWriteTo(String text) {
    for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
      if (!ChannelRule.hasEmailAddress(text.substring(at - 1, Math.min(text.length(),
          at + 256)))) {
        continue;
      }
      int p = at;
      while (p > 0 && (Character.isLetterOrDigit(text.charAt(p - 1))
          || ".-_+".indexOf(text.charAt(p - 1)) >= 0)) {
        p--;
      }
      while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '`'
          || text.charAt(p - 1) == ':')) {
        p--;
      }
      int w = p;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
        w--;
      }
      if (w < p && WRITE_TO.contains(text.substring(w, p).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Sentence openings that offer an alternative: "Or you can reach out direct at …". */
  private static final Set<String> ALTERNATIVE = Set.of("or", "oder", "alternatively",
      "alternativ");

  /**
   * Whether the sentence opening at word {@code from} offers a private channel as an alternative
   * ("Can you share the email you used? Or reach out at info@…"): the public answer stays
   * invited, so the channel moves nothing.
   */
  private static boolean alternative(Text t, int from) {
    return from < t.size && t.length(from) <= 13 && ALTERNATIVE.contains(t.word(from));
  }

  /**
   * Whether the sentence {@code [from, to)} names a private channel other than the words of the
   * personal-data noun at {@code [i, i + len)} ("please provide an email": "an email" is the
   * datum asked for, not a channel).
   */
  private static boolean privateChannelBesides(Text t, int from, int to, int i, int len) {
    for (int k = from; k < to; k++) {
      int m = RuleWords.PRIVATE_CHANNEL.match(t, k);
      if (m > 0) {
        if (k + m <= i || k >= i + len) {
          return true;
        }
        k += m - 1;
      }
    }
    return false;
  }

  /** Whether sentence {@code s} ends with a question mark. */
  static boolean questionEnds(Text t, int s) {
    String text = t.text;
    for (int k = t.end[t.sentenceTo(s) - 1]; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '?') {
        return true;
      }
      if (Character.isLetterOrDigit(c) || c == '\n' || c == '.' || c == '!') {
        return false;
      }
    }
    return false;
  }

  /** Number of words of a personal-data noun at word {@code i}, 0 when none. */
  static int nounAt(Text t, int i) {
    int len = PHRASES.match(t, i);
    if (len > 0) {
      return len;
    }
    len = OF_YOUR.match(t, i);
    if (len > 0) {
      return len;
    }
    if (t.length(i) <= 12 && EMAIL.contains(t.word(i))) {
      return emailAt(t, i);
    }
    if (t.has(i, WordFlags.PII_EXACT)) {
      return addressAsVerb(t, i) ? 0 : 1;
    }
    if (!t.has(i, WordFlags.PII_SUFFIX) || CredentialRule.credentialAt(t, i) > 0) {
      return 0;
    }
    for (String p : NOT_PERSONAL_PREFIXES) {
      if (t.startsWith(i, p)) {
        return 0;
      }
    }
    return 1;
  }

  @Override
  public void check(Context ctx) {
    if (ctx.draft.visibility() != Visibility.PUBLIC) {
      return;
    }
    Text t = ctx.text;
    Boolean privateElsewhere = null;
    for (int s = 0; s < t.sentences; s++) {
      if (!t.sentenceHas(s, NOUN)) {
        continue; // no word of the sentence can be a personal-data noun
      }
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      for (int i = from; i < to; i++) {
        int len = nounAt(t, i);
        if (len == 0) {
          continue;
        }
        int owner = ownerBefore(t, from, i);
        if ((i > from && t.has(i - 1, WordFlags.OURS))
            || (i > from + 1 && t.has(i - 2, WordFlags.OURS)) || RuleWords.negatedClause(t, i)
            || instruction(t, from, owner)) {
          i += len - 1;
          continue;
        }
        int request = t.sentenceHas(s, WordFlags.REQUEST_START) ? RuleWords.request(t, from, to) : -1;
        if (request < 0 && i > from && (t.is(i - 1, "what") || t.is(i - 1, "which"))) {
          request = i; // "What email are you using."
        }
        if (request < 0 && questionEnds(t, s) && (to - from <= 3 || owner >= 0
            || asks(t, from) && usedByCustomer(t, i + len - 1, to))
            && !RuleWords.clauseHasWord(t, i, RuleWords.DONE_PARTICIPLES)) {
          request = i; // "email?", "und deine Kundennummer?": a question asking for it
        }
        if (request < 0) {
          break;
        }
        boolean isPublic;
        if (RuleWords.PUBLIC_PLACE.inSentence(t, s) || hereOr(t, s, from, to)) {
          isPublic = true; // "share it here or via email": the public comment is invited
        } else if (privateChannelBesides(t, from, to, i, len)
            || ChannelRule.hasEmailAddress(t.text.substring(t.start[from], t.end[to - 1]))) {
          isPublic = false; // "send your order number to sales@example.com"
        } else if (t.sentenceHas(s, WordFlags.HERE)) {
          isPublic = true;
        } else {
          if (privateElsewhere == null) {
            privateElsewhere = handOffElsewhere(t);
          }
          // "please provide an email": the noun's own words are no channel
          isPublic = !privateElsewhere || !handOffElsewhere(t, i, i + len);
        }
        if (isPublic) {
          ctx.reportWords(DraftRules.PII_REQUEST_PUBLIC, Category.PII, i, i + len,
              ctx.say("Hier wird öffentlich nach persönlichen Daten gefragt: die Antwort des "
                  + "Kunden wäre für alle sichtbar.",
                  "This asks for personal data in public: the customer's answer would be "
                  + "visible to everyone."),
              ctx.say("Bitten Sie um eine Direktnachricht oder E-Mail mit diesen Angaben.",
                  "Ask for these details by direct message or e-mail instead."));
        }
        i += len - 1;
      }
    }
  }
}
