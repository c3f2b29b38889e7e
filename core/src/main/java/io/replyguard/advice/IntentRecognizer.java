package io.replyguard.advice;

import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Intent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recognises what a German or English post is about.
 *
 * <p>The built-in lexicons are versioned JSON resources of this package, one per intent
 * ({@code lexicon-cancellation.json} …), holding German, English and language-neutral (emoji)
 * entries; {@link ReplyguardConfig#intentKeywords()} adds entries. The text is normalised once
 * (lower case, umlauts folded to {@code ae/oe/ue/ss}, white space collapsed; {@code #} stays a
 * non-word character, so hashtags match like words) and scanned once by an Aho–Corasick automaton
 * that holds every entry plus one-edit typo variants of longer stems. Entry syntax: an entry
 * matches at a word start; a leading {@code *} lets it match inside compounds
 * ({@code "*kuendig"} matches "Vertragskündigung"); a trailing {@code |} requires a word end; a
 * leading {@code !} marks an exception whose match hides the intent's other matches overlapping it
 * ({@code "!*ankuendig"}: "Ankündigung" is no cancellation). Markers ({@code markers.json}) may
 * have exceptions too, which hide overlapping occurrences of the same marker.
 *
 * <p>German, English and emoji entries are matched together, whatever the message's locale, so
 * mixed-language posts work.
 *
 * <p>An intent's score is the number of its distinct entries found. Intents are ranked by score,
 * ties in {@link Intent} declaration order. A lexicon may declare {@code yieldsTo}: an intent is
 * dropped when one of those intents scores at least as high (an individual technical issue yields
 * to an outage, praise yields to a complaint such as "Danke für nichts").
 *
 * <p>Immutable and thread-safe.
 */
public final class IntentRecognizer {
  private static final Intent[] INTENTS = Intent.values();
  private static final String GENERAL_TOPIC = "general";
  /** Entry targets at or below this encode a built-in rule's keyword group. */
  private static final int KEYWORD_BASE = -1_000_000;
  /** Entry targets in {@code (KEYWORD_BASE, MARKER_BASE]} encode a {@link Marker}. */
  private static final int MARKER_BASE = -500_000;
  private static final Marker[] MARKERS = Marker.values();
  private static final KeywordSyntax.Kind EXCEPTION = KeywordSyntax.Kind.EXCEPTION;
  private static final KeywordSyntax.Kind EVIDENCE = KeywordSyntax.Kind.EVIDENCE;
  private static final KeywordSyntax.Kind TOPIC = KeywordSyntax.Kind.TOPIC;

  /** Cues that are no intent but change how the intents are read ({@code markers.json}). */
  enum Marker {
    /** The problem is over ("läuft wieder", "fixed"). */
    RESOLVED,
    /** Something is still open ("aber", "immer noch", "still"). */
    CONTRAST,
    /** Sarcasm by itself ("Danke für nichts", "na toll"). */
    SARCASM,
    /** Praise that mocks when it meets a problem or a waiting time ("Impressive."). */
    MOCK_PRAISE,
    /** A waiting time ("Wochen", "days"). */
    DURATION,
    /** A coarse word ("Scheiße", "wtf"): frustration, not by itself an escalation. */
    COARSE,
    /**
     * A wish or suggestion ("Verbesserungsvorschlag", "it would be great if"): evidence of
     * {@link Intent#OTHER}, to which a technical issue or a contract named in it yields.
     */
    SUGGESTION,
    /** A payment made ("paid", "bought", "gekauft", "asks me to pay again"). */
    PAID,
    /** What a payment buys: a licence, premium, a pro version, a subscription. */
    PAID_FOR,
    /**
     * What was paid for is missing ("not received", "no access", "nicht freigeschaltet"): with
     * {@link #PAID} and {@link #PAID_FOR}, a billing matter that outranks how-to wording, a
     * technical symptom or the account named in it.
     */
    NOT_GRANTED,
    /**
     * A delay shown or computed wrongly ("Verspätung wird nicht angezeigt", "delay is not
     * shown"): a display fault of one view, so delay words do not make outage topics evidence.
     */
    DELAY_DISPLAY,
    /** A German function word. */
    GERMAN,
    /** An English function word. */
    ENGLISH;

    String key() {
      String[] parts = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder b = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
      return b.toString();
    }
  }

  private final PhraseMatcher matcher;
  private final PhraseMatcher extraMatcher;
  /** Per entry id: intent ordinal, or -1 - topic index for topic entries. */
  private final int[] entryTarget;
  private final String[] topics;
  private final int[] yieldsTo;
  private final KeywordSyntax.Kind[] kind;
  private final boolean anyException;
  /** Bits (by {@link Marker} ordinal) of the markers that have exceptions in markers.json. */
  private final int markersWithExceptions;

  private IntentRecognizer(PhraseMatcher matcher, PhraseMatcher extraMatcher, int[] entryTarget,
      KeywordSyntax.Kind[] kind, String[] topics, int[] yieldsTo) {
    this.matcher = matcher;
    this.extraMatcher = extraMatcher;
    this.entryTarget = entryTarget;
    this.kind = kind;
    boolean any = false;
    int markerExceptions = 0;
    for (int id = 0; id < kind.length; id++) {
      any |= kind[id] == EXCEPTION;
      if (kind[id] == EXCEPTION && entryTarget[id] <= MARKER_BASE
          && entryTarget[id] > KEYWORD_BASE) {
        markerExceptions |= 1 << (MARKER_BASE - entryTarget[id]);
      }
    }
    this.anyException = any;
    this.markersWithExceptions = markerExceptions;
    this.topics = topics;
    this.yieldsTo = yieldsTo;
  }

  /**
   * Creates a recognizer from the built-in lexicons and the configuration's
   * {@link ReplyguardConfig#intentKeywords() intent keywords}.
   *
   * @param config not null
   * @return the recognizer
   * @throws ConfigException naming the keyword's JSON pointer when a configured keyword is empty
   *     after its markers
   */
  public static IntentRecognizer create(ReplyguardConfig config) {
    Objects.requireNonNull(config, "config");
    BuiltIn builtIn = BuiltIn.INSTANCE;
    List<KeywordSyntax.Entry> extra = new ArrayList<>();
    List<Integer> extraTargets = new ArrayList<>();
    for (Map.Entry<Intent, List<String>> e : config.intentKeywords().entrySet()) {
      List<String> keywords = e.getValue();
      for (int i = 0; i < keywords.size(); i++) {
        String pointer = "/intentKeywords/" + e.getKey() + "/" + i;
        try {
          extra.add(KeywordSyntax.parse(keywords.get(i), pointer));
        } catch (IllegalArgumentException ex) {
          throw new ConfigException(pointer, "keyword is empty after its markers");
        }
        extraTargets.add(e.getKey().ordinal());
      }
    }
    int n = builtIn.entryTarget.length;
    int[] entryTarget = java.util.Arrays.copyOf(builtIn.entryTarget, n + extra.size());
    KeywordSyntax.Kind[] kinds = java.util.Arrays.copyOf(builtIn.kind, n + extra.size());
    PhraseMatcher extraMatcher = null;
    if (!extra.isEmpty()) {
      Set<String> exact = new HashSet<>(builtIn.exact);
      for (KeywordSyntax.Entry e : extra) {
        exact.add(e.text());
      }
      PhraseMatcher.Builder b = PhraseMatcher.builder();
      for (int i = 0; i < extra.size(); i++) {
        entryTarget[n + i] = extraTargets.get(i);
        kinds[n + i] = extra.get(i).kind();
        addWithVariants(b, extra.get(i), n + i, exact);
      }
      extraMatcher = b.build();
    }
    return new IntentRecognizer(builtIn.matcher, extraMatcher, entryTarget, kinds,
        builtIn.topics, builtIn.yieldsTo);
  }

  private static void addWithVariants(PhraseMatcher.Builder b, KeywordSyntax.Entry e, int id,
      Set<String> exact) {
    e.addTo(b, id);
    if (!e.exception()) {
      for (String variant : KeywordSyntax.typoVariants(e.text())) {
        if (!exact.contains(variant)) {
          b.add(variant, true, e.wordEnd(), id);
        }
      }
    }
  }

  /** The built-in lexicons, compiled once per class loader (they never change). */
  private static final class BuiltIn {
    static final BuiltIn INSTANCE = new BuiltIn();
    final PhraseMatcher matcher;
    final int[] entryTarget;
    final KeywordSyntax.Kind[] kind;
    final String[] topics;
    final int[] yieldsTo = new int[INTENTS.length];
    final Set<String> exact = new HashSet<>();

    private BuiltIn() {
      List<KeywordSyntax.Entry> entries = new ArrayList<>();
      List<Integer> targets = new ArrayList<>();
      for (Intent intent : INTENTS) {
        if (intent == Intent.OTHER) {
          continue;
        }
        String name = "lexicon-" + intent.name().toLowerCase(Locale.ROOT).replace('_', '-')
            + ".json";
        JsonCursor root = Resources.load(name)
            .strictObject("version", "intent", "description", "yieldsTo", "de", "en", "symbols");
        if (!root.field("intent").asEnum(Intent.class).equals(intent)) {
          throw root.field("intent").error("expected " + intent);
        }
        for (JsonCursor y : root.optField("yieldsTo").map(JsonCursor::elements)
            .orElse(List.of())) {
          yieldsTo[intent.ordinal()] |= 1 << y.asEnum(Intent.class).ordinal();
        }
        for (String language : List.of("de", "en", "symbols")) {
          for (JsonCursor e : root.optField(language).map(JsonCursor::elements)
              .orElse(List.of())) {
            entries.add(parseResource(name, e));
            targets.add(intent.ordinal());
          }
        }
      }
      JsonCursor topicRoot = Resources.load("topics.json").strictObject("version", "topics");
      List<String> topicNames = new ArrayList<>();
      for (Map.Entry<String, JsonCursor> t : topicRoot.field("topics").fields().entrySet()) {
        int index = topicNames.size();
        topicNames.add(t.getKey());
        for (JsonCursor e : t.getValue().elements()) {
          entries.add(parseResource("topics.json", e));
          targets.add(-1 - index);
        }
      }
      topics = topicNames.toArray(String[]::new);
      JsonCursor markerRoot = Resources.load("markers.json");
      List<String> markerKeys = new ArrayList<>(List.of("version", "description"));
      for (Marker m : MARKERS) {
        markerKeys.add(m.key());
      }
      markerRoot.strictObject(markerKeys.toArray(String[]::new));
      for (Marker m : MARKERS) {
        for (JsonCursor e : markerRoot.field(m.key()).elements()) {
          entries.add(parseResource("markers.json", e));
          targets.add(MARKER_BASE - m.ordinal());
        }
      }
      // The built-in advice rules' keywords ride along, so one scan serves both.
      List<List<String>> groups = RuleEngine.builtInKeywordGroups();
      for (int g = 0; g < groups.size(); g++) {
        for (String kw : groups.get(g)) {
          entries.add(KeywordSyntax.parse(kw, "advice-rules.json keyword group " + g));
          targets.add(KEYWORD_BASE - g);
        }
      }
      for (KeywordSyntax.Entry e : entries) {
        exact.add(e.text());
      }
      PhraseMatcher.Builder b = PhraseMatcher.builder();
      entryTarget = new int[entries.size()];
      kind = new KeywordSyntax.Kind[entries.size()];
      for (int id = 0; id < entries.size(); id++) {
        KeywordSyntax.Entry e = entries.get(id);
        entryTarget[id] = targets.get(id);
        kind[id] = e.kind();
        if (entryTarget[id] >= 0) {
          addWithVariants(b, e, id, exact);
        } else {
          e.addTo(b, id);
        }
      }
      matcher = b.build();
    }
  }

  private static KeywordSyntax.Entry parseResource(String name, JsonCursor e) {
    try {
      return KeywordSyntax.parse(e.asNonBlankString(), name + " at '" + e.pointer() + "'");
    } catch (IllegalArgumentException ex) {
      throw new IllegalStateException(ex.getMessage(), ex);
    }
  }

  /**
   * Recognises the intents of a text.
   *
   * @param text not null; any string, empty included
   * @return the intents, strongest first; never empty ({@link Intent#OTHER} when nothing is
   *     recognised), unmodifiable
   */
  public List<Intent> recognize(String text) {
    Objects.requireNonNull(text, "text");
    char[] buf = new char[text.length() * 2];
    return analyze(buf, TextNormalizer.normalize(text, buf)).intents();
  }

  private boolean excepted(int[] h, int n, int i) {
    int target = entryTarget[h[i]];
    for (int j = 0; j < n; j += 3) {
      int x = h[j];
      if (kind[x] == EXCEPTION && entryTarget[x] == target && h[j + 1] < h[i + 2]
          && h[i + 1] < h[j + 2]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Intents and outage topic of a text.
   *
   * @param intents ranked intents, the main intent first, never empty
   * @param decisive bits (by {@link Intent} ordinal) of the intents that steer the advice: those
   *     with evidence, or every recognised intent when none has evidence
   * @param topic the first topic (in {@code topics.json} order) the text mentions, or
   *     {@code "general"}
   * @param keywordGroups bits of the built-in rules' keyword groups found (see
   *     {@link RuleEngine#builtInKeywordGroups()})
   * @param markers bits of the {@link Marker}s found (sarcasm and coarse words already decided)
   * @param german whether the text reads as German rather than English by its function words;
   *     null when it cannot tell
   */
  record Recognition(List<Intent> intents, int decisive, String topic, long keywordGroups,
      int markers, Boolean german) {
    /**
     * Whether a marker holds.
     *
     * @param m the marker
     * @return true when found
     */
    boolean has(Marker m) {
      return (markers & (1 << m.ordinal())) != 0;
    }
  }

  private static final int PROBLEMS = bits(Intent.TECHNICAL_ISSUE, Intent.OUTAGE,
      Intent.ACCOUNT_ACCESS, Intent.BILLING, Intent.CONTRACT, Intent.CANCELLATION,
      Intent.DELIVERY, Intent.COMPLAINT);

  private static int bits(Intent... intents) {
    int b = 0;
    for (Intent i : intents) {
      b |= 1 << i.ordinal();
    }
    return b;
  }

  /**
   * Analyses an already normalised text.
   *
   * @param normalized the output of {@link TextNormalizer#normalize(CharSequence, char[])}
   * @param n its length
   * @return intents and topic
   */
  Recognition analyze(char[] normalized, int n) {
    int[] evidence = new int[INTENTS.length];
    int[] topics = new int[INTENTS.length];
    boolean[] promoted = new boolean[INTENTS.length];
    long[] seen = new long[(entryTarget.length >>> 6) + 1];
    int[] topic = {Integer.MAX_VALUE};
    long[] groups = {0L};
    int[] markerCount = new int[MARKERS.length];
    // Hits as (id, start, end) triples; exceptions are resolved after the scan.
    int[][] hits = {new int[24]};
    int[] count = {0};
    boolean[] sawException = {false};
    PhraseMatcher.Hits collect = (id, start, end) -> {
      int target = entryTarget[id];
      if (target <= KEYWORD_BASE) {
        groups[0] |= 1L << (KEYWORD_BASE - target);
        return;
      }
      if (target <= MARKER_BASE && (markersWithExceptions & (1 << (MARKER_BASE - target))) == 0) {
        markerCount[MARKER_BASE - target]++; // every occurrence counts (language by word counts)
        return;
      }
      if (target < 0 && target > MARKER_BASE) {
        if (-1 - target < topic[0]) {
          topic[0] = -1 - target;
        }
        return;
      }
      sawException[0] |= kind[id] == EXCEPTION;
      if (count[0] + 3 > hits[0].length) {
        hits[0] = java.util.Arrays.copyOf(hits[0], hits[0].length * 2);
      }
      hits[0][count[0]++] = id;
      hits[0][count[0]++] = start;
      hits[0][count[0]++] = end;
    };
    matcher.scan(normalized, n, collect);
    if (extraMatcher != null) {
      extraMatcher.scan(normalized, n, collect);
    }
    int[] h = hits[0];
    int[] counted = new int[count[0] / 3 + 1];
    int countedN = 0;
    for (int i = 0; i < count[0]; i += 3) {
      int id = h[i];
      if (kind[id] != EXCEPTION && entryTarget[id] <= MARKER_BASE) {
        // a marker with exceptions: counts every occurrence no exception of it overlaps
        if (!(sawException[0] && excepted(h, count[0], i))) {
          markerCount[MARKER_BASE - entryTarget[id]]++;
        }
        continue;
      }
      if (kind[id] == EXCEPTION || (seen[id >>> 6] & (1L << id)) != 0) {
        continue;
      }
      if (anyException && sawException[0] && excepted(h, count[0], i)) {
        continue;
      }
      seen[id >>> 6] |= 1L << id;
      int intent = entryTarget[id];
      // one word is one piece of evidence: an entry of the same intent and kind that matched the
      // same span already counted ("bug|" in the German and the English list, "~app|" and
      // "~*app|") does not count again, nor does a topic overlapping a counted topic of its
      // intent ("~my account" and "~account")
      boolean repeated = false;
      for (int c = 0; c < countedN && !repeated; c++) {
        int j = counted[c];
        boolean same = h[j + 1] == h[i + 1] && h[j + 2] == h[i + 2];
        boolean overlap = h[j + 1] < h[i + 2] && h[i + 1] < h[j + 2];
        repeated = (same || overlap && kind[id] == TOPIC) && entryTarget[h[j]] == intent
            && kind[h[j]] == kind[id];
      }
      if (repeated) {
        continue;
      }
      counted[countedN++] = i;
      switch (kind[id]) {
        case EVIDENCE -> evidence[intent]++;
        case TOPIC -> topics[intent]++;
        default -> promoted[intent] = true;
      }
    }
    int markers = 0;
    for (int m = 0; m < MARKERS.length; m++) {
      if (markerCount[m] > 0) {
        markers |= 1 << m;
      }
    }
    if (markerCount[Marker.DELAY_DISPLAY.ordinal()] > 0) {
      promoted[Intent.OUTAGE.ordinal()] = false;
    }
    int praise = Intent.PRAISE.ordinal();
    int complaint = Intent.COMPLAINT.ordinal();
    // a wish or suggestion is evidence of OTHER (no service matter, answered publicly)
    evidence[Intent.OTHER.ordinal()] += markerCount[Marker.SUGGESTION.ordinal()];
    int present = 0;
    int strong = 0;
    for (int i = 0; i < INTENTS.length; i++) {
      if (evidence[i] + topics[i] > 0) {
        present |= 1 << i;
      }
      if (evidence[i] > 0 || (topics[i] > 0 && promoted[i])) {
        strong |= 1 << i;
      }
    }
    // Sarcasm: praise words that mock ("Ganz toll gemacht…", "Impressive. Three weeks.").
    // thanks after a fix is meant: a lone sarcasm marker ("vielen Dank für die schnelle Hilfe,
    // 🙄😅" after "funktioniert's wieder") does not turn it into a complaint
    boolean settledThanks = markerCount[Marker.RESOLVED.ordinal()] > 0
        && markerCount[Marker.CONTRAST.ordinal()] == 0 && evidence[praise] > 0;
    boolean sarcasm = markerCount[Marker.SARCASM.ordinal()] > 0 && !settledThanks
        || (markerCount[Marker.MOCK_PRAISE.ordinal()] > 0
            && markerCount[Marker.RESOLVED.ordinal()] == 0
            && ((strong & PROBLEMS) != 0 || markerCount[Marker.DURATION.ordinal()] > 0));
    boolean settled = false;
    if (sarcasm) {
      markers |= 1 << Marker.SARCASM.ordinal();
      evidence[praise] = 0;
      topics[praise] = 0;
      present &= ~(1 << praise);
      strong &= ~(1 << praise);
      evidence[complaint]++;
      present |= 1 << complaint;
      strong |= 1 << complaint;
    } else if ((present & (1 << praise)) != 0
        && markerCount[Marker.RESOLVED.ordinal()] > 0
        && markerCount[Marker.CONTRAST.ordinal()] == 0) {
      // Thanks after a fix: the problem it names is over ("läuft wieder, danke!").
      settled = true;
      strong &= ~PROBLEMS;
      strong |= 1 << praise;
    } else if (markerCount[Marker.RESOLVED.ordinal()] > 0
        && markerCount[Marker.CONTRAST.ordinal()] == 0) {
      // A remark that the matter is settled, without thanks ("Hat sich erledigt.", "My mistake,
      // I used the wrong username."): small talk; the problem it names is secondary.
      settled = true;
      int smallTalk = Intent.SMALL_TALK.ordinal();
      evidence[smallTalk]++;
      present |= 1 << smallTalk;
      strong = 1 << smallTalk;
    }
    int howTo = Intent.HOW_TO.ordinal();
    if (!settled && !sarcasm && evidence[howTo] > 0 && evidence[howTo] >= evidence[praise]
        && (strong & (1 << praise)) != 0) {
      // Courtesy around a question ("Love the product, thanks for making it. Is there a way to
      // move my key?", "Tolle App! Wie stelle ich …"): what the customer wants done is the
      // question; the praise stays a secondary intent.
      strong &= ~(1 << praise);
    }
    if (!settled && markerCount[Marker.PAID.ordinal()] > 0
        && markerCount[Marker.PAID_FOR.ordinal()] > 0
        && markerCount[Marker.NOT_GRANTED.ordinal()] > 0) {
      // Paid, but the licence, premium or access bought is missing: a billing matter, however
      // the post asks ("How can I use the Premium features?") or what symptom it names.
      int billing = Intent.BILLING.ordinal();
      int most = 0;
      for (int i = 0; i < INTENTS.length; i++) {
        if (i != billing) {
          most = Math.max(most, evidence[i] + (promoted[i] ? topics[i] : 0));
        }
      }
      evidence[billing] = Math.max(evidence[billing], most + 1);
      present |= 1 << billing;
      strong |= 1 << billing;
    }
    int[] score = new int[INTENTS.length];
    for (int i = 0; i < INTENTS.length; i++) {
      score[i] = evidence[i] + topics[i];
    }
    int kept = 0;
    for (int i = 0; i < INTENTS.length; i++) {
      if ((present & (1 << i)) == 0) {
        continue;
      }
      boolean yielded = false;
      for (int j = 0; j < INTENTS.length && !yielded; j++) {
        // evidence decides who yields: topics named in passing do not keep an intent alive, but
        // promoted topics are evidence ("the website doesn't load" is an outage)
        int support = evidence[j] + (promoted[j] ? topics[j] : 0);
        yielded = (yieldsTo[i] & (1 << j)) != 0 && support > 0 && support >= evidence[i];
      }
      if (!yielded) {
        kept |= 1 << i;
      }
    }
    // The main intent: the most evidence among the intents with evidence; intents tied with it
    // steer too (the more private channel wins), the rest are secondary.
    int decisive = kept & strong;
    if (decisive == 0) {
      decisive = kept;
    } else {
      int[] strength = new int[INTENTS.length];
      int best = 0;
      for (int i = 0; i < INTENTS.length; i++) {
        if ((decisive & (1 << i)) != 0) {
          strength[i] = evidence[i] + (promoted[i] ? topics[i] : 0);
          best = Math.max(best, strength[i]);
        }
      }
      for (int i = 0; i < INTENTS.length; i++) {
        if ((decisive & (1 << i)) != 0 && strength[i] < best) {
          decisive &= ~(1 << i);
        }
      }
    }
    List<Intent> intents = new ArrayList<>(3);
    for (int i = 0; i < INTENTS.length; i++) {
      if ((kept & (1 << i)) != 0) {
        intents.add(INTENTS[i]);
      }
    }
    if (intents.isEmpty()) {
      intents.add(Intent.OTHER);
      decisive = 1 << Intent.OTHER.ordinal();
    } else {
      int d = decisive;
      intents.sort((a, c) -> {
        boolean da = (d & (1 << a.ordinal())) != 0;
        boolean dc = (d & (1 << c.ordinal())) != 0;
        if (da != dc) {
          return da ? -1 : 1;
        }
        return score[c.ordinal()] != score[a.ordinal()]
            ? Integer.compare(score[c.ordinal()], score[a.ordinal()])
            : Integer.compare(a.ordinal(), c.ordinal());
      });
    }
    int de = markerCount[Marker.GERMAN.ordinal()];
    int en = markerCount[Marker.ENGLISH.ordinal()];
    Boolean german = de == en ? null : de > en;
    String t = topic[0] == Integer.MAX_VALUE ? GENERAL_TOPIC : this.topics[topic[0]];
    return new Recognition(List.copyOf(intents), decisive, t, groups[0], markers, german);
  }
}
