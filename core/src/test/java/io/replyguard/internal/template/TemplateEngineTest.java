package io.replyguard.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.template.RenderContext;
import io.replyguard.template.TemplateException;
import io.replyguard.config.ConfigException;
import io.replyguard.config.OpeningWindow;
import io.replyguard.config.PlaceholderType;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.TemplateSpec;
import io.replyguard.config.WeeklyHours;
import io.replyguard.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {
  static final ReplyguardConfig DEFAULTS = ReplyguardConfig.defaults();
  static final Instant MONDAY_10 = OffsetDateTime.parse("2026-11-23T10:15+01:00").toInstant();
  static final Instant MONDAY_21 = OffsetDateTime.parse("2026-11-23T21:00+01:00").toInstant();

  static TemplateEngine engine(ReplyguardConfig config) {
    return TemplateEngine.create(config, BusinessCalendar.of(config));
  }

  static ReplyguardConfig withTemplates(TemplateSpec... specs) {
    return DEFAULTS.toBuilder().templates(List.of(specs)).build();
  }

  static TemplateSpec spec(String id, String locale, Map<String, PlaceholderType> placeholders,
      String... variants) {
    boolean commitment = placeholders.containsValue(PlaceholderType.COMMITMENT);
    return new TemplateSpec(id, locale, commitment ? Optional.of(Duration.ofHours(1))
        : Optional.empty(), List.of(), Optional.empty(), placeholders, List.of(variants));
  }

  @Test
  void rendersAcknowledgementWithCommitment() {
    TemplateEngine e = engine(DEFAULTS);
    assertEquals("Hallo Frau Weber, danke für Ihre Nachricht. Wir kümmern uns darum und melden "
        + "uns innerhalb der nächsten Stunde bei Ihnen.", e.render("acknowledgement",
            RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of("customerName", "Frau Weber"))));
    assertEquals("Hello Ms Weber, thank you for your message. Our team is on it and you'll hear "
        + "from us tomorrow by 9:00 am.", render(e, "acknowledgement", Locale.ENGLISH, MONDAY_21,
            "customerName", "Ms Weber", 1));
  }

  /** Renders the variant with the given rotation position on a fresh template key. */
  private static String render(TemplateEngine e, String id, Locale locale, Instant now,
      String key, String value, int skip) {
    RenderContext ctx = RenderContext.of(locale, now, Map.of(key, value));
    for (int i = 0; i < skip; i++) {
      e.render(id, ctx);
    }
    return e.render(id, ctx);
  }

  @Test
  void defaultLocaleIsTheConfiguredOne() {
    TemplateEngine e = engine(DEFAULTS);
    String text = e.render("thanks", new RenderContext(Optional.empty(), MONDAY_10,
        Map.of("customerName", "Frau Weber")));
    assertEquals("Vielen Dank, Frau Weber! Schön, dass Sie zufrieden sind. Wir geben Ihr Lob gern "
        + "an das Team weiter.", text);
    assertTrue(e.template("thanks", Locale.forLanguageTag("de-AT")).isPresent());
    assertEquals(Set.of("acknowledgement", "move-to-dm", "move-to-email-contract",
        "personal-data-warning", "outage-status", "out-of-hours", "thanks"), e.templateIds());
  }

  @Test
  void rotatesThroughVariantsLeastRecentlyUsedFirst() {
    TemplateEngine e = engine(DEFAULTS);
    RenderContext ctx = RenderContext.of(Locale.GERMAN, MONDAY_10,
        Map.of("customerName", "Herr Kaya"));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      texts.add(e.render("thanks", ctx));
    }
    assertEquals(3, Set.copyOf(texts).size());
    assertNotEquals(texts.get(0), texts.get(1));
    assertNotEquals(texts.get(1), texts.get(2));
    assertEquals(texts.get(0), texts.get(3));
    assertEquals(texts.get(1), texts.get(4));
    assertTrue(texts.get(0).startsWith("Vielen Dank"));
    // languages rotate independently
    assertTrue(e.render("thanks", RenderContext.of(Locale.ENGLISH, MONDAY_10,
        Map.of("customerName", "Mr Kaya"))).startsWith("Thank you, Mr Kaya!"));
  }

  @Test
  void concurrentRendersShareTheRotationFairly() throws Exception {
    TemplateEngine e = engine(DEFAULTS);
    RenderContext ctx = RenderContext.of(Locale.ENGLISH, MONDAY_10, Map.of("customerName", "Sam"));
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            counts.computeIfAbsent(e.render("thanks", ctx), k -> new AtomicInteger())
                .incrementAndGet();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(3, counts.size());
    counts.values().forEach(c -> assertEquals(400, c.get()));
  }

  @Test
  void channelServiceHoursAndNextOpening() {
    TemplateEngine e = engine(DEFAULTS);
    assertEquals("Hallo Frau Weber, zu Ihrem Schutz: Bitte veröffentlichen Sie keine persönlichen "
        + "Daten wie Adresse, Kunden- oder Kontonummer. Löschen Sie den Beitrag bitte und wenden "
        + "Sie sich per Direktnachricht an uns.", e.render("personal-data-warning",
            RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of("customerName", "Frau Weber",
                "channel", "PRIVATE_MESSAGE"))));
    assertEquals("Hi Sam, thanks for your message. Our team is available Mon–Sat 8 am–8 pm and "
        + "will get back to you tomorrow from 8:00 am.", e.render("out-of-hours",
            RenderContext.of(Locale.ENGLISH, MONDAY_21, Map.of("customerName", "Sam"))));
    assertEquals("Hallo Sam, danke für Ihre Nachricht. Unser Team ist Mo–Sa 8–20 Uhr für Sie da "
        + "und meldet sich morgen ab 8:00 Uhr bei Ihnen.", e.render("out-of-hours",
            RenderContext.of(Locale.GERMAN, MONDAY_21, Map.of("customerName", "Sam"))));
  }

  @Test
  void serviceHoursPhrases() {
    WeeklyHours hours = new WeeklyHours(Map.of(
        DayOfWeek.MONDAY, List.of(OpeningWindow.parse("08:30-12:00"), OpeningWindow.parse("13:00-18:00")),
        DayOfWeek.TUESDAY, List.of(OpeningWindow.parse("08:30-12:00"), OpeningWindow.parse("13:00-18:00")),
        DayOfWeek.WEDNESDAY, List.of(OpeningWindow.parse("08:30-12:00"), OpeningWindow.parse("13:00-18:00")),
        DayOfWeek.SATURDAY, List.of(OpeningWindow.parse("12:00-24:00")),
        DayOfWeek.SUNDAY, List.of(OpeningWindow.parse("00:00-02:00"))));
    assertEquals("Mo–Mi 8:30–12 und 13–18 Uhr, Sa 12–24 Uhr, So 0–2 Uhr",
        TemplateEngine.serviceHoursPhrase(hours, true));
    assertEquals("Mon–Wed 8:30 am–noon and 1 pm–6 pm, Sat noon–midnight, Sun midnight–2 am",
        TemplateEngine.serviceHoursPhrase(hours, false));
    assertEquals("Sa, So 10–14 Uhr", TemplateEngine.serviceHoursPhrase(WeeklyHours.of(
        OpeningWindow.parse("10:00-14:00"), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), true));
  }

  @Test
  void missingUnknownAndComputedValuesFailNamingThePlaceholderNotTheValue() {
    TemplateEngine e = engine(DEFAULTS);
    TemplateException missing = assertThrows(TemplateException.class, () -> e.render(
        "acknowledgement", RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of())));
    assertEquals("template 'acknowledgement' (de): missing value for placeholder {customerName} "
        + "(TEXT)", missing.getMessage());
    TemplateException unknown = assertThrows(TemplateException.class, () -> e.render("thanks",
        RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of("customerName", "Frau Weber",
            "iban", "DE89370400440532013000"))));
    assertTrue(unknown.getMessage().contains("unknown value 'iba…' (4 characters)"),
        unknown.getMessage());
    assertFalse(unknown.getMessage().contains("DE89"));
    assertFalse(unknown.getMessage().contains("Weber"));
    TemplateException computed = assertThrows(TemplateException.class, () -> e.render(
        "acknowledgement", RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of("customerName", "X",
            "commitment", "bald"))));
    assertTrue(computed.getMessage().contains("{commitment} is computed"), computed.getMessage());
    TemplateException blank = assertThrows(TemplateException.class, () -> e.render("thanks",
        RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of("customerName", " "))));
    assertTrue(blank.getMessage().contains("must not be blank"));
    TemplateException channel = assertThrows(TemplateException.class, () -> e.render(
        "personal-data-warning", RenderContext.of(Locale.GERMAN, MONDAY_10,
            Map.of("customerName", "X", "channel", "NONE"))));
    assertTrue(channel.getMessage().contains("{channel} must be one of"), channel.getMessage());
    TemplateException template = assertThrows(TemplateException.class, () -> e.render("nope",
        RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of())));
    assertTrue(template.getMessage().startsWith("unknown template 'nop…' (4 characters)"),
        template.getMessage());
    TemplateException locale = assertThrows(TemplateException.class, () -> e.render("thanks",
        RenderContext.of(Locale.FRENCH, MONDAY_10, Map.of("customerName", "X"))));
    assertEquals("template 'thanks' has no version for locale 'fr'; available: [de, en]",
        locale.getMessage());
    assertEquals("templateId", assertThrows(NullPointerException.class,
        () -> e.render(null, RenderContext.of(Locale.GERMAN, MONDAY_10, Map.of()))).getMessage());
    assertEquals("context", assertThrows(NullPointerException.class,
        () -> e.render("thanks", null)).getMessage());
  }

  @Test
  void catalogIsValidatedAtCreation() {
    ConfigException undeclared = assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "de", Map.of("customerName", PlaceholderType.TEXT),
            "Hallo {customerName}", "Hallo {kundenName}"))));
    assertEquals("/templates/0/variants/1", undeclared.path());
    assertTrue(undeclared.getMessage().contains("template 'greet' (de), variant 1: placeholder "
        + "{kundenName} is not declared"), undeclared.getMessage());
    ConfigException unused = assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "en", Map.of("customerName", PlaceholderType.TEXT,
            "channel", PlaceholderType.CHANNEL), "Hi {customerName}, write {channel}",
            "Hi {customerName}"))));
    assertTrue(unused.getMessage().contains("template 'greet' (en), variant 1: declared "
        + "placeholder {channel} is not used"), unused.getMessage());
    ConfigException malformed = assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "de", Map.of(), "Hallo {"))));
    assertTrue(malformed.getMessage().contains("malformed placeholder"));
    assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "de", Map.of(), "Hallo }"))));
    assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "de", Map.of(), "Hallo {1x}"))));
    ConfigException french = assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "fr", Map.of(), "Bonjour"))));
    assertEquals("/templates/0/locale", french.path());
    // the same id for de and de-AT is a clash
    assertThrows(ConfigException.class, () -> engine(withTemplates(
        spec("greet", "de", Map.of(), "Hallo"), spec("greet", "de-AT", Map.of(), "Servus"))));
  }

  @Test
  void bracesEscapeAndValuesAreNotReinterpreted() {
    TemplateEngine e = engine(withTemplates(spec("code", "en",
        Map.of("name", PlaceholderType.TEXT), "{{literal}} for {name}}}")));
    assertEquals("{literal} for {commitment}}", e.render("code",
        RenderContext.of(Locale.ENGLISH, MONDAY_10, Map.of("name", "{commitment}"))));
    // surrogate pairs pass through unchanged
    assertEquals("{literal} for 😀 Ana}", e.render("code",
        RenderContext.of(Locale.ENGLISH, MONDAY_10, Map.of("name", "😀 Ana"))));
  }

  @Test
  void catalogFromJsonIsValidatedToo() {
    String json = "{\"templates\": [{\"id\": \"x\", \"locale\": \"de\", \"placeholders\": {},"
        + " \"variants\": [\"Hallo {name}\"]}]}";
    ReplyguardConfig config = ReplyguardConfig.fromJson(json);
    ConfigException e = assertThrows(ConfigException.class, () -> engine(config));
    assertTrue(e.getMessage().contains("template 'x' (de), variant 0: placeholder {name}"));
    assertTrue(engine(ReplyguardConfig.fromJson("{\"templates\": []}")).templateIds().isEmpty());
  }
}
