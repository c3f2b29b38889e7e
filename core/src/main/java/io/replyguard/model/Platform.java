package io.replyguard.model;

import io.replyguard.internal.SafeText;


import java.util.Objects;

/**
 * A social platform, identified by a lower-case id such as {@code twitter} or {@code facebook}.
 * Platforms are open-ended: an adapter may introduce a new one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id lower-case identifier matching {@code [a-z][a-z0-9_-]*}
 *
 * @since 0.1.0
 */
public record Platform(String id) {
  /** X / Twitter. */
  public static final Platform TWITTER = new Platform("twitter");
  /** Facebook Pages and Messenger. */
  public static final Platform FACEBOOK = new Platform("facebook");

  /**
   * Validates the id.
   *
   * @param id lower-case identifier matching {@code [a-z][a-z0-9_-]*}
   */
  public Platform {
    Objects.requireNonNull(id, "id");
    if (!io.replyguard.internal.Checks.isPlatformId(id)) {
      throw new IllegalArgumentException(
          "platform id must match [a-z][a-z0-9_-]*: " + SafeText.identifier(id));
    }
  }

  /**
   * The platform with this id.
   *
   * @param id the id, not null
   * @return the platform
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Platform of(String id) {
    return new Platform(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
