package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Conversions between the command-line JSON contract and the model. */
final class ModelJson {
  private ModelJson() {}

  static final Set<String> PLATFORMS = Set.of("twitter", "facebook");

  static Platform platform(JsonCursor c) {
    String id = c.asString();
    if (!PLATFORMS.contains(id)) {
      throw c.error("unknown platform; expected one of [facebook, twitter]");
    }
    return Platform.of(id);
  }

  static Visibility visibility(JsonCursor c) {
    String v = c.asString();
    return switch (v) {
      case "public" -> Visibility.PUBLIC;
      case "private" -> Visibility.PRIVATE;
      default -> throw c.error("expected \"public\" or \"private\"");
    };
  }

  static Locale locale(JsonCursor c) {
    String tag = c.asString();
    Locale l = Locale.forLanguageTag(tag);
    if (!l.getLanguage().equals("de") && !l.getLanguage().equals("en")) {
      throw c.error("unsupported locale; expected \"de\" or \"en\"");
    }
    return l;
  }

  static Instant instant(JsonCursor c) {
    return c.asParsed("an ISO-8601 instant with offset such as \"2026-11-23T10:15:00+01:00\"",
        s -> OffsetDateTime.parse(s).toInstant());
  }

  /** The keys of a message object as accepted by {@code advise} and {@code check.inReplyTo}. */
  static final List<String> MESSAGE_KEYS = List.of("id", "platform", "visibility", "text", "locale",
      "author", "createdAt", "inReplyTo", "conversationId", "attributes");

  /**
   * Reads a message: {@code {"id","platform","visibility","text","locale"?,
   * "author"?:{"id"?,"followers"?},"createdAt"?,"attributes"?:{}}}.
   */
  static Message message(JsonCursor c, String defaultId) {
    c.strictObject(MESSAGE_KEYS);
    Message.Builder b = Message.builder(platform(c.field("platform")),
        visibility(c.field("visibility")), c.field("text").asString());
    b.id(c.optField("id").map(JsonCursor::asId).filter(s -> !s.isBlank()).orElse(defaultId));
    c.optField("locale").ifPresent(l -> b.locale(locale(l)));
    c.optField("createdAt").ifPresent(t -> b.createdAt(instant(t)));
    c.optField("inReplyTo").ifPresent(t -> b.inReplyTo(t.asId()));
    c.optField("conversationId").ifPresent(t -> b.conversationId(t.asId()));
    c.optField("author").ifPresent(a -> {
      a.strictObject("id", "followers");
      String id = a.optField("id").map(JsonCursor::asId).orElse("unknown");
      OptionalLong followers = OptionalLong.empty();
      if (a.has("followers")) {
        long f = a.field("followers").asLong();
        if (f < 0) {
          throw a.field("followers").error("must not be negative");
        }
        followers = OptionalLong.of(f);
      }
      b.author(new Author(id, Optional.empty(), Optional.empty(), followers));
    });
    c.optField("attributes").ifPresent(attrs -> attrs.fields()
        .forEach((k, v) -> b.attribute(k, v.asString())));
    return b.build();
  }

  static ArrayNode pii(List<PiiFinding> findings) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (PiiFinding f : findings) {
      ObjectNode o = a.addObject();
      o.put("type", f.type().name());
      o.put("start", f.span().start());
      o.put("end", f.span().end());
      o.put("score", Math.round(f.score() * 1000) / 1000.0);
    }
    return a;
  }
}
