package io.replyguard.twitter;

import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Author;
import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PayloadProblem;
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
import java.util.Set;

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

  /** Account Activity keys of events that are no messages: recognised and skipped. */
  private static final Set<String> OTHER_ACTIVITY_EVENTS = Set.of("favorite_events",
      "follow_events", "unfollow_events", "block_events", "unblock_events", "mute_events",
      "unmute_events", "user_event", "direct_message_indicate_typing_events",
      "direct_message_mark_read_events", "tweet_delete_events");
  /** Compliance-stream event keys other than {@code delete}: recognised and skipped. */
  private static final Set<String> OTHER_COMPLIANCE_EVENTS = Set.of("tweet_edit", "withheld",
      "drop", "undrop", "scrub_geo", "user_delete", "user_undelete", "user_withheld",
      "user_protect", "user_unprotect", "user_suspend", "user_unsuspend", "user_profile_modification");

  /** Collects one payload's results in order, dropping duplicates by id. */
  private static final class Out {
    final Map<String, Message> messages = new LinkedHashMap<>();
    final Map<String, Deletion> deletions = new LinkedHashMap<>();
    final List<PayloadProblem> problems = new ArrayList<>();

    void message(Message m) {
      messages.putIfAbsent(m.id(), m);
    }

    void deletion(Deletion d) {
      deletions.putIfAbsent(d.messageId(), d);
    }

    /** Runs one part of the payload; its failure is a problem, not the payload's. */
    void isolated(JsonCursor item, java.util.function.Consumer<JsonCursor> part) {
      try {
        part.accept(item);
      } catch (PayloadException e) {
        problems.add(PayloadProblem.of(e));
      }
    }

    ParsedPayload result() {
      return new ParsedPayload(List.copyOf(messages.values()), List.copyOf(deletions.values()),
          problems);
    }
  }

  ParsedPayload parse(String json) {
    JsonCursor root = JsonCursor.parse(json, PayloadException::new).requireObject();
    Out out = new Out();
    Optional<String> forUser = root.optField("for_user_id").map(PayloadParser::nonBlankId);
    Optional<String> page = forUser.or(() -> pageUserId);
    boolean recognized = false;
    if (root.has("data")) {
      recognized = true;
      Map<String, UserInfo> users = includedUsers(root);
      Map<String, String> includedTexts = includedTweetTexts(root);
      JsonCursor data = root.field("data");
      if (data.node().isObject() && !data.has("id")) {
        dataWithoutId(data, out);
      } else {
        List<JsonCursor> items = data.node().isArray() ? data.elements() : List.of(data);
        for (JsonCursor item : items) {
          out.isolated(item, i -> {
            i.requireObject();
            if (i.has("event_type")) {
              dmEventV2(i, users, page).ifPresent(out::message);
            } else {
              out.message(postV2(i, users, includedTexts, page));
            }
          });
        }
      }
    }
    if (root.has("tweet_create_events")) {
      recognized = true;
      Map<String, UserInfo> users = includedUsers(root);
      for (JsonCursor item : root.field("tweet_create_events").elements()) {
        out.isolated(item, i -> {
          i.requireObject();
          boolean v1 = i.has("id_str") || i.has("user");
          out.message(v1 ? postV1(i, page) : postV2(i, users, Map.of(), page));
        });
      }
    }
    if (root.has("direct_message_events")) {
      recognized = true;
      Map<String, UserInfo> users = webhookUsers(root);
      for (JsonCursor item : root.field("direct_message_events").elements()) {
        out.isolated(item, i -> dmEventV1(i, users, page).ifPresent(out::message));
      }
    }
    if (root.has("tweet_delete_events")) {
      recognized = true;
      for (JsonCursor item : root.field("tweet_delete_events").elements()) {
        out.isolated(item, i -> out.deletion(deletionV1(i, forUser)));
      }
    }
    if (!recognized && root.has("delete")) {
      recognized = true; // v1.1 stream: {"delete":{"status":{...},"timestamp_ms":"..."}}
      out.isolated(root.field("delete"), d -> out.deletion(deletionV1(d, forUser)));
    }
    if (!recognized && root.has("id_str") && root.has("user")) {
      recognized = true; // a bare v1.1 status (REST or stream)
      out.message(postV1(root, page));
    }
    if (!recognized) {
      if (root.has("errors")) {
        throw new PayloadException("/data", "required key 'data' is missing; the payload is an"
            + " X API error response (see /errors)");
      }
      boolean otherEvents = root.fields().keySet().stream()
          .anyMatch(OTHER_ACTIVITY_EVENTS::contains);
      if (!forUser.isPresent() && !otherEvents && !root.has("meta")) {
        throw new PayloadException("", "not an X payload: expected a v2 response ('data', or"
            + " 'meta' for an empty page), an Account Activity body ('for_user_id',"
            + " 'tweet_create_events', 'direct_message_events', 'tweet_delete_events', 'user_event',"
            + " ...), a v1.1 status ('id_str' and 'user') or a stream deletion ('delete')");
      }
      // An empty v2 page ({"meta":{"result_count":0}}) or an Account Activity body with other
      // events only (follows, likes, revokes...): no messages.
    }
    return out.result();
  }

  /**
   * A {@code data} object without {@code id}: a compliance-stream event ({@code delete} is a
   * deletion signal, the others are skipped) or a DM send receipt, which holds no message.
   */
  private static void dataWithoutId(JsonCursor data, Out out) {
    if (data.has("delete")) {
      out.isolated(data.field("delete"), d -> {
        JsonCursor tweet = d.field("tweet");
        String id = nonBlankId(tweet.field("id"));
        Optional<String> author = tweet.optField("author_id").map(PayloadParser::nonBlankId);
        Optional<Instant> at = d.optField("event_at").map(e -> e.asParsed(
            "an ISO-8601 instant such as \"2022-12-23T12:34:56.789Z\"", Instant::parse));
        out.deletion(new Deletion(id, Platform.TWITTER, author, at,
            Map.of(TwitterAdapter.ATTR_KIND, "post")));
      });
      return;
    }
    if (data.fields().keySet().stream().anyMatch(OTHER_COMPLIANCE_EVENTS::contains)) {
      return;
    }
    if (data.has("dm_event_id")) {
      throw data.error("a DM send receipt (dm_conversation_id, dm_event_id) carries no message;"
          + " read the event with GET /2/dm_events/{id}");
    }
    data.field("id"); // names /data/id as the missing key
  }

  /** {@code tweet_delete_events[]} entry or v1.1 stream {@code delete}: a deletion signal. */
  private static Deletion deletionV1(JsonCursor event, Optional<String> forUser) {
    event.requireObject();
    JsonCursor status = event.field("status");
    String id = nonBlankId(status.optField("id_str").orElseGet(() -> status.field("id")));
    Optional<String> author = status.optField("user_id_str").or(() -> status.optField("user_id"))
        .map(PayloadParser::nonBlankId);
    Optional<Instant> at = event.optField("timestamp_ms").map(PayloadParser::epochMillis);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put(TwitterAdapter.ATTR_KIND, "post");
    forUser.ifPresent(u -> attrs.put(TwitterAdapter.ATTR_FOR_USER_ID, u));
    return new Deletion(id, Platform.TWITTER, author, at, attrs);
  }

  // ---------------------------------------------------------------- v2 post objects

  private Message postV2(JsonCursor post, Map<String, UserInfo> users,
      Map<String, String> includedTexts, Optional<String> page) {
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
          case "retweeted" -> {
            b.attribute(TwitterAdapter.ATTR_RETWEETED_ID, refId);
            Optional.ofNullable(includedTexts.get(refId))
                .ifPresent(t -> b.attribute(TwitterAdapter.ATTR_RETWEETED_TEXT, t));
          }
          // an attribute key is made of the type only when it looks like one of X's type names;
          // anything else (it could carry personal data) is kept under one fixed key
          default -> b.attribute(TYPE_NAME.test(type) ? TwitterAdapter.ATTR_REFERENCED_PREFIX + type
              : TwitterAdapter.ATTR_REFERENCED_OTHER, refId);
        }
      }
    });
    editHistory(post, "edit_history_tweet_ids", b);
    pageFacts(b, page, authorId, inReplyToUser);
    return b.build();
  }

  /**
   * {@code edit_history_tweet_ids} (v2) or {@code edit_history.edit_tweet_ids} (v1.1): all
   * versions of a post, oldest first; every version carries the first id as its original.
   */
  private static void editHistory(JsonCursor holder, String key, Message.Builder b) {
    Optional<JsonCursor> history = holder.optField(key);
    if (history.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    for (JsonCursor h : history.get().elements()) {
      ids.add(nonBlankId(h));
    }
    if (ids.isEmpty()) {
      throw history.get().error("must list at least the post's own id");
    }
    b.attribute(TwitterAdapter.ATTR_EDIT_HISTORY_IDS, String.join(",", ids));
    b.attribute(TwitterAdapter.ATTR_ORIGINAL_ID, ids.get(0));
  }

  /** The full texts of {@code includes.tweets[]} by id (for retweets, whose own text is cut). */
  private static Map<String, String> includedTweetTexts(JsonCursor root) {
    Map<String, String> texts = new HashMap<>();
    root.optField("includes").flatMap(i -> i.optField("tweets")).ifPresent(list -> {
      for (JsonCursor t : list.elements()) {
        t.requireObject();
        Optional<JsonCursor> id = t.optField("id");
        Optional<String> text = t.optField("note_tweet").flatMap(n -> n.optField("text"))
            .or(() -> t.optField("text")).map(JsonCursor::asString);
        if (id.isPresent() && text.isPresent()) {
          texts.putIfAbsent(nonBlankId(id.get()), unescape(text.get()));
        }
      }
    });
    return texts;
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
    post.optField("retweeted_status").ifPresent(rt -> {
      b.attribute(TwitterAdapter.ATTR_RETWEETED_ID, nonBlankId(rt.field("id_str")));
      b.attribute(TwitterAdapter.ATTR_RETWEETED_TEXT, unescape(rt.optField("extended_tweet")
          .flatMap(e -> e.optField("full_text")).or(() -> rt.optField("full_text"))
          .orElseGet(() -> rt.field("text")).asString()));
    });
    post.optField("edit_history").flatMap(h -> h.optField("edit_tweet_ids"))
        .ifPresent(ids -> editHistory(post.field("edit_history"), "edit_tweet_ids", b));
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
    // sender_id is not among the default dm_event.fields: then the author is unknown.
    Optional<String> sender = event.optField("sender_id").map(PayloadParser::nonBlankId);
    String text = event.field("text").asString();
    Message.Builder b = Message.builder(Platform.TWITTER, Visibility.PRIVATE, unescape(text)).id(id);
    b.attribute(TwitterAdapter.ATTR_KIND, "dm").attribute(TwitterAdapter.ATTR_FORMAT, "v2");
    sender.ifPresent(s -> b.author(users.getOrDefault(s, UserInfo.EMPTY).author(s)));
    event.optField("created_at").ifPresent(c -> b.createdAt(
        c.asParsed("an ISO-8601 instant such as \"2026-11-23T09:15:00.000Z\"", Instant::parse)));
    event.optField("dm_conversation_id").ifPresent(c -> b.conversationId(nonBlankId(c)));
    pageFacts(b, page, sender, Optional.empty());
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
