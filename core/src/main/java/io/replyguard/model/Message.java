package io.replyguard.model;

import io.replyguard.internal.Checks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound message from a customer: a post, reply, comment, direct message or Messenger message.
 * The text is personal data: {@link #toString()} shows only its length.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(Platform, Visibility, String)}.
 *
 * @param id the platform's id of the message, not blank
 * @param platform the platform, not null
 * @param visibility public or private, not null
 * @param author the author, if known
 * @param text the message text, not null (may be empty)
 * @param createdAt when it was posted, if known
 * @param locale the language, if known
 * @param inReplyTo the id of the message this one answers, if any
 * @param conversationId the platform's conversation or thread id, if any
 * @param attributes platform-specific facts, keyed by names documented by the adapter
 *     (for example {@code facebook.kind = comment}); not null, copied
 *
 * @since 0.1.0
 */
public record Message(
    String id,
    Platform platform,
    Visibility visibility,
    Optional<Author> author,
    String text,
    Optional<Instant> createdAt,
    Optional<Locale> locale,
    Optional<String> inReplyTo,
    Optional<String> conversationId,
    Map<String, String> attributes) {

  /**
   * Validates and copies the components.
   *
   * @param id the platform's id of the message, not blank
   * @param platform the platform, not null
   * @param visibility public or private, not null
   * @param author the author, if known
   * @param text the message text, not null (may be empty)
   * @param createdAt when it was posted, if known
   * @param locale the language, if known
   * @param inReplyTo the id of the message this one answers, if any
   * @param conversationId the platform's conversation or thread id, if any
   * @param attributes platform-specific facts, keyed by names documented by the adapter     (for example {@code facebook.kind = comment}); not null, copied
   */
  public Message {
    Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    Objects.requireNonNull(conversationId, "conversationId");
    attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * Starts a builder.
   *
   * @param platform the platform, not null
   * @param visibility public or private, not null
   * @param text the text, not null
   * @return a new builder; without {@link Builder#id} the built message gets a generated unique id
   */
  public static Builder builder(Platform platform, Visibility visibility, String text) {
    return new Builder(platform, visibility, text);
  }

  /**
   * A builder pre-filled with this message's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(platform, visibility, text).id(id);
    b.author = author;
    b.createdAt = createdAt;
    b.locale = locale;
    b.inReplyTo = inReplyTo;
    b.conversationId = conversationId;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * An attribute value.
   *
   * @param key the attribute key, not null
   * @return the value, if present
   */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public String toString() {
    return "Message[id=" + id + ", platform=" + platform + ", visibility=" + visibility
        + ", text=<" + text.length() + " chars>, createdAt=" + createdAt.map(Instant::toString).orElse("unknown")
        + ", attributes=" + attributes.keySet() + "]";
  }

  /** Builds {@link Message}s. Not thread-safe. */
  public static final class Builder {
    private final Platform platform;
    private final Visibility visibility;
    private final String text;
    private String id;
    private Optional<Author> author = Optional.empty();
    private Optional<Instant> createdAt = Optional.empty();
    private Optional<Locale> locale = Optional.empty();
    private Optional<String> inReplyTo = Optional.empty();
    private Optional<String> conversationId = Optional.empty();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(Platform platform, Visibility visibility, String text) {
      this.platform = Objects.requireNonNull(platform, "platform");
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Sets the id.
     *
     * @param id not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Checks.requireNonBlank(id, "id");
      return this;
    }

    /**
     * Sets the author.
     *
     * @param author not null
     * @return this builder
     */
    public Builder author(Author author) {
      this.author = Optional.of(author);
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param createdAt not null
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Optional.of(createdAt);
      return this;
    }

    /**
     * Sets the language.
     *
     * @param locale not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Optional.of(locale);
      return this;
    }

    /**
     * Sets the id of the message this one answers.
     *
     * @param inReplyTo not null
     * @return this builder
     */
    public Builder inReplyTo(String inReplyTo) {
      this.inReplyTo = Optional.of(inReplyTo);
      return this;
    }

    /**
     * Sets the conversation id.
     *
     * @param conversationId not null
     * @return this builder
     */
    public Builder conversationId(String conversationId) {
      this.conversationId = Optional.of(conversationId);
      return this;
    }

    /**
     * Adds a platform-specific attribute.
     *
     * @param key not null
     * @param value not null
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the message. A message whose id was not set gets a generated, unique id (a random
     * UUID, e.g. {@code "3f2b8c1e-…"}), so that two messages built without an id are never taken
     * for the same message (redelivery, edits, conversation state). Set the platform's id with
     * {@link #id(String)} whenever there is one.
     *
     * @return a new immutable message
     */
    public Message build() {
      String messageId = id != null ? id : java.util.UUID.randomUUID().toString();
      return new Message(messageId, platform, visibility, author, text, createdAt, locale, inReplyTo,
          conversationId, attributes);
    }
  }
}
