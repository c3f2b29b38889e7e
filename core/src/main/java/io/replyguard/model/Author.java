package io.replyguard.model;

import static io.replyguard.internal.Checks.requireArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The author of a message. Handles and names are personal data: {@link #toString()} does not show
 * them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the platform's user id, not blank
 * @param handle the user name ({@code @handle} without the {@code @}), if known
 * @param displayName the display name, if known
 * @param followers the number of followers, if known; not negative
 *
 * @since 0.1.0
 */
public record Author(String id, Optional<String> handle, Optional<String> displayName,
    OptionalLong followers) {

  /**
   * Validates the components.
   *
   * @param id the platform's user id, not blank
   * @param handle the user name ({@code @handle} without the {@code @}), if known
   * @param displayName the display name, if known
   * @param followers the number of followers, if known; not negative
   */
  public Author {
    io.replyguard.internal.Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(followers, "followers");
    requireArgument(followers.isEmpty() || followers.getAsLong() >= 0,
        "followers must not be negative: %s", followers);
  }

  /**
   * An author known only by id.
   *
   * @param id the platform's user id
   * @return the author
   */
  public static Author of(String id) {
    return new Author(id, Optional.empty(), Optional.empty(), OptionalLong.empty());
  }

  /**
   * A copy with the follower count set.
   *
   * @param count not negative
   * @return a new author
   */
  public Author withFollowers(long count) {
    return new Author(id, handle, displayName, OptionalLong.of(count));
  }

  @Override
  public String toString() {
    return "Author[id=" + id + ", handle=" + (handle.isPresent() ? "<redacted>" : "none")
        + ", followers=" + (followers.isPresent() ? followers.getAsLong() : "unknown") + "]";
  }
}
