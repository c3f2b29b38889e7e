package io.replyguard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.internal.json.JsonCursor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link Command} over JSON Lines: one output line per input line (or per contained message
 * for {@code parse}), in order, echoing {@code id}. A bad line yields {@code {"id","line","error"}}
 * and processing goes on.
 */
final class LineRunner {
  private static final ObjectMapper MAPPER = JsonCursor.mapper();

  private final Command command;
  private final boolean idRequired;
  private final PrintStream progress;

  /**
   * Creates a runner.
   *
   * @param command the command
   * @param idRequired whether each line must carry an {@code id}
   * @param progress where to report progress, or null for none
   */
  LineRunner(Command command, boolean idRequired, PrintStream progress) {
    this.command = Objects.requireNonNull(command, "command");
    this.idRequired = idRequired;
    this.progress = progress;
  }

  /** Counts of a run. */
  record Summary(long lines, long failed) {}

  Summary run(BufferedReader in, PrintStream out) throws IOException {
    long lineNo = 0;
    long failed = 0;
    long started = System.nanoTime();
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode id = null;
      try {
        JsonCursor input = JsonCursor.parse(line, CliException::new);
        input.requireObject();
        JsonNode idNode = input.node().get("id");
        if (idNode != null && !idNode.isNull()) {
          if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
            throw new CliException("/id", "must be a string or an integer");
          }
          id = idNode;
        } else if (idRequired) {
          throw new CliException("/id", "required key 'id' is missing");
        }
        JsonNode fixedId = id;
        List<ObjectNode> results = command.handle(input, () -> {
          ObjectNode o = JsonNodeFactory.instance.objectNode();
          o.set("id", fixedId == null ? JsonNodeFactory.instance.nullNode() : fixedId);
          return o;
        });
        boolean partlyFailed = false;
        for (ObjectNode r : results) {
          if (r.has("error")) { // a part of the line failed (parse: a bad entry of a payload)
            partlyFailed = true;
            r.put("line", lineNo);
            r.put("error", "line " + lineNo + ": " + r.get("error").asText());
          }
          out.println(MAPPER.writeValueAsString(r));
        }
        if (partlyFailed) {
          failed++;
        }
      } catch (RuntimeException e) {
        failed++;
        ObjectNode err = JsonNodeFactory.instance.objectNode();
        err.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        err.put("line", lineNo);
        err.put("error", "line " + lineNo + ": " + describe(e));
        out.println(MAPPER.writeValueAsString(err));
      }
      if (progress != null && lineNo % 1000 == 0) {
        double secs = (System.nanoTime() - started) / 1e9;
        progress.printf("\r%,d lines, %,d failed, %.0f lines/s", lineNo, failed, lineNo / secs);
      }
    }
    if (progress != null && lineNo >= 1000) {
      progress.printf("\r%,d lines, %,d failed%n", lineNo, failed);
    }
    out.flush();
    return new Summary(lineNo, failed);
  }

  /** Exception messages of Replyguard never contain personal data; others are summarised. */
  private static String describe(RuntimeException e) {
    if (e instanceof io.replyguard.ReplyguardException || e instanceof IllegalArgumentException
        || e instanceof NullPointerException || e instanceof IllegalStateException) {
      String m = e.getMessage();
      return m == null ? e.getClass().getSimpleName() : m;
    }
    return "internal error (" + e.getClass().getName() + ")";
  }

  static String json(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
