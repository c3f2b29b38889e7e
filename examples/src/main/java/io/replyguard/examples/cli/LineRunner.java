package io.replyguard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.model.ReplyguardException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Runs a {@link Command} over JSON Lines: one output line per input line (or per contained message
 * for {@code parse}), in order, echoing {@code id}. A bad line yields {@code {"id","line","error"}}
 * and processing goes on.
 */
final class LineRunner {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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

  Summary run(Reader in, PrintStream out) throws IOException {
    long lineNo = 0;
    long failed = 0;
    long started = System.nanoTime();
    int shown = 0; // length of the progress line on screen
    LineReader lines = new LineReader(in);
    LineReader.Line next;
    while ((next = lines.next()) != null) {
      lineNo++;
      String line = next.text();
      if (next.tooLong()) {
        failed++;
        ObjectNode err = JsonNodeFactory.instance.objectNode();
        err.set("id", JsonNodeFactory.instance.nullNode());
        err.put("line", lineNo);
        err.put("error", "line " + lineNo + ": line: longer than " + LineReader.MAX_LINE_CHARS
            + " characters; skipped");
        out.println(json(err));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if ((lineNo & 255) == 0 && out.checkError()) {
        break; // the output cannot be written: stop reading, the caller reports it
      }
      JsonNode id = JsonNodeFactory.instance.nullNode();
      try {
        JsonNode given = id(line);
        id = given == null ? JsonNodeFactory.instance.nullNode() : given;
        if (given != null && id.isNull() && idRequired) {
          throw new CliException("/id", "required key 'id' is missing");
        }
        for (String answer : command.handle(line, id)) {
          out.println(answer);
        }
      } catch (PartialLineException e) {
        // parse: some parts of a payload failed; its good messages are still written
        failed++;
        for (String answer : e.answers()) {
          out.println(answer);
        }
        for (String problem : e.problems()) {
          ObjectNode err = JsonNodeFactory.instance.objectNode();
          err.set("id", id);
          err.put("line", lineNo);
          err.put("error", "line " + lineNo + ": " + problem);
          out.println(json(err));
        }
      } catch (RuntimeException e) {
        failed++;
        ObjectNode err = JsonNodeFactory.instance.objectNode();
        err.set("id", id);
        err.put("line", lineNo);
        err.put("error", "line " + lineNo + ": " + describe(e));
        out.println(json(err));
      }
      if (progress != null && lineNo % 1000 == 0) {
        double secs = (System.nanoTime() - started) / 1e9;
        String p = String.format("%,d lines, %,d failed, %.0f lines/s", lineNo, failed,
            lineNo / secs);
        progress.print("\r" + p + " ".repeat(Math.max(0, shown - p.length())));
        shown = p.length();
      }
    }
    if (progress != null && lineNo >= 1000) {
      String p = String.format("%,d lines, %,d failed", lineNo, failed);
      // the last progress line is overwritten whole, so no figures of it remain after the summary
      progress.print("\r" + p + " ".repeat(Math.max(0, shown - p.length())) + "\n");
    }
    out.flush();
    return new Summary(lineNo, failed);
  }

  /**
   * The line's {@code id}: a string or integer node, or a null node when the object has none; null
   * for a line that is not JSON (the command reports what is wrong with it).
   */
  private static JsonNode id(String line) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return null;
    }
    JsonNode id = root == null || !root.isObject() ? null : root.get("id");
    if (id == null || id.isNull()) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (!id.isTextual() && !id.isIntegralNumber()) {
      throw new CliException("/id", "must be a string or an integer");
    }
    return id;
  }

  /** Exception messages of Replyguard never contain personal data; others are summarised. */
  private static String describe(RuntimeException e) {
    if (e instanceof ReplyguardException || e instanceof IllegalArgumentException
        || e instanceof NullPointerException || e instanceof IllegalStateException) {
      String m = e.getMessage();
      return m == null ? e.getClass().getSimpleName() : m;
    }
    return "internal error (" + e.getClass().getName() + ")";
  }

  private static String json(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
