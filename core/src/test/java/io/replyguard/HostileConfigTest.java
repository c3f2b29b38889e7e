package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.replyguard.config.ConfigException;
import io.replyguard.config.PlaceholderType;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.TemplateSpec;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.template.RenderContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration as untrusted input: every broken configuration fails with a {@link ConfigException}
 * naming its JSON Pointer, and a configuration that loads never makes an engine call fail.
 */
class HostileConfigTest {
  private static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      retention beyond Caffeine's nanoseconds | {"boilerplate":{"similarity":0.8,"capacity":10,"retention":"P1000000000D"}} | /boilerplate/retention | at most P366D
      burst window beyond a long of nanos | {"burst":{"threshold":3,"window":"PT2562047788015215H","maxTracked":10}} | /burst/window | at most P7D
      service level of ten years        | {"serviceLevel":"P3660D"}                        | /serviceLevel | between PT1M and P30D
      service level below a minute      | {"serviceLevel":"PT0.5S"}                        | /serviceLevel | between PT1M and P30D
      template service level too long   | {"templates":[{"id":"t","locale":"de","serviceLevel":"P365D","placeholders":{"c":"COMMITMENT"},"variants":["{c}"]}]} | /templates/0/serviceLevel | between PT1M and P30D
      closures covering a century       | {"closures":[{"from":"2000-01-01T00:00","to":"2100-01-01T00:00"}]} | /closures | guarantee no business time
      closures end to end               | {"closures":[{"from":"2026-01-01T00:00","to":"2031-01-01T00:00"},{"from":"2031-01-01T00:00","to":"2037-01-01T00:00"}]} | /closures | guarantee no business time
      closure in year 99999             | {"closures":[{"from":"+99999-01-01T00:00","to":"+99999-01-02T00:00"}]} | /closures/0/from | years 1900 to 2999
      closed date in year 1             | {"holidays":{"dates":["0001-01-01"]}}            | /holidays/dates/0 | years 1900 to 2999
      whole-day window written 24-24    | {"serviceHours":{"monday":["24:00-24:00"]}}      | /serviceHours/monday/0 | window start
      hour 25                           | {"serviceHours":{"monday":["08:00-25:00"]}}      | /serviceHours/monday/0 | window end
      one minute a week for a month's level | {"serviceHours":{"monday":["08:00-08:01"]},"serviceLevel":"P30D"} | /serviceHours | longest service level PT720H needs more
      too many tracked reports          | {"burst":{"threshold":3,"window":"PT1M","maxTracked":2000000000}} | /burst/maxTracked | at most 1000000
      too many remembered replies       | {"boilerplate":{"similarity":0.8,"capacity":2000000000,"retention":"P1D"}} | /boilerplate/capacity | at most 1000000
      nested counted repetition         | {"recognizers":[{"id":"r","type":"PHONE","pattern":"((a{1000}){1000}){1000}"}]} | /recognizers/0/pattern | the limit is 1000
      repetition times text             | {"recognizers":[{"id":"r","type":"PHONE","pattern":"(x{1000}){20}"}]} | /recognizers/0/pattern | the limit is 1000
      draft rule pattern too large      | {"draftRules":[{"id":"d","category":"TONE","severity":"INFO","pattern":"[a-z]{600}[0-9]{600}","message":{"de":"m"}}]} | /draftRules/0/pattern | the limit is 1000 per pattern
      draft rule platform malformed     | {"draftRules":[{"id":"d","category":"TONE","severity":"INFO","keywords":["x"],"platforms":["X.com"],"message":{"de":"m"}}]} | /draftRules/0/platforms/0 | not a platform id
      template platform malformed       | {"templates":[{"id":"t","locale":"de","platforms":["Twitter "],"variants":["x"]}]} | /templates/0/platforms/0 | not a platform id
      """)
  void hostileValuesFailAtLoadNamingThePointer(String name, String json, String pointer,
      String fragment) {
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson(json)));
    assertEquals(pointer, e.path(), name + ": " + e.getMessage());
    assertTrue(e.getMessage().startsWith(pointer + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), name + ": " + e.getMessage());
  }

  @Test
  void patternsTogetherAreBoundedToo() {
    StringBuilder json = new StringBuilder("{\"recognizers\":[");
    for (int i = 0; i < 6; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i)
          .append("\",\"type\":\"PHONE\",\"pattern\":\"[0-9]{980}\"}");
    }
    json.append("]}");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ReplyguardConfig.fromJson(json.toString()));
    assertEquals("/recognizers/5/pattern", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("the limit is 5000 in total"), e.getMessage());
    String five = json.toString().replace(",{\"id\":\"r5\",\"type\":\"PHONE\",\"pattern\":\"[0-9]{980}\"}", "");
    assertEquals(5, ReplyguardConfig.fromJson(five).recognizers().size());
  }

  @Test
  void builderPathChecksTheSameBounds() {
    ReplyguardConfig.Builder b = ReplyguardConfig.builder();
    assertThrows(IllegalArgumentException.class, () -> b.serviceLevel(Duration.ofDays(3660)));
    assertThrows(IllegalArgumentException.class, () -> new TemplateSpec("t", "de",
        java.util.Optional.of(Duration.ofDays(365)), List.of(), java.util.Optional.empty(),
        Map.of("c", PlaceholderType.COMMITMENT), List.of("{c}")));
    assertThrows(IllegalArgumentException.class, () -> ReplyguardConfig.builder()
        .closures(List.of(new io.replyguard.config.Closure(
            java.time.LocalDateTime.parse("2000-01-01T00:00"),
            java.time.LocalDateTime.parse("2100-01-01T00:00")))).build());
  }

  @Test
  void unknownPlatformsInRulesAndTemplatesFailWhenTheEngineIsBuilt() {
    ReplyguardConfig rules = ReplyguardConfig.fromJson("""
        {"draftRules":[{"id":"d","category":"TONE","severity":"INFO","keywords":["x"],
          "platforms":["twitter","mastodon"],"message":{"de":"m"}}]}""");
    ConfigException e = assertThrows(ConfigException.class,
        () -> Replyguard.builder().config(rules).adapters(adapters()).build());
    assertEquals("/draftRules/0/platforms/1", e.path());
    assertTrue(e.getMessage().contains("no adapter installed"), e.getMessage());
    ReplyguardConfig templates = ReplyguardConfig.fromJson("""
        {"templates":[{"id":"t","locale":"de","platforms":["myspace"],"variants":["x"]}]}""");
    e = assertThrows(ConfigException.class,
        () -> Replyguard.builder().config(templates).adapters(adapters()).build());
    assertEquals("/templates/0/platforms/0", e.path());
    // the built-in platforms stay allowed without their adapters (the default catalog names them)
    Replyguard.builder().config(ReplyguardConfig.defaults()).adapters(AdapterRegistry.empty())
        .build();
  }

  // ---- generators -------------------------------------------------------------------------

  /** One hostile edit of a valid document: the key path, the replacement value (JSON). */
  record Mutation(String key, String value, String pointerPrefix) {}

  /**
   * Every mutation in this catalogue breaks the configuration: it must fail with a
   * ConfigException whose pointer starts with the given prefix.
   */
  @Provide
  Arbitrary<Mutation> brokenMutations() {
    Arbitrary<String> badDurations = Arbitraries.of("\"P1000000000D\"", "\"PT2562047788015215H\"",
        "\"-PT1H\"", "\"PT0S\"", "\"1 hour\"", "3600", "null1", "\"P99999D\"", "\"\"", "[]", "{}",
        "true", "\"PT-1M\"");
    Arbitrary<String> badWindows = Arbitraries.of("24:00-24:00", "08:00-25:00", "8-20",
        "20:00-08:00", "08:00-08:00", "08:60-09:00", "-08:00", "08:00-", "24:01-24:00",
        "08:00-12:00-13:00", "０８:00-09:00");
    Arbitrary<String> badInts = Arbitraries.of("-1", "0", "2147483648", "1.5", "\"10\"",
        "2000000000", "[]", "1e3");
    Arbitrary<String> badPatterns = Arbitraries.of("((a{1000}){1000}){1000}", "(x{1000}){20}",
        "(a", "(a)\\\\1", "[z-a]", "a**", "(?<n>a)(?<n>b)", "\\\\8", "x{1001}",
        "((((a{10}){10}){10}){10})");
    Arbitrary<String> badEnums = Arbitraries.of("\"IHR\"", "\"\"", "5", "\"SIE \"", "\"ßIE\"");
    return Arbitraries.oneOf(
        badDurations.map(v -> new Mutation("serviceLevel", v, "/serviceLevel")),
        badDurations.map(v -> new Mutation("boilerplate",
            "{\"similarity\":0.8,\"capacity\":10,\"retention\":" + v + "}", "/boilerplate")),
        badDurations.map(v -> new Mutation("burst",
            "{\"threshold\":3,\"window\":" + v + ",\"maxTracked\":10}", "/burst")),
        badWindows.map(w -> new Mutation("serviceHours", "{\"monday\":[\"" + w + "\"]}",
            "/serviceHours")),
        badInts.map(i -> new Mutation("burst",
            "{\"threshold\":3,\"window\":\"PT1M\",\"maxTracked\":" + i + "}", "/burst")),
        badInts.map(i -> new Mutation("boilerplate",
            "{\"similarity\":0.8,\"capacity\":" + i + ",\"retention\":\"P1D\"}", "/boilerplate")),
        badPatterns.map(p -> new Mutation("recognizers",
            "[{\"id\":\"r\",\"type\":\"PHONE\",\"pattern\":\"" + p + "\"}]", "/recognizers/0")),
        badPatterns.map(p -> new Mutation("draftRules", "[{\"id\":\"d\",\"category\":\"TONE\","
            + "\"severity\":\"INFO\",\"pattern\":\"" + p + "\",\"message\":{\"de\":\"m\"}}]",
            "/draftRules/0")),
        badEnums.map(e -> new Mutation("formality", e, "/formality")),
        Arbitraries.of("\"fr\"", "\"\"", "\"de-\"", "1").map(l -> new Mutation("locale", l,
            "/locale")),
        Arbitraries.of("\"Mars/Olympus\"", "\"\"", "7", "\"+25:00\"").map(z -> new Mutation("zone",
            z, "/zone")),
        Arbitraries.of("{\"from\":\"2000-01-01T00:00\",\"to\":\"2100-01-01T00:00\"}",
            "{\"from\":\"2026-01-02T00:00\",\"to\":\"2026-01-01T00:00\"}",
            "{\"from\":\"+99999-01-01T00:00\",\"to\":\"+99999-01-02T00:00\"}",
            "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}", "{\"from\":\"2026-01-01T00:00\"}",
            "{\"from\":\"2026-01-01T00:00\",\"to\":\"2026-01-02T00:00\",\"x\":1}")
            .map(c -> new Mutation("closures", "[" + c + "]", "/closures")),
        Arbitraries.of("\"0001-01-01\"", "\"+1000000-01-01\"", "\"2026-02-30\"", "20261224")
            .map(d -> new Mutation("holidays", "{\"dates\":[" + d + "]}", "/holidays")),
        Arbitraries.of("{\"id\":\"t\",\"locale\":\"de\",\"variants\":[\"{x}\"]}",
            "{\"id\":\"t\",\"locale\":\"de\",\"serviceLevel\":\"P999D\",\"variants\":[\"x\"]}",
            "{\"id\":\"t\",\"locale\":\"de\",\"platforms\":[\"X\"],\"variants\":[\"x\"]}",
            "{\"id\":\"t\",\"locale\":\"xx\",\"variants\":[\"x\"]}",
            "{\"id\":\"t\",\"locale\":\"de\",\"variants\":[]}",
            "{\"id\":\" \",\"locale\":\"de\",\"variants\":[\"x\"]}")
            .map(t -> new Mutation("templates", "[" + t + "]", "/templates")),
        Arbitraries.of("{\"facebook\":{\"comment\":0}}", "{\"facebook\":{\"comment\":-5}}",
            "{\"facebook\":5}", "{\"facebook\":{\"comment\":\"x\"}}")
            .map(l -> new Mutation("platformLimits", l, "/platformLimits")),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
            .map(k -> new Mutation(k + "Unknown", "1", "")));
  }

  @Property(tries = 400)
  void everyBrokenConfigurationFailsWithAPointer(@ForAll("brokenMutations") Mutation m) {
    String json = "{\"" + m.key() + "\":" + m.value() + "}";
    ReplyguardConfig loaded;
    try {
      loaded = ReplyguardConfig.fromJson(json);
    } catch (ConfigException e) {
      assertTrue(e.path().isEmpty() || e.path().startsWith("/"), e.path());
      assertTrue(e.path().startsWith(m.pointerPrefix())
          || e.getMessage().startsWith("configuration: malformed JSON"),
          json + " -> " + e.getMessage());
      assertTrue(e.getMessage().startsWith(e.path().isEmpty() ? "configuration: "
          : e.path() + ": "), e.getMessage());
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(json + " -> " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
    // Not rejected while reading: only the engine build (templates' placeholders) may still
    // reject it, with a ConfigException too.
    try {
      Replyguard.builder().config(loaded).adapters(adapters()).build();
    } catch (ConfigException e) {
      assertTrue(e.path().startsWith(m.pointerPrefix()), json + " -> " + e.getMessage());
      return;
    }
    fail("accepted a broken configuration: " + json);
  }

  /** Values near and beyond every bound; whether each is valid is not decided here. */
  @Provide
  Arbitrary<String> valueLookingConfigs() {
    Arbitrary<String> durations = Combinators.combine(
        Arbitraries.of("PT%dS", "PT%dM", "PT%dH", "P%dD"),
        Arbitraries.longs().between(0, 40_000)).as((f, n) -> "\"" + String.format(f, n) + "\"");
    Arbitrary<String> window = Combinators.combine(Arbitraries.integers().between(0, 24),
        Arbitraries.of(0, 1, 30, 59), Arbitraries.integers().between(0, 24),
        Arbitraries.of(0, 1, 30, 59)).as((h1, m1, h2, m2) ->
        String.format("\"%02d:%02d-%02d:%02d\"", h1, m1, h2, m2));
    Arbitrary<String> hours = Combinators.combine(
        Arbitraries.of("monday", "tuesday", "saturday", "sunday"), window)
        .as((d, w) -> "{\"" + d + "\":[" + w + "]}");
    Arbitrary<String> instantText = Combinators.combine(Arbitraries.integers().between(1890, 3010),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
        .as((y, mo, d) -> String.format("%04d-%02d-%02dT00:00", y, mo, d));
    Arbitrary<String> closures = Combinators.combine(instantText, instantText)
        .as((a, b) -> "[{\"from\":\"" + a + "\",\"to\":\"" + b + "\"}]");
    Arbitrary<String> template = durations.map(d -> "[{\"id\":\"t\",\"locale\":\"de\","
        + "\"serviceLevel\":" + d + ",\"placeholders\":{\"c\":\"COMMITMENT\",\"o\":"
        + "\"NEXT_OPENING\",\"h\":\"SERVICE_HOURS\"},\"variants\":[\"{c} {o} {h}\"]}]");
    return Combinators.combine(durations.injectNull(0.3), hours.injectNull(0.3),
        closures.injectNull(0.5), template.injectNull(0.3), durations.injectNull(0.5),
        durations.injectNull(0.5)).as((level, h, c, t, retention, window2) -> {
          List<String> parts = new ArrayList<>();
          if (level != null) {
            parts.add("\"serviceLevel\":" + level);
          }
          if (h != null) {
            parts.add("\"serviceHours\":" + h);
          }
          if (c != null) {
            parts.add("\"closures\":" + c);
          }
          if (t != null) {
            parts.add("\"templates\":" + t);
          }
          if (retention != null) {
            parts.add("\"boilerplate\":{\"similarity\":0.8,\"capacity\":10,\"retention\":"
                + retention + "}");
          }
          if (window2 != null) {
            parts.add("\"burst\":{\"threshold\":2,\"window\":" + window2 + ",\"maxTracked\":10}");
          }
          return "{" + String.join(",", parts) + "}";
        });
  }

  @Property(tries = 250)
  void aConfigurationThatLoadsNeverMakesAnEngineCallFail(
      @ForAll("valueLookingConfigs") String json,
      @ForAll @IntRange(min = 1900, max = 2998) int year,
      @ForAll @IntRange(min = 0, max = 364 * 24) int hourOfYear) {
    ReplyguardConfig config;
    Replyguard engine;
    try {
      config = ReplyguardConfig.fromJson(json);
      engine = Replyguard.builder().config(config).adapters(adapters())
          .clock(Clock.fixed(MONDAY_10, ZoneOffset.UTC)).build();
    } catch (ConfigException e) {
      assertTrue(e.path().isEmpty() || e.path().startsWith("/"), e.getMessage());
      return;
    }
    Instant now = java.time.LocalDateTime.of(year, 1, 1, 0, 0).plusHours(hourOfYear)
        .toInstant(ZoneOffset.UTC);
    try {
      engine.commitment(now, config.serviceLevel(), Locale.GERMAN);
      engine.calendar().nextOpening(now);
      for (Platform p : List.of(Platform.TWITTER, Platform.FACEBOOK)) {
        for (Visibility v : Visibility.values()) {
          engine.check(Draft.of("Wir melden uns zeitnah bei Ihnen, spätestens morgen um 9 Uhr.",
              p, v).at(now));
        }
      }
      engine.advise(Message.builder(Platform.TWITTER, Visibility.PUBLIC,
          "Internet gestört!! #fail").createdAt(now).build());
      for (TemplateSpec t : config.templates()) {
        Map<String, String> values = new HashMap<>();
        t.placeholders().forEach((k, type) -> {
          if (type == PlaceholderType.TEXT) {
            values.put(k, "Frau Beispiel");
          } else if (type == PlaceholderType.CHANNEL) {
            values.put(k, "EMAIL");
          }
        });
        engine.render(t.id(), RenderContext.of(Locale.forLanguageTag(t.locale()), now, values));
      }
    } catch (RuntimeException e) {
      throw new AssertionError(json + " at " + now + " -> " + e, e);
    }
  }

  static AdapterRegistry adapters() {
    return AdapterRegistry.builder().register(new StubAdapter(Platform.TWITTER))
        .register(new StubAdapter(Platform.FACEBOOK)).build();
  }

  /** Counts code points against 280 characters; no policy. */
  record StubAdapter(Platform platform) implements io.replyguard.spi.PlatformAdapter {
    @Override
    public io.replyguard.spi.TextLength measure(String text, Visibility visibility) {
      int n = text.codePointCount(0, text.length());
      return new io.replyguard.spi.TextLength(n, 280,
          n > 280 ? text.offsetByCodePoints(0, 280) : text.length(), text.length());
    }

    @Override
    public List<Message> parse(String json) {
      throw new UnsupportedOperationException("not needed");
    }

    @Override
    public io.replyguard.spi.OutboundRequest replyRequest(Draft draft) {
      throw new UnsupportedOperationException("not needed");
    }

    @Override
    public java.util.Optional<io.replyguard.spi.OutboundRequest> hideRequest(Message original) {
      return java.util.Optional.empty();
    }

    @Override
    public List<io.replyguard.model.Finding> policy(Draft draft, Instant now) {
      return List.of();
    }
  }
}
