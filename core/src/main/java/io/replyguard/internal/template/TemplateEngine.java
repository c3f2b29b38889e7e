package io.replyguard.internal.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.replyguard.config.ConfigException;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.PlaceholderType;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.TemplateSpec;
import io.replyguard.config.WeeklyHours;
import io.replyguard.internal.SafeText;
import io.replyguard.model.Channel;
import io.replyguard.template.RenderContext;
import io.replyguard.template.TemplateException;
import io.replyguard.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the reply templates of a configuration's catalog ({@link ReplyguardConfig#templates()}).
 *
 * <p><b>Syntax.</b> A variant is text with placeholders {@code {name}} (a letter followed by
 * letters, digits or underscores); {@code {{} and {@code }}} write literal braces. Every
 * placeholder used in a variant must be declared in the template, and every declared placeholder
 * must be used in every variant (so all variants carry the same information, e.g. the
 * commitment); the language must be {@code de} or {@code en}. The catalog is checked when the
 * engine is created: a violation is a {@link ConfigException} whose path names the template and
 * variant ({@code /templates/3/variants/1}) and whose message names the template id, locale and
 * placeholder.
 *
 * <p><b>Values.</b> {@code TEXT} placeholders take the caller's value (not blank); {@code CHANNEL}
 * placeholders take a {@link Channel} name and are phrased in the reply's language ("per
 * Direktnachricht", "by e-mail"); {@code COMMITMENT} is computed from {@code now} and the
 * template's service level with the {@link BusinessCalendar} ("innerhalb der nächsten Stunde");
 * {@code SERVICE_HOURS} is the configured weekly hours ("Mo–Sa 8–20 Uhr", "Mon–Sat 8 am–8 pm");
 * {@code NEXT_OPENING} is when the service opens next ("morgen ab 8:00 Uhr"; "jetzt"/"now" while
 * open). Computed placeholders must not be given a value. Values are inserted as they are, never
 * re-read as template syntax.
 *
 * <p><b>Variant choice.</b> Per template and language the engine uses the least recently used
 * variant, i.e. it rotates through the variants in catalog order: a new engine renders variant 0
 * first, then 1, and so on, so consecutive replies do not repeat a text. The rotation state lives in
 * a Caffeine cache bounded to {@value #MAX_TRACKED} entries that forgets an entry seven days after
 * its last use (it then starts again at variant 0).
 *
 * <p>Thread-safe: the catalog is immutable and the rotation counters are atomic. Methods reject
 * {@code null} with a {@link NullPointerException} naming the parameter. Exception messages name
 * templates, locales and placeholders, never the values.
 */
public final class TemplateEngine {
  /** The maximum number of (template, language) rotation states kept. */
  public static final int MAX_TRACKED = 10_000;

  private static final Duration ROTATION_MEMORY = Duration.ofDays(7);

  /** A parsed variant: literals[i] value(slots[i]) … literals[n]; slots index the placeholders. */
  private record Variant(String[] literals, int[] slots) {}

  /** A template in one language; {@code names} fixes the placeholder order of the slots. */
  private record Compiled(TemplateSpec spec, Locale locale, List<Variant> variants,
      Map<String, PlaceholderType> types, String[] names, String rotationKey) {}

  private final Map<String, Map<String, Compiled>> templates;
  private final Locale defaultLocale;
  private final BusinessCalendar calendar;
  private final Map<String, String> serviceHours;
  private final Cache<String, AtomicInteger> rotation;

  private TemplateEngine(Map<String, Map<String, Compiled>> templates, Locale defaultLocale,
      BusinessCalendar calendar, Map<String, String> serviceHours) {
    this.templates = templates;
    this.defaultLocale = defaultLocale;
    this.calendar = calendar;
    this.serviceHours = serviceHours;
    this.rotation = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
        .expireAfterAccess(ROTATION_MEMORY).build();
  }

  /**
   * Creates the engine for a configuration's template catalog.
   *
   * @param config not null
   * @param calendar the calendar for commitments and opening times, not null
   * @return the engine
   * @throws ConfigException when a template uses an undeclared placeholder, misses a declared one
   *     in a variant, has malformed braces or an unsupported language
   */
  public static TemplateEngine create(ReplyguardConfig config, BusinessCalendar calendar) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(calendar, "calendar");
    Map<String, Map<String, Compiled>> byId = new TreeMap<>();
    List<TemplateSpec> specs = config.templates();
    for (int i = 0; i < specs.size(); i++) {
      TemplateSpec spec = specs.get(i);
      String path = "/templates/" + i;
      Locale locale = Locale.forLanguageTag(spec.locale());
      String lang = locale.getLanguage();
      if (!ReplyguardConfig.SUPPORTED_LANGUAGES.contains(lang)) {
        throw new ConfigException(path + "/locale", "template '" + spec.id()
            + "' has unsupported locale '" + spec.locale() + "'; expected de or en");
      }
      String[] names = new TreeSet<>(spec.placeholders().keySet()).toArray(new String[0]);
      List<Variant> variants = new ArrayList<>();
      for (int v = 0; v < spec.variants().size(); v++) {
        variants.add(parse(spec, v, path + "/variants/" + v, List.of(names)));
      }
      Compiled c = new Compiled(spec, Locale.forLanguageTag(lang), List.copyOf(variants),
          spec.placeholders(), names, spec.id() + "@" + lang);
      Map<String, Compiled> byLang = byId.computeIfAbsent(spec.id(), k -> new TreeMap<>());
      if (byLang.put(lang, c) != null) {
        throw new ConfigException(path, "template '" + spec.id() + "' has two versions for '"
            + lang + "'");
      }
    }
    Map<String, Map<String, Compiled>> frozen = new TreeMap<>();
    byId.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    Map<String, String> hours = Map.of(
        "de", serviceHoursPhrase(config.serviceHours(), true),
        "en", serviceHoursPhrase(config.serviceHours(), false));
    return new TemplateEngine(Collections.unmodifiableMap(frozen), config.locale(), calendar,
        hours);
  }

  /**
   * The ids of the templates in the catalog.
   *
   * @return the ids, sorted
   */
  public Set<String> templateIds() {
    return templates.keySet();
  }

  /**
   * A template's definition in a language.
   *
   * @param templateId not null
   * @param locale not null; only its language counts
   * @return the template, or empty when there is no such template in that language
   */
  public Optional<TemplateSpec> template(String templateId, Locale locale) {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(locale, "locale");
    Map<String, Compiled> byLang = templates.get(templateId);
    Compiled c = byLang == null ? null : byLang.get(locale.getLanguage());
    return c == null ? Optional.empty() : Optional.of(c.spec);
  }

  /**
   * Renders a template: chooses the least recently used variant and fills its placeholders.
   *
   * @param templateId the template id, not null
   * @param context the language (default: the configuration's), the moment and the values, not
   *     null
   * @return the rendered text
   * @throws TemplateException for an unknown template or language, a missing or blank value, a
   *     value for an undeclared or computed placeholder, or an invalid channel name
   * @throws IllegalStateException when the calendar finds no open time within its horizon
   */
  public String render(String templateId, RenderContext context) {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(context, "context");
    Compiled c = lookup(templateId, context.locale().orElse(defaultLocale));
    String[] filled = fill(c, context);
    AtomicInteger counter = rotation.get(c.rotationKey, k -> new AtomicInteger());
    return assemble(c.variants.get(Math.floorMod(counter.getAndIncrement(), c.variants.size())),
        filled);
  }

  /**
   * Renders one chosen variant of a template, without touching the rotation.
   *
   * @param templateId the template id, not null
   * @param variant the variant's index in the catalog, from 0
   * @param context the language (default: the configuration's), the moment and the values, not
   *     null
   * @return the rendered text
   * @throws TemplateException as {@link #render}, and for a variant index the template does not
   *     have
   */
  public String renderVariant(String templateId, int variant, RenderContext context) {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(context, "context");
    Compiled c = lookup(templateId, context.locale().orElse(defaultLocale));
    if (variant < 0 || variant >= c.variants.size()) {
      throw new TemplateException(where(c) + ": no variant " + variant + "; it has "
          + c.variants.size());
    }
    return assemble(c.variants.get(variant), fill(c, context));
  }

  /**
   * Renders every variant of a template, in catalog order, without touching the rotation.
   *
   * @param templateId the template id, not null
   * @param context the language (default: the configuration's), the moment and the values, not
   *     null
   * @return the rendered texts, one per variant
   * @throws TemplateException as {@link #render}
   */
  public List<String> renderAll(String templateId, RenderContext context) {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(context, "context");
    Compiled c = lookup(templateId, context.locale().orElse(defaultLocale));
    String[] filled = fill(c, context);
    List<String> out = new ArrayList<>(c.variants.size());
    for (Variant v : c.variants) {
      out.add(assemble(v, filled));
    }
    return List.copyOf(out);
  }

  /** The placeholder values of a template for a context, checked against its declarations. */
  private String[] fill(Compiled c, RenderContext context) {
    for (String key : context.values().keySet()) {
      PlaceholderType type = c.types.get(key);
      if (type == null) {
        throw new TemplateException(where(c) + ": unknown value " + SafeText.identifier(key)
            + "; placeholders: "
            + new TreeSet<>(c.types.keySet()));
      }
      if (type != PlaceholderType.TEXT && type != PlaceholderType.CHANNEL) {
        throw new TemplateException(where(c) + ": placeholder {" + key + "} is computed (" + type
            + ") and must not be given a value");
      }
    }
    String[] filled = new String[c.names.length];
    for (int i = 0; i < filled.length; i++) {
      filled[i] = value(c, c.names[i], c.types.get(c.names[i]), context);
    }
    return filled;
  }

  private static String assemble(Variant v, String[] filled) {
    StringBuilder sb = new StringBuilder(256);
    for (int i = 0; i < v.slots.length; i++) {
      sb.append(v.literals[i]).append(filled[v.slots[i]]);
    }
    return sb.append(v.literals[v.slots.length]).toString();
  }

  private static String where(Compiled c) {
    return "template '" + c.spec.id() + "' (" + c.locale.getLanguage() + ")";
  }

  private Compiled lookup(String templateId, Locale locale) {
    Map<String, Compiled> byLang = templates.get(templateId);
    if (byLang == null) {
      throw new TemplateException("unknown template " + SafeText.identifier(templateId)
          + "; known: "
          + templates.keySet());
    }
    Compiled c = byLang.get(locale.getLanguage());
    if (c == null) {
      throw new TemplateException("template '" + templateId + "' has no version for locale "
          + SafeText.identifier(locale.toLanguageTag()) + "; available: " + byLang.keySet());
    }
    return c;
  }

  private String value(Compiled c, String name, PlaceholderType type, RenderContext context) {
    switch (type) {
      case TEXT -> {
        String v = context.values().get(name);
        if (v == null) {
          throw new TemplateException(where(c) + ": missing value for placeholder {" + name
              + "} (TEXT)");
        }
        if (v.isBlank()) {
          throw new TemplateException(where(c) + ": value for placeholder {" + name
              + "} must not be blank");
        }
        return v;
      }
      case CHANNEL -> {
        String v = context.values().get(name);
        if (v == null) {
          throw new TemplateException(where(c) + ": missing value for placeholder {" + name
              + "} (CHANNEL)");
        }
        return channelPhrase(where(c), name, v, c.locale.getLanguage().equals("de"));
      }
      case COMMITMENT -> {
        Duration level = c.spec.serviceLevel().orElseThrow(); // guaranteed by TemplateSpec
        return calendar.commitment(context.now(), level, c.locale).text();
      }
      case SERVICE_HOURS -> {
        return serviceHours.get(c.locale.getLanguage());
      }
      case NEXT_OPENING -> {
        return calendar.nextOpeningPhrase(context.now(), c.locale);
      }
      default -> throw new AssertionError(type);
    }
  }

  private static final List<Channel> PHRASED_CHANNELS = List.of(Channel.PUBLIC_REPLY,
      Channel.PRIVATE_MESSAGE, Channel.EMAIL, Channel.PHONE, Channel.BROADCAST);

  private static String channelPhrase(String where, String name, String value, boolean de) {
    Channel channel = null;
    for (Channel ch : PHRASED_CHANNELS) {
      if (ch.name().equals(value)) {
        channel = ch;
      }
    }
    if (channel == null) {
      throw new TemplateException(where + ": value for placeholder {" + name
          + "} must be one of " + PHRASED_CHANNELS);
    }
    return switch (channel) {
      case PUBLIC_REPLY -> de ? "hier öffentlich" : "here in public";
      case PRIVATE_MESSAGE -> de ? "per Direktnachricht" : "via direct message";
      case EMAIL -> de ? "per E-Mail" : "by e-mail";
      case PHONE -> de ? "telefonisch" : "by phone";
      case BROADCAST -> de ? "in unserem Statusbeitrag" : "in our status post";
      case NONE -> throw new AssertionError(channel);
    };
  }

  // ---- catalog parsing -------------------------------------------------------------------

  private static Variant parse(TemplateSpec spec, int index, String path, List<String> slots) {
    String text = spec.variants().get(index);
    String where = "template '" + spec.id() + "' (" + spec.locale() + "), variant " + index;
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (ch == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (ch == '}') {
        throw new ConfigException(path, where + ": unmatched '}' at index " + i
            + " (write '}}' for a literal brace)");
      } else if (ch == '{') {
        int close = text.indexOf('}', i + 1);
        String name = close < 0 ? "" : text.substring(i + 1, close);
        if (close < 0 || !isIdentifier(name)) {
          throw new ConfigException(path, where + ": malformed placeholder at index " + i
              + "; expected {name} (write '{{' for a literal brace)");
        }
        if (!spec.placeholders().containsKey(name)) {
          throw new ConfigException(path, where + ": placeholder {" + name
              + "} is not declared; declared: " + new TreeSet<>(spec.placeholders().keySet()));
        }
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(name);
        i = close + 1;
      } else {
        literal.append(ch);
        i++;
      }
    }
    literals.add(literal.toString());
    Set<String> used = new LinkedHashSet<>(names);
    for (String declared : new TreeSet<>(spec.placeholders().keySet())) {
      if (!used.contains(declared)) {
        throw new ConfigException(path, where + ": declared placeholder {" + declared
            + "} is not used");
      }
    }
    return new Variant(literals.toArray(new String[0]),
        names.stream().mapToInt(slots::indexOf).toArray());
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  // ---- service hours ---------------------------------------------------------------------

  private static final String[] DAYS_DE = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
  private static final String[] DAYS_EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /**
   * "Mo–Sa 8–20 Uhr", "Mo–Fr 8–12 und 13–18 Uhr, Sa 9–14 Uhr"; "Mon–Sat 8 am–8 pm". Consecutive
   * days with the same windows are grouped.
   */
  static String serviceHoursPhrase(WeeklyHours hours, boolean de) {
    List<String> groups = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<OpeningWindow> w = hours.on(days[i]);
      if (w.isEmpty()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < days.length && hours.on(days[j + 1]).equals(w)) {
        j++;
      }
      String[] names = de ? DAYS_DE : DAYS_EN;
      String label = i == j ? names[i] : j == i + 1 ? names[i] + ", " + names[j]
          : names[i] + "–" + names[j];
      List<String> windows = new ArrayList<>();
      for (OpeningWindow win : w) {
        windows.add(de ? clockDe(win.from(), false) + "–" + clockDe(win.to(), win.untilMidnight())
            : clockEn(win.from(), false) + "–" + clockEn(win.to(), win.untilMidnight()));
      }
      groups.add(label + " " + String.join(de ? " und " : " and ", windows) + (de ? " Uhr" : ""));
      i = j + 1;
    }
    return String.join(", ", groups);
  }

  private static String clockDe(LocalTime t, boolean midnightEnd) {
    if (midnightEnd) {
      return "24";
    }
    return t.getMinute() == 0 ? Integer.toString(t.getHour())
        : t.getHour() + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
  }

  private static String clockEn(LocalTime t, boolean midnightEnd) {
    if (midnightEnd || t.equals(LocalTime.MIDNIGHT)) {
      return "midnight";
    }
    if (t.equals(LocalTime.NOON)) {
      return "noon";
    }
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    String mm = t.getMinute() == 0 ? "" : ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
    return h + mm + (t.getHour() < 12 ? " am" : " pm");
  }

  @Override
  public String toString() {
    return "TemplateEngine[templates=" + templates.keySet() + "]";
  }
}
