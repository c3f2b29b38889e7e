package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.internal.Checks;
import io.replyguard.model.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply template in one language with its variants and declared placeholders.
 *
 * <p>JSON form: {@code {"id": "ack", "locale": "de", "serviceLevel": "PT1H",
 * "platforms": ["twitter", "facebook"], "visibility": "PUBLIC",
 * "placeholders": {"customerName": "TEXT", "commitment": "COMMITMENT"},
 * "variants": ["Hallo {customerName}, wir melden uns {commitment}.", "…"]}}.
 *
 * @param id template id, unique per locale, not blank
 * @param locale language tag such as {@code de} or {@code en}, not blank
 * @param serviceLevel business time for {@code COMMITMENT} placeholders, if the template has one;
 *     from {@code PT1M} to {@code P30D}
 * @param platforms platform ids the template is meant for ({@code [a-z][a-z0-9_-]*}; an engine
 *     needs an adapter for each, or the platform is one of the built-in two), empty for all; copied
 * @param visibility the surface it is meant for, or empty for both
 * @param placeholders declared placeholders and their types; copied
 * @param variants the variants, at least one; copied
 *
 * @since 0.1.0
 */
public record TemplateSpec(String id, String locale, Optional<Duration> serviceLevel,
    List<String> platforms, Optional<Visibility> visibility,
    Map<String, PlaceholderType> placeholders, List<String> variants) {

  /**
   * Validates and copies the components.
   *
   * @param id template id, unique per locale, not blank
   * @param locale language tag such as {@code de} or {@code en}, not blank
   * @param serviceLevel business time for {@code COMMITMENT} placeholders, if the template has one
   * @param platforms platform ids the template is meant for, empty for all; copied
   * @param visibility the surface it is meant for, or empty for both
   * @param placeholders declared placeholders and their types; copied
   * @param variants the variants, at least one; copied
   */
  public TemplateSpec {
    Checks.requireNonBlank(id, "id");
    Checks.requireNonBlank(locale, "locale");
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    platforms = List.copyOf(Objects.requireNonNull(platforms, "platforms"));
    Objects.requireNonNull(visibility, "visibility");
    placeholders = Map.copyOf(Objects.requireNonNull(placeholders, "placeholders"));
    variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
    PlatformIds.requireWellFormed(platforms, "template '" + id + "'");
    requireArgument(!variants.isEmpty(), "template '%s' (%s) needs at least one variant", id, locale);
    serviceLevel.ifPresent(d -> Limits.serviceLevel(d, "serviceLevel of template '" + id + "'"));
    requireArgument(!placeholders.containsValue(PlaceholderType.COMMITMENT) || serviceLevel.isPresent(),
        "template '%s' (%s) has a COMMITMENT placeholder but no serviceLevel", id, locale);
  }
}
