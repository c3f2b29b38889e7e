package io.replyguard;

import io.replyguard.advice.Advisor;
import io.replyguard.check.DraftChecker;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Advice;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.pii.PiiDetector;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.template.RenderContext;
import io.replyguard.internal.template.TemplateEngine;
import io.replyguard.time.BusinessCalendar;
import io.replyguard.time.Commitment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Replyguard engine: scans text for personal data, advises on the channel for inbound
 * messages, checks reply drafts, renders templates and computes time commitments.
 *
 * <p>Build it once with {@link #create()} or {@link #builder()} and share it: it is thread-safe.
 * Its configuration is immutable; the only state it keeps is bounded (recently sent replies for
 * the boilerplate check, recent reports for incident-burst detection, recently used template
 * variants), held in size- and time-bounded caches. All methods reject {@code null} arguments with
 * a {@link NullPointerException} naming the parameter; no method performs network access.
 *
 * @since 0.1.0
 */
public final class Replyguard {
  private final ReplyguardConfig config;
  private final AdapterRegistry adapters;
  private final Clock clock;
  private final PiiDetector pii;
  private final BusinessCalendar calendar;
  private final TemplateEngine templates;
  private final DraftChecker checker;
  private final Advisor advisor;

  private Replyguard(Builder b) {
    this.config = b.config;
    this.clock = b.clock;
    AdapterRegistry registry = b.adapters;
    for (Map.Entry<String, Map<String, Integer>> e : config.platformLimits().entrySet()) {
      PlatformAdapter adapter = registry.find(io.replyguard.model.Platform.of(e.getKey()))
          .orElseThrow(() -> new io.replyguard.config.ConfigException(
              "/platformLimits/" + e.getKey(), "no adapter installed for platform '"
                  + e.getKey() + "'; installed: " + b.adapters.platforms()));
      try {
        registry = registry.replacing(adapter.withLimits(e.getValue()));
      } catch (IllegalArgumentException ex) {
        throw new io.replyguard.config.ConfigException("/platformLimits/" + e.getKey(),
            ex.getMessage());
      }
    }
    this.adapters = registry;
    requireKnownPlatforms(config, registry);
    this.pii = PiiDetector.create(config);
    this.calendar = BusinessCalendar.of(config);
    this.templates = TemplateEngine.create(config, calendar);
    this.checker = DraftChecker.create(config, pii, calendar, adapters, clock);
    this.advisor = Advisor.create(config, pii, clock);
  }

  /**
   * Platforms named by draft rules and templates need an installed adapter, unless they are the
   * built-in {@link io.replyguard.model.Platform#TWITTER} and
   * {@link io.replyguard.model.Platform#FACEBOOK} (the default catalog names both).
   */
  private static void requireKnownPlatforms(ReplyguardConfig config, AdapterRegistry registry) {
    java.util.Set<String> known = new java.util.TreeSet<>(registry.platforms());
    known.add(io.replyguard.model.Platform.TWITTER.id());
    known.add(io.replyguard.model.Platform.FACEBOOK.id());
    for (int i = 0; i < config.draftRules().size(); i++) {
      requireKnown(config.draftRules().get(i).platforms(), "/draftRules/" + i, known);
    }
    for (int i = 0; i < config.templates().size(); i++) {
      requireKnown(config.templates().get(i).platforms(), "/templates/" + i, known);
    }
  }

  private static void requireKnown(List<String> platforms, String pointer,
      java.util.Set<String> known) {
    for (int j = 0; j < platforms.size(); j++) {
      if (!known.contains(platforms.get(j))) {
        throw new io.replyguard.config.ConfigException(pointer + "/platforms/" + j,
            "no adapter installed for this platform; known platforms: " + known);
      }
    }
  }

  /**
   * An engine with the embedded default configuration and the adapters installed on the class or
   * module path.
   *
   * @return the engine
   */
  public static Replyguard create() {
    return builder().build();
  }

  /**
   * An engine with the given configuration and the installed adapters.
   *
   * @param config not null
   * @return the engine
   */
  public static Replyguard create(ReplyguardConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts a builder with the embedded default configuration, the installed adapters and the
   * system clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration.
   *
   * @return the configuration, never null
   */
  public ReplyguardConfig config() {
    return config;
  }

  /**
   * The platform adapters.
   *
   * @return the registry, never null
   */
  public AdapterRegistry adapters() {
    return adapters;
  }

  /**
   * The clock that gives the time when a draft, message or render request carries none.
   *
   * @return the clock, never null
   * @since 0.2.0
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The business calendar of the configuration.
   *
   * @return the calendar, never null
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Finds personal data in a text.
   *
   * @param text any string, not null
   * @return the findings sorted by span; spans lie inside the text
   */
  public List<PiiFinding> scan(String text) {
    return pii.scan(Objects.requireNonNull(text, "text"));
  }

  /**
   * Masks the personal data in a text, keeping its structure.
   *
   * @param text any string, not null
   * @return the redacted text
   */
  public String redact(String text) {
    return pii.redact(Objects.requireNonNull(text, "text"));
  }

  /**
   * Advises where an inbound message should be answered and what to do first.
   *
   * @param message not null
   * @return the advice with its reasons
   */
  public Advice advise(Message message) {
    return advisor.advise(Objects.requireNonNull(message, "message"));
  }

  /**
   * The outage topic of an inbound message, when it reports an outage: the key under which
   * {@link #advise(Message)} counts reports towards an incident burst ({@code burst} settings).
   * One of "internet", "mobile", "landline", "tv", "app", or "general" when the message names
   * none. For callers that count bursts themselves across processes (the Kafka Streams module
   * does, per brand and topic, with the engine's rule {@code advice.burst.outage} disabled).
   * Records nothing: calling it changes no later advice.
   *
   * @param message not null
   * @return the topic, or empty when the message does not report an outage
   * @since 0.2.0
   */
  public java.util.Optional<String> outageTopic(Message message) {
    return advisor.outageTopic(Objects.requireNonNull(message, "message"));
  }

  /**
   * Checks a reply draft with every enabled rule.
   *
   * @param draft not null
   * @return the verdict and the findings, sorted
   */
  public CheckResult check(Draft draft) {
    return checker.check(Objects.requireNonNull(draft, "draft"));
  }

  /**
   * Remembers a reply that was sent, so that later drafts repeating it are flagged as boilerplate.
   *
   * @param sent the reply as sent, not null
   */
  public void recordSent(Draft sent) {
    checker.recordSent(Objects.requireNonNull(sent, "sent"));
  }

  /**
   * Renders a template from the catalog.
   *
   * @param templateId the template id, not null
   * @param context locale, moment and placeholder values, not null
   * @return the rendered text
   * @throws io.replyguard.template.TemplateException for an unknown template or a missing or
   *     unknown placeholder
   */
  public String render(String templateId, RenderContext context) {
    return templates.render(Objects.requireNonNull(templateId, "templateId"),
        Objects.requireNonNull(context, "context"));
  }

  /**
   * Renders a template from the catalog: a convenience for
   * {@code render(templateId, new RenderContext(Optional.of(locale), now, values))}.
   *
   * @param templateId the template id, not null
   * @param locale the language, {@code de} or {@code en}, not null
   * @param now the moment the reply is sent (for commitments and opening times), not null
   * @param values the values of the text and channel placeholders, not null
   * @return the rendered text
   * @throws io.replyguard.template.TemplateException as {@link #render(String, RenderContext)}
   * @since 0.2.0
   */
  public String render(String templateId, Locale locale, Instant now, Map<String, String> values) {
    return render(templateId, new RenderContext(java.util.Optional.of(
        Objects.requireNonNull(locale, "locale")), now, values));
  }

  /**
   * Renders one chosen variant of a template, for test suites that check every variant. Unlike
   * {@link #render(String, RenderContext)} it does not advance the variant rotation.
   *
   * @param templateId the template id, not null
   * @param variant the variant's index in the catalog, from 0
   * @param context locale, moment and placeholder values, not null
   * @return the rendered text
   * @throws io.replyguard.template.TemplateException as {@link #render(String, RenderContext)},
   *     and for a variant the template does not have
   * @since 0.2.0
   */
  public String renderVariant(String templateId, int variant, RenderContext context) {
    return templates.renderVariant(templateId, variant, context);
  }

  /**
   * Renders every variant of a template, in catalog order, for test suites that check every
   * variant. Does not advance the variant rotation.
   *
   * @param templateId the template id, not null
   * @param context locale, moment and placeholder values, not null
   * @return the rendered texts, one per variant, never empty
   * @throws io.replyguard.template.TemplateException as {@link #render(String, RenderContext)}
   * @since 0.2.0
   */
  public List<String> renderAll(String templateId, RenderContext context) {
    return templates.renderAll(templateId, context);
  }

  /**
   * A concrete time commitment in the configured default language.
   *
   * @param now not null
   * @param within business time, positive
   * @return the commitment
   */
  public Commitment commitment(Instant now, Duration within) {
    return commitment(now, within, config.locale());
  }

  /**
   * A concrete time commitment.
   *
   * @param now not null
   * @param within business time, positive
   * @param locale the phrase's language, not null
   * @return the commitment
   */
  public Commitment commitment(Instant now, Duration within, Locale locale) {
    return calendar.commitment(Objects.requireNonNull(now, "now"),
        Objects.requireNonNull(within, "within"), Objects.requireNonNull(locale, "locale"));
  }

  @Override
  public String toString() {
    return "Replyguard[locale=" + config.locale().toLanguageTag() + ", zone=" + config.zone()
        + ", adapters=" + adapters.platforms() + "]";
  }

  /** Builds {@link Replyguard} engines. Not thread-safe. */
  public static final class Builder {
    private ReplyguardConfig config;
    private AdapterRegistry adapters;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the configuration (default: {@link ReplyguardConfig#defaults()}).
     *
     * @param value not null
     * @return this builder
     */
    public Builder config(ReplyguardConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      return this;
    }

    /**
     * Sets the adapters (default: {@link AdapterRegistry#installed()}).
     *
     * @param value not null
     * @return this builder
     */
    public Builder adapters(AdapterRegistry value) {
      this.adapters = Objects.requireNonNull(value, "adapters");
      return this;
    }

    /**
     * Sets the clock used when a draft or message carries no time (default: system UTC clock).
     *
     * @param value not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws io.replyguard.config.ConfigException when platform limits name a missing adapter or
     *     an unknown surface
     * @throws IllegalStateException when two installed adapters serve one platform
     */
    public Replyguard build() {
      if (config == null) {
        config = ReplyguardConfig.defaults();
      }
      if (adapters == null) {
        adapters = AdapterRegistry.installed();
      }
      return new Replyguard(this);
    }
  }
}
