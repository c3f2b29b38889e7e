package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.Formality;
import java.util.Set;

/**
 * {@code tone.mixed-address} and {@code tone.formality} for German drafts. Formal address: "Sie"
 * written with a capital inside a sentence, "Ihnen", and a capitalised "Ihr/Ihre/..." inside a
 * sentence or opening one before a noun. A sentence-initial "Sie" counts as formal only before a
 * plural verb form ("Sie erhalten", "Sie sind"), not before a singular one ("Sie ist unterwegs":
 * she); lower-case "sie" and "ihr" (she, they, her, their) never count. Informal address: du,
 * dich, dir, dein*, euch, euer, eure* in any case, a sentence-initial "Ihr" before a verb in
 * "-t" ("Ihr habt"), and a capitalised "Ihr" right after a plural verb ("Wie habt Ihr das
 * gemacht?"). A known limit: a sentence-initial "Sie" meaning "they" before a plural verb
 * reads as formal. An informal imperative without a pronoun ("Ruf uns an", "Bitte schreib uns")
 * is informal address too; words in quotation marks („Dein Konto“, a label of the product) are
 * no address. Internal.
 */
final class ToneRule implements Rule {
  static final Set<String> INFORMAL = Set.of("du", "dich", "dir", "dein", "deine", "deinen",
      "deinem", "deiner", "deines", "euch", "euer", "eure", "euren", "eurem", "eurer", "eures");
  static final Set<String> POSSESSIVE = Set.of("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres");
  static final Set<String> PLURAL_VERBS = Set.of("sind", "wären", "waren");
  /** Formal address when capitalised; see {@link #classify}. */
  static final Set<String> ADDRESS = Set.of("sie", "ihnen");

  private final Formality formality;

  ToneRule(Formality formality) {
    this.formality = formality;
  }

  @Override
  public void check(Context ctx) {
    if (!ctx.germanDraft) {
      return;
    }
    boolean mixedOn = ctx.enabled(DraftRules.TONE_MIXED_ADDRESS);
    boolean formalityOn = ctx.enabled(DraftRules.TONE_FORMALITY);
    if (!mixedOn && !formalityOn) {
      return;
    }
    Text t = ctx.text;
    int[] formal = new int[8];
    int[] informal = new int[8];
    int nf = 0;
    int ni = 0;
    boolean[] quoted = quoted(t);
    for (int i = 0; i < t.size; i++) {
      if (quoted != null && quoted[i]) {
        continue; // „Dein Konto“: a label of the product, not the brand addressing anyone
      }
      int kind = classify(t, i);
      if (kind == 0 && imperative(t, i)) {
        kind = -1; // "Ruf uns an", "Bitte schreib uns": du without the pronoun
      }
      if (kind > 0) {
        if (nf == formal.length) {
          formal = java.util.Arrays.copyOf(formal, nf * 2);
        }
        formal[nf++] = i;
      } else if (kind < 0) {
        if (ni == informal.length) {
          informal = java.util.Arrays.copyOf(informal, ni * 2);
        }
        informal[ni++] = i;
      }
    }
    boolean sie = formality == Formality.SIE;
    int[] offending = sie ? informal : formal;
    int count = sie ? ni : nf;
    if (nf > 0 && ni > 0) {
      if (!mixedOn) {
        return;
      }
      for (int k = 0; k < count; k++) {
        ctx.reportWords(DraftRules.TONE_MIXED_ADDRESS, Category.TONE, offending[k],
            offending[k] + 1, ctx.say("Anrede gemischt: der Entwurf siezt und duzt.",
                "Mixed address: the draft uses both formal \"Sie\" and informal \"du\"."),
            suggestion(ctx, sie));
      }
    } else if (count > 0 && formalityOn) {
      for (int k = 0; k < count; k++) {
        ctx.reportWords(DraftRules.TONE_FORMALITY, Category.TONE, offending[k],
            offending[k] + 1, sie
                ? ctx.say("Die Marke siezt ihre Kunden; hier wird geduzt.",
                    "The brand addresses customers formally (Sie); this word is informal.")
                : ctx.say("Die Marke duzt ihre Kunden; hier wird gesiezt.",
                    "The brand addresses customers informally (du); this word is formal."),
            suggestion(ctx, sie));
      }
    }
  }

  private static String suggestion(Context ctx, boolean sie) {
    return sie ? ctx.say("Durchgehend siezen: Sie, Ihnen, Ihr.",
        "Use the formal address throughout: Sie, Ihnen, Ihr.")
        : ctx.say("Durchgehend duzen: du, dir, dein.",
            "Use the informal address throughout: du, dir, dein.");
  }

  /** Informal imperatives ("schreib", "ruf … an") that address the reader without a pronoun. */
  static final Set<String> IMPERATIVES = Set.of("schreib", "schick", "ruf", "meld", "melde",
      "gib", "klick", "tipp", "versuch", "probier", "schau", "geh", "nimm", "lies", "sag",
      "wende", "starte", "öffne", "lad", "lade", "installier", "installiere", "prüf", "prüfe",
      "denk", "mach", "komm", "warte", "frag", "lösch", "lösche", "trag", "setz", "füll",
      "antworte", "kontaktier", "kontaktiere", "besuch", "besuche", "nutz", "nutze", "wähl",
      "wähle", "schalt", "schalte", "stell", "stelle", "leg", "lege", "hol", "hole", "teil",
      "teile", "sende", "aktualisier", "aktualisiere", "check", "vergiss", "hab", "sei",
      "bleib", "guck", "kuck", "drück", "drücke");

  /**
   * Whether word {@code i} is an informal imperative: one of {@link #IMPERATIVES} opening its
   * sentence or following "bitte", and not followed by "Sie" ("Melde Sie …" does not occur; a
   * verb before "Sie" is a formal imperative in its long form, which the list does not hold).
   */
  static boolean imperative(Text t, int i) {
    if (t.length(i) > 11) {
      return false;
    }
    // the position first: it is cheap and rules out most words without making their strings
    boolean opens = t.opensSentence(i)
        || (i > 0 && t.sentence[i - 1] == t.sentence[i] && t.has(i - 1, WordFlags.PLEASE));
    if (!opens || !IMPERATIVES.contains(t.word(i))) {
      return false;
    }
    return !(i + 1 < t.size && t.sentence[i + 1] == t.sentence[i] && t.is(i + 1, "sie"));
  }

  /** Per word: whether it stands inside quotation marks; null when the text has none. */
  static boolean[] quoted(Text t) {
    char[] s = t.lo; // lower-casing changes no quotation mark
    boolean any = false;
    for (int k = 0; k < s.length && !any; k++) {
      char c = s[k];
      any = c == '"' || c == '\u201E' || c == '\u201C' || c == '\u00AB' || c == '\u201A';
    }
    if (!any) {
      return null;
    }
    boolean[] out = new boolean[t.size];
    boolean in = false;
    int w = 0;
    for (int k = 0; k < s.length && w < t.size; k++) {
      while (w < t.size && t.start[w] <= k) {
        out[w] = in;
        w++;
      }
      char c = s[k];
      switch (c) {
        case '\u201E', '\u00AB', '\u201A' -> in = true;
        case '\u00BB', '\u201D', '\u2018' -> in = false;
        case '\u201C', '"' -> in = !in;
        default -> { }
      }
    }
    return out;
  }

  /** Second-person plural verbs that put a capitalised plural "Ihr" after them ("Wie habt Ihr …"). */
  static final Set<String> IHR_VERBS = Set.of("habt", "seid", "könnt", "wollt", "müsst",
      "dürft", "sollt", "wisst", "werdet", "würdet", "solltet", "könntet", "hättet", "wart",
      "wärt", "möchtet", "müsstet", "braucht", "kennt", "seht", "findet", "macht", "wolltet");

  /**
   * Whether a capitalised "Ihr" inside a sentence is the plural informal pronoun after its verb
   * ("Wie habt Ihr das gemacht?", "Könnt Ihr mir helfen?"): the word before is a second-person
   * plural verb and no capitalised noun follows ("Hat Ihr Techniker …" stays formal).
   */
  private static boolean pluralIhrAfterVerb(Text t, int i) {
    if (!t.is(i, "ihr") || i == 0 || t.sentence[i - 1] != t.sentence[i]
        || !IHR_VERBS.contains(t.word(i - 1))) {
      return false;
    }
    return i + 1 >= t.size || t.sentence[i + 1] != t.sentence[i] || !t.capital(i + 1);
  }

  /** +1 formal address, -1 informal address, 0 neither. */
  static int classify(Text t, int i) {
    if (!t.has(i, WordFlags.INFORMAL | WordFlags.ADDRESS | WordFlags.POSSESSIVE)) {
      return 0;
    }
    if (t.has(i, WordFlags.INFORMAL)) {
      return -1;
    }
    if (!t.capital(i)) {
      return 0;
    }
    boolean opens = t.opensSentence(i);
    if (t.is(i, "ihnen")) {
      return 1;
    }
    if (t.is(i, "sie")) {
      if (!opens) {
        return 1;
      }
      if (i + 1 >= t.size || t.sentence[i + 1] != t.sentence[i]) {
        return 0;
      }
      return t.endsWith(i + 1, "en") || t.has(i + 1, WordFlags.PLURAL_VERB) ? 1 : 0;
    }
    if (t.has(i, WordFlags.POSSESSIVE)) {
      if (!opens) {
        return pluralIhrAfterVerb(t, i) ? -1 : 1;
      }
      if (i + 1 >= t.size || t.sentence[i + 1] != t.sentence[i]) {
        return 0;
      }
      if (t.is(i, "ihr") && !t.capital(i + 1)
          && (t.endsWith(i + 1, "t") || t.is(i + 1, "seid"))) {
        return -1; // "Ihr habt", "Ihr seid"
      }
      return t.capital(i + 1) ? 1 : 0;
    }
    return 0;
  }
}
