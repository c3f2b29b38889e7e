package io.replyguard.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply draft written by an agent, to be checked before it is posted. The text may contain
 * personal data: {@link #toString()} shows only its length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the draft text, not null (may be empty)
 * @param platform the platform it will be posted on, not null
 * @param visibility public reply or private message, not null
 * @param inReplyTo the customer message it answers, if any
 * @param locale the draft's language, if known (otherwise the configured default)
 * @param now the moment the draft is checked or sent, if given (otherwise the engine's clock)
 * @param attributes platform-specific facts documented by the adapters (for example
 *     {@code facebook.privateReplySent = true}); not null, copied
 *
 * @since 0.1.0
 */
public record Draft(
    String text,
    Platform platform,
    Visibility visibility,
    Optional<Message> inReplyTo,
    Optional<Locale> locale,
    Optional<Instant> now,
    Map<String, String> attributes) {

  /**
   * Validates and copies the components.
   *
   * @param text the draft text, not null (may be empty)
   * @param platform the platform it will be posted on, not null
   * @param visibility public reply or private message, not null
   * @param inReplyTo the customer message it answers, if any
   * @param locale the draft's language, if known (otherwise the configured default)
   * @param now the moment the draft is checked or sent, if given (otherwise the engine's clock)
   * @param attributes platform-specific facts documented by the adapters (for example     {@code facebook.privateReplySent = true}); not null, copied
   */
  public Draft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(now, "now");
    attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * A draft with no context.
   *
   * @param text the text, not null
   * @param platform the platform, not null
   * @param visibility the visibility, not null
   * @return the draft
   */
  public static Draft of(String text, Platform platform, Visibility visibility) {
    return new Draft(text, platform, visibility, Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of());
  }

  /**
   * A copy answering the given message.
   *
   * @param message not null
   * @return a new draft
   */
  public Draft inReplyTo(Message message) {
    return new Draft(text, platform, visibility, Optional.of(message), locale, now, attributes);
  }

  /**
   * A copy with the given locale.
   *
   * @param value not null
   * @return a new draft
   */
  public Draft withLocale(Locale value) {
    return new Draft(text, platform, visibility, inReplyTo, Optional.of(value), now, attributes);
  }

  /**
   * A copy checked at the given moment.
   *
   * @param value not null
   * @return a new draft
   */
  public Draft at(Instant value) {
    return new Draft(text, platform, visibility, inReplyTo, locale, Optional.of(value), attributes);
  }

  /**
   * A copy with one more attribute.
   *
   * @param key not null
   * @param value not null
   * @return a new draft
   */
  public Draft withAttribute(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(attributes);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Draft(text, platform, visibility, inReplyTo, locale, now, copy);
  }

  @Override
  public String toString() {
    return "Draft[platform=" + platform + ", visibility=" + visibility + ", text=<"
        + text.length() + " chars>, inReplyTo=" + inReplyTo.map(Message::id).orElse("none") + "]";
  }
}
