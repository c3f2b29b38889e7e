package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Intent;
import io.replyguard.model.Message;
import io.replyguard.model.Reason;
import java.util.List;

/**
 * {@code advise}: an inbound message in ({@code {"id","platform","visibility","text","locale"?,
 * "author"?:{"id"?,"followers"?},"createdAt"?}}), the channel advice out ({@code {"id","intents",
 * "channel","actions","priority","pii","reasons"}}). The output carries PII spans only, never the
 * text. Outage bursts and repeated complaints are detected across the lines of one run.
 */
final class AdviseCommand implements Command {
  private final Replyguard engine;

  AdviseCommand(Replyguard engine) {
    this.engine = engine;
  }

  @Override
  public List<ObjectNode> handle(JsonCursor input, Output out) {
    ObjectNode o = out.object();
    String id = o.hasNonNull("id") ? o.get("id").asText() : "message";
    Message message = ModelJson.message(input, id.isBlank() ? "message" : id);
    Advice advice = engine.advise(message);
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
    o.set("pii", ModelJson.pii(advice.pii()));
    ArrayNode reasons = o.putArray("reasons");
    for (Reason r : advice.reasons()) {
      reasons.addObject().put("ruleId", r.ruleId()).put("message", r.message());
    }
    return List.of(o);
  }
}
