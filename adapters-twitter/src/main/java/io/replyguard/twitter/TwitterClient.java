package io.replyguard.twitter;

import static io.replyguard.internal.Checks.requireArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.replyguard.spi.OutboundRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link OutboundRequest}s (from {@link TwitterAdapter}) to the X API v2 over
 * {@link HttpClient}, authenticated with a bearer token the caller supplies.
 *
 * <p>Behaviour:
 * <ul>
 *   <li>2xx: the body must be a JSON object (or empty); {@code data}, {@code errors[]} and the
 *       rate-limit headers are returned as a {@link TwitterResponse}. Otherwise
 *       {@link TwitterMalformedResponseException}.</li>
 *   <li>429: when {@code x-rate-limit-reset} lies at most {@link Builder#maxRateLimitWait} ahead and
 *       attempts remain, the client waits until the reset and retries; otherwise it throws
 *       {@link TwitterRateLimitedException} with the reset time at once, so the caller can
 *       schedule instead of blocking. Without a reset header the 429 is retried like a 5xx.</li>
 *   <li>5xx and I/O failures: retried with exponential backoff ({@link Builder#initialBackoff},
 *       doubled per attempt, capped at {@link Builder#maxBackoff}, no jitter) up to
 *       {@link Builder#maxAttempts} attempts in all, then {@link TwitterApiException}. Note that a
 *       POST that failed with a 5xx may have been executed; X rejects an identical post as duplicate
 *       content (403).</li>
 *   <li>401: {@link TwitterAuthenticationException}; other statuses: {@link TwitterApiException};
 *       both with the API's problem details and never retried.</li>
 * </ul>
 * The token never appears in log lines, exception messages or {@link #toString()}; request and
 * response bodies are not logged either (debug lines name method, path, status, attempt and the
 * remaining rate limit).
 *
 * <p>Immutable and thread-safe (the {@link HttpClient} is thread-safe); waits block the calling
 * thread through the configured {@link Sleeper}. Methods reject {@code null} arguments with a
 * {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class TwitterClient {
  private static final Logger LOG = LoggerFactory.getLogger(TwitterClient.class);
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Waits for a duration; injectable so that tests do not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Blocks for the duration.
     *
     * @param duration not negative
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final URI baseUri;
  private final String authorization;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRateLimitWait;
  private final Sleeper sleeper;
  private final Clock clock;

  private TwitterClient(Builder b) {
    this.baseUri = b.baseUri;
    this.authorization = "Bearer " + b.bearerToken;
    this.http = b.httpClient != null ? b.httpClient
        : HttpClient.newBuilder().connectTimeout(b.requestTimeout).build();
    this.requestTimeout = b.requestTimeout;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @param bearerToken the OAuth 2.0 bearer token (app-only or user context), visible ASCII, not
   *     null; it is never logged or shown
   * @return a new builder with the defaults documented on its setters
   * @throws IllegalArgumentException when the token is empty or contains other characters
   */
  public static Builder builder(String bearerToken) {
    return new Builder(bearerToken);
  }

  /**
   * Sends the request, retrying as documented on the class.
   *
   * @param request the request, not null
   * @return the successful response
   * @throws TwitterApiException (or a subclass) when the request fails
   */
  public TwitterResponse send(OutboundRequest request) {
    Objects.requireNonNull(request, "request");
    String what = request.method() + " " + request.path();
    HttpRequest httpRequest = build(request);
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = http.send(httpRequest,
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        LOG.debug("X API {}: I/O failure {} (attempt {}/{})", what, e.getClass().getSimpleName(),
            attempt, maxAttempts);
        if (attempt < maxAttempts) {
          pause(backoff(attempt), what);
          continue;
        }
        throw new TwitterApiException("X API " + what + " failed after " + attempt
            + " attempt(s): " + e.getClass().getSimpleName(), OptionalInt.empty(), List.of(),
            Optional.empty(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TwitterApiException("X API " + what + " interrupted", OptionalInt.empty(),
            List.of(), Optional.empty(), e);
      }
      int status = response.statusCode();
      Optional<RateLimit> rateLimit = rateLimit(response.headers());
      LOG.debug("X API {} -> {} (attempt {}/{}, rate limit remaining {})", what, status, attempt,
          maxAttempts, rateLimit.map(r -> String.valueOf(r.remaining())).orElse("unknown"));
      if (status >= 200 && status < 300) {
        return success(what, status, response.body(), rateLimit);
      }
      List<ApiProblem> problems = problems(response.body());
      if (status == 429) {
        Optional<Instant> reset = rateLimit.map(RateLimit::reset)
            .or(() -> epochSeconds(response.headers(), "x-rate-limit-reset").map(
                Instant::ofEpochSecond));
        if (attempt < maxAttempts) {
          if (reset.isEmpty()) {
            pause(backoff(attempt), what);
            continue;
          }
          Duration wait = Duration.between(clock.instant(), reset.get());
          if (wait.isNegative()) {
            wait = Duration.ZERO;
          }
          if (wait.compareTo(maxRateLimitWait) <= 0) {
            LOG.debug("X API {}: rate limited, waiting {} until the reset", what, wait);
            pause(wait, what);
            continue;
          }
        }
        throw new TwitterRateLimitedException("X API " + what + " rate limited (HTTP 429"
            + describe(problems) + "); reset " + reset.map(Instant::toString).orElse("unknown")
            + ", after " + attempt + " attempt(s)", problems, rateLimit, reset);
      }
      if (status >= 500 && attempt < maxAttempts) {
        pause(backoff(attempt), what);
        continue;
      }
      String message = "X API " + what + " failed: HTTP " + status + describe(problems)
          + (status >= 500 ? " after " + attempt + " attempt(s)" : "");
      if (status == 401) {
        throw new TwitterAuthenticationException(message
            + "; check the bearer token", status, problems, rateLimit);
      }
      throw new TwitterApiException(message, OptionalInt.of(status), problems, rateLimit, null);
    }
  }

  private HttpRequest build(OutboundRequest request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(resolve(request.path()))
        .timeout(requestTimeout)
        .header("Authorization", authorization)
        .header("Accept", "application/json");
    if (request.jsonBody().isPresent()) {
      b.header("Content-Type", "application/json; charset=utf-8");
      b.method(request.method(), HttpRequest.BodyPublishers.ofString(request.jsonBody().get(),
          StandardCharsets.UTF_8));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private URI resolve(String path) {
    String base = baseUri.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    try {
      return URI.create(base + path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("request path is not a valid URI path: " + path, e);
    }
  }

  private Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private void pause(Duration d, String what) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TwitterApiException("X API " + what + " interrupted while waiting to retry",
          OptionalInt.empty(), List.of(), Optional.empty(), e);
    }
  }

  private static TwitterResponse success(String what, int status, String body,
      Optional<RateLimit> rateLimit) {
    if (body == null || body.isBlank()) {
      return new TwitterResponse(status, Optional.empty(), Map.of(), List.of(), rateLimit);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      // The parser's message may quote the body; only the place is reported.
      throw new TwitterMalformedResponseException("X API " + what + " returned HTTP " + status
          + " with a body that is not JSON (" + (e.getLocation() == null ? "unknown position"
              : "line " + e.getLocation().getLineNr() + ", column "
                  + e.getLocation().getColumnNr()) + ")", status, rateLimit, null);
    }
    if (root == null || !root.isObject()) {
      throw new TwitterMalformedResponseException("X API " + what + " returned HTTP " + status
          + " with a JSON body that is not an object", status, rateLimit, null);
    }
    JsonNode data = root.get("data");
    Map<String, String> fields = new LinkedHashMap<>();
    Optional<String> dataJson = Optional.empty();
    if (data != null && !data.isNull()) {
      dataJson = Optional.of(data.toString());
      if (data.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isValueNode() && !e.getValue().isNull()) {
            fields.put(e.getKey(), e.getValue().asText());
          }
        }
      }
    }
    return new TwitterResponse(status, dataJson, fields, problems(root.get("errors")), rateLimit);
  }

  /** Problems from an error body; a body that is not JSON yields none (the status still tells). */
  static List<ApiProblem> problems(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    List<ApiProblem> out = new ArrayList<>();
    problem(root).ifPresent(out::add);
    out.addAll(problems(root.get("errors")));
    return out;
  }

  private static List<ApiProblem> problems(JsonNode errors) {
    List<ApiProblem> out = new ArrayList<>();
    if (errors != null && errors.isArray()) {
      for (JsonNode e : errors) {
        problem(e).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<ApiProblem> problem(JsonNode n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    Optional<String> title = text(n, "title");
    Optional<String> type = text(n, "type");
    Optional<String> detail = text(n, "detail").or(() -> text(n, "message"));
    JsonNode s = n.get("status");
    OptionalInt status = s != null && s.canConvertToInt() && s.isIntegralNumber()
        ? OptionalInt.of(s.intValue()) : OptionalInt.empty();
    if (title.isEmpty() && type.isEmpty() && detail.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApiProblem(title, type, detail, status));
  }

  private static Optional<String> text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
  }

  private static String describe(List<ApiProblem> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (ApiProblem p : problems) {
      sb.append(sb.length() == 0 ? " " : "; ");
      sb.append(p.title().orElse("untitled problem"));
      p.type().ifPresent(t -> sb.append(" <").append(t).append('>'));
    }
    return sb.toString();
  }

  static Optional<RateLimit> rateLimit(HttpHeaders headers) {
    OptionalLong limit = number(headers, "x-rate-limit-limit");
    OptionalLong remaining = number(headers, "x-rate-limit-remaining");
    Optional<Long> reset = epochSeconds(headers, "x-rate-limit-reset");
    if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RateLimit(limit.getAsLong(), remaining.getAsLong(),
        Instant.ofEpochSecond(reset.get())));
  }

  private static Optional<Long> epochSeconds(HttpHeaders headers, String name) {
    OptionalLong v = number(headers, name);
    return v.isPresent() && v.getAsLong() < 100_000_000_000L ? Optional.of(v.getAsLong())
        : Optional.empty();
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    Optional<String> v = headers.firstValue(name);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long n = Long.parseLong(v.get().trim());
      return n >= 0 ? OptionalLong.of(n) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Shows the base URI and the retry settings, never the token. */
  @Override
  public String toString() {
    return "TwitterClient[baseUri=" + baseUri + ", maxAttempts=" + maxAttempts
        + ", maxRateLimitWait=" + maxRateLimitWait + "]";
  }

  /** Builds {@link TwitterClient}s. Not thread-safe; validates every argument at once. */
  public static final class Builder {
    private final String bearerToken;
    private URI baseUri = URI.create("https://api.x.com");
    private HttpClient httpClient;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRateLimitWait = Duration.ofSeconds(60);
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
    private Clock clock = Clock.systemUTC();

    private Builder(String bearerToken) {
      Objects.requireNonNull(bearerToken, "bearerToken");
      requireArgument(!bearerToken.isEmpty(), "bearer token must not be empty");
      boolean visible = true;
      for (int i = 0; i < bearerToken.length() && visible; i++) {
        char c = bearerToken.charAt(i);
        visible = c > 0x20 && c < 0x7f;
      }
      requireArgument(visible, "bearer token must consist of visible ASCII characters"
          + " (the token is not shown)");
      this.bearerToken = bearerToken;
    }

    /**
     * Sets the API's base URI (default {@code https://api.x.com}); request paths are appended.
     *
     * @param uri absolute http or https URI without query or fragment, not null
     * @return this builder
     * @throws IllegalArgumentException when the URI is not such a URI
     */
    public Builder baseUri(URI uri) {
      Objects.requireNonNull(uri, "uri");
      requireArgument("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()),
          "base URI must use http or https: %s", uri);
      requireArgument(uri.getHost() != null, "base URI needs a host: %s", uri);
      requireArgument(uri.getRawQuery() == null && uri.getRawFragment() == null,
          "base URI must not have a query or fragment: %s", uri);
      this.baseUri = uri;
      return this;
    }

    /**
     * Sets the HTTP client (default: a new one with the request timeout as connect timeout).
     *
     * @param client not null
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the timeout of one request (default 30 s).
     *
     * @param timeout positive, not null
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "request timeout");
      return this;
    }

    /**
     * Sets the number of attempts per request, the first included (default 3).
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      requireArgument(attempts >= 1, "max attempts must be at least 1: %s", attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the wait before the second attempt after a 5xx or I/O failure (default 1 s).
     *
     * @param backoff positive, not null
     * @return this builder
     */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = positive(backoff, "initial backoff");
      return this;
    }

    /**
     * Sets the longest wait between attempts after a 5xx or I/O failure (default 30 s).
     *
     * @param backoff positive, not null
     * @return this builder
     */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = positive(backoff, "max backoff");
      return this;
    }

    /**
     * Sets the longest wait for a rate-limit reset after a 429 (default 60 s); {@code ZERO} waits
     * only when the reset has already passed.
     *
     * @param wait not negative, not null
     * @return this builder
     */
    public Builder maxRateLimitWait(Duration wait) {
      Objects.requireNonNull(wait, "wait");
      requireArgument(!wait.isNegative(), "max rate-limit wait must not be negative: %s", wait);
      this.maxRateLimitWait = wait;
      return this;
    }

    /**
     * Sets how the client waits (default {@link Thread#sleep}).
     *
     * @param value not null
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * Sets the clock used to compute the wait until a rate-limit reset (default UTC system clock).
     *
     * @param value not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalArgumentException when the max backoff is shorter than the initial backoff
     */
    public TwitterClient build() {
      requireArgument(maxBackoff.compareTo(initialBackoff) >= 0,
          "max backoff (%s) must not be shorter than the initial backoff (%s)", maxBackoff,
          initialBackoff);
      return new TwitterClient(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      requireArgument(!d.isNegative() && !d.isZero(), "%s must be positive: %s", what, d);
      return d;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
      return "TwitterClient.Builder[baseUri=" + baseUri + "]";
    }
  }
}
