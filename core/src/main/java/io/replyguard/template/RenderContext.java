package io.replyguard.template;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template is rendered with. Values may be personal data (a customer's name):
 * {@link #toString()} shows only their keys.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of the reply, or empty for the configured default
 * @param now the moment of rendering (for commitments), not null
 * @param values placeholder values by name; copied
 *
 * @since 0.1.0
 */
public record RenderContext(Optional<Locale> locale, Instant now, Map<String, String> values) {
  /**
   * Validates and copies.
   *
   * @param locale the language of the reply, or empty for the configured default
   * @param now the moment of rendering (for commitments), not null
   * @param values placeholder values by name; copied
   */
  public RenderContext {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(now, "now");
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * A context.
   *
   * @param locale the language, not null
   * @param now the moment, not null
   * @param values placeholder values, not null
   * @return the context
   */
  public static RenderContext of(Locale locale, Instant now, Map<String, String> values) {
    return new RenderContext(Optional.of(locale), now, values);
  }

  @Override
  public String toString() {
    return "RenderContext[locale=" + locale.map(Locale::toLanguageTag).orElse("default")
        + ", now=" + now + ", values=" + new java.util.TreeSet<>(values.keySet()) + "]";
  }
}
