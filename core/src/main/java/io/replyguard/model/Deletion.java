package io.replyguard.model;

import io.replyguard.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform's notice that a message was deleted or unsent by its author (an X
 * {@code tweet_delete_events} entry or compliance {@code delete}, a Messenger unsend
 * ({@code is_deleted}), a removed Facebook comment or visitor post). It is a signal, not a
 * message: it carries no text. A reader should stop acting on the message with
 * {@link #messageId()} (drop a queued answer, forget stored copies).
 *
 * <p>Immutable and thread-safe. Holds no personal data besides ids; {@link #toString()} shows
 * the ids and attribute keys only.
 *
 * @param messageId the platform's id of the deleted message, not blank
 * @param platform the platform, not null
 * @param authorId the id of the deleted message's author, if the platform says
 * @param deletedAt when it was deleted, if the platform says
 * @param attributes platform-specific facts, keyed by names the adapter documents; not null, copied
 * @since 0.2.0
 */
public record Deletion(String messageId, Platform platform, Optional<String> authorId,
    Optional<Instant> deletedAt, Map<String, String> attributes) {

  /**
   * Validates and copies the components.
   *
   * @param messageId the platform's id of the deleted message, not blank
   * @param platform the platform, not null
   * @param authorId the id of the deleted message's author, if the platform says
   * @param deletedAt when it was deleted, if the platform says
   * @param attributes platform-specific facts, keyed by names the adapter documents; not null,
   *     copied
   */
  public Deletion {
    Checks.requireNonBlank(messageId, "messageId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(authorId, "authorId");
    authorId.ifPresent(a -> Checks.requireNonBlank(a, "authorId"));
    Objects.requireNonNull(deletedAt, "deletedAt");
    attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * A deletion known only by the message id.
   *
   * @param platform the platform, not null
   * @param messageId the deleted message's id, not blank
   * @return the deletion
   */
  public static Deletion of(Platform platform, String messageId) {
    return new Deletion(messageId, platform, Optional.empty(), Optional.empty(), Map.of());
  }

  @Override
  public String toString() {
    return "Deletion[messageId=" + messageId + ", platform=" + platform + ", deletedAt="
        + deletedAt.map(Instant::toString).orElse("unknown") + ", attributes="
        + attributes.keySet() + "]";
  }
}
