package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.util.List;

/** The form of platform ids in rules and templates. Package-private; stateless. */
final class PlatformIds {
  private PlatformIds() {}

  /** Whether the id matches {@code [a-z][a-z0-9_-]*} (the form of {@code Platform} ids). */
  static boolean wellFormed(String id) {
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

  static void requireWellFormed(List<String> ids, String owner) {
    for (int i = 0; i < ids.size(); i++) {
      requireArgument(ids.get(i) != null && wellFormed(ids.get(i)),
          "platform %s of %s is not a platform id (a lower-case letter, then letters, digits, "
          + "'_' or '-')", i, owner);
    }
  }
}
