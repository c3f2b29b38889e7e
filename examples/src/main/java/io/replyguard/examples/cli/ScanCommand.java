package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.PiiFinding;
import java.util.List;

/**
 * {@code scan}: {@code {"id","text","locale"?}} in, {@code {"id","pii":[{"type","start","end",
 * "score"}],"redacted"}} out. Prints spans and the redacted text only, never the data found.
 * The locale is validated ("de" or "en"); the detector applies German and English rules to
 * every text.
 */
final class ScanCommand implements Command {
  private final Replyguard engine;

  ScanCommand(Replyguard engine) {
    this.engine = engine;
  }

  @Override
  public List<ObjectNode> handle(JsonCursor input, Output out) {
    input.strictObject("id", "text", "locale");
    String text = input.field("text").asString();
    input.optField("locale").ifPresent(ModelJson::locale);
    List<PiiFinding> findings = engine.scan(text);
    ObjectNode o = out.object();
    o.set("pii", ModelJson.pii(findings));
    o.put("redacted", engine.redact(text));
    return List.of(o);
  }
}
