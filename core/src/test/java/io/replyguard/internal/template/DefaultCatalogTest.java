package io.replyguard.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.template.RenderContext;
import io.replyguard.template.TemplateException;
import io.replyguard.config.PlaceholderType;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.TemplateSpec;
import io.replyguard.model.Visibility;
import io.replyguard.time.BusinessCalendar;
import io.replyguard.internal.time.CommitmentPhrases;
import io.replyguard.internal.time.PromisedDeadline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every default template renders in both languages for every half hour of a week, stays concrete
 * (no vague time words), keeps "Sie" in German, and fits the length limits of the platforms and
 * surfaces it is meant for.
 */
class DefaultCatalogTest {
  static final ReplyguardConfig CONFIG = ReplyguardConfig.defaults();
  static final BusinessCalendar CALENDAR = BusinessCalendar.of(CONFIG);
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Long but plausible values, so the length check has a margin. */
  static final Map<String, String> TEXT_VALUES = Map.of(
      "customerName", "Maximilian Mustermann-Schulze",
      "emailAddress", "kuendigung@example-telekommunikation.de",
      "area", "Berlin-Charlottenburg-Wilmersdorf und Umgebung");
  static final List<String> CHANNELS = List.of("PRIVATE_MESSAGE", "EMAIL", "PHONE");

  static final List<String> VAGUE = List.of("zeitnah", "bald", "baldmöglichst", "asap", "soon",
      "shortly", "schnellstmöglich", "umgehend", "kürze", "später", "later");
  static final Set<String> DU_FORMS = Set.of("du", "dich", "dir", "dein", "deine", "deinen",
      "deinem", "deiner", "deines", "euch", "euer", "eure", "euren", "eurem", "eurer");

  /**
   * Twitter weighted length as twitter-text v3 counts text without URLs and emoji: code points in
   * 0–4351, 8192–8205, 8208–8223 and 8242–8247 weigh 1, all others 2.
   */
  static int twitterWeightedLength(String text) {
    int[] n = {0};
    text.codePoints().forEach(cp -> n[0] += cp <= 4351 || (cp >= 8192 && cp <= 8205)
        || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2);
    return n[0];
  }

  /** The limit for a platform and surface: X 280 weighted / DM 10,000; Facebook 8,000 / 2,000. */
  static int limit(String platform, Visibility visibility) {
    return switch (platform) {
      case "twitter" -> visibility == Visibility.PUBLIC ? 280 : 10_000;
      case "facebook" -> visibility == Visibility.PUBLIC ? 8_000 : 2_000;
      default -> throw new AssertionError(platform);
    };
  }

  private static Map<String, String> values(TemplateSpec spec, int round) {
    Map<String, String> values = new HashMap<>();
    spec.placeholders().forEach((name, type) -> {
      if (type == PlaceholderType.TEXT) {
        values.put(name, TEXT_VALUES.getOrDefault(name, "Ein Wert"));
      } else if (type == PlaceholderType.CHANNEL) {
        values.put(name, CHANNELS.get(round % CHANNELS.size()));
      }
    });
    return values;
  }

  @ParameterizedTest(name = "week from {0}")
  @ValueSource(strings = {"2026-11-23T00:00", "2026-03-26T00:00", "2026-10-22T00:00",
      "2026-12-21T00:00"})
  void everyTemplateRendersEveryHalfHourOfAWeek(String start) {
    TemplateEngine engine = TemplateEngine.create(CONFIG, CALENDAR);
    ZonedDateTime first = java.time.LocalDateTime.parse(start).atZone(BERLIN);
    int rendered = 0;
    for (TemplateSpec spec : CONFIG.templates()) {
      Locale locale = Locale.forLanguageTag(spec.locale());
      Set<String> seen = new HashSet<>();
      for (int step = 0; step < 7 * 48; step++) {
        Instant now = first.plusMinutes(30L * step).toInstant();
        for (int v = 0; v < spec.variants().size(); v++) {
          String text = engine.render(spec.id(), RenderContext.of(locale, now, values(spec, v)));
          seen.add(text);
          check(spec, locale, now, text);
          rendered++;
        }
      }
      assertTrue(seen.size() >= spec.variants().size(), spec.id());
    }
    assertTrue(rendered > 7 * 48 * 28);
  }

  private static void check(TemplateSpec spec, Locale locale, Instant now, String text) {
    String where = spec.id() + "@" + spec.locale() + ": " + text;
    assertFalse(text.contains("{") || text.contains("}"), where);
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : lower.split("[^\\p{L}]+")) {
      assertFalse(VAGUE.contains(word), where);
      if (locale.getLanguage().equals("de")) {
        assertFalse(DU_FORMS.contains(word), where);
      }
    }
    List<String> platforms = spec.platforms().isEmpty() ? List.of("twitter", "facebook")
        : spec.platforms();
    List<Visibility> surfaces = spec.visibility().map(List::of)
        .orElse(List.of(Visibility.values()));
    for (String platform : platforms) {
      for (Visibility visibility : surfaces) {
        int length = platform.equals("twitter") && visibility == Visibility.PUBLIC
            ? twitterWeightedLength(text) : text.codePointCount(0, text.length());
        int max = limit(platform, visibility);
        assertTrue(length <= max, where + " is " + length + " > " + max + " on " + platform
            + " " + visibility);
      }
    }
    if (spec.placeholders().containsValue(PlaceholderType.COMMITMENT)) {
      // the promise in the text can be kept: it is no earlier than the service-level deadline
      Instant due = CALENDAR.deadline(now, spec.serviceLevel().orElseThrow());
      List<PromisedDeadline> promises = CommitmentPhrases.findAll(text, locale,
          now.atZone(BERLIN));
      assertEquals(1, promises.size(), where);
      assertFalse(promises.get(0).deadline().toInstant().isBefore(due), where);
    }
  }

  @Test
  void catalogCoversTheRequiredTemplatesInBothLanguagesWithTwoVariants() {
    Map<String, Set<String>> languages = new HashMap<>();
    for (TemplateSpec spec : CONFIG.templates()) {
      languages.computeIfAbsent(spec.id(), k -> new HashSet<>()).add(spec.locale());
      assertTrue(spec.variants().size() >= 2, spec.id());
    }
    assertEquals(Set.of("acknowledgement", "move-to-dm", "move-to-email-contract",
        "personal-data-warning", "outage-status", "out-of-hours", "thanks"), languages.keySet());
    languages.values().forEach(l -> assertEquals(Set.of("de", "en"), l));
  }

  @Test
  void catalogSurvivesAJsonRoundTrip() {
    ReplyguardConfig back = ReplyguardConfig.fromJson(CONFIG.toJson());
    assertEquals(CONFIG.templates(), back.templates());
  }

  @Test
  void weightedLengthCountsWideCharactersTwice() {
    assertEquals(5, twitterWeightedLength("Hallo"));
    assertEquals(3, twitterWeightedLength("Mo–"));
    assertEquals(4, twitterWeightedLength("日本"));
    assertEquals(2, twitterWeightedLength("😀"));
  }
}
