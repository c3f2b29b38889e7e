package io.replyguard.advice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.config.AdviceRuleSpec;
import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Action;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Evaluates the built-in and configured advice rules with one evaluator.
 *
 * <p>Rule set: the built-in rules of {@code advice-rules.json} in file order; a configured rule
 * with the id of a built-in replaces it in place (including its signals: the replacement has only
 * the conditions it states); other configured rules follow in configuration order; rules disabled
 * by {@link ReplyguardConfig#ruleOverrides()} are dropped. {@code advice.default} cannot be
 * disabled (it decides when nothing else does) but may be replaced by an unconditional rule that
 * sets a channel and a priority.
 *
 * <p>Precedence: among the matching rules, the highest precedence decides the channel; ties go to
 * the more private channel ({@code NONE < PUBLIC_REPLY < BROADCAST < PRIVATE_MESSAGE < EMAIL <
 * PHONE}). The priority is decided the same way independently (ties: the higher priority). Actions
 * are the union over all matching rules. {@code HIDE_ORIGINAL} is never advised for a private
 * message, whatever the rules say.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleEngine {
  static final String DEFAULT_RULE = "advice.default";
  private static final int[] CHANNEL_RANK = new int[Channel.values().length];

  static {
    Channel[] order = {Channel.NONE, Channel.PUBLIC_REPLY, Channel.BROADCAST,
        Channel.PRIVATE_MESSAGE, Channel.EMAIL, Channel.PHONE};
    for (int i = 0; i < order.length; i++) {
      CHANNEL_RANK[order[i].ordinal()] = i;
    }
  }

  /** A rule ready for evaluation: the spec plus precomputed masks. */
  record Rule(AdviceRuleSpec spec, int intentMask, int piiMask, Visibility visibility,
      Set<String> platforms, long minFollowers, boolean hasKeywords, int signalMask,
      int actionMask) {
    static Rule of(AdviceRuleSpec spec, Set<Signal> signals) {
      int intents = 0;
      for (Intent i : spec.intents()) {
        intents |= 1 << i.ordinal();
      }
      int pii = 0;
      for (PiiType p : spec.piiTypes()) {
        pii |= 1 << p.ordinal();
      }
      int sig = 0;
      for (Signal s : signals) {
        sig |= 1 << s.ordinal();
      }
      int actions = 0;
      for (Action a : spec.actions()) {
        actions |= 1 << a.ordinal();
      }
      Set<String> platforms = new HashSet<>();
      for (String p : spec.platforms()) {
        platforms.add(p.toLowerCase(Locale.ROOT));
      }
      return new Rule(spec, intents, pii, spec.visibility().orElse(null), Set.copyOf(platforms),
          spec.minFollowers().orElse(-1), !spec.keywords().isEmpty(), sig, actions);
    }

    boolean unconditional() {
      return intentMask == 0 && piiMask == 0 && visibility == null && platforms.isEmpty()
          && minFollowers < 0 && !hasKeywords && signalMask == 0;
    }
  }

  /**
   * What the rules say about one message.
   *
   * @param intentMask bits of the recognised intents
   * @param piiMask bits of the PII types found
   * @param visibility the message's visibility
   * @param platform the platform id
   * @param followers the author's followers, or -1 when unknown
   * @param keywordHits bits of the rules whose keywords occur in the text (by rule index)
   * @param signalMask bits of the signals that hold
   * @param german whether the reasons are written in German (otherwise English)
   */
  record Facts(int intentMask, int piiMask, Visibility visibility, String platform,
      long followers, long[] keywordHits, int signalMask, boolean german) {}

  /**
   * The decision.
   *
   * @param channel the channel
   * @param priority the priority
   * @param actions the actions
   * @param reasons the contributing rules, the channel's decider first
   */
  record Outcome(Channel channel, Priority priority, Set<Action> actions, List<Reason> reasons) {}

  /** Built-in rules and signal settings, parsed once. */
  private static final class BuiltIns {
    static final BuiltIns INSTANCE = new BuiltIns();
    final List<AdviceRuleSpec> specs = new ArrayList<>();
    final Map<String, Set<Signal>> signals = new LinkedHashMap<>();
    /** The German reason of each built-in rule (its {@code message} is English). */
    final Map<String, String> germanMessages = new LinkedHashMap<>();
    final TextSignals textSignals;
    final List<String> ids = new ArrayList<>();
    final List<String> keywordRules = new ArrayList<>();
    final int repeatCount;
    final Duration repeatWindow;

    private BuiltIns() {
      JsonCursor root = Resources.load("advice-rules.json")
          .strictObject("version", "description", "signals", "rules");
      JsonCursor s = root.field("signals").strictObject("shouting", "exclamationRun",
          "repeatedComplaint", "protestTag", "insultCompound");
      JsonCursor shouting = s.field("shouting").strictObject("minWords", "minRatio");
      JsonCursor excl = s.field("exclamationRun").strictObject("minLength");
      JsonCursor tag = s.field("protestTag").strictObject("tags", "suffixes");
      JsonCursor insult = s.field("insultCompound").strictObject("modifiers", "heads");
      textSignals = new TextSignals(shouting.field("minWords").asInt(),
          shouting.field("minRatio").asDouble(), excl.field("minLength").asInt(),
          Set.copyOf(strings(tag.field("tags"))), strings(tag.field("suffixes")),
          strings(insult.field("modifiers")), Set.copyOf(strings(insult.field("heads"))));
      JsonCursor rep = s.field("repeatedComplaint").strictObject("count", "window");
      repeatCount = rep.field("count").asInt();
      repeatWindow = rep.field("window").asParsed("an ISO-8601 duration", Duration::parse);
      if (repeatCount < 2 || repeatWindow.isNegative() || repeatWindow.isZero()) {
        throw rep.error("count must be at least 2 and window positive");
      }
      ArrayNode plain = JsonNodeFactory.instance.arrayNode();
      for (JsonCursor rule : root.field("rules").elements()) {
        ObjectNode copy = ((ObjectNode) rule.node()).deepCopy();
        Set<Signal> sig = EnumSet.noneOf(Signal.class);
        if (copy.has("when") && copy.get("when").has("signals")) {
          JsonCursor when = rule.field("when");
          for (JsonCursor e : when.field("signals").elements()) {
            sig.add(e.asEnum(Signal.class));
          }
          ((ObjectNode) copy.get("when")).remove("signals");
        }
        String id = rule.field("id").asNonBlankString();
        signals.put(id, sig);
        germanMessages.put(id, rule.field("messageDe").asNonBlankString());
        copy.remove("messageDe");
        plain.add(copy);
      }
      ObjectNode doc = JsonNodeFactory.instance.objectNode();
      doc.set("adviceRules", plain);
      try {
        specs.addAll(ReplyguardConfig.fromJson(doc.toString()).adviceRules());
        for (AdviceRuleSpec spec : specs) {
          ids.add(spec.id());
          if (!spec.keywords().isEmpty()) {
            keywordRules.add(spec.id());
          }
        }
        if (keywordRules.size() > 63) {
          throw new IllegalStateException("at most 63 built-in rules may have keywords");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("embedded resource advice-rules.json: " + e.getMessage(),
            e);
      }
    }
  }

  private static List<String> strings(JsonCursor array) {
    List<String> out = new ArrayList<>();
    for (JsonCursor e : array.elements()) {
      out.add(e.asNonBlankString());
    }
    return out;
  }

  /** The id of the rule whose {@code minFollowers} is the reach threshold. */
  static final String REACH_RULE = "advice.reach";
  /** The id of the rule that keeps a private message private. */
  static final String PRIVATE_RULE = "advice.private.stays-private";

  private final Rule[] rules;
  /** Per rule: the German reason, or null to use the rule's message in every language. */
  private final String[] germanMessage;
  private final long reachThreshold;
  /** Matcher for the keywords of rules that are not unreplaced built-ins; null when none. */
  private final PhraseMatcher keywords;
  /** Per rule: its built-in keyword group, or -1 when its keywords are matched here. */
  private final int[] keywordGroup;
  private final int usedSignals;
  /** Per signal: the intents that make some rule using it able to match (-1: any). */
  private final int[] signalIntents = new int[Signal.values().length];

  private static int configIndex(List<AdviceRuleSpec> configRules, String id) {
    for (int i = 0; i < configRules.size(); i++) {
      if (configRules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private RuleEngine(List<Rule> rules, List<AdviceRuleSpec> configRules) {
    this.rules = rules.toArray(Rule[]::new);
    this.keywordGroup = new int[this.rules.length];
    this.germanMessage = new String[this.rules.length];
    long reach = BuiltIns.INSTANCE.specs.get(BuiltIns.INSTANCE.ids.indexOf(REACH_RULE))
        .minFollowers().orElseThrow();
    for (int r = 0; r < this.rules.length; r++) {
      AdviceRuleSpec spec = this.rules[r].spec();
      int builtIn = BuiltIns.INSTANCE.ids.indexOf(spec.id());
      if (builtIn >= 0 && BuiltIns.INSTANCE.specs.get(builtIn).equals(spec)) {
        germanMessage[r] = BuiltIns.INSTANCE.germanMessages.get(spec.id());
      }
      if (spec.id().equals(REACH_RULE) && spec.minFollowers().isPresent()) {
        reach = spec.minFollowers().getAsLong();
      }
    }
    this.reachThreshold = reach;
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    boolean own = false;
    int used = 0;
    for (int r = 0; r < this.rules.length; r++) {
      AdviceRuleSpec spec = this.rules[r].spec();
      int group = BuiltIns.INSTANCE.keywordRules.indexOf(spec.id());
      keywordGroup[r] = group >= 0
          && BuiltIns.INSTANCE.specs.get(BuiltIns.INSTANCE.ids.indexOf(spec.id())).equals(spec)
          ? group : -1;
      List<String> kws = spec.keywords();
      for (int k = 0; k < kws.size(); k++) {
        KeywordSyntax.Entry entry;
        try {
          entry = KeywordSyntax.parse(kws.get(k), "advice rule '" + spec.id() + "' keyword " + k);
        } catch (IllegalArgumentException e) {
          int index = configIndex(configRules, spec.id());
          throw new ConfigException("/adviceRules/" + index + "/when/keywords/" + k,
              "advice rule '" + spec.id() + "': keyword is empty after its markers");
        }
        if (keywordGroup[r] < 0) {
          entry.addTo(b, r);
          own = true;
        }
      }
      used |= this.rules[r].signalMask();
      for (Signal sig : Signal.values()) {
        if ((this.rules[r].signalMask() & (1 << sig.ordinal())) != 0) {
          int im = this.rules[r].intentMask();
          signalIntents[sig.ordinal()] |= im == 0 ? -1 : im;
        }
      }
    }
    this.keywords = own ? b.build() : null;
    this.usedSignals = used;
  }

  /**
   * Builds the rule set for a configuration.
   *
   * @param config not null
   * @return the engine
   * @throws ConfigException naming the JSON pointer and rule id for an invalid override, an
   *     unknown {@code advice.} rule id or an empty keyword
   */
  static RuleEngine create(ReplyguardConfig config) {
    BuiltIns builtIns = BuiltIns.INSTANCE;
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (AdviceRuleSpec spec : builtIns.specs) {
      byId.put(spec.id(), Rule.of(spec, builtIns.signals.get(spec.id())));
    }
    for (AdviceRuleSpec spec : config.adviceRules()) {
      byId.put(spec.id(), Rule.of(spec, Set.of()));
    }
    for (Map.Entry<String, RuleOverride> e : config.ruleOverrides().entrySet()) {
      String id = e.getKey();
      String pointer = "/ruleOverrides/" + id;
      if (!byId.containsKey(id)) {
        if (id.startsWith("advice.")) {
          throw new ConfigException(pointer, "override names unknown advice rule '" + id
              + "'; known advice rules: " + new java.util.TreeSet<>(byId.keySet()));
        }
        continue; // an override of a draft or platform rule, validated by the draft checker
      }
      if (e.getValue().severity().isPresent()) {
        throw new ConfigException(pointer, "advice rule '" + id
            + "' has no severity; use \"enabled\": false or replace the rule");
      }
      if (!e.getValue().enabled()) {
        if (id.equals(DEFAULT_RULE)) {
          throw new ConfigException(pointer, "advice rule '" + DEFAULT_RULE
              + "' cannot be disabled; replace it with a rule of the same id");
        }
        byId.remove(id);
      }
    }
    Rule fallback = byId.get(DEFAULT_RULE);
    if (!fallback.unconditional() || fallback.spec().channel().isEmpty()
        || fallback.spec().priority().isEmpty()) {
      throw new ConfigException("/adviceRules/" + configIndex(config.adviceRules(), DEFAULT_RULE),
          "advice rule '" + DEFAULT_RULE
          + "' must have no conditions and set both a channel and a priority");
    }
    return new RuleEngine(new ArrayList<>(byId.values()), config.adviceRules());
  }

  /**
   * The keyword lists of the built-in rules that have keywords, in rule order (group index = list
   * index). The intent recognizer matches them in its single scan.
   *
   * @return the keyword groups
   */
  static List<List<String>> builtInKeywordGroups() {
    List<List<String>> out = new ArrayList<>();
    for (String id : BuiltIns.INSTANCE.keywordRules) {
      out.add(BuiltIns.INSTANCE.specs.get(BuiltIns.INSTANCE.ids.indexOf(id)).keywords());
    }
    return out;
  }

  /**
   * The reasons of the built-in rules in both languages (for the localisation test).
   *
   * @return rule id to {German, English} reason, in file order
   */
  static Map<String, List<String>> builtInReasons() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (AdviceRuleSpec spec : BuiltIns.INSTANCE.specs) {
      out.put(spec.id(), List.of(BuiltIns.INSTANCE.germanMessages.get(spec.id()), spec.message()));
    }
    return out;
  }

  /**
   * The signal settings of the built-in rules.
   *
   * @return the text signal thresholds
   */
  static TextSignals textSignals() {
    return BuiltIns.INSTANCE.textSignals;
  }

  /**
   * Complaints by one author within {@link #repeatWindow()} that count as repeated.
   *
   * @return at least 2
   */
  static int repeatCount() {
    return BuiltIns.INSTANCE.repeatCount;
  }

  /**
   * The repeated-complaint window.
   *
   * @return positive
   */
  static Duration repeatWindow() {
    return BuiltIns.INSTANCE.repeatWindow;
  }

  /**
   * Whether any enabled rule depends on a signal (so it is worth computing).
   *
   * @param signal the signal
   * @return true when used
   */
  boolean uses(Signal signal) {
    return (usedSignals & (1 << signal.ordinal())) != 0;
  }

  /**
   * Whether a signal can affect the outcome for a message with these intents (so it is worth
   * computing).
   *
   * @param signal the signal
   * @param intentMask bits of the recognised intents
   * @return true when some enabled rule using the signal can match
   */
  boolean relevant(Signal signal, int intentMask) {
    return (signalIntents[signal.ordinal()] & intentMask) != 0;
  }

  /**
   * The ids of the enabled rules, in evaluation order.
   *
   * @return the ids
   */
  List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) {
      ids.add(r.spec().id());
    }
    return ids;
  }

  /**
   * Finds which rules' keywords occur in a normalised text.
   *
   * @param normalized normalised text
   * @param n its length
   * @param builtInGroups the built-in keyword groups the recognizer found
   * @return bits by rule index
   */
  long[] keywordHits(char[] normalized, int n, long builtInGroups) {
    long[] hits = new long[(rules.length >>> 6) + 1];
    for (int r = 0; r < rules.length; r++) {
      int g = keywordGroup[r];
      if (g >= 0 && (builtInGroups & (1L << g)) != 0) {
        hits[r >>> 6] |= 1L << r;
      }
    }
    if (keywords != null) {
      keywords.scan(normalized, n, (r, s, e) -> hits[r >>> 6] |= 1L << r);
    }
    return hits;
  }

  private static boolean matches(Rule r, int index, Facts f) {
    if (r.intentMask() != 0 && (r.intentMask() & f.intentMask()) == 0) {
      return false;
    }
    if (r.piiMask() != 0 && (r.piiMask() & f.piiMask()) == 0) {
      return false;
    }
    if (r.visibility() != null && r.visibility() != f.visibility()) {
      return false;
    }
    if (!r.platforms().isEmpty() && !r.platforms().contains(f.platform())) {
      return false;
    }
    if (r.minFollowers() >= 0 && f.followers() < r.minFollowers()) {
      return false;
    }
    if (r.hasKeywords() && (f.keywordHits()[index >>> 6] & (1L << index)) == 0) {
      return false;
    }
    return (r.signalMask() & f.signalMask()) == r.signalMask();
  }

  /**
   * Evaluates the rules.
   *
   * @param f the facts
   * @return the decision with its reasons
   */
  Outcome evaluate(Facts f) {
    int channelRule = -1;
    int priorityRule = -1;
    int actionMask = 0;
    boolean[] matched = new boolean[rules.length];
    for (int i = 0; i < rules.length; i++) {
      Rule r = rules[i];
      if (!matches(r, i, f)) {
        continue;
      }
      matched[i] = true;
      AdviceRuleSpec s = r.spec();
      if (s.channel().isPresent() && (channelRule < 0
          || better(s.precedence(), CHANNEL_RANK[s.channel().get().ordinal()],
              rules[channelRule].spec().precedence(),
              CHANNEL_RANK[rules[channelRule].spec().channel().get().ordinal()]))) {
        channelRule = i;
      }
      if (s.priority().isPresent() && (priorityRule < 0
          || better(s.precedence(), s.priority().get().ordinal(),
              rules[priorityRule].spec().precedence(),
              rules[priorityRule].spec().priority().get().ordinal()))) {
        priorityRule = i;
      }
      actionMask |= r.actionMask();
    }
    if (f.visibility() == Visibility.PRIVATE) {
      Channel c = rules[channelRule].spec().channel().get();
      if (c == Channel.PUBLIC_REPLY || c == Channel.BROADCAST) {
        // never backwards on the ladder: a private message is not advised to go public
        for (int i = 0; i < rules.length; i++) {
          if (matched[i] && rules[i].spec().id().equals(PRIVATE_RULE)) {
            channelRule = i;
          }
        }
      }
    }
    int hide = 1 << Action.HIDE_ORIGINAL.ordinal();
    int allowed = f.visibility() == Visibility.PRIVATE ? ~hide : ~0;
    actionMask &= allowed;
    // The default rule is unconditional, so both deciders exist.
    List<Reason> reasons = new ArrayList<>(4);
    reasons.add(reason(channelRule, f.german()));
    if (priorityRule != channelRule) {
      reasons.add(reason(priorityRule, f.german()));
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      if (matched[i] && i != channelRule && i != priorityRule
          && (rules[i].actionMask() & allowed) != 0) {
        rest.add(i);
      }
    }
    rest.sort((a, b) -> Integer.compare(rules[b].spec().precedence(), rules[a].spec().precedence()));
    for (int i : rest) {
      reasons.add(reason(i, f.german()));
    }
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (Action a : Action.values()) {
      if ((actionMask & (1 << a.ordinal())) != 0) {
        actions.add(a);
      }
    }
    return new Outcome(rules[channelRule].spec().channel().get(),
        rules[priorityRule].spec().priority().get(), actions, reasons);
  }

  private static boolean better(int precedence, int rank, int bestPrecedence, int bestRank) {
    return precedence > bestPrecedence || (precedence == bestPrecedence && rank > bestRank);
  }

  private Reason reason(int rule, boolean german) {
    AdviceRuleSpec spec = rules[rule].spec();
    return new Reason(spec.id(), german && germanMessage[rule] != null ? germanMessage[rule]
        : spec.message());
  }

  /**
   * The reach threshold: the {@code minFollowers} of {@code advice.reach} as configured (the
   * built-in value when the rule is replaced without one or disabled).
   *
   * @return followers at which an author has high reach
   */
  long reachThreshold() {
    return reachThreshold;
  }
}
