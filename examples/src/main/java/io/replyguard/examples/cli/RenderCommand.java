package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.Replyguard;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.template.RenderContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code render}: {@code {"id","template","locale"?,"now"?,"values":{…}}} in →
 * {@code {"id","text"}} out. {@code values} maps placeholder names to strings; the commitment,
 * service-hours and next-opening placeholders are computed from {@code now} (default: the current
 * time) and the template's service level. Without {@code locale} the configured default language is
 * used. Variants rotate across the lines of one run.
 */
final class RenderCommand implements Command {
  private final Replyguard engine;
  private final Clock clock;

  RenderCommand(Replyguard engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public List<ObjectNode> handle(JsonCursor input, Output out) {
    input.strictObject("id", "template", "locale", "now", "values");
    String template = input.field("template").asNonBlankString();
    Optional<Locale> locale = input.optField("locale").map(ModelJson::locale);
    Instant now = input.optField("now").map(ModelJson::instant).orElseGet(clock::instant);
    Map<String, String> values = new LinkedHashMap<>();
    input.field("values").fields().forEach((k, v) -> values.put(k, v.asString()));
    String text = engine.render(template, new RenderContext(locale, now, values));
    ObjectNode o = out.object();
    o.put("text", text);
    return List.of(o);
  }
}
