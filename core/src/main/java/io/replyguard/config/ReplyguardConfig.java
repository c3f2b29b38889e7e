package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.model.Formality;
import io.replyguard.model.Intent;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an engine is configured with: the operator's service hours and holidays, the brand's
 * formality and contact data, custom recognizers, rules and templates.
 *
 * <p>Read it from JSON with {@link #fromJson(String)} (a partial document: every key it names
 * replaces the embedded default's value) or build it with {@link #builder()} or
 * {@link #toBuilder()}; write it with {@link #toJson()}. {@link #defaults()} is the embedded
 * default: German operator, Monday to Saturday 08:00–20:00 Europe/Berlin, German national holidays
 * closed, formality {@code SIE}. The JSON format is documented in the README's configuration
 * reference. There is no public constructor, so keys added in later releases do not break callers:
 * a builder starts from a complete configuration and changes only what it is told.
 *
 * <p>Two configurations are equal when all their values are equal; {@link #toString()} names only
 * sizes and settings, never contact data, patterns or template texts.
 *
 * <p>Immutable and thread-safe. Every accessor returns a non-null, unmodifiable value.
 *
 * @since 0.2.0 (a final class with a builder; it was a record in 0.1.0)
 */
public final class ReplyguardConfig {

  /** The languages replies can be written in. */
  public static final Set<String> SUPPORTED_LANGUAGES = Set.of("de", "en");

  private final Locale locale;
  private final ZoneId zone;
  private final WeeklyHours serviceHours;
  private final HolidaySettings holidays;
  private final List<Closure> closures;
  private final Duration serviceLevel;
  private final Formality formality;
  private final List<String> companyContacts;
  private final List<RecognizerSpec> recognizers;
  private final Map<String, RuleOverride> ruleOverrides;
  private final List<DraftRuleSpec> draftRules;
  private final List<AdviceRuleSpec> adviceRules;
  private final Map<Intent, List<String>> intentKeywords;
  private final BurstSettings burst;
  private final BoilerplateSettings boilerplate;
  private final List<TemplateSpec> templates;
  private final Map<String, Map<String, Integer>> platformLimits;

  /** Validates and copies the builder's values. */
  private ReplyguardConfig(Builder b) {
    this.locale = Objects.requireNonNull(b.locale, "locale");
    requireArgument(SUPPORTED_LANGUAGES.contains(locale.getLanguage()),
        "locale must be one of %s: %s", SUPPORTED_LANGUAGES, locale.toLanguageTag());
    this.zone = Objects.requireNonNull(b.zone, "zone");
    this.serviceHours = Objects.requireNonNull(b.serviceHours, "serviceHours");
    this.holidays = Objects.requireNonNull(b.holidays, "holidays");
    this.closures = List.copyOf(Objects.requireNonNull(b.closures, "closures"));
    this.serviceLevel = Objects.requireNonNull(b.serviceLevel, "serviceLevel");
    Limits.serviceLevel(serviceLevel, "serviceLevel");
    this.formality = Objects.requireNonNull(b.formality, "formality");
    this.companyContacts = List.copyOf(Objects.requireNonNull(b.companyContacts,
        "companyContacts"));
    this.recognizers = List.copyOf(Objects.requireNonNull(b.recognizers, "recognizers"));
    this.ruleOverrides = Map.copyOf(Objects.requireNonNull(b.ruleOverrides, "ruleOverrides"));
    this.draftRules = List.copyOf(Objects.requireNonNull(b.draftRules, "draftRules"));
    this.adviceRules = List.copyOf(Objects.requireNonNull(b.adviceRules, "adviceRules"));
    Objects.requireNonNull(b.intentKeywords, "intentKeywords");
    EnumMap<Intent, List<String>> kw = new EnumMap<>(Intent.class);
    b.intentKeywords.forEach((k, v) -> kw.put(Objects.requireNonNull(k, "intent"),
        List.copyOf(Objects.requireNonNull(v, "intentKeywords value"))));
    this.intentKeywords = Collections.unmodifiableMap(kw);
    this.burst = Objects.requireNonNull(b.burst, "burst");
    this.boilerplate = Objects.requireNonNull(b.boilerplate, "boilerplate");
    this.templates = List.copyOf(Objects.requireNonNull(b.templates, "templates"));
    Objects.requireNonNull(b.platformLimits, "platformLimits");
    Map<String, Map<String, Integer>> limits = new LinkedHashMap<>();
    b.platformLimits.forEach((p, m) -> {
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        requireArgument(e.getValue() != null && e.getValue() > 0,
            "limit %s.%s must be positive", p, e.getKey());
      }
      limits.put(p, Map.copyOf(m));
    });
    this.platformLimits = Map.copyOf(limits);
    for (String c : companyContacts) {
      requireArgument(c != null && !c.isBlank(), "companyContacts must not contain blank entries");
    }
    long cost = 0;
    for (RecognizerSpec r : recognizers) {
      cost += PatternCost.of(r.pattern()).programSize();
    }
    for (DraftRuleSpec r : draftRules) {
      if (r.pattern().isPresent()) {
        cost += PatternCost.of(r.pattern().get()).programSize();
      }
    }
    requireArgument(cost <= PatternCost.MAX_TOTAL_PROGRAM_SIZE,
        "the patterns of all recognizers and draft rules would compile to about %s instructions;"
        + " the limit is %s in total", cost, PatternCost.MAX_TOTAL_PROGRAM_SIZE);
    requireUnique("recognizer", recognizers.stream().map(RecognizerSpec::id).toList());
    String short_ = shortOfBusinessTime(serviceHours, holidays, closures, serviceLevel, templates);
    requireArgument(short_ == null, "%s", short_);
    requireUnique("draft rule", draftRules.stream().map(DraftRuleSpec::id).toList());
    requireUnique("advice rule", adviceRules.stream().map(AdviceRuleSpec::id).toList());
    requireUnique("template", templates.stream().map(t -> t.id() + "@" + t.locale()).toList());
  }

  /**
   * Why the longest service level cannot be guaranteed within the calendar's ten-year search, or
   * null when it can.
   */
  static String shortOfBusinessTime(WeeklyHours hours, HolidaySettings holidays,
      List<Closure> closures, Duration serviceLevel, List<TemplateSpec> templates) {
    Duration longest = serviceLevel;
    for (TemplateSpec t : templates) {
      if (t.serviceLevel().isPresent() && t.serviceLevel().get().compareTo(longest) > 0) {
        longest = t.serviceLevel().get();
      }
    }
    long guaranteed = Limits.guaranteedBusinessSeconds(hours, holidays, closures);
    if (guaranteed >= longest.getSeconds() + (longest.getNano() > 0 ? 1 : 0)) {
      return null;
    }
    return "the service hours, less holidays, closed dates and closures, guarantee "
        + (guaranteed <= 0 ? "no" : Duration.ofSeconds(guaranteed).toString())
        + " business time within the ten-year search; the longest service level " + longest
        + " needs more";
  }

  private static void requireUnique(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      requireArgument(seen.add(id), "duplicate %s id '%s'", what, id);
    }
  }

  /**
   * Returns the default language of replies ({@code de} or {@code en}).
   *
   * @return locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the service's time zone.
   *
   * @return zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the regular weekly opening hours.
   *
   * @return serviceHours, never null
   */
  public WeeklyHours serviceHours() {
    return serviceHours;
  }

  /**
   * Returns the closed days.
   *
   * @return holidays, never null
   */
  public HolidaySettings holidays() {
    return holidays;
  }

  /**
   * Returns the one-off closures.
   *
   * @return closures, never null
   */
  public List<Closure> closures() {
    return closures;
  }

  /**
   * Returns the default service level (business time) for commitments, positive.
   *
   * @return serviceLevel, never null
   */
  public Duration serviceLevel() {
    return serviceLevel;
  }

  /**
   * Returns how the brand addresses customers in German.
   *
   * @return formality, never null
   */
  public Formality formality() {
    return formality;
  }

  /**
   * Returns the company's own phone numbers, e-mail addresses and URL prefixes, never reported as personal data.
   *
   * @return companyContacts, never null
   */
  public List<String> companyContacts() {
    return companyContacts;
  }

  /**
   * Returns the custom PII recognizers; ids unique.
   *
   * @return recognizers, never null
   */
  public List<RecognizerSpec> recognizers() {
    return recognizers;
  }

  /**
   * Returns severity changes and disabled rules by rule id.
   *
   * @return ruleOverrides, never null
   */
  public Map<String, RuleOverride> ruleOverrides() {
    return ruleOverrides;
  }

  /**
   * Returns the declarative draft rules; ids unique.
   *
   * @return draftRules, never null
   */
  public List<DraftRuleSpec> draftRules() {
    return draftRules;
  }

  /**
   * Returns the declarative advice rules; ids unique.
   *
   * @return adviceRules, never null
   */
  public List<AdviceRuleSpec> adviceRules() {
    return adviceRules;
  }

  /**
   * Returns extra keywords per intent that extend the built-in lexicon.
   *
   * @return intentKeywords, never null
   */
  public Map<Intent, List<String>> intentKeywords() {
    return intentKeywords;
  }

  /**
   * Returns the incident-burst detection settings.
   *
   * @return burst, never null
   */
  public BurstSettings burst() {
    return burst;
  }

  /**
   * Returns the near-duplicate detection settings.
   *
   * @return boilerplate, never null
   */
  public BoilerplateSettings boilerplate() {
    return boilerplate;
  }

  /**
   * Returns the template catalog; (id, locale) unique.
   *
   * @return templates, never null
   */
  public List<TemplateSpec> templates() {
    return templates;
  }

  /**
   * Returns the length limits per platform id and surface name.
   *
   * @return platformLimits, never null
   */
  public Map<String, Map<String, Integer>> platformLimits() {
    return platformLimits;
  }

  /**
   * Compares all values.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a configuration with equal values
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReplyguardConfig o)) {
      return false;
    }
      return locale.equals(o.locale) && zone.equals(o.zone) &&
          serviceHours.equals(o.serviceHours) && holidays.equals(o.holidays) &&
          closures.equals(o.closures) && serviceLevel.equals(o.serviceLevel) &&
          formality.equals(o.formality) && companyContacts.equals(o.companyContacts) &&
          recognizers.equals(o.recognizers) && ruleOverrides.equals(o.ruleOverrides) &&
          draftRules.equals(o.draftRules) && adviceRules.equals(o.adviceRules) &&
          intentKeywords.equals(o.intentKeywords) && burst.equals(o.burst) &&
          boilerplate.equals(o.boilerplate) && templates.equals(o.templates) &&
          platformLimits.equals(o.platformLimits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, zone, serviceHours, holidays, closures, serviceLevel, formality,
        companyContacts, recognizers, ruleOverrides, draftRules, adviceRules, intentKeywords,
        burst, boilerplate, templates, platformLimits);
  }

  /**
   * A summary naming the settings and the sizes of the lists, without contact data, patterns,
   * keywords or template texts.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ReplyguardConfig[locale=" + locale.toLanguageTag() + ", zone=" + zone.getId()
        + ", serviceLevel=" + serviceLevel + ", formality=" + formality
        + ", closures=" + closures.size() + ", companyContacts=" + companyContacts.size()
        + ", recognizers=" + recognizers.size() + ", ruleOverrides=" + ruleOverrides.size()
        + ", draftRules=" + draftRules.size() + ", adviceRules=" + adviceRules.size()
        + ", intentKeywords=" + intentKeywords.size() + ", templates=" + templates.size()
        + ", platformLimits=" + platformLimits.size() + "]";
  }

  /**
   * The embedded default configuration.
   *
   * @return the default, never null
   */
  public static ReplyguardConfig defaults() {
    return ConfigJson.defaults();
  }

  /**
   * Reads a configuration document. Keys it names replace the embedded default's values; unknown
   * keys, wrong types and duplicate ids are errors.
   *
   * @param json the JSON document, not null
   * @return the configuration
   * @throws ConfigException naming the JSON path of the first problem
   */
  public static ReplyguardConfig fromJson(String json) {
    return ConfigJson.read(Objects.requireNonNull(json, "json"), defaults());
  }

  /**
   * Reads a configuration document over another configuration instead of the default.
   *
   * @param json the JSON document, not null
   * @param base the values for keys the document does not name, not null
   * @return the configuration
   * @throws ConfigException naming the JSON path of the first problem
   */
  public static ReplyguardConfig fromJson(String json, ReplyguardConfig base) {
    return ConfigJson.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(base, "base"));
  }

  /**
   * Writes the complete configuration as a JSON document that {@link #fromJson} reads back to an
   * equal configuration.
   *
   * @return pretty-printed JSON
   */
  public String toJson() {
    return ConfigJson.write(this);
  }

  /**
   * A builder starting from the embedded default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /**
   * A builder starting from this configuration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ReplyguardConfig}s; each setter validates its argument at once. Not thread-safe. */
  public static final class Builder {
    private Locale locale;
    private ZoneId zone;
    private WeeklyHours serviceHours;
    private HolidaySettings holidays;
    private List<Closure> closures;
    private Duration serviceLevel;
    private Formality formality;
    private List<String> companyContacts;
    private List<RecognizerSpec> recognizers;
    private Map<String, RuleOverride> ruleOverrides;
    private List<DraftRuleSpec> draftRules;
    private List<AdviceRuleSpec> adviceRules;
    private Map<Intent, List<String>> intentKeywords;
    private BurstSettings burst;
    private BoilerplateSettings boilerplate;
    private List<TemplateSpec> templates;
    private Map<String, Map<String, Integer>> platformLimits;

    /** An empty builder; every value must be set before {@link #build()}. */
    Builder() {}

    private Builder(ReplyguardConfig c) {
      locale = c.locale;
      zone = c.zone;
      serviceHours = c.serviceHours;
      holidays = c.holidays;
      closures = c.closures;
      serviceLevel = c.serviceLevel;
      formality = c.formality;
      companyContacts = c.companyContacts;
      recognizers = c.recognizers;
      ruleOverrides = c.ruleOverrides;
      draftRules = c.draftRules;
      adviceRules = c.adviceRules;
      intentKeywords = c.intentKeywords;
      burst = c.burst;
      boilerplate = c.boilerplate;
      templates = c.templates;
      platformLimits = c.platformLimits;
    }

    /**
     * Sets the default reply language.
     *
     * @param value {@code de} or {@code en}
     * @return this builder
     */
    public Builder locale(Locale value) {
      Objects.requireNonNull(value, "locale");
      requireArgument(SUPPORTED_LANGUAGES.contains(value.getLanguage()),
          "locale must be one of %s: %s", SUPPORTED_LANGUAGES, value.toLanguageTag());
      this.locale = value;
      return this;
    }

    /**
     * Sets the service's time zone.
     *
     * @param value not null
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets the weekly service hours.
     *
     * @param value not null
     * @return this builder
     */
    public Builder serviceHours(WeeklyHours value) {
      this.serviceHours = Objects.requireNonNull(value, "serviceHours");
      return this;
    }

    /**
     * Sets the holidays.
     *
     * @param value not null
     * @return this builder
     */
    public Builder holidays(HolidaySettings value) {
      this.holidays = Objects.requireNonNull(value, "holidays");
      return this;
    }

    /**
     * Sets the one-off closures.
     *
     * @param value not null
     * @return this builder
     */
    public Builder closures(List<Closure> value) {
      this.closures = List.copyOf(Objects.requireNonNull(value, "closures"));
      return this;
    }

    /**
     * Sets the default service level.
     *
     * @param value from {@code PT1M} to {@code P30D}
     * @return this builder
     */
    public Builder serviceLevel(Duration value) {
      Objects.requireNonNull(value, "serviceLevel");
      Limits.serviceLevel(value, "serviceLevel");
      this.serviceLevel = value;
      return this;
    }

    /**
     * Sets the formality.
     *
     * @param value not null
     * @return this builder
     */
    public Builder formality(Formality value) {
      this.formality = Objects.requireNonNull(value, "formality");
      return this;
    }

    /**
     * Sets the company's own contact data.
     *
     * @param value phone numbers, e-mail addresses, URL prefixes; not null
     * @return this builder
     */
    public Builder companyContacts(List<String> value) {
      this.companyContacts = List.copyOf(Objects.requireNonNull(value, "companyContacts"));
      return this;
    }

    /**
     * Sets the custom recognizers.
     *
     * @param value not null
     * @return this builder
     */
    public Builder recognizers(List<RecognizerSpec> value) {
      this.recognizers = List.copyOf(Objects.requireNonNull(value, "recognizers"));
      return this;
    }

    /**
     * Sets the rule overrides.
     *
     * @param value by rule id, not null
     * @return this builder
     */
    public Builder ruleOverrides(Map<String, RuleOverride> value) {
      this.ruleOverrides = Map.copyOf(Objects.requireNonNull(value, "ruleOverrides"));
      return this;
    }

    /**
     * Sets the declarative draft rules.
     *
     * @param value not null
     * @return this builder
     */
    public Builder draftRules(List<DraftRuleSpec> value) {
      this.draftRules = List.copyOf(Objects.requireNonNull(value, "draftRules"));
      return this;
    }

    /**
     * Sets the declarative advice rules.
     *
     * @param value not null
     * @return this builder
     */
    public Builder adviceRules(List<AdviceRuleSpec> value) {
      this.adviceRules = List.copyOf(Objects.requireNonNull(value, "adviceRules"));
      return this;
    }

    /**
     * Sets extra intent keywords.
     *
     * @param value not null
     * @return this builder
     */
    public Builder intentKeywords(Map<Intent, List<String>> value) {
      this.intentKeywords = Objects.requireNonNull(value, "intentKeywords");
      return this;
    }

    /**
     * Sets the burst detection settings.
     *
     * @param value not null
     * @return this builder
     */
    public Builder burst(BurstSettings value) {
      this.burst = Objects.requireNonNull(value, "burst");
      return this;
    }

    /**
     * Sets the boilerplate detection settings.
     *
     * @param value not null
     * @return this builder
     */
    public Builder boilerplate(BoilerplateSettings value) {
      this.boilerplate = Objects.requireNonNull(value, "boilerplate");
      return this;
    }

    /**
     * Sets the template catalog.
     *
     * @param value not null
     * @return this builder
     */
    public Builder templates(List<TemplateSpec> value) {
      this.templates = List.copyOf(Objects.requireNonNull(value, "templates"));
      return this;
    }

    /**
     * Sets the platform length limits.
     *
     * @param value per platform id and surface, not null
     * @return this builder
     */
    public Builder platformLimits(Map<String, Map<String, Integer>> value) {
      this.platformLimits = Objects.requireNonNull(value, "platformLimits");
      return this;
    }

    String shortOfBusinessTime() {
      return ReplyguardConfig.shortOfBusinessTime(serviceHours, holidays, closures, serviceLevel,
          templates);
    }

    List<RecognizerSpec> recognizersSoFar() {
      return recognizers;
    }

    List<DraftRuleSpec> draftRulesSoFar() {
      return draftRules;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException on duplicate ids or invalid combinations
     * @throws NullPointerException when a value was never set (only for the package's own empty
     *     builder)
     */
    public ReplyguardConfig build() {
      return new ReplyguardConfig(this);
    }
  }
}
