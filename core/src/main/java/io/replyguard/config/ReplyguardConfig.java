package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.model.Formality;
import io.replyguard.model.Intent;
import java.time.Duration;
import java.time.ZoneId;
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
 * replaces the embedded default's value) or build it with {@link #builder()}; write it with
 * {@link #toJson()}. {@link #defaults()} is the embedded default: German operator, Monday to
 * Saturday 08:00–20:00 Europe/Berlin, German national holidays closed, formality {@code SIE}.
 * The JSON format is documented in the README's configuration reference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the default language of replies ({@code de} or {@code en})
 * @param zone the service's time zone
 * @param serviceHours regular weekly opening hours
 * @param holidays closed days
 * @param closures one-off closures; copied
 * @param serviceLevel default service level (business time) for commitments, positive
 * @param formality how the brand addresses customers in German
 * @param companyContacts the company's own phone numbers, e-mail addresses and URL prefixes, never
 *     reported as personal data; copied
 * @param recognizers custom PII recognizers; ids unique; copied
 * @param ruleOverrides severity changes and disabled rules by rule id; copied
 * @param draftRules declarative draft rules; ids unique; copied
 * @param adviceRules declarative advice rules; ids unique; copied
 * @param intentKeywords extra keywords per intent that extend the built-in lexicon; copied
 * @param burst incident-burst detection settings
 * @param boilerplate near-duplicate detection settings
 * @param templates the template catalog; (id, locale) unique; copied
 * @param platformLimits length limits per platform id and surface name; copied
 *
 * @since 0.1.0
 */
public record ReplyguardConfig(
    Locale locale,
    ZoneId zone,
    WeeklyHours serviceHours,
    HolidaySettings holidays,
    List<Closure> closures,
    Duration serviceLevel,
    Formality formality,
    List<String> companyContacts,
    List<RecognizerSpec> recognizers,
    Map<String, RuleOverride> ruleOverrides,
    List<DraftRuleSpec> draftRules,
    List<AdviceRuleSpec> adviceRules,
    Map<Intent, List<String>> intentKeywords,
    BurstSettings burst,
    BoilerplateSettings boilerplate,
    List<TemplateSpec> templates,
    Map<String, Map<String, Integer>> platformLimits) {

  /** The languages replies can be written in. */
  public static final Set<String> SUPPORTED_LANGUAGES = Set.of("de", "en");

  /**
   * Validates and copies the components.
   *
   * @param locale the default language of replies ({@code de} or {@code en})
   * @param zone the service's time zone
   * @param serviceHours regular weekly opening hours
   * @param holidays closed days
   * @param closures one-off closures; copied
   * @param serviceLevel default service level (business time) for commitments, positive
   * @param formality how the brand addresses customers in German
   * @param companyContacts the company's own phone numbers, e-mail addresses and URL prefixes, never     reported as personal data; copied
   * @param recognizers custom PII recognizers; ids unique; copied
   * @param ruleOverrides severity changes and disabled rules by rule id; copied
   * @param draftRules declarative draft rules; ids unique; copied
   * @param adviceRules declarative advice rules; ids unique; copied
   * @param intentKeywords extra keywords per intent that extend the built-in lexicon; copied
   * @param burst incident-burst detection settings
   * @param boilerplate near-duplicate detection settings
   * @param templates the template catalog; (id, locale) unique; copied
   * @param platformLimits length limits per platform id and surface name; copied
   */
  public ReplyguardConfig {
    Objects.requireNonNull(locale, "locale");
    requireArgument(SUPPORTED_LANGUAGES.contains(locale.getLanguage()),
        "locale must be one of %s: %s", SUPPORTED_LANGUAGES, locale.toLanguageTag());
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(serviceHours, "serviceHours");
    Objects.requireNonNull(holidays, "holidays");
    closures = List.copyOf(Objects.requireNonNull(closures, "closures"));
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    requireArgument(!serviceLevel.isNegative() && !serviceLevel.isZero(),
        "serviceLevel must be positive: %s", serviceLevel);
    Objects.requireNonNull(formality, "formality");
    companyContacts = List.copyOf(Objects.requireNonNull(companyContacts, "companyContacts"));
    recognizers = List.copyOf(Objects.requireNonNull(recognizers, "recognizers"));
    ruleOverrides = Map.copyOf(Objects.requireNonNull(ruleOverrides, "ruleOverrides"));
    draftRules = List.copyOf(Objects.requireNonNull(draftRules, "draftRules"));
    adviceRules = List.copyOf(Objects.requireNonNull(adviceRules, "adviceRules"));
    Objects.requireNonNull(intentKeywords, "intentKeywords");
    EnumMap<Intent, List<String>> kw = new EnumMap<>(Intent.class);
    intentKeywords.forEach((k, v) -> kw.put(Objects.requireNonNull(k, "intent"), List.copyOf(v)));
    intentKeywords = java.util.Collections.unmodifiableMap(kw);
    Objects.requireNonNull(burst, "burst");
    Objects.requireNonNull(boilerplate, "boilerplate");
    templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
    Objects.requireNonNull(platformLimits, "platformLimits");
    Map<String, Map<String, Integer>> limits = new LinkedHashMap<>();
    platformLimits.forEach((p, m) -> {
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        requireArgument(e.getValue() != null && e.getValue() > 0,
            "limit %s.%s must be positive", p, e.getKey());
      }
      limits.put(p, Map.copyOf(m));
    });
    platformLimits = Map.copyOf(limits);
    for (String c : companyContacts) {
      requireArgument(c != null && !c.isBlank(), "companyContacts must not contain blank entries");
    }
    requireUnique("recognizer", recognizers.stream().map(RecognizerSpec::id).toList());
    requireUnique("draft rule", draftRules.stream().map(DraftRuleSpec::id).toList());
    requireUnique("advice rule", adviceRules.stream().map(AdviceRuleSpec::id).toList());
    requireUnique("template", templates.stream().map(t -> t.id() + "@" + t.locale()).toList());
  }

  private static void requireUnique(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      requireArgument(seen.add(id), "duplicate %s id '%s'", what, id);
    }
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
     * @param value positive
     * @return this builder
     */
    public Builder serviceLevel(Duration value) {
      Objects.requireNonNull(value, "serviceLevel");
      requireArgument(!value.isNegative() && !value.isZero(), "serviceLevel must be positive: %s",
          value);
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

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException on duplicate ids
     */
    public ReplyguardConfig build() {
      return new ReplyguardConfig(locale, zone, serviceHours, holidays, closures, serviceLevel,
          formality, companyContacts, recognizers, ruleOverrides, draftRules, adviceRules,
          intentKeywords, burst, boilerplate, templates, platformLimits);
    }
  }
}
