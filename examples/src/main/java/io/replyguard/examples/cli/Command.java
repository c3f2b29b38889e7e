package io.replyguard.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.internal.json.JsonCursor;
import java.util.List;

/** One command of the {@code replyguard} tool: turns one input line into output objects. */
interface Command {

  /**
   * Handles one input line.
   *
   * @param input the line's JSON object; the {@code id} key is already read and may be ignored
   * @param out a factory for output objects that already carry the line's {@code id}
   * @return the output objects, usually exactly one; never null
   * @throws RuntimeException with a message naming the field and rule for bad input
   */
  List<ObjectNode> handle(JsonCursor input, Output out);

  /** Creates output objects carrying the input line's id. */
  interface Output {
    /**
     * A new output object whose first key is {@code id}.
     *
     * @return the object
     */
    ObjectNode object();
  }
}
