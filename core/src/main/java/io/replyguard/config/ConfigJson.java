package io.replyguard.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Action;
import io.replyguard.model.Category;
import io.replyguard.model.Channel;
import io.replyguard.model.Formality;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Severity;
import io.replyguard.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Reads and writes the configuration's JSON form. Package-private. */
final class ConfigJson {
  private static final JsonCursor.Errors ERRORS = ConfigException::new;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String DEFAULT_RESOURCE = "default-config.json";

  static final List<String> KEYS = List.of("locale", "zone", "serviceHours", "holidays", "closures",
      "serviceLevel", "formality", "companyContacts", "recognizers", "ruleOverrides", "draftRules",
      "adviceRules", "intentKeywords", "burst", "boilerplate", "templates", "platformLimits");

  private static volatile ReplyguardConfig defaults;

  private ConfigJson() {}

  static ReplyguardConfig defaults() {
    ReplyguardConfig d = defaults;
    if (d == null) {
      synchronized (ConfigJson.class) {
        d = defaults;
        if (d == null) {
          d = readComplete(loadResource());
          defaults = d;
        }
      }
    }
    return d;
  }

  private static String loadResource() {
    try (InputStream in = ConfigJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("embedded " + DEFAULT_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReplyguardConfig readComplete(String json) {
    JsonCursor root = JsonCursor.parse(json, ERRORS).strictObject(KEYS);
    for (String key : KEYS) {
      root.field(key);
    }
    return read(root, null);
  }

  static ReplyguardConfig read(String json, ReplyguardConfig base) {
    return read(JsonCursor.parse(json, ERRORS).strictObject(KEYS), base);
  }

  /** Reads one top-level key into the builder; a value the builder rejects names the key. */
  private static <T> void pick(JsonCursor root, String key, Function<JsonCursor, T> reader,
      Consumer<T> setter) {
    Optional<JsonCursor> c = root.optField(key);
    if (c.isPresent()) {
      T value = reader.apply(c.get());
      try {
        setter.accept(value);
      } catch (IllegalArgumentException e) {
        throw c.get().error(e.getMessage());
      }
    }
  }

  private static ReplyguardConfig read(JsonCursor root, ReplyguardConfig base) {
    ReplyguardConfig.Builder b = base == null ? new ReplyguardConfig.Builder() : base.toBuilder();
    pick(root, "locale", ConfigJson::locale, b::locale);
    pick(root, "zone", c -> c.asParsed("a time-zone id such as \"Europe/Berlin\"", ZoneId::of),
        b::zone);
    pick(root, "serviceHours", ConfigJson::weeklyHours, b::serviceHours);
    pick(root, "holidays", ConfigJson::holidays, b::holidays);
    pick(root, "closures", c -> list(c, ConfigJson::closure), b::closures);
    pick(root, "serviceLevel", JsonCursor::asPositiveDuration, b::serviceLevel);
    pick(root, "formality", c -> c.asEnum(Formality.class), b::formality);
    pick(root, "companyContacts", ConfigJson::contacts, b::companyContacts);
    pick(root, "recognizers", c -> unique(list(c, ConfigJson::recognizer), c,
        RecognizerSpec::id, "recognizer"), b::recognizers);
    pick(root, "ruleOverrides", ConfigJson::overrides, b::ruleOverrides);
    pick(root, "draftRules", c -> unique(list(c, ConfigJson::draftRule), c,
        DraftRuleSpec::id, "draft rule"), b::draftRules);
    pick(root, "adviceRules", c -> unique(list(c, ConfigJson::adviceRule), c,
        AdviceRuleSpec::id, "advice rule"), b::adviceRules);
    pick(root, "intentKeywords", ConfigJson::intentKeywords, b::intentKeywords);
    pick(root, "burst", ConfigJson::burst, b::burst);
    pick(root, "boilerplate", ConfigJson::boilerplate, b::boilerplate);
    pick(root, "templates", c -> unique(list(c, ConfigJson::template), c,
        t -> t.id() + "@" + t.locale(), "template"), b::templates);
    pick(root, "platformLimits", ConfigJson::platformLimits, b::platformLimits);
    requireTotalCost(b);
    String shortOf = b.shortOfBusinessTime();
    if (shortOf != null) {
      String at = "";
      for (String key : List.of("closures", "holidays", "serviceHours", "serviceLevel",
          "templates")) {
        if (root.has(key)) {
          at = "/" + key;
          break;
        }
      }
      throw new ConfigException(at, shortOf);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("", e.getMessage());
    }
  }

  // ---- readers ---------------------------------------------------------------------------

  private static <T> T construct(JsonCursor c, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw c.error(e.getMessage());
    }
  }

  /** Runs a check; its {@link IllegalArgumentException} becomes an error at {@code c}. */
  private static void checked(JsonCursor c, Runnable check) {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
  }

  private static void requireAtMost(Duration d, Duration max) {
    if (d.compareTo(max) > 0) {
      throw new IllegalArgumentException("must be at most " + Limits.text(max));
    }
  }

  private static void requireAtMost(int v, int max) {
    if (v > max) {
      throw new IllegalArgumentException("must be at most " + max);
    }
  }

  private static <T> List<T> list(JsonCursor c, Function<JsonCursor, T> reader) {
    List<T> out = new ArrayList<>();
    for (JsonCursor e : c.elements()) {
      out.add(reader.apply(e));
    }
    return out;
  }

  private static <T> List<T> unique(List<T> items, JsonCursor array, Function<T, String> id,
      String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (!seen.add(key)) {
        throw new ConfigException(array.pointer() + "/" + i,
            "duplicate " + what + " id '" + key + "'");
      }
    }
    return items;
  }

  private static Locale locale(JsonCursor c) {
    String tag = c.asNonBlankString();
    Locale l;
    try {
      l = new Locale.Builder().setLanguageTag(tag).build();
    } catch (java.util.IllformedLocaleException e) {
      throw c.error("not a language tag such as \"de\" or \"en-GB\"");
    }
    if (!ReplyguardConfig.SUPPORTED_LANGUAGES.contains(l.getLanguage())) {
      throw c.error("unsupported locale " + io.replyguard.internal.SafeText.identifier(tag)
          + "; supported: "
          + new java.util.TreeSet<>(ReplyguardConfig.SUPPORTED_LANGUAGES));
    }
    return l;
  }

  private static WeeklyHours weeklyHours(JsonCursor c) {
    Map<String, DayOfWeek> names = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      names.put(d.name().toLowerCase(Locale.ROOT), d);
    }
    c.strictObject(names.keySet());
    Map<DayOfWeek, List<OpeningWindow>> days = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<String, JsonCursor> e : c.fields().entrySet()) {
      List<OpeningWindow> windows = list(e.getValue(),
          w -> construct(w, () -> OpeningWindow.parse(w.asString())));
      days.put(names.get(e.getKey()), windows);
    }
    return construct(c, () -> new WeeklyHours(days));
  }

  private static HolidaySettings holidays(JsonCursor c) {
    c.strictObject("germanNational", "regions", "dates");
    boolean national = c.optField("germanNational").map(JsonCursor::asBoolean).orElse(false);
    List<String> regions = c.optField("regions").map(r -> list(r, e -> {
      String code = e.asString();
      if (!HolidaySettings.GERMAN_STATES.contains(code)) {
        throw e.error("unknown German state code "
            + io.replyguard.internal.SafeText.identifier(code) + "; allowed: "
            + new java.util.TreeSet<>(HolidaySettings.GERMAN_STATES));
      }
      return code;
    })).orElse(List.of());
    List<LocalDate> dates = c.optField("dates")
        .map(d -> list(d, e -> {
          LocalDate date = e.asParsed("an ISO date such as \"2026-12-24\"", LocalDate::parse);
          checked(e, () -> Limits.inYears(date, "closed date"));
          return date;
        }))
        .orElse(List.of());
    return construct(c, () -> new HolidaySettings(national, regions, dates));
  }

  private static Closure closure(JsonCursor c) {
    c.strictObject("from", "to");
    JsonCursor f = c.field("from");
    LocalDateTime from = f
        .asParsed("a local date-time such as \"2026-12-24T14:00\"", LocalDateTime::parse);
    checked(f, () -> Limits.inYears(from, "closure start"));
    JsonCursor t = c.field("to");
    LocalDateTime to = t
        .asParsed("a local date-time such as \"2026-12-27T00:00\"", LocalDateTime::parse);
    checked(t, () -> Limits.inYears(to, "closure end"));
    return construct(c, () -> new Closure(from, to));
  }

  private static List<String> contacts(JsonCursor c) {
    return list(c, JsonCursor::asNonBlankString);
  }

  private static RecognizerSpec recognizer(JsonCursor c) {
    c.strictObject("id", "type", "pattern", "cues", "cueRequired", "checksum", "score");
    String id = c.field("id").asNonBlankString();
    PiiType type = c.field("type").asEnum(PiiType.class);
    String pattern = c.field("pattern").asNonBlankString();
    List<String> cues = c.optField("cues").map(JsonCursor::asStringList).orElse(List.of());
    boolean cueRequired = c.optField("cueRequired").map(JsonCursor::asBoolean).orElse(false);
    Optional<Checksum> checksum = c.optField("checksum").map(x -> x.asEnum(Checksum.class));
    double score = c.optField("score").map(JsonCursor::asDouble).orElse(0.8);
    requireCost(c, pattern, "recognizer '" + id + "'");
    try {
      com.google.re2j.Pattern.compile(pattern);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new ConfigException(c.pointer() + "/pattern", "recognizer '" + id
          + "': not a valid RE2 pattern: " + e.getDescription());
    }
    return construct(c, () -> new RecognizerSpec(id, type, pattern, cues, cueRequired, checksum,
        score));
  }

  /** Platform ids, matched case-insensitively and stored in lower case. */
  private static List<String> platformIds(JsonCursor c) {
    return list(c, e -> {
      String id = e.asString().toLowerCase(Locale.ROOT);
      if (!PlatformIds.wellFormed(id)) {
        throw e.error("not a platform id (a lower-case letter, then letters, digits, '_' or '-')");
      }
      return id;
    });
  }

  private static void requireCost(JsonCursor c, String pattern, String owner) {
    try {
      PatternCost.require(pattern);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.pointer() + "/pattern", owner + ": " + e.getMessage());
    }
  }

  /** The total cost of all patterns; names the first pattern that goes over the limit. */
  private static void requireTotalCost(ReplyguardConfig.Builder b) {
    long total = 0;
    List<String> pointers = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    List<RecognizerSpec> recognizers = b.recognizersSoFar();
    for (int i = 0; i < recognizers.size(); i++) {
      pointers.add("/recognizers/" + i + "/pattern");
      patterns.add(recognizers.get(i).pattern());
    }
    List<DraftRuleSpec> rules = b.draftRulesSoFar();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).pattern().isPresent()) {
        pointers.add("/draftRules/" + i + "/pattern");
        patterns.add(rules.get(i).pattern().get());
      }
    }
    for (int i = 0; i < patterns.size(); i++) {
      total += PatternCost.of(patterns.get(i)).programSize();
      if (total > PatternCost.MAX_TOTAL_PROGRAM_SIZE) {
        throw new ConfigException(pointers.get(i), "the patterns of all recognizers and draft "
            + "rules would compile to about " + total + " instructions up to here; the limit is "
            + PatternCost.MAX_TOTAL_PROGRAM_SIZE + " in total");
      }
    }
  }

  private static Map<String, RuleOverride> overrides(JsonCursor c) {
    Map<String, RuleOverride> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> e : c.fields().entrySet()) {
      JsonCursor o = e.getValue().strictObject("enabled", "severity");
      boolean enabled = o.optField("enabled").map(JsonCursor::asBoolean).orElse(true);
      Optional<Severity> severity = o.optField("severity").map(s -> s.asEnum(Severity.class));
      if (enabled && severity.isEmpty()) {
        throw o.error("override of rule '" + e.getKey()
            + "' changes nothing: give \"enabled\": false or a \"severity\"");
      }
      out.put(e.getKey(), new RuleOverride(enabled, severity));
    }
    return out;
  }

  private static Map<String, String> languageMap(JsonCursor c) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> e : c.fields().entrySet()) {
      if (!ReplyguardConfig.SUPPORTED_LANGUAGES.contains(e.getKey())) {
        throw c.error("unsupported language " + io.replyguard.internal.SafeText.identifier(
            e.getKey()) + "; supported: [de, en]");
      }
      out.put(e.getKey(), e.getValue().asNonBlankString());
    }
    return out;
  }

  private static DraftRuleSpec draftRule(JsonCursor c) {
    c.strictObject("id", "category", "severity", "pattern", "keywords", "visibility", "platforms",
        "message", "suggestion");
    String id = c.field("id").asNonBlankString();
    Category category = c.field("category").asEnum(Category.class);
    Severity severity = c.field("severity").asEnum(Severity.class);
    Optional<String> pattern = c.optField("pattern").map(JsonCursor::asNonBlankString);
    pattern.ifPresent(p -> {
      requireCost(c, p, "rule '" + id + "'");
      try {
        com.google.re2j.Pattern.compile(p);
      } catch (com.google.re2j.PatternSyntaxException e) {
        throw new ConfigException(c.pointer() + "/pattern", "rule '" + id
            + "': not a valid RE2 pattern: " + e.getDescription());
      }
    });
    List<String> keywords = c.optField("keywords").map(JsonCursor::asStringList).orElse(List.of());
    Optional<Visibility> visibility = c.optField("visibility").map(v -> v.asEnum(Visibility.class));
    List<String> platforms = c.optField("platforms").map(ConfigJson::platformIds)
        .orElse(List.of());
    Map<String, String> message = languageMap(c.field("message"));
    Map<String, String> suggestion = c.optField("suggestion").map(ConfigJson::languageMap)
        .orElse(Map.of());
    return construct(c, () -> new DraftRuleSpec(id, category, severity, pattern, keywords,
        visibility, platforms, message, suggestion));
  }

  private static AdviceRuleSpec adviceRule(JsonCursor c) {
    c.strictObject("id", "precedence", "when", "then", "message");
    String id = c.field("id").asNonBlankString();
    int precedence = c.optField("precedence").map(JsonCursor::asInt).orElse(0);
    JsonCursor when = c.optField("when").orElse(null);
    List<Intent> intents = List.of();
    List<PiiType> pii = List.of();
    Optional<Visibility> visibility = Optional.empty();
    List<String> platforms = List.of();
    OptionalLong minFollowers = OptionalLong.empty();
    List<String> keywords = List.of();
    if (when != null) {
      when.strictObject("intents", "piiTypes", "visibility", "platforms", "minFollowers",
          "keywords");
      intents = when.optField("intents").map(x -> list(x, e -> e.asEnum(Intent.class)))
          .orElse(List.of());
      pii = when.optField("piiTypes").map(x -> list(x, e -> e.asEnum(PiiType.class)))
          .orElse(List.of());
      visibility = when.optField("visibility").map(v -> v.asEnum(Visibility.class));
      platforms = when.optField("platforms").map(JsonCursor::asStringList).orElse(List.of());
      minFollowers = when.optField("minFollowers").map(x -> OptionalLong.of(x.asLong()))
          .orElse(OptionalLong.empty());
      keywords = when.optField("keywords").map(JsonCursor::asStringList).orElse(List.of());
    }
    JsonCursor then = c.field("then").strictObject("channel", "actions", "priority");
    Optional<Channel> channel = then.optField("channel").map(x -> x.asEnum(Channel.class));
    List<Action> actions = then.optField("actions").map(x -> list(x, e -> e.asEnum(Action.class)))
        .orElse(List.of());
    Optional<Priority> priority = then.optField("priority").map(x -> x.asEnum(Priority.class));
    String message = c.field("message").asNonBlankString();
    List<Intent> fi = intents;
    List<PiiType> fp = pii;
    Optional<Visibility> fv = visibility;
    List<String> fpl = platforms;
    OptionalLong fm = minFollowers;
    List<String> fk = keywords;
    return construct(c, () -> new AdviceRuleSpec(id, precedence, fi, fp, fv, fpl, fm, fk, channel,
        actions, priority, message));
  }

  private static Map<Intent, List<String>> intentKeywords(JsonCursor c) {
    Map<Intent, List<String>> out = new EnumMap<>(Intent.class);
    for (Map.Entry<String, JsonCursor> e : c.fields().entrySet()) {
      Intent intent;
      try {
        intent = Intent.valueOf(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw c.error("unknown intent " + io.replyguard.internal.SafeText.identifier(e.getKey())
            + "; allowed: " + List.of(Intent.values()));
      }
      out.put(intent, list(e.getValue(), JsonCursor::asNonBlankString));
    }
    return out;
  }

  private static BurstSettings burst(JsonCursor c) {
    c.strictObject("threshold", "window", "maxTracked");
    int threshold = c.field("threshold").asInt();
    JsonCursor w = c.field("window");
    Duration window = w.asPositiveDuration();
    checked(w, () -> requireAtMost(window, Limits.MAX_BURST_WINDOW));
    JsonCursor t = c.field("maxTracked");
    checked(t, () -> requireAtMost(t.asInt(), Limits.MAX_TRACKED));
    int maxTracked = c.field("maxTracked").asInt();
    return construct(c, () -> new BurstSettings(threshold, window, maxTracked));
  }

  private static BoilerplateSettings boilerplate(JsonCursor c) {
    c.strictObject("similarity", "capacity", "retention");
    double similarity = c.field("similarity").asDouble();
    int capacity = c.field("capacity").asInt();
    JsonCursor r = c.field("retention");
    Duration retention = r.asPositiveDuration();
    checked(r, () -> requireAtMost(retention, Limits.MAX_RETENTION));
    JsonCursor cap = c.field("capacity");
    checked(cap, () -> requireAtMost(cap.asInt(), Limits.MAX_TRACKED));
    return construct(c, () -> new BoilerplateSettings(similarity, capacity, retention));
  }

  private static TemplateSpec template(JsonCursor c) {
    c.strictObject("id", "locale", "serviceLevel", "platforms", "visibility", "placeholders",
        "variants");
    String id = c.field("id").asNonBlankString();
    String locale = locale(c.field("locale")).toLanguageTag();
    Optional<Duration> serviceLevel = c.optField("serviceLevel").map(l -> {
      Duration d = l.asPositiveDuration();
      checked(l, () -> Limits.serviceLevel(d, "serviceLevel"));
      return d;
    });
    List<String> platforms = c.optField("platforms").map(ConfigJson::platformIds)
        .orElse(List.of());
    Optional<Visibility> visibility = c.optField("visibility").map(v -> v.asEnum(Visibility.class));
    Map<String, PlaceholderType> placeholders = new LinkedHashMap<>();
    c.optField("placeholders").ifPresent(p -> p.fields().forEach(
        (k, v) -> placeholders.put(k, v.asEnum(PlaceholderType.class))));
    List<String> variants = list(c.field("variants"), JsonCursor::asNonBlankString);
    return construct(c, () -> new TemplateSpec(id, locale, serviceLevel, platforms, visibility,
        placeholders, variants));
  }

  private static Map<String, Map<String, Integer>> platformLimits(JsonCursor c) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> p : c.fields().entrySet()) {
      Map<String, Integer> surfaces = new LinkedHashMap<>();
      for (Map.Entry<String, JsonCursor> s : p.getValue().fields().entrySet()) {
        int limit = s.getValue().asInt();
        if (limit <= 0) {
          throw s.getValue().error("limit must be positive");
        }
        surfaces.put(s.getKey(), limit);
      }
      out.put(p.getKey(), surfaces);
    }
    return out;
  }

  // ---- writer ----------------------------------------------------------------------------

  static String write(ReplyguardConfig c) {
    ObjectNode root = F.objectNode();
    root.put("locale", c.locale().toLanguageTag());
    root.put("zone", c.zone().getId());
    ObjectNode hours = root.putObject("serviceHours");
    c.serviceHours().days().forEach((day, windows) -> {
      ArrayNode a = hours.putArray(day.name().toLowerCase(Locale.ROOT));
      windows.forEach(w -> a.add(w.toString()));
    });
    ObjectNode holidays = root.putObject("holidays");
    holidays.put("germanNational", c.holidays().germanNational());
    strings(holidays.putArray("regions"), c.holidays().regions());
    ArrayNode dates = holidays.putArray("dates");
    c.holidays().dates().forEach(d -> dates.add(d.toString()));
    ArrayNode closures = root.putArray("closures");
    c.closures().forEach(cl -> closures.addObject().put("from", cl.from().toString())
        .put("to", cl.to().toString()));
    root.put("serviceLevel", c.serviceLevel().toString());
    root.put("formality", c.formality().name());
    strings(root.putArray("companyContacts"), c.companyContacts());
    ArrayNode recognizers = root.putArray("recognizers");
    for (RecognizerSpec r : c.recognizers()) {
      ObjectNode o = recognizers.addObject();
      o.put("id", r.id()).put("type", r.type().name()).put("pattern", r.pattern());
      strings(o.putArray("cues"), r.cues());
      o.put("cueRequired", r.cueRequired());
      r.checksum().ifPresent(x -> o.put("checksum", x.name()));
      o.put("score", r.score());
    }
    ObjectNode overrides = root.putObject("ruleOverrides");
    new TreeMap<>(c.ruleOverrides()).forEach((id, o) -> {
      ObjectNode n = overrides.putObject(id);
      n.put("enabled", o.enabled());
      o.severity().ifPresent(s -> n.put("severity", s.name()));
    });
    ArrayNode draftRules = root.putArray("draftRules");
    for (DraftRuleSpec r : c.draftRules()) {
      ObjectNode o = draftRules.addObject();
      o.put("id", r.id()).put("category", r.category().name()).put("severity", r.severity().name());
      r.pattern().ifPresent(p -> o.put("pattern", p));
      if (!r.keywords().isEmpty()) {
        strings(o.putArray("keywords"), r.keywords());
      }
      r.visibility().ifPresent(v -> o.put("visibility", v.name()));
      strings(o.putArray("platforms"), r.platforms());
      languages(o.putObject("message"), r.message());
      languages(o.putObject("suggestion"), r.suggestion());
    }
    ArrayNode adviceRules = root.putArray("adviceRules");
    for (AdviceRuleSpec r : c.adviceRules()) {
      ObjectNode o = adviceRules.addObject();
      o.put("id", r.id()).put("precedence", r.precedence());
      ObjectNode when = o.putObject("when");
      ArrayNode intents = when.putArray("intents");
      r.intents().forEach(i -> intents.add(i.name()));
      ArrayNode pii = when.putArray("piiTypes");
      r.piiTypes().forEach(i -> pii.add(i.name()));
      r.visibility().ifPresent(v -> when.put("visibility", v.name()));
      strings(when.putArray("platforms"), r.platforms());
      r.minFollowers().ifPresent(m -> when.put("minFollowers", m));
      strings(when.putArray("keywords"), r.keywords());
      ObjectNode then = o.putObject("then");
      r.channel().ifPresent(ch -> then.put("channel", ch.name()));
      ArrayNode actions = then.putArray("actions");
      r.actions().forEach(a -> actions.add(a.name()));
      r.priority().ifPresent(p -> then.put("priority", p.name()));
      o.put("message", r.message());
    }
    ObjectNode intentKeywords = root.putObject("intentKeywords");
    c.intentKeywords().forEach((i, kws) -> strings(intentKeywords.putArray(i.name()), kws));
    root.putObject("burst").put("threshold", c.burst().threshold())
        .put("window", c.burst().window().toString()).put("maxTracked", c.burst().maxTracked());
    root.putObject("boilerplate").put("similarity", c.boilerplate().similarity())
        .put("capacity", c.boilerplate().capacity())
        .put("retention", c.boilerplate().retention().toString());
    ArrayNode templates = root.putArray("templates");
    for (TemplateSpec t : c.templates()) {
      ObjectNode o = templates.addObject();
      o.put("id", t.id()).put("locale", t.locale());
      t.serviceLevel().ifPresent(d -> o.put("serviceLevel", d.toString()));
      strings(o.putArray("platforms"), t.platforms());
      t.visibility().ifPresent(v -> o.put("visibility", v.name()));
      ObjectNode ph = o.putObject("placeholders");
      new TreeMap<>(t.placeholders()).forEach((k, v) -> ph.put(k, v.name()));
      strings(o.putArray("variants"), t.variants());
    }
    ObjectNode limits = root.putObject("platformLimits");
    new TreeMap<>(c.platformLimits()).forEach((p, m) -> {
      ObjectNode n = limits.putObject(p);
      new TreeMap<>(m).forEach(n::put);
    });
    try {
      return JsonCursor.mapper().writer(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write configuration", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void languages(ObjectNode o, Map<String, String> values) {
    new TreeMap<>(values).forEach(o::put);
  }

  static JsonNode tree(String json) {
    return JsonCursor.parse(json, ERRORS).node();
  }
}
