package io.replyguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Category;
import io.replyguard.model.Channel;
import io.replyguard.model.Formality;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Severity;
import io.replyguard.model.Visibility;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid configuration survives a JSON round trip; any mutation of a key name fails. */
class ConfigPropertiesTest {

  @Property(tries = 300)
  void anyValidConfigSurvivesARoundTrip(@ForAll("configs") ReplyguardConfig config) {
    String json = config.toJson();
    ReplyguardConfig back = ReplyguardConfig.fromJson(json);
    assertEquals(config, back);
    assertEquals(json, back.toJson(), "writing is deterministic");
  }

  @Property(tries = 200)
  void unknownKeysAnywhereFail(@ForAll("configs") ReplyguardConfig config,
      @ForAll("keyPaths") int pick) {
    String json = config.toJson();
    // Rename the pick-th key of the document to an unknown one.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-zA-Z]+)\" :").matcher(json);
    List<int[]> keys = new ArrayList<>();
    while (m.find()) {
      keys.add(new int[] {m.start(1), m.end(1)});
    }
    // Free-form map keys (platform ids and surface names under platformLimits, placeholder names) are checked when
    // the engine is built against the installed adapters, not by the configuration reader.
    keys.removeIf(x -> FREE_FORM_KEYS.contains(json.substring(x[0], x[1])));
    int[] k = keys.get(pick % keys.size());
    String key = json.substring(k[0], k[1]);
    String mutated = json.substring(0, k[0]) + key + "x" + json.substring(k[1]);
    ConfigException e = assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson(mutated));
    // The key is quoted only masked (keys may be personal data); the hint names the allowed key.
    assertTrue(e.getMessage().contains(io.replyguard.internal.SafeText.identifier(key + "x")),
        e.getMessage());
    if (key.length() + 1 > 3) {
      assertTrue(!e.getMessage().contains(key + "x"), e.getMessage());
    }
    if (e.getMessage().contains("unknown key")) {
      assertTrue(e.getMessage().contains("did you mean '" + key + "'?"), e.getMessage());
    }
    assertTrue(!e.path().contains(key + "x"), "the pointer names the object: " + e.path());
  }

  private static final java.util.Set<String> FREE_FORM_KEYS = java.util.Set.of("facebook", "comment", "commitment");

  @Provide
  Arbitrary<Integer> keyPaths() {
    return Arbitraries.integers().between(0, 500);
  }

  private static Arbitrary<OpeningWindow> windows() {
    return Arbitraries.integers().between(0, 22).flatMap(h -> Arbitraries.integers()
        .between(h + 1, 24).map(end -> end == 24
            ? new OpeningWindow(LocalTime.of(h, 0), LocalTime.MIDNIGHT, true)
            : OpeningWindow.of(LocalTime.of(h, 30 * (h % 2)), LocalTime.of(end, 0))));
  }

  private static Arbitrary<WeeklyHours> weeklyHours() {
    // at least one window: hours that are never open cannot keep any service level
    return windows().optional().list().ofSize(7).filter(l -> l.stream().anyMatch(
        Optional::isPresent)).map(list -> {
      Map<DayOfWeek, List<OpeningWindow>> m = new EnumMap<>(DayOfWeek.class);
      for (int i = 0; i < 7; i++) {
        list.get(i).ifPresent(w -> {});
        int day = i;
        list.get(i).ifPresent(w -> m.put(DayOfWeek.of(day + 1), List.of(w)));
      }
      return new WeeklyHours(m);
    });
  }

  private static Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('ä', 'ß', ' ', '"', '\\', '{')
        .ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-').ofMinLength(1)
        .ofMaxLength(10);
  }

  private static Arbitrary<RecognizerSpec> recognizers() {
    return Combinators.combine(ids(), Arbitraries.of(PiiType.class),
        Arbitraries.of("\\bAC-\\d{8}\\b", "[A-Z]{2}\\d{6}", "(?i)kd\\s*\\d+"),
        words().list().ofMaxSize(3), Arbitraries.of(Checksum.class).optional(),
        Arbitraries.doubles().between(0.01, 1.0))
        .as((id, type, pattern, cues, checksum, score) -> new RecognizerSpec(id, type, pattern,
            cues, !cues.isEmpty(), checksum, score));
  }

  private static Arbitrary<DraftRuleSpec> draftRules() {
    return Combinators.combine(ids(), Arbitraries.of(Category.class), Arbitraries.of(Severity.class),
        words().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Visibility.class).optional(),
        words(), Arbitraries.integers().between(0, 1))
        .as((id, cat, sev, kws, vis, msg, usePattern) -> new DraftRuleSpec(id, cat, sev,
            usePattern == 1 ? Optional.of("(?i)\\bfoo\\b") : Optional.empty(),
            usePattern == 1 ? List.of() : kws, vis, List.of("twitter"),
            Map.of("de", msg, "en", msg + "!"), Map.of()));
  }

  private static Arbitrary<AdviceRuleSpec> adviceRules() {
    return Combinators.combine(ids(), Arbitraries.integers().between(-100, 100),
        Arbitraries.of(Intent.class).list().ofMaxSize(2), Arbitraries.of(PiiType.class).list().ofMaxSize(2),
        Arbitraries.of(Visibility.class).optional(), Arbitraries.longs().between(0, 1_000_000).optional(),
        Arbitraries.of(Channel.class).optional(), Arbitraries.of(Priority.class))
        .as((id, prec, intents, pii, vis, followers, channel, prio) -> new AdviceRuleSpec(id, prec,
            intents, pii, vis, List.of(), followers.map(OptionalLong::of).orElse(OptionalLong.empty()),
            List.of("#fail"), channel, List.of(Action.ESCALATE), Optional.of(prio), "Because."));
  }

  private static Arbitrary<TemplateSpec> templates() {
    return Combinators.combine(ids(), Arbitraries.of("de", "en"), words().list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(1, 48))
        .as((id, locale, variants, hours) -> new TemplateSpec(id, locale,
            Optional.of(Duration.ofHours(hours)), List.of("twitter"), Optional.of(Visibility.PUBLIC),
            Map.of("commitment", PlaceholderType.COMMITMENT),
            variants.stream().map(v -> v + " {commitment}").toList()));
  }

  private static <T> Arbitrary<List<T>> uniqueBy(Arbitrary<T> a, java.util.function.Function<T, String> key) {
    return a.list().ofMaxSize(3).uniqueElements(key);
  }

  @Provide
  Arbitrary<ReplyguardConfig> configs() {
    Arbitrary<ReplyguardConfig.Builder> base = Combinators.combine(
        Arbitraries.of("de", "en").map(Locale::forLanguageTag),
        Arbitraries.of("Europe/Berlin", "Europe/Vienna", "UTC", "America/New_York").map(ZoneId::of),
        weeklyHours(),
        Combinators.combine(Arbitraries.of(true, false),
            Arbitraries.of(HolidaySettings.GERMAN_STATES).list().ofMaxSize(3).uniqueElements(),
            Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .list().ofMaxSize(3).uniqueElements())
            .as(HolidaySettings::new),
        Arbitraries.integers().between(1, 600).map(Duration::ofMinutes),
        Arbitraries.of(Formality.class),
        Arbitraries.of("0800 330 2020", "service@example.de", "https://example.de/hilfe", "+49 30 1234567")
            .list().ofMaxSize(3))
        .as((locale, zone, hours, holidays, level, formality, contacts) -> ReplyguardConfig.builder()
            .locale(locale).zone(zone).serviceHours(hours).holidays(holidays).serviceLevel(level)
            .formality(formality).companyContacts(contacts));
    return Combinators.combine(base, uniqueBy(recognizers(), RecognizerSpec::id),
        uniqueBy(draftRules(), DraftRuleSpec::id), uniqueBy(adviceRules(), AdviceRuleSpec::id),
        uniqueBy(templates(), t -> t.id() + "@" + t.locale()),
        Combinators.combine(Arbitraries.integers().between(2, 20), Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 1000)).as((t, w, extra) ->
                new BurstSettings(t, Duration.ofMinutes(w), t + extra)),
        Arbitraries.of(Severity.class).optional().map(s -> s.map(RuleOverride::severity)
            .orElse(RuleOverride.disabled())).map(o -> Map.of("commitment.vague", o)))
        .as((b, recs, drafts, advice, templates, burst, overrides) -> {
          Map<Intent, List<String>> kw = new EnumMap<>(Intent.class);
          kw.put(Intent.CANCELLATION, List.of("abbestellen"));
          Map<String, Map<String, Integer>> limits = new LinkedHashMap<>();
          limits.put("facebook", Map.of("comment", 4000));
          return b.recognizers(recs).draftRules(drafts).adviceRules(advice).templates(templates)
              .burst(burst).ruleOverrides(overrides).intentKeywords(kw).platformLimits(limits)
              .closures(List.of(new Closure(LocalDateTime.of(2026, 12, 24, 14, 0),
                  LocalDateTime.of(2026, 12, 27, 0, 0))))
              .boilerplate(new BoilerplateSettings(0.75, 100, Duration.ofHours(6)))
              .build();
        });
  }
}
