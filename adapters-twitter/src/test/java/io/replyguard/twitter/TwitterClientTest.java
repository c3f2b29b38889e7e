package io.replyguard.twitter;

import io.replyguard.testsupport.CapturingLogProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.replyguard.model.Author;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.OutboundRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TwitterClient} against a scripted HTTP server on loopback. */
class TwitterClientTest {
  static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAASecretBearerToken%2Fxyz";
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  record Reply(int status, Map<String, String> headers, String body) {}

  record Seen(String method, String path, String authorization, String contentType, String body) {}

  private HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    CapturingLogProvider.LINES.clear();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      Reply r;
      synchronized (script) {
        r = script.isEmpty() ? new Reply(500, Map.of(), "{\"title\":\"unscripted\"}")
            : script.poll();
      }
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void reply(int status, String body, Map<String, String> headers) {
    script.add(new Reply(status, headers, body));
  }

  private TwitterClient client(int attempts) {
    return TwitterClient.builder(TOKEN)
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .maxAttempts(attempts)
        .initialBackoff(Duration.ofMillis(500))
        .maxBackoff(Duration.ofSeconds(2))
        .maxRateLimitWait(Duration.ofSeconds(60))
        .sleeper(sleeps::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  private static OutboundRequest reply() {
    Message original = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Hilfe").id("1460")
        .author(Author.of("6253282")).build();
    return new TwitterAdapter().replyRequest(Draft.of("Wir helfen gern 😷", Platform.TWITTER,
        Visibility.PUBLIC).inReplyTo(original));
  }

  static Map<String, String> rateHeaders(long remaining, Instant reset) {
    return Map.of("x-rate-limit-limit", "300", "x-rate-limit-remaining", String.valueOf(remaining),
        "x-rate-limit-reset", String.valueOf(reset.getEpochSecond()));
  }

  static void assertNoToken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.toString());
      assertFalse(String.valueOf(t.getMessage()).contains("SecretBearer"), t.toString());
      assertFalse(t.toString().contains("SecretBearer"), t.toString());
    }
  }

  @Test
  void successReturnsDataAndRateLimit() {
    reply(201, "{\"data\":{\"id\":\"1867\",\"text\":\"Wir helfen gern 😷\","
        + "\"edit_history_tweet_ids\":[\"1867\"]}}", rateHeaders(299, NOW.plusSeconds(900)));
    TwitterResponse r = client(3).send(reply());
    assertEquals(201, r.status());
    assertEquals(Optional.of("1867"), r.field("id"));
    assertEquals(Optional.empty(), r.field("edit_history_tweet_ids"), "not a scalar");
    assertTrue(r.data().orElseThrow().contains("edit_history_tweet_ids"));
    assertEquals(Optional.of(new RateLimit(300, 299, NOW.plusSeconds(900))), r.rateLimit());
    assertEquals(List.of(), r.problems());
    assertFalse(r.toString().contains("helfen"), r.toString());
    Seen s = seen.get(0);
    assertEquals("POST", s.method());
    assertEquals("/2/tweets", s.path());
    assertEquals("Bearer " + TOKEN, s.authorization());
    assertTrue(s.contentType().startsWith("application/json"));
    assertEquals("{\"text\":\"Wir helfen gern 😷\",\"reply\":{\"in_reply_to_tweet_id\":\"1460\"}}",
        s.body());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void partialErrorsAreReported() {
    reply(200, "{\"data\":{\"hidden\":true},\"errors\":[{\"title\":\"Partial\",\"type\":\"t\","
        + "\"detail\":\"d\"}]}", Map.of());
    TwitterResponse r = client(1).send(OutboundRequest.of("PUT", "/2/tweets/1/hidden",
        "{\"hidden\":true}"));
    assertEquals(Optional.of("true"), r.field("hidden"));
    assertEquals(List.of(new ApiProblem(Optional.of("Partial"), Optional.of("t"), Optional.of("d"),
        OptionalInt.empty())), r.problems());
    assertEquals(Optional.empty(), r.rateLimit());
  }

  @Test
  void rateLimitedWaitsUntilTheResetThenSucceeds() {
    reply(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\","
        + "\"type\":\"about:blank\",\"status\":429}", rateHeaders(0, NOW.plusSeconds(42)));
    reply(201, "{\"data\":{\"id\":\"9\"}}", rateHeaders(299, NOW.plusSeconds(900)));
    TwitterResponse r = client(3).send(reply());
    assertEquals(Optional.of("9"), r.field("id"));
    assertEquals(List.of(Duration.ofSeconds(42)), sleeps);
    assertEquals(2, seen.size());
  }

  @Test
  void rateLimitBeyondTheMaximumWaitIsReportedAtOnce() {
    Instant reset = NOW.plusSeconds(900);
    reply(429, "{\"title\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}",
        rateHeaders(0, reset));
    TwitterRateLimitedException e = assertThrows(TwitterRateLimitedException.class,
        () -> client(3).send(reply()));
    assertEquals(Optional.of(reset), e.reset());
    assertEquals(OptionalInt.of(429), e.status());
    assertEquals(0, e.rateLimit().orElseThrow().remaining());
    assertEquals(Optional.of("Too Many Requests"), e.problems().get(0).title());
    assertTrue(e.getMessage().contains(reset.toString()), e.getMessage());
    assertEquals(List.of(), sleeps, "never sleeps instead of reporting");
    assertEquals(1, seen.size());
    assertNoToken(e);
  }

  @Test
  void rateLimitExhaustsTheAttempts() {
    for (int i = 0; i < 2; i++) {
      reply(429, "{}", rateHeaders(0, NOW.plusSeconds(5)));
    }
    TwitterRateLimitedException e = assertThrows(TwitterRateLimitedException.class,
        () -> client(2).send(reply()));
    assertEquals(List.of(Duration.ofSeconds(5)), sleeps);
    assertTrue(e.getMessage().contains("after 2 attempt(s)"), e.getMessage());
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenSucceed() {
    reply(503, "{\"title\":\"Service Unavailable\"}", Map.of());
    reply(500, "<html>oops</html>", Map.of());
    reply(200, "{\"data\":{\"dm_conversation_id\":\"1-2\",\"dm_event_id\":\"77\"}}", Map.of());
    TwitterResponse r = client(3).send(OutboundRequest.of("POST",
        "/2/dm_conversations/with/2/messages", "{\"text\":\"hi\"}"));
    assertEquals(Optional.of("77"), r.field("dm_event_id"));
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeps);
    assertEquals(3, seen.size());
  }

  @Test
  void serverErrorsExhaustTheAttempts() {
    for (int i = 0; i < 4; i++) {
      reply(502, "{\"title\":\"Bad Gateway\",\"type\":\"about:blank\"}", Map.of());
    }
    TwitterApiException e = assertThrows(TwitterApiException.class,
        () -> client(4).send(reply()));
    assertEquals(OptionalInt.of(502), e.status());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
        sleeps, "doubling, capped at the max backoff");
    assertTrue(e.getMessage().contains("HTTP 502 Bad Gateway"), e.getMessage());
    assertTrue(e.getMessage().contains("after 4 attempt(s)"), e.getMessage());
    assertNoToken(e);
  }

  @Test
  void unauthorizedIsAnAuthenticationErrorAndNotRetried() {
    reply(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
        + "\"detail\":\"Unauthorized\"}", Map.of());
    TwitterAuthenticationException e = assertThrows(TwitterAuthenticationException.class,
        () -> client(3).send(reply()));
    assertEquals(OptionalInt.of(401), e.status());
    assertEquals(new ApiProblem(Optional.of("Unauthorized"), Optional.of("about:blank"),
        Optional.of("Unauthorized"), OptionalInt.of(401)), e.problems().get(0));
    assertEquals(1, seen.size());
    assertNoToken(e);
  }

  @Test
  void otherClientErrorsCarryTheProblemDetails() {
    reply(403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
        + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}", Map.of());
    TwitterApiException e = assertThrows(TwitterApiException.class,
        () -> client(3).send(reply()));
    assertEquals(TwitterApiException.class, e.getClass());
    assertEquals(Optional.of("You are not allowed to create a Tweet with duplicate content."),
        e.problems().get(0).detail());
    assertEquals(1, seen.size());
  }

  @Test
  void malformedSuccessBodyIsAClearError() {
    reply(200, "{\"data\": {\"id\": \"1\", \"text\": \"Wir helfen gern", Map.of());
    TwitterMalformedResponseException e = assertThrows(TwitterMalformedResponseException.class,
        () -> client(3).send(reply()));
    assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    assertFalse(e.getMessage().contains("helfen"), e.getMessage());
    reply(200, "[1,2]", Map.of());
    TwitterMalformedResponseException notObject = assertThrows(
        TwitterMalformedResponseException.class, () -> client(3).send(reply()));
    assertTrue(notObject.getMessage().contains("not an object"), notObject.getMessage());
  }

  @Test
  void connectionFailuresAreRetriedThenReported() {
    int port = server.getAddress().getPort();
    server.stop(0);
    TwitterClient c = TwitterClient.builder(TOKEN).baseUri(URI.create("http://127.0.0.1:" + port))
        .maxAttempts(2).initialBackoff(Duration.ofMillis(10)).sleeper(sleeps::add).build();
    TwitterApiException e = assertThrows(TwitterApiException.class, () -> c.send(reply()));
    assertEquals(OptionalInt.empty(), e.status());
    assertEquals(List.of(Duration.ofMillis(10)), sleeps);
    assertNoToken(e);
  }

  @Test
  void logLinesNameRequestsButNeverTheTokenOrTheText() {
    reply(503, "{}", Map.of());
    reply(429, "{}", rateHeaders(0, NOW.plusSeconds(3)));
    reply(401, "{\"title\":\"Unauthorized\"}", Map.of());
    assertThrows(TwitterAuthenticationException.class, () -> client(3).send(reply()));
    List<String> lines = List.copyOf(CapturingLogProvider.LINES);
    assertTrue(lines.stream().anyMatch(l -> l.contains("POST /2/tweets -> 503")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("-> 401")), lines.toString());
    for (String line : lines) {
      assertFalse(line.contains("SecretBearer"), line);
      assertFalse(line.contains("helfen"), line);
    }
  }

  @Test
  void theTokenIsNeverShown() {
    TwitterClient c = client(1);
    assertFalse(c.toString().contains("Secret"), c.toString());
    assertFalse(TwitterClient.builder(TOKEN).toString().contains("Secret"));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> TwitterClient.builder("Secret token\r\nX-Evil: 1"));
    assertFalse(bad.getMessage().contains("Secret"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TwitterClient.builder(""));
    assertEquals("bearerToken", assertThrows(NullPointerException.class,
        () -> TwitterClient.builder(null)).getMessage());
  }

  @Test
  void builderValidatesAtOnce() {
    TwitterClient.Builder b = TwitterClient.builder(TOKEN);
    assertEquals("max attempts must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> b.maxAttempts(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.baseUri(URI.create("ftp://x")));
    assertThrows(IllegalArgumentException.class,
        () -> b.baseUri(URI.create("http://x/?q=1")));
    assertThrows(IllegalArgumentException.class, () -> b.maxRateLimitWait(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> b.initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1)).build());
    assertInstanceOf(TwitterClient.class, TwitterClient.builder(TOKEN).build());
  }
}
