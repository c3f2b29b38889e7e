package io.replyguard.template;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.time.BusinessCalendar;
import java.util.Objects;

/**
 * Renders reply templates. TEMPORARY SKELETON: implemented by issue #4.
 *
 * <p>Thread-safe.
 */
public final class TemplateEngine {
  private TemplateEngine() {}

  /**
   * Creates the engine.
   *
   * @param config not null
   * @param calendar not null
   * @return the engine
   */
  public static TemplateEngine create(ReplyguardConfig config, BusinessCalendar calendar) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(calendar, "calendar");
    return new TemplateEngine();
  }

  /**
   * Renders a template.
   *
   * @param templateId not null
   * @param context not null
   * @return the text
   */
  public String render(String templateId, RenderContext context) {
    throw new UnsupportedOperationException("issue #4");
  }
}
