package io.replyguard.kafka.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Author;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Intent;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Platform;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The one place where records are mapped to and from JSON: the command-line tool's line shapes
 * ({@code advise} and {@code check} in, their outputs out) plus the module's own events. Strict:
 * unknown keys, wrong types and bad values fail with a {@link BadRecord} naming the JSON Pointer
 * and the rule; messages never quote the record's text. Stateless and thread-safe.
 */
public final class JsonShapes {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Platforms the line shapes accept (the command-line contract's). */
  static final Set<String> PLATFORMS = Set.of("twitter", "facebook");

  /** Keys of an inbound post: the {@code advise} line plus {@code brand}. */
  static final List<String> POST_KEYS = List.of("id", "brand", "platform", "visibility", "text",
      "locale", "author", "createdAt", "inReplyTo", "conversationId", "attributes");
  /** Keys of a draft: the {@code check} line plus {@code brand} and {@code conversationId}. */
  static final List<String> DRAFT_KEYS = List.of("id", "brand", "conversationId", "platform",
      "visibility", "text", "locale", "now", "inReplyTo");
  /** Keys of a sent reply. */
  static final List<String> SENT_KEYS = List.of("id", "brand", "conversationId", "platform",
      "visibility", "text", "sentAt");

  private JsonShapes() {}

  /** A parsed inbound post with its brand. */
  public record Post(String brand, Message message) {}

  /** A parsed draft with its brand, conversation and id. */
  public record DraftRecord(String id, String brand, String conversationId, Draft draft) {}

  /** A parsed sent reply (the text stays in memory only until it is redacted). */
  public record Sent(String id, String brand, String conversationId, Platform platform,
      Visibility visibility, String text, Optional<Instant> sentAt) {}

  /** Reads a JSON document, failing with {@code json.malformed} and a position, never a quote. */
  public static JsonNode read(String json) {
    if (json == null) {
      throw new BadRecord("", "json.missing", "record has no value");
    }
    try {
      JsonNode n = MAPPER.readTree(json);
      if (n == null || n.isMissingNode()) {
        throw new BadRecord("", "json.malformed", "empty document");
      }
      return n;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BadRecord("", "json.malformed", "not a JSON document" + where);
    }
  }

  /** Parses an inbound post. */
  public static Post post(JsonNode n, String defaultBrand, String key) {
    strictObject(n, "", POST_KEYS);
    String brand = optString(n, "brand").orElse(defaultBrand);
    Message message = message(n, "", key);
    return new Post(brand, message);
  }

  private static Message message(JsonNode n, String at, String key) {
    Message.Builder b = Message.builder(platform(n, at), visibility(n, at),
        string(n, at, "text"));
    Optional<String> id = optId(n, at, "id");
    b.id(id.filter(s -> !s.isBlank()).orElse(key == null || key.isBlank() ? "message" : key));
    optString(n, "locale").ifPresent(l -> b.locale(locale(l, at + "/locale")));
    if (n.hasNonNull("createdAt")) {
      b.createdAt(instant(n.get("createdAt"), at + "/createdAt"));
    }
    optId(n, at, "inReplyTo").ifPresent(b::inReplyTo);
    Optional<String> conversation = optId(n, at, "conversationId");
    if (conversation.isPresent()) {
      b.conversationId(conversation.get());
    } else if (key != null && !key.isBlank()) {
      b.conversationId(key);
    }
    if (n.hasNonNull("author")) {
      JsonNode a = n.get("author");
      strictObject(a, at + "/author", List.of("id", "followers"));
      String authorId = optId(a, at + "/author", "id").orElse("unknown");
      OptionalLong followers = OptionalLong.empty();
      if (a.hasNonNull("followers")) {
        JsonNode f = a.get("followers");
        if (!f.canConvertToLong() || !f.isIntegralNumber()) {
          throw new BadRecord(at + "/author/followers", "value.type", "expected an integer");
        }
        if (f.asLong() < 0) {
          throw new BadRecord(at + "/author/followers", "value.invalid", "must not be negative");
        }
        followers = OptionalLong.of(f.asLong());
      }
      b.author(new Author(authorId, Optional.empty(), Optional.empty(), followers));
    }
    if (n.hasNonNull("attributes")) {
      JsonNode attrs = n.get("attributes");
      if (!attrs.isObject()) {
        throw new BadRecord(at + "/attributes", "value.type", "expected an object");
      }
      Iterator<Map.Entry<String, JsonNode>> it = attrs.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual()) {
          throw new BadRecord(at + "/attributes/" + escape(e.getKey()), "value.type",
              "expected a string");
        }
        b.attribute(e.getKey(), e.getValue().asText());
      }
    }
    return b.build();
  }

  /** Parses a draft. */
  public static DraftRecord draft(JsonNode n, String defaultBrand, String key) {
    strictObject(n, "", DRAFT_KEYS);
    Draft d = Draft.of(string(n, "", "text"), platform(n, ""), visibility(n, ""));
    Optional<String> locale = optString(n, "locale");
    if (locale.isPresent()) {
      d = d.withLocale(locale(locale.get(), "/locale"));
    }
    if (n.hasNonNull("now")) {
      d = d.at(instant(n.get("now"), "/now"));
    }
    if (n.hasNonNull("inReplyTo")) {
      JsonNode m = n.get("inReplyTo");
      strictObject(m, "/inReplyTo", POST_KEYS.stream().filter(k -> !k.equals("brand")).toList());
      d = d.inReplyTo(message(m, "/inReplyTo", "inReplyTo"));
    }
    String id = optId(n, "", "id").filter(s -> !s.isBlank()).orElse(key == null ? "draft" : key);
    String conversation = optId(n, "", "conversationId").orElse(key == null ? id : key);
    return new DraftRecord(id, optString(n, "brand").orElse(defaultBrand), conversation, d);
  }

  /** Parses a sent reply. */
  public static Sent sent(JsonNode n, String defaultBrand, String key) {
    strictObject(n, "", SENT_KEYS);
    Platform platform = platform(n, "");
    Visibility visibility = visibility(n, "");
    String text = string(n, "", "text");
    String id = optId(n, "", "id").filter(s -> !s.isBlank()).orElse(key == null ? "sent" : key);
    String conversation = optId(n, "", "conversationId").orElse(key == null ? id : key);
    Optional<Instant> at = n.hasNonNull("sentAt")
        ? Optional.of(instant(n.get("sentAt"), "/sentAt")) : Optional.empty();
    return new Sent(id, optString(n, "brand").orElse(defaultBrand), conversation, platform,
        visibility, text, at);
  }

  /** The {@code advise} output line plus {@code brand}. */
  public static String advice(String id, String brand, Advice advice) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    o.put("brand", brand);
    ArrayNode intents = o.putArray("intents");
    for (Intent i : advice.intents()) {
      intents.add(i.name());
    }
    o.put("channel", advice.channel().name());
    ArrayNode actions = o.putArray("actions");
    for (Action a : advice.actions()) {
      actions.add(a.name());
    }
    o.put("priority", advice.priority().name());
    o.set("pii", pii(advice.pii()));
    ArrayNode reasons = o.putArray("reasons");
    for (Reason r : advice.reasons()) {
      reasons.addObject().put("ruleId", r.ruleId()).put("message", r.message());
    }
    return o.toString();
  }

  /** The redacted post: the input shape with the redacted text and without the author. */
  public static String redactedPost(String brand, Message m, String redacted,
      List<PiiFinding> found) {
    ObjectNode o = F.objectNode();
    o.put("id", m.id());
    o.put("brand", brand);
    o.put("platform", m.platform().id());
    o.put("visibility", m.visibility().name().toLowerCase(Locale.ROOT));
    o.put("text", redacted);
    m.locale().ifPresent(l -> o.put("locale", l.toLanguageTag()));
    m.createdAt().ifPresent(t -> o.put("createdAt", t.toString()));
    m.conversationId().ifPresent(c -> o.put("conversationId", c));
    m.inReplyTo().ifPresent(c -> o.put("inReplyTo", c));
    o.set("pii", pii(found));
    return o.toString();
  }

  /** The {@code check} output line plus {@code brand} and {@code conversationId}. */
  public static String verdict(String id, String brand, String conversationId, CheckResult r) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    o.put("brand", brand);
    o.put("conversationId", conversationId);
    o.put("verdict", r.verdict().name());
    ArrayNode findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode j = findings.addObject();
      j.put("ruleId", f.ruleId());
      j.put("category", f.category().name());
      j.put("severity", f.severity().name());
      j.put("start", f.span().start());
      j.put("end", f.span().end());
      j.put("message", f.message());
      f.suggestion().ifPresent(s -> j.put("suggestion", s));
    }
    return o.toString();
  }

  /** A dead letter: where the record came from and what was wrong, never its content. */
  public static String deadLetter(String source, int partition, long offset, BadRecord e) {
    ObjectNode o = F.objectNode();
    o.put("topic", source);
    o.put("partition", partition);
    o.put("offset", offset);
    ObjectNode err = o.putObject("error");
    err.put("pointer", e.pointer());
    err.put("rule", e.rule());
    err.put("message", e.problem());
    return o.toString();
  }

  static ArrayNode pii(List<PiiFinding> findings) {
    ArrayNode a = F.arrayNode();
    for (PiiFinding f : findings) {
      ObjectNode o = a.addObject();
      o.put("type", f.type().name());
      o.put("start", f.span().start());
      o.put("end", f.span().end());
      o.put("score", Math.round(f.score() * 1000) / 1000.0);
    }
    return a;
  }

  /** A new empty object for the module's own events. */
  public static ObjectNode object() {
    return F.objectNode();
  }

  /** A string field of an event read back (state-store values the module wrote itself). */
  public static String field(String json, String name) {
    JsonNode n = read(json).get(name);
    return n == null || n.isNull() ? null : n.asText();
  }

  // --- strict field access --------------------------------------------------------------------

  static void strictObject(JsonNode n, String at, List<String> allowed) {
    if (!n.isObject()) {
      throw new BadRecord(at, "value.type", "expected a JSON object");
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!allowed.contains(k)) {
        throw new BadRecord(at + "/" + escape(k), "field.unknown",
            "unknown field; allowed: " + allowed);
      }
    }
  }

  private static String string(JsonNode n, String at, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new BadRecord(at + "/" + name, "field.missing", "required field is missing");
    }
    if (!v.isTextual()) {
      throw new BadRecord(at + "/" + name, "value.type", "expected a string");
    }
    return v.asText();
  }

  private static Optional<String> optString(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new BadRecord("/" + name, "value.type", "expected a string");
    }
    return Optional.of(v.asText());
  }

  /** An id: a string or an integer (ids of the platforms are often numbers). */
  private static Optional<String> optId(JsonNode n, String at, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isTextual() || v.isIntegralNumber()) {
      return Optional.of(v.asText());
    }
    throw new BadRecord(at + "/" + name, "value.type", "expected a string or an integer");
  }

  private static Platform platform(JsonNode n, String at) {
    String id = string(n, at, "platform");
    if (!PLATFORMS.contains(id)) {
      throw new BadRecord(at + "/platform", "platform.unknown",
          "unknown platform; expected one of [facebook, twitter]");
    }
    return Platform.of(id);
  }

  private static Visibility visibility(JsonNode n, String at) {
    return switch (string(n, at, "visibility")) {
      case "public" -> Visibility.PUBLIC;
      case "private" -> Visibility.PRIVATE;
      default -> throw new BadRecord(at + "/visibility", "value.invalid",
          "expected \"public\" or \"private\"");
    };
  }

  private static Locale locale(String tag, String at) {
    Locale l = Locale.forLanguageTag(tag);
    if (!l.getLanguage().equals("de") && !l.getLanguage().equals("en")) {
      throw new BadRecord(at, "value.invalid", "unsupported locale; expected \"de\" or \"en\"");
    }
    return l;
  }

  private static Instant instant(JsonNode v, String at) {
    if (!v.isTextual()) {
      throw new BadRecord(at, "value.type", "expected an ISO-8601 instant with offset");
    }
    try {
      return OffsetDateTime.parse(v.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRecord(at, "value.invalid",
          "expected an ISO-8601 instant with offset such as \"2026-11-23T10:15:00+01:00\"");
    }
  }

  /** JSON Pointer escaping (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
