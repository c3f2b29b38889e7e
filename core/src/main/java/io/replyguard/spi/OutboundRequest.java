package io.replyguard.spi;

import io.replyguard.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A transport-neutral platform API request: method, path relative to the API's base URL, and an
 * optional JSON body. The body contains the reply text, which may be personal data:
 * {@link #toString()} shows only its length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method HTTP method: GET, POST, PUT or DELETE
 * @param path the path starting with {@code /}, e.g. {@code /2/tweets}
 * @param jsonBody the JSON body, if any
 *
 * @since 0.1.0
 */
public record OutboundRequest(String method, String path, Optional<String> jsonBody) {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

  /**
   * Validates the components.
   *
   * @param method HTTP method: GET, POST, PUT or DELETE
   * @param path the path starting with {@code /}, e.g. {@code /2/tweets}
   * @param jsonBody the JSON body, if any
   */
  public OutboundRequest {
    Objects.requireNonNull(method, "method");
    Checks.requireArgument(METHODS.contains(method), "method must be one of %s: %s",
        METHODS, method);
    Objects.requireNonNull(path, "path");
    Checks.requireArgument(path.startsWith("/"), "path must start with '/': %s", path);
    Objects.requireNonNull(jsonBody, "jsonBody");
  }

  /**
   * A request with a JSON body.
   *
   * @param method HTTP method
   * @param path path
   * @param jsonBody JSON body, not null
   * @return the request
   */
  public static OutboundRequest of(String method, String path, String jsonBody) {
    return new OutboundRequest(method, path, Optional.of(jsonBody));
  }

  /**
   * A request without a body.
   *
   * @param method HTTP method
   * @param path path
   * @return the request
   */
  public static OutboundRequest withoutBody(String method, String path) {
    return new OutboundRequest(method, path, Optional.empty());
  }

  @Override
  public String toString() {
    return "OutboundRequest[" + method + " " + path + ", body="
        + jsonBody.map(b -> "<" + b.length() + " chars>").orElse("none") + "]";
  }
}
