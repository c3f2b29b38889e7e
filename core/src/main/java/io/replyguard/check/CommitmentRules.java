package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.time.Commitment;
import io.replyguard.internal.time.CommitmentPhrases;
import io.replyguard.internal.time.PromisedDeadline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commitment rules. {@code commitment.vague}: vague time words ("zeitnah", "bald",
 * "asap", "shortly") in a sentence that is not a request to the customer ("Bitte melden Sie sich
 * zeitnah" is not a promise) and not a farewell ("bis bald", "see you soon").
 * {@code commitment.missing-time}: a follow-up promise ("wir melden uns", "we'll get back to you")
 * in a sentence without any time statement. {@code commitment.unkeepable}: a concrete promise
 * (found by {@link CommitmentPhrases#findAll} in the draft's language) whose deadline lies before
 * the realistic deadline of the configured service level in the service hours. Suggestions are
 * the realistic commitment phrase. Internal.
 */
final class CommitmentRules implements Rule {
  static final Phrases VAGUE = Phrases.of(WordFlags.VAGUE_START, "zeitnah", "zeitnahe", "zeitnahen", "zeitnaher",
      "zeitnahem", "schnellstmöglich", "schnellstmögliche", "schnellstmöglichen",
      "schnellstens", "schnellst möglich", "so schnell wie möglich", "so schnell es geht",
      "so bald wie möglich", "sobald wie möglich", "baldmöglichst", "baldigst", "möglichst bald",
      "möglichst schnell", "bald", "baldige", "baldigen", "in kürze", "in kürzester zeit",
      "umgehend", "umgehende", "demnächst", "asap", "as soon as possible", "as soon as we can",
      "as quickly as possible", "shortly", "soon", "in due course", "in a timely manner",
      "at the earliest opportunity", "at our earliest convenience", "in a bit", "promptly",
      "irgendwann", "eventually", "at some point", "sometime", "some time soon", "someday",
      "some day", "eines tages", "hopefully fix", "hopefully fixed", "hopefully be fixed",
      "hopefully resolve", "hopefully resolved", "hopefully in the next",
      "hoffentlich im nächsten", "hoffentlich mit dem nächsten", "hoffentlich in der nächsten",
      "hoffentlich beheben", "hoffentlich behoben", "mal sehen ob ich", "mal schauen ob ich",
      "mal sehen was ich", "mal schauen was ich", "let me see if i", "let me see what i",
      "hopefully soon", "hoffentlich bald", "zeitnahst", "nachher", "dauert noch",
      "dauert aber noch", "dauert noch etwas", "kann noch etwas dauern", "kann noch dauern",
      "fast fertig", "almost done", "almost ready", "nearly done", "nearly ready",
      "will take a while", "may take a while", "might take a while",
      // an unnamed future release
      "in einem der nächsten updates", "mit einem der nächsten updates",
      "in einem der nächsten releases", "mit einem der nächsten releases",
      "in einer der nächsten versionen", "mit einer der nächsten versionen",
      "in einem zukünftigen update", "in einem künftigen update", "in einem späteren update",
      "in einer zukünftigen version", "in einer künftigen version", "in einer späteren version",
      "in one of the next updates", "in one of the next releases", "in one of the next versions",
      "with one of the next updates", "with one of the next releases",
      "in a future update", "in a future release", "in a future version", "in a later release",
      "in a later update", "in a later version", "with a future update", "with a future release",
      // some days ahead, no day named ("Wir veröffentlichen die Version die Tage")
      "die tage", "dieser tage", "in den nächsten tagen", "in den kommenden tagen",
      "in the coming days", "in the next few days", "over the next few days", "in the next days",
      // on a list or roadmap, no date ("Steht hoch auf meiner Liste", "It's on our roadmap")
      "auf meiner liste", "auf unserer liste", "auf meiner todo", "auf unserer todo",
      "auf der todo", "auf meiner to-do", "auf unserer roadmap", "on my list", "on our list",
      "on my todo", "on our todo", "on the todo", "on my to-do", "on our to-do", "on the to-do",
      "on our roadmap", "on the roadmap",
      // a little more time, unnamed ("es braucht noch ein bisschen", "ist gleich da")
      "noch ein bisschen", "noch ein wenig", "a bit longer", "a little longer",
      "im laufe der nächsten wochen", "im laufe der kommenden wochen",
      "in the course of the next weeks", "ist gleich da", "kommt gleich",
      "hoffen auf eine schnelle", "hope for a quick", "hoffentlich schnell", "hopefully quickly",
      // a release announced without a date ("Es wird eine neue Version geben")
      "wird eine neue version geben", "wird es eine neue version geben",
      "wird ein update geben", "wird es ein update geben", "there will be a new version",
      "there will be an update", "there will be a new release",
      // asking for patience promises a result without a time ("dev is working. please wait.")
      "please wait", "please be patient", "bear with us", "bitte warten", "bitte noch warten",
      "bitte etwas geduld", "bitte noch etwas geduld", "bitte um geduld", "bitten um geduld",
      "bitte gedulde dich", "bitte gedulden sie sich");

  static final Phrases FOLLOW_UP = Phrases.of(WordFlags.FOLLOW_UP_START, "melden uns", "melden wir uns", "meldet sich",
      "melden sich", "melde mich", "melde ich mich", "meldet euch", "geben ihnen bescheid",
      "geben dir bescheid", "geben euch bescheid", "bescheid geben", "kommen auf sie zurück",
      "kommen auf dich zurück", "komme auf sie zurück", "komme auf dich zurück",
      "kommen wir auf sie zurück", "kommen wir auf dich zurück", "rufen sie zurück",
      "rufen dich zurück", "von uns hören", "hören von uns", "hörst von uns",
      "informieren wir sie", "informieren wir dich", "wir informieren sie",
      "wir informieren dich", "halten sie auf dem laufenden", "halten dich auf dem laufenden",
      "get back to you", "be in touch", "let you know", "follow up", "hear from us",
      "call you back", "reach out to you", "keep you posted", "keep you updated",
      "come back to you", "update you", "take care of it", "take care of this",
      "look into it", "look into this", "look into that", "looking into it",
      "looking into this", "address your", "check on it", "check it out", "get to it",
      "kümmere mich", "kümmern uns", "kümmert sich", "schaue mir", "schaue ich mir",
      "schauen uns", "schauen wir uns", "werde schauen", "werden schauen", "sehe mir",
      "sehen uns", "prüfe das", "prüfen das", "prüfen wir", "kläre das", "klären das",
      "gehe dem nach", "gehen dem nach", "do some research", "some research",
      "investigate this", "investigate it", "investigate further", "dig into", "dig deeper",
      "forsche nach", "forschen nach", "recherchiere", "recherchieren",
      // thinking it over, or waiting for free time ("Ich denk mal drüber nach", "when I find time")
      "drüber nach", "darüber nach", "nochmal was überlegen", "überlege mir", "überlegen uns",
      "wann ich zeit finde", "wenn ich zeit finde", "wenn ich mal zeit", "wenn mal zeit ist",
      "wenn mal etwas mehr zeit", "when i find time", "when i find the time", "when i have time",
      "when i get time", "when i get a chance", "think about it", "think it over",
      "give it some thought", "überlege ich mir", "überlegen wir uns",
      // a fix or a change promised in other words ("Das wird noch angepasst", "fixe ich dann
      // mal", "This is a bug that I need to fix", "let me test this and fix it", "I'm on it")
      "wird noch angepasst", "wird noch geändert", "wird noch behoben", "wird noch gefixt",
      "wird noch ergänzt", "wird noch verbessert", "fixe ich", "fix ich", "muss ich noch fixen",
      "muss ich fixen", "i need to fix", "we need to fix", "i have to fix", "we have to fix",
      "let me fix", "let me test", "let me check", "let me look", "i'm on it", "we're on it",
      "im on it", "will do so", "will do that", "will do this", "will post updates",
      "will post an update", "post an update here", "send a replacement",
      "send you a replacement", "put in a claim", "ersatz schicken", "ersatz zuschicken");

  private final CommitmentSource commitments;
  private final Duration serviceLevel;
  private final ZoneId zone;

  CommitmentRules(CommitmentSource commitments, Duration serviceLevel, ZoneId zone) {
    this.commitments = commitments;
    this.serviceLevel = serviceLevel;
    this.zone = zone;
  }

  /**
   * The realistic deadline and commitment of one check, each computed lazily and at most once.
   */
  private final class Realistic {
    private final Context ctx;
    private Instant deadline;
    private Commitment value;

    Realistic(Context ctx) {
      this.ctx = ctx;
    }

    /** The exact realistic deadline of the service level from the check's moment. */
    Instant deadline() {
      if (deadline == null) {
        deadline = commitments.deadline(ctx.now, serviceLevel);
      }
      return deadline;
    }

    Commitment get() {
      if (value == null) {
        value = commitments.commitment(ctx.now, serviceLevel,
            ctx.german ? Locale.GERMAN : Locale.ENGLISH);
      }
      return value;
    }
  }

  @Override
  public void check(Context ctx) {
    boolean vague = ctx.enabled(DraftRules.COMMITMENT_VAGUE);
    boolean missing = ctx.enabled(DraftRules.COMMITMENT_MISSING_TIME);
    boolean unkeepable = ctx.enabled(DraftRules.COMMITMENT_UNKEEPABLE);
    if (!vague && !missing && !unkeepable) {
      return;
    }
    Text t = ctx.text;
    Realistic realistic = new Realistic(ctx);
    if (unkeepable) {
      unkeepable(ctx, realistic);
    }
    for (int s = 0; s < t.sentences; s++) {
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      boolean request = t.sentenceHas(s, WordFlags.PLEASE)
          && !t.sentenceHas(s, WordFlags.FIRST_PERSON);
      boolean timed = t.sentenceHas(s, WordFlags.TIME_WORD | WordFlags.DIGIT)
          && hasTime(t, from, to);
      boolean sentenceHasVague = false;
      for (int i = t.sentenceHas(s, WordFlags.VAGUE_START) ? from : to; i < to; i++) {
        int len = VAGUE.match(t, i);
        if (len == 0 || farewell(t, i, len, from, to)) {
          continue;
        }
        sentenceHasVague = true;
        // a request to the customer is judged by the clause ("Bitte entschuldigen Sie …, der
        // Fehler sollte in Kürze behoben sein" still promises); a concrete time in the sentence
        // makes the vague word a manner ("respond within 24 hours and promptly report …")
        boolean patience = t.is(i, "please") || t.is(i, "bitte") || t.is(i, "bear")
            || t.is(i, "bitten");
        if (patience && i + len < to) {
          continue; // "Please wait until the page has loaded": an instruction, no promise
        }
        boolean asks = !patience && request && RuleWords.clauseHas(t, i, WordFlags.PLEASE);
        // the time words of the vague phrase itself ("die Tage", "in the coming days") are none
        if (vague && !asks && !(timed && hasTimeOutside(t, from, to, i, i + len))) {
          ctx.reportWords(DraftRules.COMMITMENT_VAGUE, Category.COMMITMENT, i, i + len,
              ctx.say("Vage Zeitangabe: nennen Sie eine konkrete, realistische Zeit.",
                  "Vague time promise: give a concrete, realistic time."),
              realistic.get().text());
        }
        i += len - 1;
      }
      // a question offers ("Shall I look into it?"), it does not promise
      if (missing && !sentenceHasVague && !request
          && t.sentenceHas(s, WordFlags.FOLLOW_UP_START | WordFlags.FIRST_PERSON)
          && !PiiRequestRule.questionEnds(t, s)) {
        int f = t.sentenceHas(s, WordFlags.FOLLOW_UP_START) ? FOLLOW_UP.firstIn(t, from, to) : -1;
        int len = f >= 0 ? FOLLOW_UP.match(t, f) : 0;
        if (f < 0 && t.sentenceHas(s, WordFlags.FIRST_PERSON)
            && !(t.sentenceHas(s, WordFlags.DIGIT) && versionOrDate(t, from, to))) {
          // the many first-person forms ("I'll check it", "schau ich mir an", "we're
          // investigating"); a number or a release named in the sentence may be its time
          int found = FollowUpIntent.find(t, from, to);
          if (found >= 0 && !release(t, from, to)) {
            f = found >>> 16;
            len = found & 0xFFFF;
          }
        }
        if (f >= 0 && !(t.sentenceHas(s, WordFlags.TIME_WORD | WordFlags.DIGIT) && hasTime(t, from, to))
            && !RuleWords.negatedClause(t, f) && !afterHandOff(t, s)
            && !immediate(t, from, to) && !heading(t, f, len)
            && !pastDelay(t, f, from)) {
          ctx.reportWords(DraftRules.COMMITMENT_MISSING_TIME, Category.COMMITMENT, f, f + len,
              ctx.say("Rückmeldung ohne Zeitangabe: sagen Sie, bis wann.",
                  "A follow-up without a time: say by when."), realistic.get().text());
        }
      }
    }
  }

  /** "Follow up: you should be able to download it now": the phrase labels what follows. */
  private static boolean heading(Text t, int f, int len) {
    int end = t.end[f + len - 1];
    return end < t.text.length() && t.text.charAt(end) == ':';
  }

  /**
   * "Sorry for taking so long to get back to you": an apology for the time already taken, not a
   * promise.
   */
  private static boolean pastDelay(Text t, int f, int from) {
    for (int k = Math.max(from, f - 3); k < f; k++) {
      if (t.is(k, "long") || t.is(k, "lange") || t.is(k, "delay") || t.is(k, "late")
          || t.is(k, "späte") || t.is(k, "verspätete")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} or the one before it hands the matter to a private channel ("Can
   * you email me at … with an invoice number? I'll take a look", "Please email me privately and I
   * will take care of it"): the follow-up then waits for the customer's message, its timing is
   * the contact's, and the public reply promises nothing open-ended.
   */
  private static boolean afterHandOff(Text t, int s) {
    int from = t.sentenceFrom(s > 0 ? s - 1 : s);
    int to = t.sentenceTo(s);
    return HAND_OFF.firstIn(t, from, to) >= 0
        || ChannelRule.hasEmailAddress(t.text.substring(t.start[from], t.end[to - 1]));
  }

  /** Words that put a follow-up at once: its time is now ("looking into it now", "sofort"). */
  private static final Set<String> IMMEDIATE = Set.of("now", "immediately", "currently",
      "jetzt", "sofort", "gleich", "gerade", "grad", "umgehend", "momentan");

  /**
   * Whether the sentence {@code [from, to)} puts the follow-up at once ("We're looking into it
   * now", "looking into it right now", "I'll fix it right away", "Wir schauen uns das sofort
   * an", "Ich prüfe das gerade"): a time, or work in progress at this moment, not a promise
   * without a time.
   */
  private static boolean immediate(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (IMMEDIATE.contains(t.word(k))
          || k + 1 < to && (t.is(k, "right") || t.is(k, "straight")) && t.is(k + 1, "away")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Requests that the customer write elsewhere ("email me", "contact us", "DM us", "schreib mir
   * eine Mail"), not the company's own channel for its follow-up ("wir melden uns per E-Mail"
   * still promises without a time).
   */
  static final Phrases HAND_OFF = Phrases.of("email me", "e-mail me", "mail me", "email us",
      "e-mail us", "mail us", "contact me", "contact us", "dm me", "dm us", "message me",
      "message us", "write to me", "write to us", "send me a dm", "send us a dm",
      "send me an email", "send us an email", "send me an e-mail", "send us an e-mail",
      "support contact", "contact form", "privately", "kontaktformular", "schreib mir",
      "schreiben sie mir", "schreib uns eine", "schreiben sie uns eine", "schick mir",
      "schicken sie mir", "schick uns", "schicken sie uns", "kontaktiere mich",
      "kontaktiere uns", "kontaktieren sie mich", "kontaktieren sie uns", "melde dich per",
      "melden sie sich per", "per dm an", "per mail an", "per e-mail an", "privat");

  private void unkeepable(Context ctx, Realistic realistic) {
    Text t = ctx.text;
    PromisedTimes.Moment now = null;
    Instant realisticDeadline = null;
    for (int s = 0; s < t.sentences; s++) {
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      if (!t.sentenceHas(s, WordFlags.TIME_WORD | WordFlags.MONTH | WordFlags.DIGIT)) {
        // a cheap pre-filter: every promise the parser finds has a time word or a number
        continue;
      }
      if (now == null) {
        now = new PromisedTimes.Moment(ctx.now, zone);
        realisticDeadline = realistic.deadline();
      }
      boolean confirm = false;
      for (int i = from; i < to && !confirm; i++) {
        PromisedTimes.Promise p = PromisedTimes.at(t, i, to, now);
        if (p != null) {
          confirm = p.deadline().isBefore(realisticDeadline);
          i = p.to() - 1;
        } else if (unreadTime(t, i, to)) {
          confirm = true; // a time statement the fast reader does not know
        }
      }
      if (confirm) {
        confirm(ctx, realistic, from, to, now.zoned(), realisticDeadline);
      }
    }
  }

  /** Runs the authoritative parser on one sentence and reports its unkeepable promises. */
  private void confirm(Context ctx, Realistic realistic, int from, int to, ZonedDateTime now,
      Instant realisticDeadline) {
    Text t = ctx.text;
    int offset = t.start[from];
    int end = t.end[to - 1];
    while (end < t.text.length() && end - t.end[to - 1] < 3
        && !Character.isWhitespace(t.text.charAt(end))) {
      end++;
    }
    String sentence = t.text.substring(offset, end);
    // a moment already past reports what happened ("Das Paket kam heute um 9 Uhr"), unless the
    // sentence promises a follow-up ("Wir melden uns heute um 9 Uhr" said at 11)
    boolean followUp = FOLLOW_UP.firstIn(t, from, to) >= 0;
    for (PromisedDeadline p : CommitmentPhrases.findAll(sentence,
        ctx.german ? Locale.GERMAN : Locale.ENGLISH, now)) {
      if (p.deadline().toInstant().isBefore(realisticDeadline)
          && (followUp || !p.deadline().isBefore(now))) {
        String when = describe(realisticDeadline.atZone(zone), ctx.german);
        ctx.report(DraftRules.COMMITMENT_UNKEEPABLE, Category.COMMITMENT,
            offset + p.span().start(), offset + p.span().end(),
            ctx.say("Diese Zusage ist mit den Servicezeiten nicht einzuhalten: realistisch ist "
                + "eine Antwort bis " + when + ".",
                "The service hours cannot keep this promise: a realistic answer is due by "
                + when + "."), realistic.get().text());
      }
    }
  }

  /** Words before a number that make it a release or date: "in 2.1", "mit v3", "by 5". */
  private static final Set<String> BEFORE_VERSION = Set.of("in", "im", "mit", "with", "by",
      "until", "bis", "ab", "version", "release", "v", "on", "am", "before", "vor");

  /**
   * Whether a number in words {@code [from, to)} may say when ("in 14.6", "mit 2.1", "bis 18");
   * a bug or issue number ("Bug #5") does not.
   */
  private static boolean versionOrDate(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.startsWithDigit(k)) {
        continue;
      }
      if (k > from && t.length(k - 1) <= 7 && BEFORE_VERSION.contains(t.word(k - 1))) {
        return true;
      }
      int e = t.end[k];
      if (e + 1 < t.text.length() && t.text.charAt(e) == '.'
          && Character.isDigit(t.text.charAt(e + 1))) {
        return true; // "2.1", "14.6."
      }
    }
    return false;
  }

  /** Words naming a release: "in the next release", "mit dem nächsten Update". */
  private static final Set<String> RELEASES = Set.of("release", "update", "version", "releases",
      "updates", "versions", "versionen", "build", "nightly", "beta");

  /** Words before a release word that make it a moment ("the next release", "nächsten Update"). */
  private static final Set<String> NEXT = Set.of("next", "upcoming", "coming", "following",
      "nächsten", "nächste", "nächstes", "kommenden", "kommende", "folgenden", "neuen", "new");

  /**
   * Whether words {@code [from, to)} name a release (a time of its own for a fix): "in the next
   * release", "mit dem nächsten Update", "in version 2.1"; "ich werde ein Update bereitstellen"
   * names the work, not its time.
   */
  private static boolean release(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.length(k) <= 9 && RELEASES.contains(t.word(k))) {
        for (int b = Math.max(from, k - 2); b < k; b++) {
          if (t.length(b) <= 9 && NEXT.contains(t.word(b))) {
            return true;
          }
        }
        if (k + 1 < to && t.startsWithDigit(k + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  static final Set<String> BEFORE_NUMBER = Set.of("bis", "um", "ab", "am", "zum", "den",
      "vom", "by", "at", "until", "before", "on", "the");

  /**
   * Whether word {@code i} starts a time statement: a time word, or a number that looks like a
   * time or date ("18:00", "30.11.", "18 Uhr", "bis 18", "on 24 November"); plain numbers (phone
   * numbers, quantities) do not count.
   */
  private static boolean unreadTime(Text t, int i, int to) {
    if (t.has(i, WordFlags.TIME_WORD | WordFlags.MONTH)) {
      return true;
    }
    if (!t.startsWithDigit(i)) {
      return false;
    }
    if (t.endsWith(i, "am") || t.endsWith(i, "pm") || t.endsWith(i, "h")) {
      return true;
    }
    if (i > 0 && t.has(i - 1, WordFlags.BEFORE_NUMBER)) {
      return true;
    }
    if (i + 1 < to) {
      if (t.has(i + 1, WordFlags.TIME_WORD | WordFlags.MONTH)) {
        return true;
      }
      return PromisedTimes.timeSeparated(t, i) && t.startsWithDigit(i + 1)
          && t.length(i + 1) <= 2 && t.length(i) <= 2;
    }
    return false;
  }

  /** Month names (without English "may"): dates the fast reader leaves to the parser. */
  static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai",
      "juni", "juli", "august", "september", "oktober", "november", "dezember", "january",
      "february", "march", "june", "july", "october", "december");

  /** Words that mark some time statement. */
  static final Set<String> TIME_WORDS = Set.of("heute", "morgen", "übermorgen", "montag",
      "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "stunde", "stunden",
      "minute", "minuten", "tag", "tage", "tagen", "tages", "werktag", "werktage", "werktagen",
      "woche", "wochen", "uhr", "innerhalb", "binnen", "today", "tonight", "tomorrow", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hour", "hours",
      "minutes", "mins", "min", "std", "hr", "hrs", "day", "days", "week", "weeks",
      "within", "pm", "o'clock", "mittag", "abend", "vormittag", "nachmittag", "morning",
      "afternoon", "evening", "eod", "cob", "noon", "midday", "midnight", "feierabend",
      "dienstschluss", "geschäftsschluss", "tagesende");

  /** {@link #hasTime} over {@code [from, to)} without the words {@code [exFrom, exTo)}. */
  private static boolean hasTimeOutside(Text t, int from, int to, int exFrom, int exTo) {
    return hasTime(t, from, exFrom) || hasTime(t, exTo, to);
  }

  /** Whether words {@code [from, to)} contain a time word ("heute", "Uhr", "within", ...). */
  static boolean hasTime(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.has(k, WordFlags.TIME_WORD) || (t.startsWithDigit(k)
          && (t.endsWith(k, "am") || t.endsWith(k, "pm") || t.endsWith(k, "h")))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FAREWELL_VERBS = Set.of("talk", "speak", "chat", "write");

  /** Forms of "werden" that make "die Tage" a time ahead ("Wir werden … die Tage …"). */
  private static final Set<String> FUTURE = Set.of("werde", "werden", "wird",
      "wirst", "werdet", "kommt", "kommen", "gibt", "gibt's");

  /** Prepositions that make "die Tage" a noun ("über die Tage", "vor die Tage"). */
  private static final Set<String> BEFORE_DAYS = Set.of("vor", "über",
      "für", "an", "in", "um", "alle", "auf");

  private static boolean farewell(Text t, int i, int len, int from, int to) {
    if (len == 2 && (t.is(i, "die") || t.is(i, "dieser")) && t.is(i + 1, "tage")) {
      // "die Tage" is a time ahead only with a future in the sentence and no preposition before
      // it ("vor die Tage", "über die Tage"); "Die Tage habe ich …" looks back
      if (i > from && BEFORE_DAYS.contains(t.word(i - 1))) {
        return true;
      }
      for (int k = from; k < to; k++) {
        if (FUTURE.contains(t.word(k))) {
          return false;
        }
      }
      return true;
    }
    if (len == 1 && t.is(i, "bald") && i > from && t.is(i - 1, "bis")) {
      return true;
    }
    if (len == 1 && t.is(i, "soon")) {
      if (i > from && (t.is(i - 1, "well") || t.is(i - 1, "as") || t.is(i - 1, "too"))) {
        return true;
      }
      if (i > from + 1 && t.is(i - 1, "you")) {
        if (t.is(i - 2, "see") || t.is(i - 2, "catch")) {
          return true; // "see you soon"
        }
        if (t.is(i - 2, "to") && i > from + 2 && FAREWELL_VERBS.contains(t.word(i - 3))) {
          return true; // "talk to you soon"
        }
      }
      return i + 1 < to && t.is(i + 1, "as");
    }
    return false;
  }

  private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("EEEE, d.M., H:mm 'Uhr'",
      Locale.GERMAN);
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE, d MMMM, h:mm a",
      Locale.ENGLISH);

  private static String describe(ZonedDateTime deadline, boolean german) {
    return (german ? DE : EN).format(deadline);
  }
}
