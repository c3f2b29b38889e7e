package io.replyguard.facebook;

import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Author;
import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PayloadProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Parses Facebook payloads into messages, deletion signals and problems: Page webhook bodies
 * ({@code "object":"page"}: feed, mention and ratings changes; Messenger {@code messaging} and
 * {@code standby} events) and Graph API comment objects (a single comment, a {@code data} list, a
 * post's {@code comments} edge). Stateless; internal. See {@link FacebookAdapter#parsePayload} for
 * the contract.
 *
 * <p>Each entry, change and Messenger event is parsed on its own: a bad one becomes a
 * {@link PayloadProblem} with its JSON Pointer and the others are still returned. Only a document
 * that cannot be read at all (malformed JSON, another webhook object, no recognisable shape)
 * throws.
 */
final class WebhookParser {
  /** Feed items that are messages a person wrote: comments and the post types of a feed. */
  private static final Set<String> POST_ITEMS = Set.of("post", "status", "photo", "video", "share");
  /** Verbs of new or changed content; {@code edited} (comments) and {@code edit} (posts). */
  private static final Set<String> CONTENT_VERBS = Set.of("add", "edited", "edit");
  /** Facebook's own form, e.g. {@code 2026-11-20T10:15:30+0000}. */
  private static final DateTimeFormatter FACEBOOK_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]xx");

  private WebhookParser() {}

  /** Collects one payload's results in order, dropping duplicates. */
  private static final class Out {
    final List<Message> messages = new ArrayList<>();
    final List<Deletion> deletions = new ArrayList<>();
    final List<PayloadProblem> problems = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    void message(String key, Message m) {
      if (seen.add(key)) {
        messages.add(m);
      }
    }

    void deletion(Deletion d) {
      if (seen.add("deleted " + d.messageId())) {
        deletions.add(d);
      }
    }

    ParsedPayload result() {
      return new ParsedPayload(messages, deletions, problems);
    }
  }

  /** A part of the payload that may fail on its own. */
  private interface Part {
    void parse() throws PayloadException;
  }

  private static void isolated(Out out, Part part) {
    try {
      part.parse();
    } catch (PayloadException e) {
      out.problems.add(PayloadProblem.of(e));
    }
  }

  static ParsedPayload parse(String json) {
    JsonCursor root = JsonCursor.parse(json, PayloadException::new).requireObject();
    if (root.has("entry") || root.node().path("object").isTextual()) {
      return webhook(root);
    }
    return graph(root);
  }

  // ---------------------------------------------------------------- webhook bodies

  private static ParsedPayload webhook(JsonCursor root) {
    JsonCursor object = root.field("object");
    if (!"page".equals(object.asString())) {
      throw object.error("unsupported webhook object; expected \"page\"");
    }
    Out out = new Out();
    for (JsonCursor entry : root.field("entry").elements()) {
      isolated(out, () -> entry(entry, out));
    }
    return out.result();
  }

  private static void entry(JsonCursor entry, Out out) {
    entry.requireObject();
    String pageId = id(entry.field("id"));
    Optional<JsonCursor> changes = entry.optField("changes");
    if (changes.isPresent()) {
      for (JsonCursor change : changes.get().elements()) {
        isolated(out, () -> change(change, pageId, out));
      }
    }
    for (String list : List.of("messaging", "standby")) {
      Optional<JsonCursor> events = entry.optField(list);
      if (events.isPresent()) {
        boolean standby = list.equals("standby");
        for (JsonCursor event : events.get().elements()) {
          isolated(out, () -> messenger(event, pageId, standby, out));
        }
      }
    }
  }

  private static void change(JsonCursor change, String pageId, Out out) {
    change.requireObject();
    String field = change.field("field").asString();
    switch (field) {
      case "feed" -> feed(change.field("value").requireObject(), pageId, false, out);
      case "mention" -> feed(change.field("value").requireObject(), pageId, true, out);
      case "ratings" -> rating(change.field("value").requireObject(), pageId, out);
      default -> { } // other page fields (conversations, leadgen, ...): no customer text
    }
  }

  /** A feed or mention change: comments and posts; reactions, likes, hide/unhide are skipped. */
  private static void feed(JsonCursor value, String pageId, boolean mention, Out out) {
    String item = value.field("item").asString();
    boolean comment = item.equals("comment");
    if (!comment && !POST_ITEMS.contains(item)) {
      return; // reaction, like, event, album, ...: nothing written to answer
    }
    String verb = value.field("verb").asString();
    boolean removed = verb.equals("remove");
    if (!removed && !CONTENT_VERBS.contains(verb)) {
      return; // hide, unhide, block, mute, ...: moderation notices, nothing to answer
    }
    String postId = id(value.field("post_id"));
    String messageId = comment ? id(value.field("comment_id")) : postId;
    Optional<String> parentId = comment ? value.optField("parent_id").map(WebhookParser::id)
        : Optional.empty();
    Optional<Author> author = author(value, !removed && !mention);
    Optional<Instant> created = comment && !removed && !mention
        ? Optional.of(createdTime(value.field("created_time")))
        : value.optField("created_time").map(WebhookParser::createdTime);
    String text = removed ? "" : value.optField("message").map(JsonCursor::asString).orElse("");
    Message.Builder b = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, text)
        .id(messageId)
        .attribute(FacebookAdapter.ATTR_KIND, comment ? FacebookAdapter.KIND_COMMENT
            : FacebookAdapter.KIND_POST)
        .attribute(FacebookAdapter.ATTR_VERB, verb)
        .attribute(FacebookAdapter.ATTR_POST_ID, postId)
        .attribute(FacebookAdapter.ATTR_PAGE_ID, pageId);
    if (comment) {
      b.inReplyTo(parentId.orElse(postId)).conversationId(postId);
      parentId.ifPresent(p -> b.attribute(FacebookAdapter.ATTR_PARENT_ID, p));
    } else {
      b.inReplyTo(pageId).conversationId(postId); // a post on (or about) the page addresses it
      b.attribute(FacebookAdapter.ATTR_ITEM, item);
    }
    if (mention) {
      b.attribute(FacebookAdapter.ATTR_FIELD, "mention");
    }
    author.ifPresent(a -> {
      b.author(a);
      b.attribute(FacebookAdapter.ATTR_FROM_PAGE, Boolean.toString(a.id().equals(pageId)));
    });
    created.ifPresent(b::createdAt);
    attachment(value, b);
    Message m = b.build();
    out.message(item + " " + messageId + " " + verb, m);
    if (removed) {
      out.deletion(deletion(messageId, author.map(Author::id), created, pageId, m));
    }
  }

  /** A {@code ratings} change: a review is a public message with its rating. */
  private static void rating(JsonCursor value, String pageId, Out out) {
    String item = value.field("item").asString();
    if (item.equals("comment")) {
      feed(value, pageId, false, out); // a comment on a review
      return;
    }
    if (!item.equals("rating")) {
      return;
    }
    String verb = value.field("verb").asString();
    boolean removed = verb.equals("remove");
    if (!removed && !CONTENT_VERBS.contains(verb)) {
      return;
    }
    String storyId = id(value.field("open_graph_story_id"));
    Optional<Author> author = value.optField("reviewer_id").map(r -> new Author(id(r),
        Optional.empty(), value.optField("reviewer_name").map(JsonCursor::asString),
        OptionalLong.empty()));
    Optional<Instant> created = value.optField("created_time").map(WebhookParser::createdTime);
    String text = removed ? ""
        : value.optField("review_text").map(JsonCursor::asString).orElse("");
    Message.Builder b = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, text)
        .id(storyId)
        .inReplyTo(pageId)
        .conversationId(storyId)
        .attribute(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_RATING)
        .attribute(FacebookAdapter.ATTR_VERB, verb)
        .attribute(FacebookAdapter.ATTR_PAGE_ID, pageId)
        .attribute(FacebookAdapter.ATTR_FIELD, "ratings");
    author.ifPresent(b::author);
    created.ifPresent(b::createdAt);
    value.optField("rating").ifPresent(r -> {
      long stars = r.asLong();
      if (stars < 1 || stars > 5) {
        throw r.error("a rating is 1 to 5 stars");
      }
      b.attribute(FacebookAdapter.ATTR_RATING, Long.toString(stars));
    });
    value.optField("recommendation_type").ifPresent(
        r -> b.attribute(FacebookAdapter.ATTR_RECOMMENDATION, r.asNonBlankString()));
    Message m = b.build();
    out.message("rating " + storyId + " " + verb, m);
    if (removed) {
      out.deletion(deletion(storyId, author.map(Author::id), created, pageId, m));
    }
  }

  /** The author: {@code from} (v2.11+), else {@code sender_id}/{@code sender_name} (older). */
  private static Optional<Author> author(JsonCursor value, boolean required) {
    Optional<JsonCursor> from = value.optField("from");
    if (from.isPresent()) {
      return Optional.of(author(from.get()));
    }
    Optional<JsonCursor> sender = value.optField("sender_id");
    if (sender.isPresent()) {
      return Optional.of(new Author(id(sender.get()), Optional.empty(),
          value.optField("sender_name").map(JsonCursor::asString), OptionalLong.empty()));
    }
    if (required) {
      throw new PayloadException(value.pointer() + "/from",
          "required key 'from' is missing (nor is the older 'sender_id' there)");
    }
    return Optional.empty();
  }

  private static Author author(JsonCursor from) {
    from.requireObject();
    String id = id(from.field("id"));
    Optional<String> name = from.optField("name").map(JsonCursor::asString);
    return new Author(id, Optional.empty(), name, OptionalLong.empty());
  }

  /** A photo or video link on a feed item or Graph comment: its type and URL as attributes. */
  private static void attachment(JsonCursor value, Message.Builder b) {
    Optional<JsonCursor> photo = value.optField("photo");
    Optional<JsonCursor> video = value.optField("video");
    if (photo.isPresent()) {
      b.attribute(FacebookAdapter.attachmentAttribute(0, "type"), "image")
          .attribute(FacebookAdapter.attachmentAttribute(0, "url"), photo.get().asString());
    } else if (video.isPresent()) {
      b.attribute(FacebookAdapter.attachmentAttribute(0, "type"), "video")
          .attribute(FacebookAdapter.attachmentAttribute(0, "url"), video.get().asString());
    } else if (value.has("attachment")) {
      JsonCursor a = value.field("attachment").requireObject();
      b.attribute(FacebookAdapter.attachmentAttribute(0, "type"),
          a.optField("type").map(JsonCursor::asNonBlankString).orElse("unknown"));
      a.optField("url").or(() -> a.optField("media").flatMap(m -> m.optField("image"))
              .flatMap(i -> i.optField("src")))
          .ifPresent(u -> b.attribute(FacebookAdapter.attachmentAttribute(0, "url"), u.asString()));
    }
  }

  private static Deletion deletion(String id, Optional<String> authorId, Optional<Instant> at,
      String pageId, Message m) {
    Map<String, String> attrs = new java.util.LinkedHashMap<>();
    attrs.put(FacebookAdapter.ATTR_KIND, m.attributes().get(FacebookAdapter.ATTR_KIND));
    attrs.put(FacebookAdapter.ATTR_PAGE_ID, pageId);
    return new Deletion(id, Platform.FACEBOOK, authorId, at, attrs);
  }

  // ---------------------------------------------------------------- Messenger

  private static void messenger(JsonCursor event, String pageId, boolean standby, Out out) {
    event.requireObject();
    Optional<JsonCursor> message = event.optField("message");
    Optional<JsonCursor> edit = event.optField("message_edit");
    Optional<JsonCursor> postback = event.optField("postback");
    if (message.isEmpty() && edit.isEmpty() && postback.isEmpty()) {
      return; // delivery, read, reaction, optin, referral, account_linking, handover, ...
    }
    String senderId = id(event.field("sender").field("id"));
    String recipientId = id(event.field("recipient").field("id"));
    Instant timestamp = epochMillis(event.field("timestamp"));
    if (message.isPresent()) {
      JsonCursor msg = message.get().requireObject();
      String mid = id(msg.field("mid"));
      if (msg.optField("is_deleted").map(JsonCursor::asBoolean).orElse(false)) {
        Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attrs.put(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_MESSENGER);
        attrs.put(FacebookAdapter.ATTR_PAGE_ID, pageId);
        attrs.put(FacebookAdapter.ATTR_PSID, senderId);
        if (standby) {
          attrs.put(FacebookAdapter.ATTR_STANDBY, "true");
        }
        out.deletion(new Deletion(mid, Platform.FACEBOOK, Optional.of(senderId),
            Optional.of(timestamp), attrs));
        return;
      }
      boolean echo = msg.optField("is_echo").map(JsonCursor::asBoolean).orElse(false);
      String text = msg.optField("text").map(JsonCursor::asString).orElse("");
      Message.Builder b = messengerMessage(mid, text, senderId, recipientId, echo, timestamp,
          pageId, standby);
      msg.optField("reply_to").ifPresent(r -> {
        r.optField("mid").ifPresent(p -> b.inReplyTo(id(p)));
        r.optField("story").flatMap(s -> s.optField("id"))
            .ifPresent(s -> b.attribute(FacebookAdapter.ATTR_REPLY_TO_STORY, id(s)));
      });
      msg.optField("quick_reply").flatMap(q -> q.optField("payload")).ifPresent(
          p -> b.attribute(FacebookAdapter.ATTR_QUICK_REPLY_PAYLOAD, p.asString()));
      msg.optField("sticker_id").ifPresent(s -> b.attribute(FacebookAdapter.ATTR_STICKER_ID, id(s)));
      if (msg.optField("is_unsupported").map(JsonCursor::asBoolean).orElse(false)) {
        b.attribute(FacebookAdapter.ATTR_UNSUPPORTED, "true");
      }
      msg.optField("attachments").ifPresent(list -> messengerAttachments(list, b));
      out.message("mid " + mid, b.build());
    } else if (edit.isPresent()) {
      JsonCursor e = edit.get().requireObject();
      String mid = id(e.field("mid"));
      String text = e.field("text").asString();
      Message.Builder b = messengerMessage(mid, text, senderId, recipientId, false, timestamp,
          pageId, standby);
      b.attribute(FacebookAdapter.ATTR_VERB, "edited");
      Optional<String> count = e.optField("num_edit").map(JsonCursor::asId);
      count.ifPresent(c -> b.attribute(FacebookAdapter.ATTR_EDIT_COUNT, c));
      out.message("edit " + mid + " " + count.orElse("") + " " + text.hashCode(), b.build());
    } else {
      JsonCursor p = postback.get().requireObject();
      String title = p.optField("title").map(JsonCursor::asString).orElse("");
      Optional<String> mid = p.optField("mid").map(WebhookParser::id);
      String id = mid.orElse("postback:" + senderId + ":" + timestamp.toEpochMilli());
      Message.Builder b = messengerMessage(id, title, senderId, recipientId, false, timestamp,
          pageId, standby);
      b.attribute(FacebookAdapter.ATTR_POSTBACK, "true");
      p.optField("payload").ifPresent(
          v -> b.attribute(FacebookAdapter.ATTR_POSTBACK_PAYLOAD, v.asString()));
      out.message("postback " + id, b.build());
    }
  }

  private static Message.Builder messengerMessage(String mid, String text, String senderId,
      String recipientId, boolean echo, Instant timestamp, String pageId, boolean standby) {
    String psid = echo ? recipientId : senderId;
    Message.Builder b = Message.builder(Platform.FACEBOOK, Visibility.PRIVATE, text)
        .id(mid)
        .author(Author.of(senderId))
        .createdAt(timestamp)
        .conversationId(psid)
        .attribute(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_MESSENGER)
        .attribute(FacebookAdapter.ATTR_PAGE_ID, pageId)
        .attribute(FacebookAdapter.ATTR_PSID, psid)
        .attribute(FacebookAdapter.ATTR_IS_ECHO, Boolean.toString(echo));
    if (standby) {
      b.attribute(FacebookAdapter.ATTR_STANDBY, "true");
    }
    return b;
  }

  /**
   * Attachment types and URLs. Locations carry no URL here: their coordinates are the
   * customer's whereabouts and are not copied.
   */
  private static void messengerAttachments(JsonCursor list, Message.Builder b) {
    List<JsonCursor> items = list.elements();
    for (int i = 0; i < items.size(); i++) {
      JsonCursor a = items.get(i).requireObject();
      String type = a.field("type").asNonBlankString();
      b.attribute(FacebookAdapter.attachmentAttribute(i, "type"), type);
      Optional<String> url = a.optField("url").map(JsonCursor::asString);
      if (url.isEmpty() && !type.equals("location")) {
        Optional<JsonCursor> payload = a.optField("payload");
        if (payload.isPresent() && payload.get().node().isObject()) {
          url = payload.get().optField("url").map(JsonCursor::asString);
        }
      }
      int index = i;
      url.ifPresent(u -> b.attribute(FacebookAdapter.attachmentAttribute(index, "url"), u));
    }
    b.attribute(FacebookAdapter.ATTR_ATTACHMENTS, Integer.toString(items.size()));
  }

  // ---------------------------------------------------------------- Graph API objects

  private static ParsedPayload graph(JsonCursor root) {
    Out out = new Out();
    if (root.has("comments")) {
      // A post (or other object) with its comments edge: the comments are the messages.
      String objectId = id(root.field("id"));
      JsonCursor data = root.field("comments").field("data");
      for (JsonCursor c : data.elements()) {
        isolated(out, () -> graphComment(c, Optional.of(objectId), out));
      }
      return out.result();
    }
    if (root.has("data")) {
      JsonCursor data = root.field("data");
      for (JsonCursor c : data.elements()) {
        isolated(out, () -> graphComment(c, Optional.empty(), out));
      }
      return out.result();
    }
    if (root.has("id") && (root.has("message") || root.has("from") || root.has("parent"))) {
      graphComment(root, Optional.empty(), out);
      return out.result();
    }
    throw root.error("not a Facebook payload: expected a Page webhook body"
        + " ({\"object\":\"page\",\"entry\":[...]}), a Graph comment object ({\"id\",\"message\",...}),"
        + " a comment list ({\"data\":[...]}) or an object with a comments edge ({\"id\",\"comments\"})");
  }

  /**
   * A Graph API comment. Fields other than {@code id} may be left out of the request
   * ({@code fields=message}): then the author or time is unknown. The answered object is
   * {@code parent.id}, else {@code object.id}, else the object whose edge listed it, else the
   * object id the comment id starts with ({@code {object-id}_{comment-id}}).
   */
  private static void graphComment(JsonCursor c, Optional<String> edgeOf, Out out) {
    c.requireObject();
    String id = id(c.field("id"));
    String text = c.optField("message").map(JsonCursor::asString).orElse("");
    Optional<String> parent = c.optField("parent").map(p -> id(p.field("id")));
    Optional<String> object = c.optField("object").map(o -> id(o.field("id"))).or(() -> edgeOf);
    Optional<String> prefix = id.indexOf('_') > 0
        ? Optional.of(id.substring(0, id.indexOf('_'))) : Optional.empty();
    Message.Builder b = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, text)
        .id(id)
        .attribute(FacebookAdapter.ATTR_KIND, FacebookAdapter.KIND_COMMENT);
    parent.or(() -> object).or(() -> prefix).ifPresent(b::inReplyTo);
    object.ifPresent(o -> b.conversationId(o).attribute(FacebookAdapter.ATTR_POST_ID, o));
    parent.ifPresent(p -> b.attribute(FacebookAdapter.ATTR_PARENT_ID, p));
    c.optField("from").ifPresent(f -> b.author(author(f)));
    c.optField("created_time").ifPresent(t -> b.createdAt(createdTime(t)));
    attachment(c, b);
    out.message("comment " + id, b.build());
  }

  // ---------------------------------------------------------------- values

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
