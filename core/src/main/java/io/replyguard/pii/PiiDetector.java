package io.replyguard.pii;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data in German and English text. TEMPORARY SKELETON: implemented by issue #3.
 *
 * <p>Immutable and thread-safe.
 */
public final class PiiDetector {
  private PiiDetector() {}

  /**
   * Creates a detector with the built-in recognizers, the configured custom recognizers and the
   * configured company-contact allowlist.
   *
   * @param config not null
   * @return the detector
   */
  public static PiiDetector create(ReplyguardConfig config) {
    Objects.requireNonNull(config, "config");
    return new PiiDetector();
  }

  /**
   * Scans a text.
   *
   * @param text not null; any string, lone surrogates included
   * @return findings sorted by span, never null
   */
  public List<PiiFinding> scan(String text) {
    throw new UnsupportedOperationException("issue #3");
  }

  /**
   * Masks every finding in the text.
   *
   * @param text not null
   * @return the redacted text
   */
  public String redact(String text) {
    throw new UnsupportedOperationException("issue #3");
  }
}
