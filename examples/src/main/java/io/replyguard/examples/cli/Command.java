package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One command of the {@code replyguard} tool: turns one input line into output lines. */
@FunctionalInterface
interface Command {

  /**
   * Handles one input line.
   *
   * @param line the input line, a JSON object
   * @param id the line's {@code id} (a string or integer node), or a null node when it has none
   * @return the output lines (JSON objects that echo the id), usually exactly one; never null
   * @throws RuntimeException with a message naming the field and rule for bad input
   */
  List<String> handle(String line, JsonNode id);
}
