package io.replyguard.check;

import io.replyguard.config.ConfigException;
import io.replyguard.config.DraftRuleSpec;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.model.Category;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import io.replyguard.pii.PiiDetector;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import io.replyguard.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks reply drafts with every enabled rule and returns the verdict and the findings, like a
 * linter: rule id, category, severity, span and message, with a suggestion where a fix is known.
 * The built-in rules are listed by {@link DraftRules#builtIn()}; the configuration adds
 * declarative rules ({@code draftRules}) and changes or disables any rule ({@code ruleOverrides}),
 * including the platform-policy rules of the adapters.
 *
 * <p>Language: messages are German when the draft's locale (or else the locale of the message it
 * answers, or else the configured locale) is German, English otherwise; the tone rules run on
 * German drafts only. Every lexicon runs on every draft, so an English "asap" in a German draft is
 * found.
 *
 * <p>Personal data: messages and suggestions never quote the draft; PII findings name the kind
 * of data only. Personal data in a private draft is reported with {@code pii.private} at
 * {@link Severity#INFO} (allowed). The boilerplate store keeps hashes only.
 *
 * <p>Thread-safe: the checker is immutable except for the bounded store of sent replies (a
 * Caffeine cache bounded by {@code boilerplate.capacity} and {@code boilerplate.retention}), which
 * is safe for concurrent use. Methods reject {@code null} with a {@link NullPointerException}.
 */
public final class DraftChecker {
  private final Severities severities;
  private final List<Rule> rules;
  private final Boilerplate boilerplate;
  private final AdapterRegistry adapters;
  private final Clock clock;
  private final Locale defaultLocale;

  private DraftChecker(ReplyguardConfig config, PiiScanner pii, CommitmentSource commitments,
      AdapterRegistry adapters, Clock clock) {
    this.adapters = adapters;
    this.clock = clock;
    this.defaultLocale = config.locale();
    Map<String, Severity> defaults = new HashMap<>();
    for (RuleDescription r : DraftRules.builtIn()) {
      defaults.put(r.id(), r.defaultSeverity());
    }
    List<Rule> list = new ArrayList<>();
    list.add(new PiiRule(pii));
    list.add(new PiiRequestRule());
    list.add(new CredentialRule());
    list.add(new CommitmentRules(commitments, config.serviceLevel(), config.zone()));
    list.add(new ChannelRule());
    list.add(new ToneRule(config.formality()));
    this.boilerplate = new Boilerplate(config.boilerplate(), clock);
    list.add(boilerplate);
    int position = 0;
    for (DraftRuleSpec spec : config.draftRules()) {
      if (defaults.containsKey(spec.id())) {
        throw new ConfigException("/draftRules/" + position + "/id", "rule '" + spec.id()
            + "' has the id of a built-in rule; choose another id");
      }
      list.add(new DeclarativeRule(spec, position));
      defaults.put(spec.id(), spec.severity());
      position++;
    }
    this.rules = List.copyOf(list);
    Map<String, Severity> effective = new HashMap<>();
    for (Map.Entry<String, RuleOverride> e : new TreeMap<>(config.ruleOverrides()).entrySet()) {
      String id = e.getKey();
      if (!defaults.containsKey(id) && !adapterNamespace(id, adapters)
          && !adviceRule(id, config)) {
        throw new ConfigException("/ruleOverrides/" + id, "override names unknown rule '" + id
            + "'; known rules: " + new java.util.TreeSet<>(defaults.keySet())
            + " and the platform rules of the adapters for " + adapters.platforms()
            + " (ids starting with the platform id and a dot)");
      }
    }
    defaults.forEach((id, severity) -> {
      RuleOverride o = config.ruleOverrides().get(id);
      if (o == null) {
        effective.put(id, severity);
      } else if (o.enabled()) {
        effective.put(id, o.severity().orElse(severity));
      }
    });
    this.severities = new Severities(effective, config.ruleOverrides());
  }

  /** Advice rules share {@code ruleOverrides}; the advisor validates those (issue #8). */
  private static boolean adviceRule(String id, ReplyguardConfig config) {
    return id.startsWith("advice.")
        || config.adviceRules().stream().anyMatch(r -> r.id().equals(id));
  }

  private static boolean adapterNamespace(String id, AdapterRegistry adapters) {
    for (String p : adapters.platforms()) {
      if (id.startsWith(p + ".") && id.length() > p.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates the checker.
   *
   * @param config the configuration (service level and hours, formality, boilerplate settings,
   *     declarative rules, overrides), not null
   * @param pii the detector for personal data, not null
   * @param calendar the business calendar for realistic commitments, not null
   * @param adapters the platform adapters for length and platform policy, not null
   * @param clock the clock for drafts without a moment and for the boilerplate retention, not null
   * @return the checker
   * @throws ConfigException when an override names an unknown rule (naming its id), when a
   *     declarative rule's pattern is invalid or its id is that of a built-in rule
   */
  public static DraftChecker create(ReplyguardConfig config, PiiDetector pii,
      BusinessCalendar calendar, AdapterRegistry adapters, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(pii, "pii");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(adapters, "adapters");
    Objects.requireNonNull(clock, "clock");
    CommitmentSource commitments = new CommitmentSource() {
      @Override
      public io.replyguard.time.Commitment commitment(Instant now, java.time.Duration within,
          Locale locale) {
        return calendar.commitment(now, within, locale);
      }

      @Override
      public Instant deadline(Instant now, java.time.Duration within) {
        return calendar.deadline(now, within);
      }
    };
    return new DraftChecker(config, pii::scan, commitments, adapters, clock);
  }

  /** Creates a checker over internal seams (tests). */
  static DraftChecker create(ReplyguardConfig config, PiiScanner pii, CommitmentSource commitments,
      AdapterRegistry adapters, Clock clock) {
    return new DraftChecker(Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(pii, "pii"), Objects.requireNonNull(commitments, "commitments"),
        Objects.requireNonNull(adapters, "adapters"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Checks a draft with every enabled rule. The moment is the draft's {@code now}, or the clock's
   * when it has none; length and platform policy come from the platform's adapter. Messages come
   * in the draft's locale, else that of the post it answers, else the language its function
   * words read as (German or English), else the configured locale.
   *
   * @param draft not null; any text, including the empty one and lone surrogates
   * @return the verdict and the findings sorted by span, severity and rule id; every span lies
   *     inside the draft text
   * @throws IllegalStateException when no adapter serves the draft's platform (naming the
   *     installed ones): a draft for a platform that cannot be measured is not checked silently
   */
  public CheckResult check(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    PlatformAdapter adapter = adapters.require(draft.platform());
    Instant now = draft.now().orElseGet(clock::instant);
    Text text = Text.lazy(draft.text());
    Locale locale = draft.locale()
        .or(() -> draft.inReplyTo().flatMap(Message::locale))
        .orElseGet(() -> {
          Boolean reads = DraftLanguage.german(text.lower());
          return reads == null ? defaultLocale : reads ? Locale.GERMAN : Locale.ENGLISH;
        });
    boolean german = locale.getLanguage().equals("de");
    Context ctx = new Context(draft, text, now, german, german, severities);
    length(ctx, adapter);
    for (Rule r : rules) {
      r.check(ctx);
    }
    int n = draft.text().length();
    // the adapter writes its findings in the same language as the rules above
    Draft forAdapter = draft.locale().isPresent() ? draft : draft.withLocale(locale);
    List<Finding> policy = adapter.policy(forAdapter, now);
    for (Finding f : policy) {
      Finding g = severities.apply(f);
      if (g != null) {
        if (!g.span().fitsIn(n)) {
          throw new IllegalStateException("adapter " + adapter.getClass().getName()
              + " reported " + g.ruleId() + " with span " + g.span()
              + " outside a draft of length " + n);
        }
        ctx.findings.add(g);
      }
    }
    return CheckResult.of(ctx.findings);
  }

  /** The length rule. */
  private static void length(Context ctx, PlatformAdapter adapter) {
    if (!ctx.enabled(DraftRules.LENGTH_LIMIT)) {
      return;
    }
    String text = ctx.text.text;
    TextLength m = adapter.measure(ctx.draft);
    if (m.fits()) {
      return;
    }
    Span overflow = m.overflow().orElseThrow();
    int end = Math.min(overflow.end(), text.length());
    int start = Math.min(overflow.start(), end);
    String surface = ctx.draft.visibility().name().toLowerCase(Locale.ROOT);
    ctx.report(DraftRules.LENGTH_LIMIT, Category.LENGTH, start, end,
        ctx.say(m.length() + " von " + m.limit() + " Zeichen: " + (m.length() - m.limit())
            + " zu viel für " + ctx.draft.platform() + " (" + surface + ").",
            m.length() + " of " + m.limit() + " characters: " + (m.length() - m.limit())
            + " too many for " + ctx.draft.platform() + " (" + surface + ")."),
        ctx.say("Kürzen Sie den markierten Teil oder teilen Sie die Antwort auf.",
            "Shorten the marked part or split the reply."));
  }

  /**
   * Remembers a reply that was sent, for the boilerplate check: later drafts that are
   * near-duplicates of it are flagged while it is remembered. Only shingle hashes are kept; texts
   * under the boilerplate minimum length are ignored.
   *
   * @param draft the reply as sent, not null
   */
  public void recordSent(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    boilerplate.record(draft.text());
  }

  @Override
  public String toString() {
    return "DraftChecker[rules=" + rules.size() + ", adapters=" + adapters.platforms() + "]";
  }
}
