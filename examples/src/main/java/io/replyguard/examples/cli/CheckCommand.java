package io.replyguard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.json.JsonLines;
import io.replyguard.model.Verdict;
import java.util.List;

/**
 * {@code check}: a draft per line in, its verdict and findings out ({@link JsonLines#check}).
 * Remembers the strictest verdict of the run, for {@code --fail-on}.
 */
final class CheckCommand implements Command {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonLines protocol;
  private Verdict strictest = Verdict.ALLOW;

  CheckCommand(JsonLines protocol) {
    this.protocol = protocol;
  }

  @Override
  public List<String> handle(String line, JsonNode id) {
    String answer = protocol.check(line);
    try {
      Verdict v = Verdict.valueOf(MAPPER.readTree(answer).get("verdict").asText());
      if (v.compareTo(strictest) > 0) {
        strictest = v;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable check answer", e);
    }
    return List.of(answer);
  }

  /** The strictest verdict of the lines checked so far ({@code ALLOW} before the first). */
  Verdict strictest() {
    return strictest;
  }
}
