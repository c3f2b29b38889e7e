package io.replyguard.check;

import java.util.Set;

/**
 * The word lists the built-in draft rules read (lower case): request verbs, negations, pronouns,
 * private channels, public places. {@link WordFlags} mirrors them as per-word bits. Internal.
 */
final class RuleWords {
  private RuleWords() {}

  /** Verbs and phrases that ask the customer to hand something over. */
  static final Phrases REQUEST = Phrases.of(WordFlags.REQUEST_START,
      // German
      "nennen", "nenne", "nenn", "nennt", "schicken", "schick", "schicke", "schickt",
      "senden", "sende", "sendet", "schreiben", "schreib", "schreibe", "schreibt", "mitteilen",
      "teilen", "teile", "teilt", "angeben", "geben", "gib", "gebt", "durchgeben", "übermitteln",
      "übermittle", "zukommen", "posten", "poste", "postet", "verraten", "verrate", "verratet",
      "wie lautet", "wie lauten", "brauchen", "brauche", "bräuchte", "bräuchten", "benötigen",
      "benötige", "benötigten", "bestätigen", "bestätige", "hinterlassen", "kommentieren", "tippen",
      "antworte", "antworten", "antwortet", "kommentiere", "ergänze", "ergänzen", "ergänzt",
      "hast du", "haben sie", "habt ihr", "welcher", "welches", "lautet", "vorlesen", "sag",
      "sagen", "sagt", "hinzufügen", "füge", "fügen", "mailen", "maile", "mailt",
      "erzähl", "erzähle", "erzählen", "erzählt",
      // English
      "send", "tell", "give", "share", "provide", "post", "dm", "need", "confirm", "reply with",
      "comment with", "drop", "leave", "include", "let us know", "type", "what is", "what's",
      "what are", "forward", "enter", "reply", "respond", "comment", "add", "do you have",
      "which", "what was", "email", "e-mail", "mail");

  /** Request cues that are nouns too ("the email"): requests only when they open a sentence. */
  static final Set<String> IMPERATIVE_ONLY = Set.of("email", "e-mail", "mail", "mailen", "maile",
      "mailt");

  /** English determiners: a cue word after one of them is a noun. */
  static final Set<String> DETERMINERS = Set.of("a", "an", "the", "your", "my", "our", "this",
      "that", "his", "her", "their", "its", "no", "every", "any");

  /** Words that negate a clause. */
  static final Set<String> NEGATION = Set.of(
      "nie", "niemals", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines",
      "keinesfalls", "niemand", "niemandem", "niemanden", "nirgends",
      "never", "not", "no", "don't", "dont", "doesn't", "won't", "cannot", "can't", "shouldn't",
      "mustn't", "nobody", "nor", "neither", "without", "ohne");

  /** Pronouns that make the customer the recipient (we send to you, not you to us). */
  static final Set<String> TO_CUSTOMER = Set.of("ihnen", "dir", "euch");

  /** Words meaning "us", the company as recipient. */
  static final Set<String> TO_US = Set.of("uns", "us");

  /** First-person subjects: the company speaks about what it will do. */
  static final Set<String> FIRST_PERSON = Set.of("wir", "ich", "we", "we'll", "we're", "we've",
      "we'd", "i", "i'll", "i'm", "i've", "i'd",
      "we\u2019ll", "we\u2019re", "we\u2019ve", "we\u2019d", "i\u2019ll", "i\u2019m", "i\u2019ve",
      "i\u2019d");

  /** Words that turn a sentence into a request to the customer. */
  static final Set<String> PLEASE = Set.of("bitte", "please");

  /** Moving the matter to a private channel. */
  static final Phrases PRIVATE_CHANNEL = Phrases.of(WordFlags.PRIVATE_CHANNEL_START,
      "dm", "dms", "per dm", "direktnachricht", "direktnachrichten", "private nachricht",
      "privatnachricht", "pn", "privat", "per e-mail", "per email", "per mail", "via e-mail",
      "via email", "eine e-mail", "einer e-mail", "eine email", "einer email", "eine mail",
      "e-mail an", "mail an", "telefonisch", "per telefon", "anrufen", "rufen", "hotline",
      "kontaktformular", "formular", "messenger", "postfach", "inbox", "schriftlich",
      "per post", "per brief", "in writing", "by post", "by letter",
      "direct message", "private message", "privately", "by email", "by e-mail", "an email",
      "an e-mail", "email us", "e-mail us", "mail us", "by phone", "over the phone", "call us",
      "call", "contact form", "form", "chat", "our email", "email me", "e-mail me",
      "mail me", "contact me", "contact us", "support contact", "kontaktiere mich",
      "kontaktieren sie mich", "kontaktiere uns", "kontaktieren sie uns",
      "our e-mail", "that email", "this email", "in the email", "emailed", "e-mailed",
      "in der e-mail", "in der mail", "unsere e-mail", "unserer e-mail", "e-mails", "emails",
      "support case", "support ticket", "ticket", "tickets", "support team",
      "billing team", "support channel", "support portal", "helpdesk", "help desk",
      "zendesk", "discord", "slack", "telegram", "whatsapp", "supportportal", "supportteam",
      "support-team", "serviceportal", "kundenservice", "kundendienst", "vorgang",
      "ticketnummer", "dm us", "message us", "send us a message",
      "nachricht an uns", "schreib uns", "schreiben sie uns", "schreibt uns",
      "contact us", "reach out", "email button", "e-mail button", "mail button",
      "e-mail-button", "created email", "generated email", "in an email", "in an e-mail",
      "in a mail", "in einer mail", "in einer e-mail", "in einer email", "a pm", "as pm",
      "via pm", "per pm", "by pm", "in a pm", "pm me", "pm us", "private msg", "as a pn",
      "als pn", "per pn");

  /** Explicitly public places. */
  static final Phrases PUBLIC_PLACE = Phrases.of(WordFlags.PUBLIC_PLACE_START,
      "in die kommentare", "in den kommentaren", "im kommentar", "als kommentar",
      "in einem kommentar", "öffentlich", "unter diesen beitrag", "unter diesem beitrag",
      "unter den post", "unter diesem post", "hier im thread", "als antwort",
      "in the comments", "in a comment", "as a comment", "in the replies", "in a reply",
      "publicly", "in this thread", "below", "reply with", "comment with");

  /** Weakly public places ("here"). */
  static final Set<String> HERE = Set.of("hier", "here", "unten", "darunter");

  /** Whether the clause of word {@code i} contains a negation. */
  static boolean negatedClause(Text t, int i) {
    int c = t.clause[i];
    for (int k = i; k >= 0 && t.clause[k] == c; k--) {
      if (t.has(k, WordFlags.NEGATION) && !encouraging(t, k)) {
        return true;
      }
    }
    for (int k = i + 1; k < t.size && t.clause[k] == c; k++) {
      if (t.has(k, WordFlags.NEGATION) && !encouraging(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** "do not hesitate to …", "zögern Sie nicht": a negation that encourages. */
  private static boolean encouraging(Text t, int k) {
    return (k + 1 < t.size && t.is(k + 1, "hesitate"))
        || (k > 0 && (t.is(k - 1, "zögern") || t.is(k - 1, "zögere") || t.is(k - 1, "zögert")))
        || (k > 1 && t.is(k - 2, "zögern"));
  }

  /** Whether any word in {@code [from, to)} has one of the {@link WordFlags} bits. */
  static boolean any(Text t, int from, int to, int bits) {
    for (int k = from; k < to; k++) {
      if (t.has(k, bits)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first request cue in the sentence {@code [from, to)} that is not negated and does not send
   * something to the customer; -1 when there is none.
   */
  static int request(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      int len = REQUEST.match(t, k);
      if (len == 0) {
        continue;
      }
      if (negatedClause(t, k)) {
        continue;
      }
      if (towardsCustomer(t, k, len)) {
        continue;
      }
      String w = t.word(k);
      if (IMPERATIVE_ONLY.contains(w) && k != from && !t.has(k - 1, WordFlags.PLEASE)) {
        continue; // "the registered email address": a noun; "Email her login": a request
      }
      if (k > 0 && t.clause[k - 1] == t.clause[k] && t.has(k - 1, WordFlags.DETERMINER)) {
        continue; // "your post", "a DM", "the need": a noun, not a request
      }
      if ((w.equals("hast") || w.equals("haben") || w.equals("habt"))
          && clauseHasWord(t, k, DONE_PARTICIPLES)) {
        continue; // "Hast du deine Mail korrekt angegeben?": asks what was done, not for data
      }
      if ((w.equals("geben") || w.equals("gib") || w.equals("gebt"))
          && clauseHas(t, k, WordFlags.ENTERING)) {
        continue; // "geben Sie die PIN nur in der App ein": entering it, not handing it over
      }
      if (w.equals("enter") || w.equals("type") || w.equals("tippen") || w.equals("confirm")
          || w.startsWith("bestätig")) {
        if (!clauseHas(t, k, WordFlags.TO_US | WordFlags.HERE)) {
          continue; // "enter your PIN in the app"
        }
      }
      return k;
    }
    return -1;
  }

  /** Participles of entering or using data: "hast du … angegeben" asks about a past step. */
  static final Set<String> DONE_PARTICIPLES = Set.of("angegeben", "eingegeben", "eingetragen",
      "hinterlegt", "verwendet", "benutzt", "genutzt", "registriert", "bestätigt",
      "aktiviert", "geändert", "getippt", "ausgefüllt");

  /** Whether the clause of word {@code i} contains one of the words (at most 14 letters). */
  static boolean clauseHasWord(Text t, int i, Set<String> words) {
    int c = t.clause[i];
    for (int k = i; k >= 0 && t.clause[k] == c; k--) {
      if (t.length(k) <= 14 && words.contains(t.word(k))) {
        return true;
      }
    }
    for (int k = i + 1; k < t.size && t.clause[k] == c; k++) {
      if (t.length(k) <= 14 && words.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean towardsCustomer(Text t, int k, int len) {
    int c = t.clause[k];
    boolean us = clauseHas(t, k, WordFlags.TO_US);
    if (us) {
      return false;
    }
    if (clauseHas(t, k, WordFlags.TO_CUSTOMER)) {
      return true;
    }
    // English: "send you", "give you", "tell you"
    return k + len < t.size && t.clause[k + len] == c && t.is(k + len, "you");
  }

  /** Whether the clause of word {@code i} has a word with one of the {@link WordFlags} bits. */
  static boolean clauseHas(Text t, int i, int bits) {
    int c = t.clause[i];
    for (int k = i; k >= 0 && t.clause[k] == c; k--) {
      if (t.has(k, bits)) {
        return true;
      }
    }
    for (int k = i + 1; k < t.size && t.clause[k] == c; k++) {
      if (t.has(k, bits)) {
        return true;
      }
    }
    return false;
  }
}
