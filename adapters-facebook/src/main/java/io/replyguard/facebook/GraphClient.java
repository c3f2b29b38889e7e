package io.replyguard.facebook;

import static io.replyguard.internal.Checks.requireArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.spi.OutboundRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link OutboundRequest}s (from {@link FacebookAdapter}) to the Graph API over
 * {@link HttpClient}.
 *
 * <ul>
 *   <li>The URL is {@code baseUri + "/" + apiVersion + request.path()}; both are configurable
 *       (defaults {@code https://graph.facebook.com} and {@value #DEFAULT_API_VERSION}; which version
 *       is current is not something this library can know, so set it explicitly).
 *   <li>The page access token is passed per call and sent as {@code Authorization: Bearer}. The
 *       client never stores it; it never appears in log lines, exception messages or
 *       {@code toString()}.
 *   <li>Error envelopes {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}
 *       become {@link FacebookApiException} subclasses (see there). The envelope's {@code message}
 *       is kept only in {@link FacebookApiException#platformMessage()}.
 *   <li>Rate limits (codes 4, 17, 32, 613, or HTTP 429) and server errors (HTTP 5xx) are retried at
 *       most {@code maxRetries} times with exponential backoff ({@code initialBackoff} doubling, at
 *       most {@code maxBackoff}) through the injectable {@link Sleeper}. A rate limit whose
 *       {@code X-Business-Use-Case-Usage} names a positive {@code estimated_time_to_regain_access}
 *       is reported at once instead of hammering. Token, permission and duplicate errors and I/O
 *       failures are never retried (a retried POST that did reach Facebook would post twice; the
 *       duplicate then shows as {@link FacebookDuplicatePostException}).
 *   <li>Logging: slf4j at debug, method, path, status and attempt only.
 * </ul>
 *
 * <p>Immutable and thread-safe (the underlying {@link HttpClient} is). Build with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class GraphClient {
  /** The default API version path prefix. */
  public static final String DEFAULT_API_VERSION = "v21.0";

  private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);
  private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613);
  private static final List<String> USAGE_HEADERS =
      List.of("X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage");

  private final URI baseUri;
  private final String apiVersion;
  private final HttpClient http;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration requestTimeout;
  private final Sleeper sleeper;

  /** Waits between retries; tests inject one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long, not null, not negative
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private GraphClient(Builder b) {
    this.baseUri = b.baseUri;
    this.apiVersion = b.apiVersion;
    this.http = b.http != null ? b.http
        : HttpClient.newBuilder().connectTimeout(b.requestTimeout).build();
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.requestTimeout = b.requestTimeout;
    this.sleeper = b.sleeper;
  }

  /**
   * Starts a builder with the defaults: base URI {@code https://graph.facebook.com}, API version
   * {@value #DEFAULT_API_VERSION}, 3 retries, backoff 1 s doubling up to 30 s, request timeout 30 s,
   * {@link Thread#sleep} as sleeper.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends a request.
   *
   * @param request the request, not null
   * @param pageAccessToken the page access token, not null, not blank, without line breaks
   * @return the successful response
   * @throws FacebookApiException (or a subclass) when Facebook refuses the request, answers with a
   *     malformed body, or cannot be reached
   */
  public GraphResponse send(OutboundRequest request, String pageAccessToken) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(pageAccessToken, "pageAccessToken");
    requireArgument(!pageAccessToken.isBlank(), "pageAccessToken must not be blank");
    requireArgument(pageAccessToken.indexOf('\n') < 0 && pageAccessToken.indexOf('\r') < 0,
        "pageAccessToken must not contain line breaks");
    String path = (apiVersion.isEmpty() ? "" : "/" + apiVersion) + request.path();
    String what = request.method() + " " + path;
    HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(baseUri + path))
        .timeout(requestTimeout)
        .header("Authorization", "Bearer " + pageAccessToken)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(request.method(), request.jsonBody()
            .map(b -> HttpRequest.BodyPublishers.ofString(b, StandardCharsets.UTF_8))
            .orElse(HttpRequest.BodyPublishers.noBody()))
        .build();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        LOG.debug("Graph {} failed: {}", what, e.getClass().getName());
        throw new FacebookApiException("Graph API " + what + " failed: I/O error ("
            + e.getClass().getSimpleName() + ")", 0, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FacebookApiException("Graph API " + what + " interrupted", 0, e);
      }
      int status = response.statusCode();
      LOG.debug("Graph {} -> HTTP {} (attempt {} of {})", what, status, attempt + 1,
          maxRetries + 1);
      List<GraphUsage> usage = parseUsage(response.headers().map());
      Optional<JsonNode> body = readJson(response.body());
      boolean hasEnvelope = body.isPresent() && body.get().isObject() && body.get().has("error");
      if (status / 100 == 2 && !hasEnvelope) {
        if (body.isEmpty() || !body.get().isContainerNode()) {
          throw new FacebookApiException("Graph API " + what + " returned HTTP " + status
              + " with a body that is not a JSON object or array", GraphError.withoutEnvelope(status));
        }
        return new GraphResponse(status, response.body(), usage);
      }
      Optional<GraphError> parsed = hasEnvelope ? envelope(status, body.get().get("error"))
          : Optional.<GraphError>empty();
      boolean malformed = parsed.isEmpty();
      GraphError e = parsed.orElseGet(() -> GraphError.withoutEnvelope(status));
      boolean rateLimited = e.code().isPresent()
          ? RATE_LIMIT_CODES.contains(e.code().getAsInt()) : status == 429;
      boolean retryable = rateLimited || (status >= 500 && !isFinal(e));
      boolean regainsLater = usage.stream().anyMatch(u -> u.timeToRegainAccess()
          .map(d -> !d.isZero() && !d.isNegative()).orElse(false));
      if (retryable && attempt < maxRetries && !(rateLimited && regainsLater)) {
        Duration wait = backoff(attempt);
        LOG.debug("Graph {} retrying after {} ms", what, wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new FacebookApiException("Graph API " + what
              + " interrupted while backing off before a retry", status, ie);
        }
        continue;
      }
      throw toException(what, e, malformed, rateLimited, usage, attempt);
    }
  }

  private static boolean isFinal(GraphError e) {
    if (e.code().isEmpty()) {
      return false;
    }
    int c = e.code().getAsInt();
    return c == 190 || c == 10 || (c >= 200 && c <= 299) || c == 506;
  }

  private Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 0; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static FacebookApiException toException(String what, GraphError e, boolean malformed,
      boolean rateLimited, List<GraphUsage> usage, int retries) {
    String prefix = "Graph API " + what + " failed: " + e.describe();
    if (rateLimited) {
      return new FacebookRateLimitException(prefix + " (rate limited"
          + (retries > 0 ? " after " + retries + " retries" : "")
          + "; see usage() and try again later)", e, usage);
    }
    if (malformed) {
      return new FacebookApiException(prefix + " (the body is not a Graph error envelope"
          + (retries > 0 ? "; after " + retries + " retries" : "") + ")", e);
    }
    int code = e.code().getAsInt();
    if (code == 190) {
      return new FacebookTokenException(prefix
          + " (page access token expired or invalid: obtain a new one)", e);
    }
    if (code == 10 || (code >= 200 && code <= 299)) {
      return new FacebookPermissionException(prefix
          + " (the token lacks a permission this request needs)", e);
    }
    if (code == 506) {
      return new FacebookDuplicatePostException(prefix + " (duplicate post)", e);
    }
    return new FacebookApiException(prefix
        + (retries > 0 ? " (after " + retries + " retries)" : ""), e);
  }

  private static Optional<JsonNode> readJson(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JsonCursor.mapper().readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The envelope's fields; empty when {@code code} is missing or mistyped. */
  private static Optional<GraphError> envelope(int status, JsonNode error) {
    if (!error.isObject()) {
      return Optional.empty();
    }
    OptionalInt code = intField(error, "code");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GraphError(status, code, textField(error, "type"),
        intField(error, "error_subcode"), textField(error, "fbtrace_id"),
        textField(error, "message")));
  }

  private static OptionalInt intField(JsonNode o, String name) {
    JsonNode n = o.get(name);
    return n != null && n.isIntegralNumber() && n.canConvertToInt()
        ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
  }

  private static Optional<String> textField(JsonNode o, String name) {
    JsonNode n = o.get(name);
    return n != null && n.isTextual() ? Optional.of(n.textValue()) : Optional.empty();
  }

  /**
   * Parses the usage headers (names compared case-insensitively). A malformed header is skipped and
   * noted at debug level: usage figures are advisory and must not hide the response's outcome.
   */
  static List<GraphUsage> parseUsage(Map<String, List<String>> headers) {
    List<GraphUsage> out = new ArrayList<>();
    for (String wanted : USAGE_HEADERS) {
      for (Map.Entry<String, List<String>> h : headers.entrySet()) {
        if (h.getKey() == null || !h.getKey().equalsIgnoreCase(wanted)) {
          continue;
        }
        for (String value : h.getValue()) {
          try {
            JsonNode node = JsonCursor.mapper().readTree(value);
            if (wanted.equals("X-Business-Use-Case-Usage")) {
              out.addAll(businessUsage(wanted, node));
            } else {
              out.add(usage(wanted, node, Optional.empty()));
            }
          } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debug("skipping malformed {} header", wanted);
          }
        }
      }
    }
    return out;
  }

  private static List<GraphUsage> businessUsage(String header, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    List<GraphUsage> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new IllegalArgumentException("not an array");
      }
      for (JsonNode item : e.getValue()) {
        out.add(usage(header, item, Optional.of(e.getKey())));
      }
    }
    return out;
  }

  private static GraphUsage usage(String header, JsonNode node, Optional<String> businessId) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    OptionalInt regain = intField(node, "estimated_time_to_regain_access");
    return new GraphUsage(header, businessId,
        businessId.isPresent() ? textField(node, "type") : Optional.empty(),
        requiredInt(node, "call_count"), requiredInt(node, "total_time"),
        requiredInt(node, "total_cputime"),
        regain.isPresent() ? Optional.of(Duration.ofMinutes(regain.getAsInt())) : Optional.empty());
  }

  private static int requiredInt(JsonNode node, String name) {
    OptionalInt v = intField(node, name);
    if (v.isEmpty()) {
      throw new IllegalArgumentException(name + " missing");
    }
    return v.getAsInt();
  }

  @Override
  public String toString() {
    return "GraphClient[" + baseUri + ", " + (apiVersion.isEmpty() ? "no version prefix" : apiVersion)
        + ", maxRetries=" + maxRetries + "]";
  }

  /** Builds {@link GraphClient}s; every setter validates at once. Not thread-safe. */
  public static final class Builder {
    private URI baseUri = URI.create("https://graph.facebook.com");
    private String apiVersion = DEFAULT_API_VERSION;
    private HttpClient http;
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder() {}

    /**
     * Sets the base URI (scheme, host, optional port; no query or fragment).
     *
     * @param value an absolute http or https URI, not null
     * @return this builder
     */
    public Builder baseUri(URI value) {
      Objects.requireNonNull(value, "baseUri");
      requireArgument("https".equals(value.getScheme()) || "http".equals(value.getScheme()),
          "baseUri must be an absolute http or https URI: %s", value);
      requireArgument(value.getHost() != null, "baseUri must name a host: %s", value);
      requireArgument(value.getRawQuery() == null && value.getRawFragment() == null,
          "baseUri must not have a query or fragment: %s", value);
      String s = value.toString();
      this.baseUri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
      return this;
    }

    /**
     * Sets the API version path prefix, e.g. {@code v21.0}; empty for none.
     *
     * @param value not null, without {@code /}, {@code ?} or whitespace
     * @return this builder
     */
    public Builder apiVersion(String value) {
      Objects.requireNonNull(value, "apiVersion");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        requireArgument(c != '/' && c != '?' && c != '#' && !Character.isWhitespace(c),
            "apiVersion must be a single path segment such as v21.0: %s", value);
      }
      this.apiVersion = value;
      return this;
    }

    /**
     * Sets the HTTP client (default: a new one with the request timeout as connect timeout).
     *
     * @param value not null
     * @return this builder
     */
    public Builder httpClient(HttpClient value) {
      this.http = Objects.requireNonNull(value, "httpClient");
      return this;
    }

    /**
     * Sets how often a rate-limited or 5xx request is retried.
     *
     * @param value 0 to 10
     * @return this builder
     */
    public Builder maxRetries(int value) {
      requireArgument(value >= 0 && value <= 10, "maxRetries must be within [0, 10]: %s", value);
      this.maxRetries = value;
      return this;
    }

    /**
     * Sets the first backoff and the cap; each retry doubles the wait up to the cap.
     *
     * @param initial not null, not negative
     * @param max not null, not less than {@code initial}
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      requireArgument(!initial.isNegative(), "initial backoff must not be negative: %s", initial);
      requireArgument(max.compareTo(initial) >= 0,
          "max backoff (%s) must not be less than initial backoff (%s)", max, initial);
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Sets the timeout of each request.
     *
     * @param value positive, not null
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      Objects.requireNonNull(value, "requestTimeout");
      requireArgument(!value.isNegative() && !value.isZero(),
          "requestTimeout must be positive: %s", value);
      this.requestTimeout = value;
      return this;
    }

    /**
     * Sets what waits between retries.
     *
     * @param value not null
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new immutable client
     */
    public GraphClient build() {
      return new GraphClient(this);
    }
  }
}
