package io.replyguard.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.config.TemplateSpec;
import io.replyguard.internal.json.JsonCursor;
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
import io.replyguard.template.RenderContext;
import io.replyguard.time.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The JSON Lines protocol of the {@code replyguard} command-line tool, for embedding: one JSON
 * object in, one JSON object out, the input's {@code id} echoed. Use it where requests arrive as
 * JSON (a message queue, an HTTP endpoint, a stream processor) and answers should look exactly
 * like the tool's.
 *
 * <table>
 *   <caption>Shapes</caption>
 *   <tr><th>method</th><th>in</th><th>out</th></tr>
 *   <tr><td>{@link #scan}</td><td>{@code {"id","text","locale"?}}</td>
 *       <td>{@code {"id","pii":[{"type","start","end","score"}],"redacted"}}</td></tr>
 *   <tr><td>{@link #advise}</td><td>{@code {"id","platform","visibility","text","locale"?,
 *       "author"?:{"id"?,"followers"?},"createdAt"?,"inReplyTo"?,"conversationId"?,
 *       "attributes"?}}</td>
 *       <td>{@code {"id","intents","channel","actions","priority","pii","reasons"}}</td></tr>
 *   <tr><td>{@link #check}</td><td>{@code {"id","platform","visibility","text","locale"?,"now"?,
 *       "inReplyTo"?:{message as for advise}}}</td>
 *       <td>{@code {"id","verdict","findings":[{"ruleId","category","severity","start","end",
 *       "message","suggestion"?}]}}</td></tr>
 *   <tr><td>{@link #commit}</td><td>{@code {"id","now","within","locale"?}}</td>
 *       <td>{@code {"id","deadline","text"}}</td></tr>
 *   <tr><td>{@link #render}</td><td>{@code {"id","template","locale"?,"now"?,"values":{}}}</td>
 *       <td>{@code {"id","text"}}</td></tr>
 * </table>
 *
 * <p>Reading is strict: unknown keys, duplicate keys, trailing data and values of the wrong type
 * fail with a {@link JsonLineException} naming the JSON Pointer and the rule. The {@code id} is
 * optional, a string or an integer, and echoed as given ({@code null} when absent). Platform and
 * visibility names are matched case-insensitively ({@code "twitter"}, {@code "TWITTER"}); the
 * platform must be one of the engine's adapters. {@code locale} is {@code "de"} or {@code "en"};
 * instants are ISO-8601 with an offset ({@code "2026-11-23T10:15:00+01:00"}) between 1900 and
 * 2999, durations ISO-8601 ({@code "PT1H"}; {@code within} at most {@code P30D}). An unknown
 * template, a language it lacks and bad template values are errors at {@code /template},
 * {@code /locale} and {@code /values}. An author without an id is anonymous: each such message
 * gets an author id of its own ({@code "anonymous:"} and the message id), so unrelated posts never
 * count as one author's repeated complaints.
 *
 * <p>Answers never contain the personal data found: spans and a redacted text only. Errors never
 * quote the values of the line.
 *
 * <p>Immutable and thread-safe when the engine is (as {@link Replyguard} is). Arguments must not
 * be null.
 *
 * @since 0.2.0
 */
public final class JsonLines {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The instants a line may name: the years whose calendar the configuration can describe. */
  private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("2999-12-31T00:00:00Z");
  /** The longest {@code within}, as for a configured service level. */
  private static final Duration MAX_WITHIN = Duration.ofDays(30);
  private static final List<String> MESSAGE_KEYS = List.of("id", "platform", "visibility", "text",
      "locale", "author", "createdAt", "inReplyTo", "conversationId", "attributes");

  private final Replyguard engine;

  private JsonLines(Replyguard engine) {
    this.engine = engine;
  }

  /**
   * The protocol on an engine.
   *
   * @param engine the engine that answers, not null
   * @return the protocol
   */
  public static JsonLines of(Replyguard engine) {
    return new JsonLines(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Finds the personal data in a text.
   *
   * @param line {@code {"id","text","locale"?}}, not null
   * @return {@code {"id","pii":[…],"redacted"}}
   * @throws JsonLineException for a line that breaks the shape
   */
  public String scan(String line) {
    JsonCursor in = object(line);
    in.strictObject("id", "text", "locale");
    String text = in.field("text").asString();
    in.optField("locale").ifPresent(JsonLines::locale);
    ObjectNode out = answer(in);
    out.set("pii", pii(engine.scan(text)));
    out.put("redacted", engine.redact(text));
    return write(out);
  }

  /**
   * Advises on an inbound message.
   *
   * @param line a message object (see the class description), not null
   * @return {@code {"id","intents","channel","actions","priority","pii","reasons"}}
   * @throws JsonLineException for a line that breaks the shape
   */
  public String advise(String line) {
    JsonCursor in = object(line);
    Advice advice = engine.advise(message(in));
    ObjectNode out = answer(in);
    ArrayNode intents = out.putArray("intents");
    for (Intent i : advice.intents()) {
      intents.add(i.name());
    }
    out.put("channel", advice.channel().name());
    ArrayNode actions = out.putArray("actions");
    for (Action a : advice.actions()) {
      actions.add(a.name());
    }
    out.put("priority", advice.priority().name());
    out.set("pii", pii(advice.pii()));
    ArrayNode reasons = out.putArray("reasons");
    for (Reason r : advice.reasons()) {
      reasons.addObject().put("ruleId", r.ruleId()).put("message", r.message());
    }
    return write(out);
  }

  /**
   * Checks a reply draft.
   *
   * @param line {@code {"id","platform","visibility","text","locale"?,"now"?,"inReplyTo"?}}, not
   *     null
   * @return {@code {"id","verdict","findings":[…]}}
   * @throws JsonLineException for a line that breaks the shape
   */
  public String check(String line) {
    JsonCursor in = object(line);
    Draft draft = draft(in);
    CheckResult result;
    try {
      result = engine.check(draft);
    } catch (IllegalArgumentException e) {
      // an adapter rejects a message attribute it knows (the message names the attribute); the
      // only attributes of a check line are those of the message it answers
      throw (in.has("inReplyTo") && in.field("inReplyTo").has("attributes")
          ? in.field("inReplyTo").field("attributes") : in).error(e.getMessage());
    }
    ObjectNode out = answer(in);
    out.put("verdict", result.verdict().name());
    ArrayNode findings = out.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode j = findings.addObject();
      j.put("ruleId", f.ruleId());
      j.put("category", f.category().name());
      j.put("severity", f.severity().name());
      j.put("start", f.span().start());
      j.put("end", f.span().end());
      j.put("message", f.message());
      f.suggestion().ifPresent(s -> j.put("suggestion", s));
    }
    return write(out);
  }

  /**
   * Computes a time commitment.
   *
   * @param line {@code {"id","now","within","locale"?}}, not null
   * @return {@code {"id","deadline","text"}}, the deadline as an ISO-8601 date-time with offset in
   *     the service's zone
   * @throws JsonLineException for a line that breaks the shape
   */
  public String commit(String line) {
    JsonCursor in = object(line);
    in.strictObject("id", "now", "within", "locale");
    Instant now = instant(in.field("now"));
    JsonCursor w = in.field("within");
    Duration within = w.asPositiveDuration();
    if (within.compareTo(MAX_WITHIN) > 0) {
      throw w.error("must be at most P30D of business time");
    }
    Locale locale = in.optField("locale").map(JsonLines::locale)
        .orElse(engine.config().locale());
    Commitment c;
    try {
      c = engine.commitment(now, within, locale);
    } catch (IllegalStateException e) {
      throw w.error("the service hours do not offer this much business time within the "
          + "calendar's ten-year search");
    }
    ObjectNode out = answer(in);
    out.put("deadline", c.deadline().toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    out.put("text", c.text());
    return write(out);
  }

  /**
   * Renders a reply template.
   *
   * @param line {@code {"id","template","locale"?,"now"?,"values":{}}}, not null; without
   *     {@code now} the engine's clock gives the time
   * @return {@code {"id","text"}}
   * @throws JsonLineException for a line that breaks the shape
   * @throws io.replyguard.template.TemplateException for an unknown template or missing values
   */
  public String render(String line) {
    JsonCursor in = object(line);
    in.strictObject("id", "template", "locale", "now", "values");
    String template = in.field("template").asNonBlankString();
    Optional<Locale> locale = in.optField("locale").map(JsonLines::locale);
    Instant now = in.optField("now").map(JsonLines::instant)
        .orElseGet(() -> engine.clock().instant());
    JsonCursor valuesAt = in.field("values");
    Map<String, String> values = new LinkedHashMap<>();
    valuesAt.fields().forEach((k, v) -> values.put(k, v.asString()));
    String language = locale.orElse(engine.config().locale()).getLanguage();
    List<TemplateSpec> versions = engine.config().templates().stream()
        .filter(t -> t.id().equals(template)).toList();
    if (versions.isEmpty()) {
      throw in.field("template").error("unknown template; known: " + new TreeSet<>(
          engine.config().templates().stream().map(TemplateSpec::id).toList()));
    }
    if (versions.stream().noneMatch(t -> Locale.forLanguageTag(t.locale()).getLanguage()
        .equals(language))) {
      throw (in.has("locale") ? in.field("locale") : in.field("template")).error(
          "the template has no version in this language; it has " + versions.stream()
              .map(TemplateSpec::locale).sorted().toList());
    }
    ObjectNode out = answer(in);
    try {
      out.put("text", engine.render(template, new RenderContext(locale, now, values)));
    } catch (io.replyguard.template.TemplateException e) {
      // unknown, missing, blank or mistyped values: the message names placeholders, not values
      throw valuesAt.error(e.getMessage());
    } catch (IllegalStateException e) {
      throw (in.has("now") ? in.field("now") : in).error("the service hours do not offer the "
          + "template's service level within the calendar's ten-year search");
    }
    return write(out);
  }

  /**
   * Reads a message in the shape {@link #advise} takes.
   *
   * @param json a message object, not null
   * @return the message
   * @throws JsonLineException for a line that breaks the shape
   */
  public Message readMessage(String json) {
    return message(object(json));
  }

  /**
   * Reads a draft in the shape {@link #check} takes.
   *
   * @param json a draft object, not null
   * @return the draft
   * @throws JsonLineException for a line that breaks the shape
   */
  public Draft readDraft(String json) {
    return draft(object(json));
  }

  private static JsonCursor object(String line) {
    Objects.requireNonNull(line, "line");
    JsonCursor in = JsonCursor.parse(line, JsonLineException::new);
    in.requireObject();
    in.optField("id").ifPresent(JsonLines::id);
    return in;
  }

  /** The id as given: a string or an integer. */
  private static JsonNode id(JsonCursor c) {
    JsonNode id = c.node();
    if (!id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
      throw c.error("must be a string or an integer");
    }
    return id;
  }

  /** A new answer whose first key is the input's id. */
  private static ObjectNode answer(JsonCursor in) {
    ObjectNode out = NODES.objectNode();
    out.set("id", in.optField("id").map(JsonLines::id).orElse(NODES.nullNode()));
    return out;
  }

  private Message message(JsonCursor c) {
    c.strictObject(MESSAGE_KEYS);
    Message.Builder b = Message.builder(platform(c.field("platform")),
        visibility(c.field("visibility")), c.field("text").asString());
    Optional<String> id = c.optField("id").filter(i -> !i.node().isNull()).map(JsonCursor::asId)
        .filter(s -> !s.isBlank());
    id.ifPresent(b::id);
    c.optField("locale").ifPresent(l -> b.locale(locale(l)));
    c.optField("createdAt").ifPresent(t -> b.createdAt(instant(t)));
    c.optField("inReplyTo").ifPresent(t -> b.inReplyTo(t.asId()));
    c.optField("conversationId").ifPresent(t -> b.conversationId(t.asId()));
    c.optField("attributes").ifPresent(attrs -> attrs.fields()
        .forEach((k, v) -> b.attribute(k, v.asString())));
    Optional<JsonCursor> author = c.optField("author");
    if (author.isEmpty()) {
      return b.build();
    }
    JsonCursor a = author.get();
    a.strictObject("id", "followers");
    OptionalLong followers = OptionalLong.empty();
    if (a.has("followers")) {
      long f = a.field("followers").asLong();
      if (f < 0) {
        throw a.field("followers").error("must not be negative");
      }
      followers = OptionalLong.of(f);
    }
    Optional<String> authorId = a.optField("id").map(i -> {
      String given = i.asId();
      if (given.isBlank()) {
        throw i.error("must not be blank; leave the key out for an anonymous author");
      }
      return given;
    });
    if (authorId.isPresent()) {
      return b.author(new Author(authorId.get(), Optional.empty(), Optional.empty(), followers))
          .build();
    }
    Message m = b.build(); // the message id, given or generated, names the anonymous author
    return m.toBuilder().author(new Author("anonymous:" + m.id(), Optional.empty(),
        Optional.empty(), followers)).build();
  }

  private Draft draft(JsonCursor in) {
    in.strictObject("id", "platform", "visibility", "text", "locale", "now", "inReplyTo");
    Draft draft = Draft.of(in.field("text").asString(), platform(in.field("platform")),
        visibility(in.field("visibility")));
    if (in.has("locale")) {
      draft = draft.withLocale(locale(in.field("locale")));
    }
    if (in.has("now")) {
      draft = draft.at(instant(in.field("now")));
    }
    if (in.has("inReplyTo")) {
      draft = draft.inReplyTo(message(in.field("inReplyTo")));
    }
    return draft;
  }

  private Platform platform(JsonCursor c) {
    String id = c.asString().toLowerCase(Locale.ROOT);
    List<String> known = engine.adapters().platforms();
    if (!known.contains(id)) {
      throw c.error("unknown platform; expected one of " + known);
    }
    return Platform.of(id);
  }

  private static Visibility visibility(JsonCursor c) {
    String v = c.asString();
    if (v.equalsIgnoreCase("public")) {
      return Visibility.PUBLIC;
    }
    if (v.equalsIgnoreCase("private")) {
      return Visibility.PRIVATE;
    }
    throw c.error("expected \"public\" or \"private\"");
  }

  private static Locale locale(JsonCursor c) {
    Locale l = Locale.forLanguageTag(c.asString());
    if (!l.getLanguage().equals("de") && !l.getLanguage().equals("en")) {
      throw c.error("unsupported locale; expected \"de\" or \"en\"");
    }
    return l;
  }

  private static Instant instant(JsonCursor c) {
    Instant t = c.asParsed("an ISO-8601 instant with offset such as \"2026-11-23T10:15:00+01:00\"",
        s -> OffsetDateTime.parse(s).toInstant());
    if (t.isBefore(FIRST_INSTANT) || t.isAfter(LAST_INSTANT)) {
      throw c.error("must lie between 1900-01-01 and 2999-12-31");
    }
    return t;
  }

  private static ArrayNode pii(List<PiiFinding> findings) {
    ArrayNode a = NODES.arrayNode();
    for (PiiFinding f : findings) {
      ObjectNode o = a.addObject();
      o.put("type", f.type().name());
      o.put("start", f.span().start());
      o.put("end", f.span().end());
      o.put("score", Math.round(f.score() * 1000) / 1000.0);
    }
    return a;
  }

  private static String write(ObjectNode out) {
    try {
      return JsonCursor.mapper().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an answer", e);
    }
  }

  @Override
  public String toString() {
    return "JsonLines[" + engine + "]";
  }
}
