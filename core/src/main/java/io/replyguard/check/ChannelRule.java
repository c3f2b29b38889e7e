package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.Visibility;
import java.util.Set;

/**
 * {@code channel.contract-public}: a public draft settles a contract, cancellation or billing
 * dispute (refund, reimbursement, chargeback; "you have been cancelled") in a sentence that does
 * not itself hand it off (e-mail, an e-mail address, direct message, form, support case, a link,
 * "contact …") or ask the customer to do it themselves ("Bitte kündige das Abo …"), when the
 * draft hands off nowhere or when that sentence discusses specifics (numbers, dates, durations,
 * amounts: "die Kündigungsfrist beträgt drei Monate"). A cancelled flight, train, appointment or
 * order is an operation, not a contract; a refund refused as a general policy, to no one and
 * without specifics ("We do not issue refunds"), settles nothing. A draft that names no such matter is not judged by the
 * message it answers: a generic public reply ("taken care of") settles nothing in public.
 * Internal.
 */
final class ChannelRule implements Rule {
  static final String[] STEMS = {"kündig", "vertrag", "verträg", "tarifwechsel", "widerruf",
      "mindestlaufzeit", "vertragslaufzeit", "laufzeitende", "sonderkündigung", "contract",
      "terminat", "refund", "erstattung", "rückerstatt", "gutschrift", "rückbuchung",
      "chargeback"};

  /**
   * Verbs of paying back that settle only with the writer as actor ("Wir haben Ihnen den Betrag
   * zurücküberwiesen", "We reimbursed you"); "Du hast Geld zurückerstattet bekommen" reports a
   * third party's refund.
   */
  static final String[] PAID_BACK = {"zurückerstatt", "zurücküberwies", "zurückgebucht",
      "reimburs"};

  /** Operations, not contracts: a cancelled flight, train or appointment. */
  static final Set<String> OPERATIONAL = Set.of("flight", "flights", "train", "trains", "bus",
      "appointment", "appointments", "event", "flug", "flüge", "zug", "züge", "termin",
      "termine", "veranstaltung", "order", "bestellung", "meeting", "visit", "besuch");

  /** German stems also found inside compounds ("Handyvertrag", "gekündigt"). */
  static final String[] INNER = {"vertrag", "verträg", "kündig"};

  /** English "cancel" counts only with one of these in the sentence (not for flights). */
  static final Set<String> CANCEL_OBJECTS = Set.of("subscription",
      "subscriptions", "account", "plan", "membership", "contract", "tariff", "policy");

  static final Phrases PHRASES = Phrases.of(WordFlags.CHANNEL_START, "notice period", "minimum term", "close my account",
      "close your account", "end my subscription", "end your subscription",
      "tarif wechseln", "tarif ändern");

  /**
   * A compensation granted on the customer's plan ("we've added an extra month to your plan at
   * no charge", "Wir haben Ihnen einen Gratismonat gutgeschrieben"): billing settled in public
   * when the writer grants it or calls it a compensation, to the customer; "Get a free month
   * with the annual plan" is pricing information and "I need an extra month" no grant.
   */
  static final Phrases COMPENSATION = Phrases.of(WordFlags.CHANNEL_START, "extra month",
      "extra months", "free month", "free months", "month for free", "months for free",
      "month free", "months free", "extra year", "credited your account",
      "credited to your account", "credit to your account", "gratismonat", "gratismonate", "freimonat", "freimonate", "monat gratis",
      "monat kostenlos", "monate gratis", "monate kostenlos", "kostenlosen monat",
      "kostenlose monate", "gutgeschrieben");

  /** Words that make a grant a compensation even without a first-person actor. */
  static final Set<String> COMPENSATION_CUES = Set.of("apology", "apologies", "compensation",
      "goodwill", "entschuldigung", "entschädigung", "kulanz", "wiedergutmachung", "sorry");

  static final String[] EXCLUDED = {"vertragspartner", "vertragshändler", "contractor",
      "contractors", "subcontract"};

  /** {@link #STEMS}, {@link #EXCLUDED} and {@link #INNER} by their (ASCII) first letter. */
  private static final String[][] STEMS_BY_INITIAL = byInitial(STEMS);
  private static final String[][] EXCLUDED_BY_INITIAL = byInitial(EXCLUDED);
  private static final String[][] INNER_BY_INITIAL = byInitial(INNER);
  private static final int SHORTEST_INNER = java.util.Arrays.stream(INNER)
      .mapToInt(String::length).min().orElseThrow();

  private static String[][] byInitial(String[] words) {
    String[][] out = new String[128][];
    for (String w : words) {
      char c = w.charAt(0);
      if (c >= 128) {
        throw new IllegalStateException("non-ASCII initial");
      }
      String[] list = out[c] == null ? new String[0] : out[c];
      list = java.util.Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = w;
      out[c] = list;
    }
    return out;
  }

  /** Whether word {@code i} contains one of {@link #INNER}. */
  private static boolean containsInner(Text t, int i) {
    char[] c = t.lo;
    for (int b = t.start[i], last = t.end[i] - SHORTEST_INNER; b <= last; b++) {
      char ch = c[b];
      if (ch < 128 && INNER_BY_INITIAL[ch] != null) {
        for (String x : INNER_BY_INITIAL[ch]) {
          if (x.length() <= t.end[i] - b && Text.restMatches(c, b, x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Number of words of a contract term at word {@code i}, 0 when none. */
  static int termAt(Text t, int i) {
    int len = PHRASES.match(t, i);
    if (len > 0) {
      return len;
    }
    len = COMPENSATION.match(t, i);
    if (len > 0 && (t.sentenceHas(t.sentence[i], WordFlags.FIRST_PERSON)
        || compensationCue(t, t.sentence[i])) && toCustomer(t, t.sentence[i])) {
      return len;
    }
    if (t.length(i) < 6) {
      return 0; // every stem has at least six letters
    }
    char first = t.first(i);
    if (first < 128) {
      String[] excluded = EXCLUDED_BY_INITIAL[first];
      if (excluded != null) {
        for (String x : excluded) {
          if (t.startsWith(i, x)) {
            return 0;
          }
        }
      }
      String[] stems = STEMS_BY_INITIAL[first];
      if (stems != null) {
        for (String s : stems) {
          if (t.startsWith(i, s)) {
            return 1;
          }
        }
      }
    }
    if (containsInner(t, i)) {
      return 1;
    }
    for (String p : PAID_BACK) {
      if (t.startsWith(i, p)) {
        return t.sentenceHas(t.sentence[i], WordFlags.FIRST_PERSON) ? 1 : 0;
      }
    }
    if (t.length(i) <= 11 && DONE_DELETIONS.contains(t.word(i))
        && accountDeleted(t, t.sentence[i])) {
      return 1; // "your account has been removed", "Daten gelöscht und Konto entfernt"
    }
    if (first == 'c' && t.startsWith(i, "cancel")) {
      int sentence = t.sentence[i];
      for (int k = t.sentenceFrom(sentence), to = t.sentenceTo(sentence); k < to; k++) {
        if (t.length(k) <= 12 && OPERATIONAL.contains(t.word(k))) {
          return 0; // "your flight was cancelled": an operation, not a contract
        }
      }
      if (t.size <= 3 || settledForYou(t, sentence)) {
        return 1; // "cancelled", "you have been canceled", "I cancelled your subscription"
      }
      for (int k = i; k >= 0 && t.sentence[k] == sentence; k--) {
        if (t.has(k, WordFlags.CANCEL_OBJECT)) {
          return 1;
        }
      }
      for (int k = i + 1; k < t.size && t.sentence[k] == sentence; k++) {
        if (t.has(k, WordFlags.CANCEL_OBJECT)) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** Past participles that report a deletion as done. */
  static final Set<String> DONE_DELETIONS = Set.of("deleted", "removed", "closed", "erased",
      "gelöscht", "entfernt", "geschlossen", "aufgelöst", "deaktiviert", "deactivated");

  /** The customer's account or profile: deleting it ends the relation (a cancellation). */
  static final Set<String> ACCOUNT_OBJECTS = Set.of("account", "konto", "profile", "profil",
      "benutzerkonto", "nutzerkonto", "kundenkonto", "userkonto", "mitgliedskonto",
      "membership", "mitgliedschaft");

  /** Data words that count as the customer's when owned ("your data", "Ihre Daten"). */
  static final Set<String> DATA_OBJECTS = Set.of("data", "daten");

  /**
   * Whether sentence {@code s} reports the customer's account, profile or own data as deleted:
   * an account word, or a data word with a possessive or in a sentence of a few words ("Data
   * deleted and account removed", "Ihre Daten wurden gelöscht").
   */
  private static boolean accountDeleted(Text t, int s) {
    int from = t.sentenceFrom(s);
    int to = t.sentenceTo(s);
    for (int k = from; k < to; k++) {
      if (t.length(k) > 14) {
        continue;
      }
      if (ACCOUNT_OBJECTS.contains(t.word(k))) {
        return true;
      }
      if (DATA_OBJECTS.contains(t.word(k))
          && (to - from <= 4 || possessive(t, Math.max(from, k - 2), k))) {
        return true;
      }
    }
    return false;
  }

  /** Refund terms: a refusal of these can be a general policy. */
  private static final String[] REFUND = {"refund", "erstattung", "rückerstatt", "gutschrift"};

  /**
   * Whether the refund term at word {@code i} is refused as a general policy: in a negated
   * clause, in a sentence that addresses no one and names no specifics ("I can't issue a refund,
   * only the App Store can", "We do not issue refunds", "Erstattungen sind leider nicht
   * möglich"). "We can't refund your subscription after 14 days" discusses the customer's case.
   */
  static boolean refusedInGeneral(Text t, int i, int s, int from, int to) {
    boolean refund = false;
    for (String r : REFUND) {
      refund |= t.startsWith(i, r);
    }
    return refund && RuleWords.negatedClause(t, i) && !toCustomer(t, s)
        && !specifics(t, from, to);
  }

  /** Whether sentence {@code s} addresses the customer ("you", "your", "Ihnen", "dein"). */
  private static boolean toCustomer(Text t, int s) {
    return settledForYou(t, s) || possessive(t, t.sentenceFrom(s), t.sentenceTo(s));
  }

  private static boolean compensationCue(Text t, int s) {
    for (int k = t.sentenceFrom(s), to = t.sentenceTo(s); k < to; k++) {
      if (t.length(k) <= 16 && COMPENSATION_CUES.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words that send the matter to another contact ("contact the bookshop", "over email"). */
  static final Set<String> CONTACT = Set.of("contact", "contacting", "kontaktieren",
      "kontaktiere", "kontaktiert", "email", "e-mail", "mail", "emails");

  static boolean contact(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.length(k) <= 12 && CONTACT.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  private static String sentenceText(Text t, int from, int to) {
    return t.text.substring(t.start[from], t.end[to - 1]);
  }

  /** Whether the sentence {@code [from, to)} contains a link ("our billing team: https://…"). */
  static boolean link(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.length(k) <= 5 && (t.is(k, "https") || t.is(k, "http") || t.is(k, "www"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} asks the customer to do it themselves ("Bitte kündige das Abo und
   * schließe ein neues ab"): procedure, not settling.
   */
  static boolean procedure(Text t, int s, int from, int to) {
    return t.sentenceHas(s, WordFlags.PLEASE) && !t.sentenceHas(s, WordFlags.FIRST_PERSON);
  }


  /** "you", "your", "dich", "Ihr …": the customer's own matter is settled in the sentence. */
  static final Set<String> YOU = Set.of("you", "your", "dich", "dir", "dein", "deine", "deinen",
      "sie", "ihnen", "ihr", "ihre", "ihren");

  private static boolean settledForYou(Text t, int sentence) {
    for (int k = t.sentenceFrom(sentence), to = t.sentenceTo(sentence); k < to; k++) {
      if (t.length(k) <= 5 && YOU.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} settles the customer's own matter: it addresses the customer
   * ("your subscription", "Ihr Vertrag", "dir"), the writer acts ("wir haben gekündigt", "I've
   * refunded"), or it is a bare word or two ("Cancelled.", "Gekündigt!"). A term in a sentence
   * about third parties or a feature ("Kündigungen werden gerade überall deployed", "eine
   * Gutschrift an die Einrichtung") settles nothing of the customer's.
   */
  static boolean concernsCustomer(Text t, int s, int from, int to) {
    if (to - from <= 3 || t.sentenceHas(s, WordFlags.FIRST_PERSON)) {
      return true;
    }
    return settledForYou(t, s) || possessive(t, from, to);
  }

  /** Words of a discussion or a software change, not of a settled contract. */
  static final Set<String> ELSEWHERE = Set.of("müsste", "müssten", "würde", "würden", "wäre",
      "wären", "would", "deployed", "deploy", "deployt", "deploying", "ausgerollt", "rollout",
      "instanzen", "instances", "feature", "implementiert", "implemented", "merged",
      "buchhalterisch", "bookkeeping", "accounting");

  /** English stems, also used as loan words in German ("bei allen Refunds"). */
  private static final String[] ENGLISH_STEMS = {"refund", "contract", "chargeback", "terminat"};

  private static boolean englishStem(Text t, int i) {
    for (String stem : ENGLISH_STEMS) {
      if (t.startsWith(i, stem)) {
        return true;
      }
    }
    return false;
  }

  /** Determiners of a third party receiving the term: "an die Einrichtung", "to the supplier". */
  private static final Set<String> THIRD_PARTY = Set.of("die", "den", "das", "der", "eine",
      "einen", "the", "a", "an", "diese", "diesen");

  /**
   * Whether the term at {@code i}, in a sentence that addresses no one, is about someone
   * else's matter or the product: a bare plural ("Kündigungen werden gerade überall
   * deployed"), a third party as recipient or owner ("eine Gutschrift an die Einrichtung",
   * "die Gutschrift eines Lieferanten"), or a
   * sentence that discusses or ships software ("müsste", "deployed").
   */
  static boolean notTheCustomers(Text t, int i, int from, int to, boolean german) {
    if (t.endsWith(i, "ungen") || t.endsWith(i, "ften") || t.endsWith(i, "träge")
        || (!german || englishStem(t, i)) && t.endsWith(i, "s") && !t.endsWith(i, "ss")) {
      return true; // a plural: the practice or the feature, not one customer's contract
    }
    if (i + 2 < to && (t.is(i + 1, "an") || t.is(i + 1, "to"))
        && THIRD_PARTY.contains(t.word(i + 2))) {
      return true;
    }
    if (i + 1 < to && (t.is(i + 1, "eines") || t.is(i + 1, "einer"))) {
      return true; // "die Gutschrift eines Lieferanten": someone's, not the customer's
    }
    if (i + 2 < to && (t.is(i + 1, "from") || t.is(i + 1, "of")) && t.is(i + 2, "a")) {
      return true; // "a refund from a supplier"
    }
    for (int k = from; k < to; k++) {
      if (t.length(k) <= 14 && ELSEWHERE.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** "dein", "euer", "Ihr" and their forms, "yours". */
  private static boolean possessive(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.length(k) <= 6 && PiiRequestRule.YOUR.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a sentence discuss the details of a contract (terms, dates, amounts). */
  static final Set<String> DETAILS = Set.of("monat", "monate", "monaten", "monats", "woche",
      "wochen", "jahr", "jahre", "jahren", "tag", "tage", "tagen", "euro", "eur", "frist",
      "month", "months", "year", "years", "week", "weeks", "day", "days", "januar", "februar",
      "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
      "dezember", "january", "february", "march", "june", "july", "october", "december");

  /** Whether the text contains something like an e-mail address to write to. */
  static boolean hasEmailAddress(String text) {
    int at = text.indexOf('@');
    while (at > 0) {
      if (Character.isLetterOrDigit(text.charAt(at - 1))) {
        int dot = text.indexOf('.', at);
        if (dot > at + 1 && dot + 1 < text.length() && Character.isLetter(text.charAt(dot + 1))) {
          return true;
        }
      }
      at = text.indexOf('@', at + 1);
    }
    return false;
  }

  /** Whether the sentence names specifics: a number, a duration, a month or an amount. */
  static boolean specifics(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.startsWithDigit(k) || t.has(k, WordFlags.DETAIL) || t.endsWith(k, "frist")) {
        return true;
      }
    }
    return false;
  }

  static boolean mentionsContract(String text) {
    Text t = Text.lazy(text);
    for (int i = 0; i < t.size; i++) {
      if (termAt(t, i) > 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(Context ctx) {
    if (ctx.draft.visibility() != Visibility.PUBLIC) {
      return;
    }
    Text t = ctx.text;
    Boolean handOff = null;
    for (int s = 0; s < t.sentences; s++) {
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      for (int i = from; i < to; i++) {
        int len = termAt(t, i);
        if (len == 0) {
          continue;
        }
        if (!concernsCustomer(t, s, from, to) && notTheCustomers(t, i, from, to, ctx.german)) {
          break; // "Kündigungen werden gerade deployed", "eine Gutschrift an die Einrichtung"
        }
        if (refusedInGeneral(t, i, s, from, to)) {
          break; // "I can't issue a refund, only the App Store can": a policy, nothing settled
        }
        if (RuleWords.PRIVATE_CHANNEL.inSentence(t, s) || link(t, from, to)
            || contact(t, from, to) || hasEmailAddress(sentenceText(t, from, to))
            || procedure(t, s, from, to)) {
          break; // handed off, pointed to a page, or told how to do it oneself
        }
        if (handOff == null) {
          handOff = RuleWords.PRIVATE_CHANNEL.inText(t) || hasEmailAddress(t.text)
              || link(t, 0, t.size) || contact(t, 0, t.size);
        }
        if (!handOff || specifics(t, from, to)) {
          ctx.reportWords(DraftRules.CHANNEL_CONTRACT_PUBLIC, Category.CHANNEL, i, i + len,
              message(ctx), suggestion(ctx));
        }
        break;
      }
    }
  }

  private static String message(Context ctx) {
    return ctx.say("Vertrags- und Kündigungsfragen werden nicht öffentlich geklärt.",
        "Contract and cancellation matters are not settled in public.");
  }

  private static String suggestion(Context ctx) {
    return ctx.say("Verweisen Sie auf E-Mail, Kontaktformular oder Direktnachricht.",
        "Move the matter to e-mail, the contact form or a direct message.");
  }
}
