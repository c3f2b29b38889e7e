/**
 * Replyguard core: the {@link io.replyguard.Replyguard} facade, the message model, the
 * configuration, business time, templates, test assertions and the adapter SPI.
 *
 * <p>Exported (the API): {@code io.replyguard}, {@code io.replyguard.model},
 * {@code io.replyguard.config}, {@code io.replyguard.spi}, {@code io.replyguard.time},
 * {@code io.replyguard.template}, {@code io.replyguard.testing}, {@code io.replyguard.json}. The engines (personal-data
 * detection, channel advice, draft checks, template rendering) live in packages that are not
 * exported; they are reached through the facade and may change in any release.
 *
 * @since 0.1.0
 */
module io.replyguard.core {
  requires com.fasterxml.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires re2j; // re2j 1.8 has no module descriptor; its automatic module name comes from the jar name
  requires org.slf4j;

  exports io.replyguard;
  exports io.replyguard.model;
  exports io.replyguard.config;
  exports io.replyguard.spi;
  exports io.replyguard.time;
  exports io.replyguard.template;
  exports io.replyguard.testing;
  exports io.replyguard.json;
  exports io.replyguard.internal to io.replyguard.twitter, io.replyguard.facebook;
  exports io.replyguard.internal.json to io.replyguard.twitter, io.replyguard.facebook;

  uses io.replyguard.spi.PlatformAdapter;
}
