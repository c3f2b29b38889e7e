package io.replyguard.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.Replyguard;
import io.replyguard.testing.DraftAssertions;
import io.replyguard.config.PlaceholderType;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.TemplateSpec;
import io.replyguard.facebook.FacebookAdapter;
import io.replyguard.model.Author;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.template.RenderContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * An example of validating a whole template catalog before it goes live: every variant of every
 * template, in its language, rendered at several moments (open hours, shortly before closing on
 * a Saturday, a Sunday, a public holiday), must pass the draft checks on every platform and
 * surface it is meant for. A template that promises something the service hours cannot keep,
 * mixes "Sie" and "du", asks for personal data publicly or runs over a platform limit fails with
 * the readable report of {@link DraftAssertions}.
 *
 * <p>The catalog is the embedded default one; the configuration only adds the company's own
 * contact address that the contract template hands off to (otherwise it would be personal data).
 * Each reply answers a customer message from ten minutes earlier (a comment for public replies, a
 * private message for private ones), so the platforms' reply windows are checked too. Platforms
 * without an installed adapter are skipped (an engine cannot measure them).
 */
class TemplateCatalogValidationTest {
  static final String CONTRACT_ADDRESS = "kuendigung@example.de";

  static final List<Instant> MOMENTS = Stream.of(
      "2026-11-23T10:00:00+01:00", // Monday, open
      "2026-11-28T19:40:00+01:00", // Saturday, 20 minutes before closing
      "2026-11-29T12:00:00+01:00", // Sunday, closed
      "2026-12-25T09:00:00+01:00", // Christmas Day, closed
      "2026-11-23T06:30:00+01:00") // Monday before opening
      .map(s -> OffsetDateTime.parse(s).toInstant()).toList();

  static Map<String, String> values(TemplateSpec t) {
    Map<String, String> values = new HashMap<>();
    t.placeholders().forEach((name, type) -> {
      if (type == PlaceholderType.TEXT) {
        values.put(name, name.equals("emailAddress") ? CONTRACT_ADDRESS
            : name.equals("area") ? "Köln-Ehrenfeld" : "Frau Muster");
      } else if (type == PlaceholderType.CHANNEL) {
        values.put(name, "PRIVATE_MESSAGE");
      }
    });
    return values;
  }

  /** The customer message a reply answers: a public comment or a private message ten minutes ago. */
  static Message customerMessage(String platform, Visibility surface, Instant now) {
    Message.Builder b = Message.builder(Platform.of(platform), surface, "Ich habe eine Frage.")
        .id("customer-1").createdAt(now.minus(Duration.ofMinutes(10)))
        .author(new Author("4711", Optional.empty(), Optional.empty(), OptionalLong.empty()));
    if (platform.equals("facebook")) {
      b.attribute(FacebookAdapter.ATTR_KIND, surface == Visibility.PUBLIC
          ? FacebookAdapter.KIND_COMMENT : FacebookAdapter.KIND_MESSENGER);
    }
    return b.build();
  }

  @TestFactory
  Stream<DynamicTest> everyVariantPassesTheChecksWhereverItIsUsed() {
    ReplyguardConfig config = Replyguard.create().config().toBuilder()
        .companyContacts(List.of(CONTRACT_ADDRESS)).build();
    List<TemplateSpec> catalog = config.templates();
    assertFalse(catalog.isEmpty(), "the default catalog has templates");
    List<DynamicTest> tests = new ArrayList<>();
    for (TemplateSpec t : catalog) {
      Locale locale = Locale.forLanguageTag(t.locale());
      for (Instant now : MOMENTS) {
        tests.add(DynamicTest.dynamicTest(t.id() + " (" + t.locale() + ") at " + now, () -> {
          Replyguard engine = Replyguard.create(config); // fresh rotation: variant 0 first
          List<String> platforms = t.platforms().isEmpty() ? engine.adapters().platforms()
              : t.platforms().stream().filter(engine.adapters().platforms()::contains).toList();
          assertFalse(platforms.isEmpty(), "no installed adapter for " + t.platforms());
          List<Visibility> surfaces = t.visibility().map(List::of)
              .orElse(List.of(Visibility.PUBLIC, Visibility.PRIVATE));
          for (int v = 0; v < t.variants().size(); v++) {
            String text = engine.render(t.id(), RenderContext.of(locale, now, values(t)));
            assertFalse(text.contains("{"), "unfilled placeholder in variant " + v);
            for (String p : platforms) {
              for (Visibility surface : surfaces) {
                DraftAssertions.assertAllowed(engine, Draft.of(text, Platform.of(p), surface)
                    .inReplyTo(customerMessage(p, surface, now)).withLocale(locale).at(now));
              }
            }
          }
        }));
      }
    }
    assertTrue(tests.size() >= catalog.size() * MOMENTS.size());
    return tests.stream();
  }
}
