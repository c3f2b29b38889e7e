/**
 * Replyguard core: model, PII detection, channel advice, draft checks, templates and time
 * commitments, and the adapter SPI.
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
  exports io.replyguard.pii;
  exports io.replyguard.time;
  exports io.replyguard.template;
  exports io.replyguard.check;
  exports io.replyguard.advice;
  exports io.replyguard.internal to io.replyguard.twitter, io.replyguard.facebook;
  exports io.replyguard.internal.json to io.replyguard.twitter, io.replyguard.facebook;

  uses io.replyguard.spi.PlatformAdapter;
}
