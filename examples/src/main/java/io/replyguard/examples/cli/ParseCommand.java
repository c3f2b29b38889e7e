package io.replyguard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.facebook.FacebookWebhooks;
import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Platform;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadProblem;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.WebhookCheck;
import io.replyguard.twitter.TwitterAdapter;
import io.replyguard.twitter.TwitterWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * {@code parse --platform twitter|facebook [--secret-env NAME]}: raw platform payloads in, one
 * normalized message per contained message out, one line per deletion signal, and one error line
 * per part of a payload that could not be parsed (the good parts are still written, the line
 * counts as failed). The text is printed redacted, with the PII spans; so is X's retweeted full
 * text.
 *
 * <p>An input line is either a raw payload (an API object or webhook body) or a captured delivery
 * {@code {"id"?, "body" | "bodyBase64", "signature"?}}: {@code body} is the raw body as a JSON
 * string (its UTF-8 bytes are the bytes that were signed), {@code bodyBase64} the raw bytes in
 * base64, {@code signature} the value of the platform's signature header
 * ({@code X-Hub-Signature-256} or {@code x-twitter-webhooks-signature}). With a secret (Meta's
 * app secret or X's consumer secret, read from the environment variable {@code --secret-env}
 * names) every line must be a delivery with a signature, and only verified bodies are parsed; their
 * output lines say {@code "verified":true}. Without a secret signatures are not checked.
 *
 * <p>Exact redeliveries across lines (same message id, text and attributes: a webhook delivered
 * twice) are dropped within a run, compared in a {@link RedeliveryWindow} bounded in bytes; an
 * edit of a message (same id, other text or verb) is kept.
 */
final class ParseCommand implements Command {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> DELIVERY_KEYS = Set.of("id", "body", "bodyBase64", "signature");

  private final Replyguard engine;
  private final PlatformAdapter adapter;
  /** Checks (raw body, signature header); empty when no secret was given. */
  private final Optional<BiFunction<byte[], String, WebhookCheck>> verifier;
  private final RedeliveryWindow seen = new RedeliveryWindow();

  ParseCommand(Replyguard engine, PlatformAdapter adapter) {
    this(engine, adapter, Optional.empty());
  }

  private ParseCommand(Replyguard engine, PlatformAdapter adapter,
      Optional<BiFunction<byte[], String, WebhookCheck>> verifier) {
    this.engine = engine;
    this.adapter = adapter;
    this.verifier = verifier;
  }

  /**
   * A parse command that verifies every line's signature with the platform's secret.
   *
   * @param engine the engine
   * @param adapter the platform's adapter
   * @param secret Meta's app secret (facebook) or X's consumer secret (twitter)
   * @return the command
   */
  static ParseCommand verifying(Replyguard engine, PlatformAdapter adapter, String secret) {
    Platform p = adapter.platform();
    BiFunction<byte[], String, WebhookCheck> check;
    if (p.equals(Platform.FACEBOOK)) {
      check = FacebookWebhooks.of(secret)::verifyDelivery;
    } else if (p.equals(Platform.TWITTER)) {
      check = TwitterWebhooks.of(secret)::verifyDelivery;
    } else {
      throw new IllegalArgumentException("no webhook signatures known for platform " + p);
    }
    return new ParseCommand(engine, adapter, Optional.of(check));
  }

  @Override
  public List<String> handle(String line, JsonNode id) {
    JsonNode input = readObject(line);
    boolean delivery = input != null && (input.has("body") || input.has("bodyBase64"));
    boolean verified = false;
    String payload = line;
    if (delivery) {
      for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!DELIVERY_KEYS.contains(name)) {
          throw new CliException("/" + name, "unknown key '" + name + "' in a delivery; allowed: "
              + new java.util.TreeSet<>(DELIVERY_KEYS));
        }
      }
      if (input.has("body") == input.has("bodyBase64")) {
        throw new CliException("/body", "a delivery has exactly one of 'body' and 'bodyBase64'");
      }
      byte[] raw = input.has("body") ? text(input, "body").getBytes(StandardCharsets.UTF_8)
          : base64(text(input, "bodyBase64"));
      if (verifier.isPresent()) {
        String signature = input.has("signature") && !input.get("signature").isNull()
            ? text(input, "signature") : null;
        WebhookCheck check = verifier.get().apply(raw, signature);
        if (check instanceof WebhookCheck.Rejected rejected) {
          throw new CliException("/signature", "signature rejected: " + rejected.reason()
              + "; the body was not parsed");
        }
        verified = true;
      }
      payload = new String(raw, StandardCharsets.UTF_8);
    } else if (verifier.isPresent()) {
      throw new CliException("/body", "required key 'body' is missing: with --secret-env every"
          + " line is a captured delivery {\"id\",\"body\",\"signature\"}");
    }
    ParsedPayload parsed = adapter.parsePayload(payload);
    List<String> result = new ArrayList<>();
    for (Message m : parsed.messages()) {
      if (!seen.firstDelivery(m)) {
        continue;
      }
      result.add(json(message(m, id, verified)));
    }
    for (Deletion d : parsed.deletions()) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.set("id", id);
      o.put("deleted", d.messageId());
      o.put("platform", d.platform().id());
      d.authorId().ifPresent(a -> o.putObject("author").put("id", a));
      d.deletedAt().ifPresent(t -> o.put("deletedAt", t.toString()));
      if (!d.attributes().isEmpty()) {
        ObjectNode attrs = o.putObject("attributes");
        new TreeMap<>(d.attributes()).forEach(attrs::put);
      }
      if (verified) {
        o.put("verified", true);
      }
      result.add(json(o));
    }
    if (!parsed.problems().isEmpty()) {
      throw new PartialLineException(result,
          parsed.problems().stream().map(PayloadProblem::toString).toList());
    }
    return result;
  }

  private ObjectNode message(Message m, JsonNode id, boolean verified) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("id", id);
    o.put("messageId", m.id());
    o.put("platform", m.platform().id());
    o.put("visibility", m.visibility().name().toLowerCase(Locale.ROOT));
    m.author().ifPresent(a -> {
      ObjectNode author = o.putObject("author");
      author.put("id", a.id());
      a.followers().ifPresent(f -> author.put("followers", f));
    });
    m.createdAt().ifPresent(t -> o.put("createdAt", t.toString()));
    m.locale().ifPresent(l -> o.put("locale", l.toLanguageTag()));
    m.inReplyTo().ifPresent(r -> o.put("inReplyTo", r));
    m.conversationId().ifPresent(r -> o.put("conversationId", r));
    if (!m.attributes().isEmpty()) {
      ObjectNode attrs = o.putObject("attributes");
      new TreeMap<>(m.attributes()).forEach((k, v) -> attrs.put(k,
          k.equals(TwitterAdapter.ATTR_RETWEETED_TEXT) ? engine.redact(v) : v));
    }
    if (verified) {
      o.put("verified", true);
    }
    o.put("redactedText", engine.redact(m.text()));
    o.set("pii", pii(engine.scan(m.text())));
    return o;
  }

  /** The line as a JSON object, or null when it is not one (the adapter reports why). */
  private static JsonNode readObject(String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      return n != null && n.isObject() ? n : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String text(JsonNode input, String key) {
    JsonNode v = input.get(key);
    if (v == null || !v.isTextual()) {
      throw new CliException("/" + key, "expected a string");
    }
    return v.textValue();
  }

  private static byte[] base64(String s) {
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new CliException("/bodyBase64", "not base64");
    }
  }

  private static ArrayNode pii(List<PiiFinding> findings) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (PiiFinding f : findings) {
      a.addObject().put("type", f.type().name()).put("start", f.span().start())
          .put("end", f.span().end()).put("score", Math.round(f.score() * 1000) / 1000.0);
    }
    return a;
  }

  private static String json(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a message", e);
    }
  }
}
