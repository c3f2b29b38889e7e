package io.replyguard.internal;

import java.util.Objects;

/** Argument checks with exact messages. Internal: not part of the API. */
public final class Checks {
  private Checks() {}

  /**
   * Throws {@link IllegalArgumentException} with the formatted message when {@code condition} is false.
   *
   * @param condition the condition that must hold
   * @param template a {@link String#format} template
   * @param args the template arguments
   */
  public static void requireArgument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }

  /**
   * Throws {@link IllegalStateException} with the formatted message when {@code condition} is false.
   *
   * @param condition the condition that must hold
   * @param template a {@link String#format} template
   * @param args the template arguments
   */
  public static void requireState(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(template, args));
    }
  }

  /**
   * Requires a non-null, non-blank string.
   *
   * @param value the value
   * @param name the parameter name for the message
   * @return the value
   */
  public static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    requireArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  /**
   * Whether a string has the form of a platform id: {@code [a-z][a-z0-9_-]*}.
   *
   * @param id the string, not null
   * @return whether it is well formed
   */
  public static boolean isPlatformId(String id) {
    if (id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
