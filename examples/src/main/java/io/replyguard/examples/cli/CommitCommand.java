package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.time.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code commit}: {@code {"id","now","within","locale"?}} in (ISO-8601 instant with offset,
 * ISO-8601 duration of business time) → {@code {"id","deadline","text"}} out, the deadline as an
 * ISO-8601 date-time with offset in the service's zone. Without {@code locale} the configured
 * default language is used.
 */
final class CommitCommand implements Command {
  private final Replyguard engine;

  CommitCommand(Replyguard engine) {
    this.engine = engine;
  }

  @Override
  public List<ObjectNode> handle(JsonCursor input, Output out) {
    input.strictObject("id", "now", "within", "locale");
    Instant now = ModelJson.instant(input.field("now"));
    Duration within = input.field("within").asPositiveDuration();
    Locale locale = input.optField("locale").map(ModelJson::locale)
        .orElse(engine.config().locale());
    Commitment c = engine.commitment(now, within, locale);
    ObjectNode o = out.object();
    o.put("deadline", c.deadline().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    o.put("text", c.text());
    return List.of(o);
  }
}
