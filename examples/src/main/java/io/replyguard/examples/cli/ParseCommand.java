package io.replyguard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.spi.PlatformAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse --platform twitter|facebook}: raw platform payloads in, one normalized message per
 * contained message out. The text is printed redacted, with the PII spans. Exact redeliveries across
 * lines (same message id, text and attributes: a webhook delivered twice) are dropped within a run,
 * compared in a {@link RedeliveryWindow} bounded in bytes; an edit of a message (same id, other
 * text or verb) is kept.
 */
final class ParseCommand implements Command {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Replyguard engine;
  private final PlatformAdapter adapter;
  private final RedeliveryWindow seen = new RedeliveryWindow();

  ParseCommand(Replyguard engine, PlatformAdapter adapter) {
    this.engine = engine;
    this.adapter = adapter;
  }

  @Override
  public List<String> handle(String line, JsonNode id) {
    List<Message> messages = adapter.parse(line);
    List<String> result = new ArrayList<>();
    for (Message m : messages) {
      if (!seen.firstDelivery(m)) {
        continue;
      }
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.set("id", id);
      o.put("messageId", m.id());
      o.put("platform", m.platform().id());
      o.put("visibility", m.visibility().name().toLowerCase(java.util.Locale.ROOT));
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
        new java.util.TreeMap<>(m.attributes()).forEach(attrs::put);
      }
      o.put("redactedText", engine.redact(m.text()));
      o.set("pii", pii(engine.scan(m.text())));
      try {
        result.add(MAPPER.writeValueAsString(o));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a message", e);
      }
    }
    return result;
  }

  private static ArrayNode pii(List<PiiFinding> findings) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (PiiFinding f : findings) {
      a.addObject().put("type", f.type().name()).put("start", f.span().start())
          .put("end", f.span().end()).put("score", Math.round(f.score() * 1000) / 1000.0);
    }
    return a;
  }
}
