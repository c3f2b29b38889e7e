package io.replyguard.facebook;

import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.PayloadException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Parses Facebook Page webhook bodies ({@code "object":"page"}) into messages. Stateless; internal.
 * See {@link FacebookAdapter#parse(String)} for the contract.
 */
final class WebhookParser {
  private static final Set<String> VERBS = Set.of("add", "edited", "remove");
  /** Facebook's own form, e.g. {@code 2026-11-20T10:15:30+0000}. */
  private static final DateTimeFormatter FACEBOOK_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]xx");

  private WebhookParser() {}

  static List<Message> parse(String json) {
    JsonCursor root = JsonCursor.parse(json, PayloadException::new).requireObject();
    JsonCursor object = root.field("object");
    if (!"page".equals(object.asString())) {
      throw object.error("unsupported webhook object; expected \"page\"");
    }
    List<Message> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonCursor entry : root.field("entry").elements()) {
      entry.requireObject();
      String pageId = id(entry.field("id"));
      Optional<JsonCursor> changes = entry.optField("changes");
      if (changes.isPresent()) {
        for (JsonCursor change : changes.get().elements()) {
          comment(change, pageId).ifPresent(m -> add(out, seen, "comment " + m.id() + " "
              + m.attributes().get(FacebookAdapter.ATTR_VERB), m));
        }
      }
      Optional<JsonCursor> messaging = entry.optField("messaging");
      if (messaging.isPresent()) {
        for (JsonCursor event : messaging.get().elements()) {
          messenger(event, pageId).ifPresent(m -> add(out, seen, "mid " + m.id(), m));
        }
      }
    }
    return List.copyOf(out);
  }

  private static void add(List<Message> out, Set<String> seen, String key, Message m) {
    if (seen.add(key)) {
      out.add(m);
    }
  }

  private static Optional<Message> comment(JsonCursor change, String pageId) {
    change.requireObject();
    if (!"feed".equals(change.field("field").asString())) {
      return Optional.empty();
    }
    JsonCursor value = change.field("value").requireObject();
    if (!"comment".equals(value.field("item").asString())) {
      return Optional.empty(); // status, post, photo, reaction, share, ...: not a customer message
    }
    String verb = value.field("verb").asString();
    if (!VERBS.contains(verb)) {
      return Optional.empty(); // e.g. hide/unhide notifications: nothing to answer
    }
    boolean removed = verb.equals("remove");
    String commentId = id(value.field("comment_id"));
    String postId = id(value.field("post_id"));
    Optional<String> parentId = value.optField("parent_id").map(WebhookParser::id);
    Optional<JsonCursor> from = removed ? value.optField("from") : Optional.of(value.field("from"));
    Optional<Instant> created = removed
        ? value.optField("created_time").map(WebhookParser::createdTime)
        : Optional.of(createdTime(value.field("created_time")));
    String text = removed ? "" : value.optField("message").map(JsonCursor::asString).orElse("");
    Message.Builder b = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, text)
        .id(commentId)
        .inReplyTo(parentId.orElse(postId))
        .conversationId(postId)
        .attribute(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_COMMENT)
        .attribute(FacebookAdapter.ATTR_VERB, verb)
        .attribute(FacebookAdapter.ATTR_POST_ID, postId)
        .attribute(FacebookAdapter.ATTR_PAGE_ID, pageId);
    parentId.ifPresent(p -> b.attribute(FacebookAdapter.ATTR_PARENT_ID, p));
    from.ifPresent(f -> b.author(author(f)));
    created.ifPresent(b::createdAt);
    return Optional.of(b.build());
  }

  private static Author author(JsonCursor from) {
    from.requireObject();
    String id = id(from.field("id"));
    Optional<String> name = from.optField("name").map(JsonCursor::asString);
    return new Author(id, Optional.empty(), name, OptionalLong.empty());
  }

  private static Optional<Message> messenger(JsonCursor event, String pageId) {
    event.requireObject();
    Optional<JsonCursor> message = event.optField("message");
    if (message.isEmpty()) {
      return Optional.empty(); // delivery, read, postback, reaction, optin, referral, ...
    }
    JsonCursor msg = message.get().requireObject();
    String senderId = id(event.field("sender").field("id"));
    String recipientId = id(event.field("recipient").field("id"));
    Instant timestamp = epochMillis(event.field("timestamp"));
    String mid = id(msg.field("mid"));
    boolean echo = msg.optField("is_echo").map(JsonCursor::asBoolean).orElse(false);
    String text = msg.optField("text").map(JsonCursor::asString).orElse("");
    String psid = echo ? recipientId : senderId;
    return Optional.of(Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, text)
        .id(mid)
        .author(Author.of(senderId))
        .createdAt(timestamp)
        .conversationId(psid)
        .attribute(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_MESSENGER)
        .attribute(FacebookAdapter.ATTR_PAGE_ID, pageId)
        .attribute(FacebookAdapter.ATTR_PSID, psid)
        .attribute(FacebookAdapter.ATTR_IS_ECHO, Boolean.toString(echo))
        .build());
  }

  /** A string or integer id, not blank. */
  static String id(JsonCursor c) {
    String s = c.asId();
    if (s.isBlank()) {
      throw c.error("must not be blank");
    }
    return s;
  }

  /** Epoch seconds (integer) or an ISO-8601 date-time with offset (also Facebook's +0000 form). */
  private static Instant createdTime(JsonCursor c) {
    if (c.node().isNumber()) {
      long seconds = nonNegative(c);
      try {
        return Instant.ofEpochSecond(seconds);
      } catch (DateTimeException e) {
        throw c.error("epoch seconds out of range");
      }
    }
    if (!c.node().isTextual()) {
      throw c.error("expected epoch seconds or an ISO-8601 date-time");
    }
    return c.asParsed("an ISO-8601 date-time with offset", WebhookParser::parseTime);
  }

  private static Instant parseTime(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException e) {
      return OffsetDateTime.parse(s, FACEBOOK_TIME).toInstant();
    }
  }

  private static Instant epochMillis(JsonCursor c) {
    if (!c.node().isNumber()) {
      throw c.error("expected epoch milliseconds (an integer)");
    }
    return Instant.ofEpochMilli(nonNegative(c));
  }

  private static long nonNegative(JsonCursor c) {
    long v = c.asLong();
    if (v < 0) {
      throw c.error("must not be negative");
    }
    return v;
  }
}
