package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.util.List;

/** The form of platform ids in rules and templates. Package-private; stateless. */
final class PlatformIds {
  private PlatformIds() {}

  /** Whether the id matches {@code [a-z][a-z0-9_-]*} (the form of {@code Platform} ids). */
  static boolean wellFormed(String id) {
    return io.replyguard.internal.Checks.isPlatformId(id);
  }

  static void requireWellFormed(List<String> ids, String owner) {
    for (int i = 0; i < ids.size(); i++) {
      requireArgument(ids.get(i) != null && wellFormed(ids.get(i)),
          "platform %s of %s is not a platform id (a lower-case letter, then letters, digits, "
          + "'_' or '-')", i, owner);
    }
  }
}
