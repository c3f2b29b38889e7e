package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import java.util.List;

/**
 * {@code check}: {@code {"id","platform","visibility","text","locale"?,"now"?,"inReplyTo"?}} in,
 * {@code {"id","verdict","findings":[{"ruleId","category","severity","start","end","message",
 * "suggestion"?}]}} out. Messages and suggestions never quote the draft, so the output carries no
 * personal data from it. Without {@code now} the engine's clock is used.
 */
final class CheckCommand implements Command {
  private final Replyguard engine;

  CheckCommand(Replyguard engine) {
    this.engine = engine;
  }

  @Override
  public List<ObjectNode> handle(JsonCursor input, Output out) {
    input.strictObject("id", "platform", "visibility", "text", "locale", "now", "inReplyTo");
    Draft draft = Draft.of(input.field("text").asString(),
        ModelJson.platform(input.field("platform")),
        ModelJson.visibility(input.field("visibility")));
    if (input.has("locale")) {
      draft = draft.withLocale(ModelJson.locale(input.field("locale")));
    }
    if (input.has("now")) {
      draft = draft.at(ModelJson.instant(input.field("now")));
    }
    if (input.has("inReplyTo")) {
      draft = draft.inReplyTo(ModelJson.message(input.field("inReplyTo"), "inReplyTo"));
    }
    CheckResult result = engine.check(draft);
    ObjectNode o = out.object();
    o.put("verdict", result.verdict().name());
    ArrayNode findings = o.putArray("findings");
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
    return List.of(o);
  }
}
