package io.replyguard.twitter;

import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.PayloadException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Parses X payloads into messages. Stateless; one instance per adapter configuration.
 * Thread-safe (immutable).
 */
final class PayloadParser {
  /** X's referenced-post type names: lower-case words joined by underscores, at most 32 long. */
  private static final java.util.function.Predicate<String> TYPE_NAME = t -> t.length() <= 32
      && t.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '_') && t.charAt(0) != '_';

  /** v1.1 {@code created_at}, e.g. {@code Wed Oct 10 20:19:24 +0000 2018}. */
  private static final DateTimeFormatter V1_CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private final Optional<String> pageUserId;

  PayloadParser(Optional<String> pageUserId) {
    this.pageUserId = pageUserId;
  }

  List<Message> parse(String json) {
    JsonCursor root = JsonCursor.parse(json, PayloadException::new).requireObject();
    Map<String, Message> byId = new LinkedHashMap<>();
    Optional<String> forUser = root.optField("for_user_id").map(PayloadParser::nonBlankId);
    Optional<String> page = forUser.or(() -> pageUserId);
    boolean recognized = false;
    if (root.has("data")) {
      recognized = true;
      Map<String, UserInfo> users = includedUsers(root);
      JsonCursor data = root.field("data");
      List<JsonCursor> items = data.node().isArray() ? data.elements() : List.of(data);
      for (JsonCursor item : items) {
        item.requireObject();
        if (item.has("event_type")) {
          dmEventV2(item, users, page).ifPresent(m -> byId.putIfAbsent(m.id(), m));
        } else {
          add(byId, postV2(item, users, page));
        }
      }
    }
    if (root.has("tweet_create_events")) {
      recognized = true;
      Map<String, UserInfo> users = includedUsers(root);
      for (JsonCursor item : root.field("tweet_create_events").elements()) {
        item.requireObject();
        boolean v1 = item.has("id_str") || item.has("user");
        add(byId, v1 ? postV1(item, page) : postV2(item, users, page));
      }
    }
    if (root.has("direct_message_events")) {
      recognized = true;
      Map<String, UserInfo> users = webhookUsers(root);
      for (JsonCursor item : root.field("direct_message_events").elements()) {
        dmEventV1(item, users, page).ifPresent(m -> byId.putIfAbsent(m.id(), m));
      }
    }
    if (!recognized) {
      if (root.has("errors")) {
        throw new PayloadException("/data", "required key 'data' is missing; the payload is an"
            + " X API error response (see /errors)");
      }
      if (!forUser.isPresent()) {
        throw new PayloadException("", "not an X payload: expected 'data', 'tweet_create_events'"
            + " or 'direct_message_events' (or 'for_user_id' for other webhook events)");
      }
      // An Account Activity body with other events only (follows, likes, deletes...).
    }
    return List.copyOf(byId.values());
  }

  private static void add(Map<String, Message> byId, Message m) {
    byId.putIfAbsent(m.id(), m);
  }

  // ---------------------------------------------------------------- v2 post objects

  private Message postV2(JsonCursor post, Map<String, UserInfo> users, Optional<String> page) {
    String id = nonBlankId(post.field("id"));
    String text = post.optField("note_tweet").flatMap(n -> n.optField("text"))
        .map(JsonCursor::asString).orElseGet(() -> post.field("text").asString());
    Message.Builder b = Message.builder(Platform.TWITTER, Visibility.PUBLIC, unescape(text)).id(id);
    b.attribute(TwitterAdapter.ATTR_KIND, "post").attribute(TwitterAdapter.ATTR_FORMAT, "v2");
    Optional<String> authorId = post.optField("author_id").map(PayloadParser::nonBlankId);
    authorId.ifPresent(a -> b.author(users.getOrDefault(a, UserInfo.EMPTY).author(a)));
    post.optField("created_at").ifPresent(c -> b.createdAt(
        c.asParsed("an ISO-8601 instant such as \"2026-11-23T09:15:00.000Z\"", Instant::parse)));
    post.optField("lang").ifPresent(l -> locale(l.asString()).ifPresent(b::locale));
    post.optField("conversation_id").ifPresent(c -> b.conversationId(nonBlankId(c)));
    Optional<String> inReplyToUser = post.optField("in_reply_to_user_id")
        .map(PayloadParser::nonBlankId);
    post.optField("referenced_tweets").ifPresent(refs -> {
      for (JsonCursor ref : refs.elements()) {
        String type = ref.field("type").asNonBlankString();
        String refId = nonBlankId(ref.field("id"));
        switch (type) {
          case "replied_to" -> b.inReplyTo(refId);
          case "quoted" -> b.attribute(TwitterAdapter.ATTR_QUOTED_ID, refId);
          case "retweeted" -> b.attribute(TwitterAdapter.ATTR_RETWEETED_ID, refId);
          // an attribute key is made of the type only when it looks like one of X's type names;
          // anything else (it could carry personal data) is kept under one fixed key
          default -> b.attribute(TYPE_NAME.test(type) ? TwitterAdapter.ATTR_REFERENCED_PREFIX + type
              : TwitterAdapter.ATTR_REFERENCED_OTHER, refId);
        }
      }
    });
    pageFacts(b, page, authorId, inReplyToUser);
    return b.build();
  }

  private static Map<String, UserInfo> includedUsers(JsonCursor root) {
    Map<String, UserInfo> users = new HashMap<>();
    root.optField("includes").flatMap(i -> i.optField("users")).ifPresent(list -> {
      for (JsonCursor u : list.elements()) {
        String id = nonBlankId(u.field("id"));
        OptionalLong followers = u.optField("public_metrics")
            .flatMap(pm -> pm.optField("followers_count"))
            .map(PayloadParser::followers).orElse(OptionalLong.empty());
        users.putIfAbsent(id, new UserInfo(u.optField("username").map(JsonCursor::asString),
            u.optField("name").map(JsonCursor::asString), followers));
      }
    });
    return users;
  }

  // ---------------------------------------------------------------- v1.1 post objects

  private Message postV1(JsonCursor post, Optional<String> page) {
    String id = nonBlankId(post.field("id_str"));
    String text = post.optField("extended_tweet").flatMap(e -> e.optField("full_text"))
        .or(() -> post.optField("full_text"))
        .orElseGet(() -> post.field("text")).asString();
    Message.Builder b = Message.builder(Platform.TWITTER, Visibility.PUBLIC, unescape(text)).id(id);
    b.attribute(TwitterAdapter.ATTR_KIND, "post").attribute(TwitterAdapter.ATTR_FORMAT, "v1.1");
    JsonCursor user = post.field("user");
    String authorId = nonBlankId(user.field("id_str"));
    OptionalLong followers = user.optField("followers_count").map(PayloadParser::followers)
        .orElse(OptionalLong.empty());
    b.author(new UserInfo(user.optField("screen_name").map(JsonCursor::asString),
        user.optField("name").map(JsonCursor::asString), followers).author(authorId));
    post.optField("created_at").ifPresent(c -> b.createdAt(c.asParsed(
        "a date such as \"Wed Oct 10 20:19:24 +0000 2018\"",
        s -> ZonedDateTime.parse(s, V1_CREATED_AT).toInstant())));
    post.optField("lang").ifPresent(l -> locale(l.asString()).ifPresent(b::locale));
    post.optField("in_reply_to_status_id_str").ifPresent(r -> b.inReplyTo(nonBlankId(r)));
    Optional<String> inReplyToUser = post.optField("in_reply_to_user_id_str")
        .map(PayloadParser::nonBlankId);
    post.optField("quoted_status_id_str")
        .ifPresent(q -> b.attribute(TwitterAdapter.ATTR_QUOTED_ID, nonBlankId(q)));
    post.optField("retweeted_status").ifPresent(rt -> b.attribute(
        TwitterAdapter.ATTR_RETWEETED_ID, nonBlankId(rt.field("id_str"))));
    pageFacts(b, page, Optional.of(authorId), inReplyToUser);
    return b.build();
  }

  // ---------------------------------------------------------------- direct messages

  /** Account Activity {@code direct_message_events[]} entry; other event types are skipped. */
  private Optional<Message> dmEventV1(JsonCursor event, Map<String, UserInfo> users,
      Optional<String> page) {
    event.requireObject();
    String type = event.field("type").asNonBlankString();
    if (!type.equals("message_create")) {
      return Optional.empty();
    }
    String id = nonBlankId(event.field("id"));
    JsonCursor create = event.field("message_create");
    String sender = nonBlankId(create.field("sender_id"));
    String text = create.field("message_data").field("text").asString();
    Message.Builder b = Message.builder(Platform.TWITTER, Visibility.PRIVATE, unescape(text)).id(id);
    b.attribute(TwitterAdapter.ATTR_KIND, "dm").attribute(TwitterAdapter.ATTR_FORMAT, "v1.1");
    b.author(users.getOrDefault(sender, UserInfo.EMPTY).author(sender));
    event.optField("created_timestamp").ifPresent(t -> b.createdAt(epochMillis(t)));
    create.optField("target").flatMap(t -> t.optField("recipient_id")).ifPresent(
        r -> b.attribute(TwitterAdapter.ATTR_RECIPIENT_ID, nonBlankId(r)));
    pageFacts(b, page, Optional.of(sender), Optional.empty());
    return Optional.of(b.build());
  }

  /** v2 DM event ({@code GET /2/dm_events}); only {@code MessageCreate} events are messages. */
  private Optional<Message> dmEventV2(JsonCursor event, Map<String, UserInfo> users,
      Optional<String> page) {
    String type = event.field("event_type").asNonBlankString();
    if (!type.equals("MessageCreate")) {
      return Optional.empty();
    }
    String id = nonBlankId(event.field("id"));
    String sender = nonBlankId(event.field("sender_id"));
    String text = event.field("text").asString();
    Message.Builder b = Message.builder(Platform.TWITTER, Visibility.PRIVATE, unescape(text)).id(id);
    b.attribute(TwitterAdapter.ATTR_KIND, "dm").attribute(TwitterAdapter.ATTR_FORMAT, "v2");
    b.author(users.getOrDefault(sender, UserInfo.EMPTY).author(sender));
    event.optField("created_at").ifPresent(c -> b.createdAt(
        c.asParsed("an ISO-8601 instant such as \"2026-11-23T09:15:00.000Z\"", Instant::parse)));
    event.optField("dm_conversation_id").ifPresent(c -> b.conversationId(nonBlankId(c)));
    pageFacts(b, page, Optional.of(sender), Optional.empty());
    return Optional.of(b.build());
  }

  private static Map<String, UserInfo> webhookUsers(JsonCursor root) {
    Map<String, UserInfo> users = new HashMap<>();
    root.optField("users").ifPresent(map -> map.fields().forEach((key, u) -> {
      u.requireObject();
      String id = u.optField("id").map(PayloadParser::nonBlankId).orElse(key);
      OptionalLong followers = u.optField("followers_count").map(PayloadParser::followers)
          .orElse(OptionalLong.empty());
      users.putIfAbsent(id, new UserInfo(u.optField("screen_name").map(JsonCursor::asString),
          u.optField("name").map(JsonCursor::asString), followers));
    }));
    return users;
  }

  // ---------------------------------------------------------------- helpers

  private static void pageFacts(Message.Builder b, Optional<String> page, Optional<String> author,
      Optional<String> inReplyToUser) {
    inReplyToUser.ifPresent(u -> b.attribute(TwitterAdapter.ATTR_IN_REPLY_TO_USER_ID, u));
    page.ifPresent(p -> {
      b.attribute(TwitterAdapter.ATTR_FOR_USER_ID, p);
      author.ifPresent(a -> b.attribute(TwitterAdapter.ATTR_FROM_PAGE, String.valueOf(a.equals(p))));
      b.attribute(TwitterAdapter.ATTR_REPLY_TO_PAGE,
          String.valueOf(inReplyToUser.equals(Optional.of(p))));
    });
  }

  private static Instant epochMillis(JsonCursor c) {
    long ms;
    if (c.node().isIntegralNumber()) {
      ms = c.asLong();
    } else {
      ms = c.asParsed("epoch milliseconds such as \"1700000000000\"", Long::parseLong);
    }
    if (ms < 0) {
      throw c.error("epoch milliseconds must not be negative");
    }
    return Instant.ofEpochMilli(ms);
  }

  private static OptionalLong followers(JsonCursor c) {
    long n = c.asLong();
    if (n < 0) {
      throw c.error("follower count must not be negative");
    }
    return OptionalLong.of(n);
  }

  private static String nonBlankId(JsonCursor c) {
    String s = c.asId();
    if (s.isBlank()) {
      throw c.error("id must not be blank");
    }
    return s;
  }

  /** de and en are the languages Replyguard serves; X's other codes ("und", "qme"...) are none. */
  static Optional<Locale> locale(String lang) {
    String l = lang.toLowerCase(Locale.ROOT);
    if (l.equals("de") || l.startsWith("de-")) {
      return Optional.of(Locale.GERMAN);
    }
    if (l.equals("en") || l.startsWith("en-")) {
      return Optional.of(Locale.ENGLISH);
    }
    return Optional.empty();
  }

  /** X escapes {@code &}, {@code <} and {@code >} in post and DM text as HTML entities. */
  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '&') {
        if (text.startsWith("&amp;", i)) {
          sb.append('&');
          i += 5;
          continue;
        }
        if (text.startsWith("&lt;", i)) {
          sb.append('<');
          i += 4;
          continue;
        }
        if (text.startsWith("&gt;", i)) {
          sb.append('>');
          i += 4;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** What the payload tells about a user besides the id. */
  private record UserInfo(Optional<String> handle, Optional<String> name, OptionalLong followers) {
    static final UserInfo EMPTY = new UserInfo(Optional.empty(), Optional.empty(),
        OptionalLong.empty());

    Author author(String id) {
      return new Author(id, handle, name, followers);
    }
  }
}
