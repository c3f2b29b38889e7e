package io.replyguard.kafka.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.json.JsonLineException;
import io.replyguard.json.JsonLines;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
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
import java.util.Optional;
import java.util.Set;

/**
 * The one place where records are mapped to and from JSON. Posts and drafts are read by core's
 * public codec {@link JsonLines} (the command-line tool's {@code advise} and {@code check} lines,
 * strict); its errors become a {@link BadRecord} with the codec's JSON Pointer and problem and a
 * rule id. Outputs are written in the tool's output shapes; sent replies and the module's events
 * have shapes of their own. Messages never quote the record's values. Stateless and thread-safe.
 */
public final class JsonShapes {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Platforms the line shapes accept (the command-line contract's). */
  static final Set<String> PLATFORMS = Set.of("twitter", "facebook");

  /** Keys of a sent reply. */
  static final List<String> SENT_KEYS = List.of("id", "platform", "visibility", "text", "sentAt");

  private JsonShapes() {}

  /** A parsed sent reply (the text stays in memory only until it is redacted). */
  public record Sent(String id, Platform platform, Visibility visibility, String text,
      Optional<Instant> sentAt) {}

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

  /**
   * Reads an {@code advise} line with the codec.
   *
   * @throws BadRecord with the codec's pointer and problem
   */
  public static Message post(JsonLines lines, String value) {
    if (value == null) {
      throw new BadRecord("", "json.missing", "record has no value");
    }
    try {
      return lines.readMessage(value);
    } catch (JsonLineException e) {
      throw bad(e);
    }
  }

  /**
   * Reads a {@code check} line with the codec.
   *
   * @throws BadRecord with the codec's pointer and problem
   */
  public static Draft draft(JsonLines lines, String value) {
    if (value == null) {
      throw new BadRecord("", "json.missing", "record has no value");
    }
    try {
      return lines.readDraft(value);
    } catch (JsonLineException e) {
      throw bad(e);
    }
  }

  /** The rule id of a codec error, from its problem (which never quotes values). */
  static BadRecord bad(JsonLineException e) {
    String p = e.problem();
    String rule;
    if (p.startsWith("malformed JSON") || p.startsWith("empty document")) {
      rule = "json.malformed";
    } else if (p.startsWith("unknown key")) {
      rule = "field.unknown";
    } else if (p.endsWith("is missing")) {
      rule = "field.missing";
    } else if (p.startsWith("unknown platform")) {
      rule = "platform.unknown";
    } else if (p.startsWith("expected") && p.contains(" but found ")
        && !p.endsWith("that is not one")) {
      rule = "value.type";
    } else {
      rule = "value.invalid";
    }
    return new BadRecord(e.pointer(), rule, p);
  }

  /** The {@code id} of a line as given (string or integer), or JSON null; never fails. */
  public static JsonNode id(String value) {
    try {
      JsonNode n = MAPPER.readTree(value);
      JsonNode id = n == null ? null : n.get("id");
      return id == null || !(id.isTextual() || id.isIntegralNumber()) ? F.nullNode() : id;
    } catch (JsonProcessingException e) {
      return F.nullNode();
    }
  }

  /** Parses a sent reply: {@code {"id"?,"platform","visibility","text","sentAt"?}}. */
  public static Sent sent(JsonNode n, String key) {
    strictObject(n, "", SENT_KEYS);
    Platform platform = platform(n, "");
    Visibility visibility = visibility(n, "");
    String text = string(n, "", "text");
    String id = optId(n, "", "id").filter(s -> !s.isBlank()).orElse(key == null ? "sent" : key);
    Optional<Instant> at = n.hasNonNull("sentAt")
        ? Optional.of(instant(n.get("sentAt"), "/sentAt")) : Optional.empty();
    return new Sent(id, platform, visibility, text, at);
  }

  /** The {@code advise} output line (the id echoed as given). */
  public static String advice(JsonNode id, Advice advice) {
    ObjectNode o = F.objectNode();
    o.set("id", id);
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
  public static String redactedPost(JsonNode id, Message m, String redacted,
      List<PiiFinding> found) {
    ObjectNode o = F.objectNode();
    o.set("id", id);
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

  /** The {@code check} output line (the id echoed as given). */
  public static String verdict(JsonNode id, CheckResult r) {
    ObjectNode o = F.objectNode();
    o.set("id", id);
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
        // the key itself may be personal data: the pointer names the object, never the key
        throw new BadRecord(at, "field.unknown", "unknown key; allowed: " + allowed);
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
}
