package io.replyguard.advice;

import io.replyguard.internal.json.JsonCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the package's versioned JSON resources. Stateless and thread-safe. */
final class Resources {
  /** The resource format version this code reads. */
  static final int VERSION = 1;

  private Resources() {}

  /**
   * Loads and parses a resource of this package and checks its {@code "version"}.
   *
   * @param name the resource name, relative to this package
   * @return a cursor on the document root; errors name the resource and JSON pointer
   * @throws IllegalStateException when the resource is missing or malformed
   */
  static JsonCursor load(String name) {
    String json;
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("embedded resource " + name + " is missing");
      }
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded resource " + name, e);
    }
    JsonCursor root = JsonCursor.parse(json,
        (pointer, problem) -> new IllegalStateException(
            "embedded resource " + name + " at '" + pointer + "': " + problem)).requireObject();
    int version = root.field("version").asInt();
    if (version != VERSION) {
      throw root.field("version").error("unsupported version " + version + "; expected " + VERSION);
    }
    return root;
  }
}
