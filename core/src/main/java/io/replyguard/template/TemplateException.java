package io.replyguard.template;

import io.replyguard.model.ReplyguardException;

/**
 * A template cannot be rendered: unknown template, missing or unknown placeholder, or a value of
 * the wrong type. The message names the template and the placeholder, never the values.
 *
 * @since 0.1.0
 */
public class TemplateException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming template and placeholder
   */
  public TemplateException(String message) {
    super(message);
  }
}
