package io.replyguard.check;

import java.util.Set;

/**
 * Follow-up promises in their many first-person forms, for {@code commitment.missing-time}: a
 * first-person future or intent ("I'll", "I will", "we're going to", "and will" after "we", "ich
 * werde", "wir müssen", "werde ich") followed in its clause by a verb of follow-up work ("check",
 * "look", "investigate", "raise", "add", "fix", "anschauen", "prüfen", "kümmern" ...); a
 * first-person present tense used as a future ("ich schaue mir das an", "schau ich mir nochmal
 * an", "wir prüfen das"); work in progress ("we're investigating", "I'm looking into it"); and a
 * bare acceptance ("Das mache ich", "Machen wir!") as the whole clause.
 *
 * <p>Not promises: what was done ("I checked", "ich habe geprüft" have no future marker),
 * requests and conditionals addressed to the customer ("if you check …" has no first-person
 * marker; a marker after "if"/"wenn"/"falls" in its clause is a condition), questions (the caller
 * skips sentences ending with "?"), and "I'll" with verbs that act on the thread at once and leave
 * the customer waiting for nothing ("I'll close this issue", "I'll mark it as duplicate", "I'll
 * merge it"): those verbs are not in the list. Internal.
 */
final class FollowUpIntent {
  private FollowUpIntent() {}

  /** English verbs of follow-up work after a future marker. */
  static final Set<String> EN_VERBS = Set.of("check", "look", "investigate", "raise", "add",
      "fix", "scour", "review", "examine", "dig", "debug", "forward", "escalate", "pass",
      "consider", "analyze", "analyse", "reproduce", "research", "verify", "clarify", "handle",
      "sort", "figure", "test", "discuss", "implement", "release", "publish", "ship",
      "push", "ask", "contact", "ping", "report", "inspect", "troubleshoot", "dive", "update",
      "work", "resolve", "correct", "repair", "patch", "track", "note", "include", "chase",
      "replace", "generate", "delete", "remove", "send", "proceed", "refund", "improve",
      "adjust", "change", "post", "prepare", "rework", "revisit",
      // "we'll get this updated", "I'll have it fixed": a result promised
      "updated", "fixed", "sorted", "resolved", "changed", "added", "corrected", "repaired");

  /** Words between the future marker and the verb: "I'll definitely try to have a look". */
  private static final Set<String> EN_FILLERS = Set.of("also", "definitely", "certainly",
      "surely", "then", "first", "try", "to", "have", "be", "take", "a", "another", "closer",
      "quick", "gladly", "happily", "now", "still", "just", "go", "ahead", "and", "personally",
      "quickly", "further", "more", "probably", "again", "def", "most", "likely", "gonna",
      "need", "want", "some", "deeper", "proper", "into", "it", "this", "that", "get");

  /** English progressive forms: work in progress ("we're investigating"). */
  static final Set<String> EN_ING = Set.of("investigating", "checking", "looking", "reviewing",
      "examining", "analyzing", "analysing", "debugging", "researching", "troubleshooting",
      "digging", "working");

  /** German infinitives of follow-up work after "ich werde", "wir müssen" ... */
  static final Set<String> DE_VERBS = Set.of("anschauen", "anschaun", "ansehen", "angucken",
      "nachschauen", "nachsehen", "nachgucken", "schauen", "gucken", "prüfen", "überprüfen",
      "nachprüfen", "kümmern", "klären", "abklären", "untersuchen", "beheben", "fixen",
      "einbauen", "hinzufügen", "ergänzen", "weiterleiten", "weitergeben", "checken",
      "reparieren", "korrigieren", "aufnehmen", "nachgehen", "ändern", "anpassen", "umsetzen",
      "implementieren", "analysieren", "nachfragen", "durchsehen", "debuggen", "einpflegen",
      "nachreichen", "erledigen", "machen", "testen", "ansprechen", "melden", "mitnehmen",
      "aufgreifen", "bearbeiten", "beantworten", "nachbessern", "eintragen", "notieren",
      "austauschen", "schreiben", "bereitstellen", "stellen", "liefern", "nachliefern",
      "veröffentlichen", "hochladen", "erstellen", "nachziehen", "überarbeiten",
      "aktualisieren", "updaten", "einspielen", "ausrollen", "releasen", "lösen", "versuchen",
      "umbauen", "bauen", "verbessern", "löschen", "ersetzen", "schicken", "senden",
      "zuschicken");

  /** German auxiliaries and modals of a first-person future or intent. */
  private static final Set<String> DE_AUX_ICH = Set.of("werde", "werd", "muss", "will", "möchte");
  private static final Set<String> DE_AUX_WIR = Set.of("werden", "müssen", "wollen", "möchten");

  /**
   * German first-person present forms used as a future; the value is the particle the clause
   * must contain ("" for none).
   */
  private static final java.util.Map<String, String> DE_PRESENT = java.util.Map.ofEntries(
      java.util.Map.entry("schaue", ""), java.util.Map.entry("schau", ""),
      java.util.Map.entry("schauen", ""), java.util.Map.entry("gucke", ""),
      java.util.Map.entry("guck", ""), java.util.Map.entry("gucken", ""),
      java.util.Map.entry("prüfe", ""), java.util.Map.entry("prüfen", ""),
      java.util.Map.entry("überprüfe", ""), java.util.Map.entry("überprüfen", ""),
      java.util.Map.entry("kläre", ""), java.util.Map.entry("klären", ""),
      java.util.Map.entry("kümmere", ""), java.util.Map.entry("kümmern", ""),
      java.util.Map.entry("untersuche", ""), java.util.Map.entry("untersuchen", ""),
      java.util.Map.entry("checke", ""), java.util.Map.entry("checken", ""),
      java.util.Map.entry("sehe", "an"), java.util.Map.entry("sehen", "an"),
      java.util.Map.entry("baue", "ein"), java.util.Map.entry("bauen", "ein"),
      java.util.Map.entry("nehme", "auf"), java.util.Map.entry("nehmen", "auf"),
      java.util.Map.entry("leite", "weiter"), java.util.Map.entry("leiten", "weiter"),
      java.util.Map.entry("frage", "nach"), java.util.Map.entry("fragen", "nach"),
      java.util.Map.entry("gehe", "nach"), java.util.Map.entry("gehen", "nach"));

  /** Words after which a marker is a condition, not a promise. */
  private static final Set<String> CONDITIONAL = Set.of("if", "wenn", "falls", "unless",
      "whether", "ob", "sofern");

  /** Words that may follow "Das mache ich" in a bare acceptance. */
  private static final Set<String> ACCEPT_TAIL = Set.of("gern", "gerne", "noch", "dann", "so",
      "doch");

  /**
   * The first follow-up promise in sentence words {@code [from, to)} as {@code start << 16 |
   * length} (in words), or -1. The caller has checked that the sentence has a first-person word.
   */
  static int find(Text t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.has(i, WordFlags.FIRST_PERSON) && !t.is(i, "will") && !t.is(i, "das")
          && !t.is(i, "mache") && !t.is(i, "machen") && !t.is(i, "werde")
          && !t.is(i, "werden")) {
        continue;
      }
      int end = at(t, i, to);
      if (end > i && !conditional(t, i)) {
        return i << 16 | (end - i);
      }
    }
    return -1;
  }

  /** The word after a promise that starts at {@code i}, or {@code i} when none starts there. */
  private static int at(Text t, int i, int to) {
    int c = t.clause[i];
    // English future: I'll / we'll / I will / we will / we're going to / (we …) and will
    int aux = -1;
    if (t.is(i, "i'll") || t.is(i, "we'll") || t.is(i, "i\u2019ll") || t.is(i, "we\u2019ll")) {
      aux = i;
    } else if ((t.is(i, "i") || t.is(i, "we")) && i + 1 < to
        && (t.is(i + 1, "will") || t.is(i + 1, "shall"))) {
      aux = i + 1;
    } else if (going(t, i, to)) {
      aux = i + 3 - (t.is(i, "i'm") || t.is(i, "we're") || t.is(i, "i\u2019m")
          || t.is(i, "we\u2019re") ? 1 : 0);
    } else if (t.is(i, "will") && i > 0 && t.is(i - 1, "and") && t.sentence[i - 1] == t.sentence[i]
        && firstPersonBefore(t, i - 1)) {
      aux = i; // "We have created a ticket and will raise this topic internally."
    }
    if (aux >= 0) {
      for (int k = aux + 1; k < Math.min(to, aux + 5); k++) {
        if (t.has(k, WordFlags.NEGATION) || t.clause[k] != c) {
          return i;
        }
        if (t.length(k) <= 13 && EN_VERBS.contains(t.word(k))) {
          if (t.is(k, "look") && k + 1 < to && t.is(k + 1, "forward")) {
            return i;
          }
          return k + 1;
        }
        if (t.is(k, "see") && k + 1 < to && (t.is(k + 1, "what") || t.is(k + 1, "if")
            || t.is(k + 1, "whether") || t.is(k + 1, "how"))) {
          return k + 1;
        }
        if (t.length(k) > 11 || !EN_FILLERS.contains(t.word(k))) {
          return i; // "I'll need your email address": the verb is not follow-up work
        }
      }
      return i;
    }
    // English progressive: we're investigating, I am looking into it
    int ing = -1;
    if (t.is(i, "we're") || t.is(i, "i'm") || t.is(i, "we\u2019re") || t.is(i, "i\u2019m")) {
      ing = i + 1;
    } else if ((t.is(i, "we") && i + 1 < to && t.is(i + 1, "are"))
        || (t.is(i, "i") && i + 1 < to && t.is(i + 1, "am"))) {
      ing = i + 2;
    }
    if (ing >= 0) {
      for (int k = ing; k < Math.min(to, ing + 3); k++) {
        if (t.has(k, WordFlags.NEGATION)) {
          return i;
        }
        if (t.length(k) <= 15 && EN_ING.contains(t.word(k))) {
          if (t.is(k, "working") && !(k + 1 < to && t.is(k + 1, "on"))) {
            return i;
          }
          for (int r = k + 1; r + 1 < to && t.clause[r] == c; r++) {
            if (t.is(r, "right") && t.is(r + 1, "now")) {
              return i; // "we are looking into it right now": a status, not a promise
            }
          }
          return k + 1;
        }
      }
      return i;
    }
    // German acceptance: "Das mache ich", "Mache ich!", "Machen wir gerne."
    if (t.is(i, "das") || t.is(i, "mache") || t.is(i, "machen")) {
      int v = t.is(i, "das") ? i + 1 : i;
      if (clauseOpens(t, i) && v < to && t.clause[v] == c
          && (t.is(v, "mache") || t.is(v, "machen")) && v + 1 < to
          && (t.is(v + 1, "ich") || t.is(v + 1, "wir")) && t.clause[v + 1] == c) {
        int e = v + 2;
        while (e < to && t.clause[e] == c && t.length(e) <= 5 && ACCEPT_TAIL.contains(t.word(e))) {
          e++;
        }
        if (e >= to || t.clause[e] != c) {
          return e; // the acceptance is the whole clause
        }
      }
      return i;
    }
    // German future or intent: ich werde … anschauen, wir müssen … prüfen, werde ich … ansehen,
    // "Ich habe den Fehler gefunden und werde ein Update bereitstellen"
    boolean ich = t.is(i, "ich");
    boolean wir = t.is(i, "wir");
    boolean joined = (t.is(i, "werde") || t.is(i, "werden")) && i > 0 && t.is(i - 1, "und")
        && t.sentence[i - 1] == t.sentence[i];
    if (joined) {
      ich = t.is(i, "werde") && pronounBefore(t, i - 1, "ich");
      wir = t.is(i, "werden") && pronounBefore(t, i - 1, "wir");
      if (!ich && !wir) {
        return i;
      }
    } else if (!ich && !wir) {
      return i;
    }
    Set<String> auxes = ich ? DE_AUX_ICH : DE_AUX_WIR;
    boolean future = joined || (i + 1 < to && t.clause[i + 1] == c && t.length(i + 1) <= 7
        && auxes.contains(t.word(i + 1)))
        || (i > 0 && t.clause[i - 1] == c && t.length(i - 1) <= 7 && auxes.contains(t.word(i - 1)));
    if (future) {
      for (int k = i + 1; k < to && t.clause[k] == c; k++) {
        if (t.has(k, WordFlags.NEGATION)) {
          return i;
        }
        if (t.length(k) <= 14 && DE_VERBS.contains(t.word(k))) {
          return k + 1;
        }
      }
      return i;
    }
    // German present as future: ich schaue mir das an, schau ich mir nochmal an, wir prüfen das
    int verb = -1;
    if (i + 1 < to && t.clause[i + 1] == c && t.length(i + 1) <= 11
        && DE_PRESENT.containsKey(t.word(i + 1))) {
      verb = i + 1;
    } else if (i > 0 && t.clause[i - 1] == c && t.length(i - 1) <= 11
        && DE_PRESENT.containsKey(t.word(i - 1))) {
      verb = i - 1;
    }
    if (verb < 0 || !agrees(t, verb, ich)) {
      return i;
    }
    String particle = DE_PRESENT.get(t.word(verb));
    int last = Math.max(i, verb);
    for (int k = last + 1; k < to && t.clause[k] == c; k++) {
      if (t.has(k, WordFlags.NEGATION) || t.is(k, "besten")) {
        // "das klären wir am besten per Direktnachricht": how to go on, not a promise
        return i;
      }
    }
    if (particle.isEmpty()) {
      return last + 1;
    }
    for (int k = last + 1; k < to && t.clause[k] == c; k++) {
      if (t.is(k, particle)) {
        return k + 1;
      }
    }
    return i;
  }

  /** Whether the verb form agrees with the pronoun (ich: singular, wir: "-en"). */
  private static boolean agrees(Text t, int verb, boolean ich) {
    boolean plural = t.endsWith(verb, "en");
    return ich != plural;
  }

  private static boolean clauseOpens(Text t, int i) {
    return i == 0 || t.clause[i - 1] != t.clause[i];
  }

  /** "we're going to", "I am going to", "we are going to". */
  private static boolean going(Text t, int i, int to) {
    int g;
    if (t.is(i, "i'm") || t.is(i, "we're") || t.is(i, "i\u2019m") || t.is(i, "we\u2019re")) {
      g = i + 1;
    } else if ((t.is(i, "i") && i + 1 < to && t.is(i + 1, "am"))
        || (t.is(i, "we") && i + 1 < to && t.is(i + 1, "are"))) {
      g = i + 2;
    } else {
      return false;
    }
    return g + 1 < to && t.is(g, "going") && t.is(g + 1, "to");
  }

  /** Whether the German pronoun stands before word {@code i} in its sentence. */
  private static boolean pronounBefore(Text t, int i, String pronoun) {
    int from = t.sentenceFrom(t.sentence[i]);
    for (int k = from; k < i; k++) {
      if (t.is(k, pronoun)) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstPersonBefore(Text t, int i) {
    int from = t.sentenceFrom(t.sentence[i]);
    for (int k = from; k < i; k++) {
      if (t.is(k, "we") || t.is(k, "i")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a conditional word precedes word {@code i} in its clause. */
  private static boolean conditional(Text t, int i) {
    int c = t.clause[i];
    for (int k = i - 1; k >= 0 && t.clause[k] == c; k--) {
      if (t.length(k) <= 7 && CONDITIONAL.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }
}
