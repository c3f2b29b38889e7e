package io.replyguard.facebook;

import io.replyguard.testsupport.CapturingLogProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.replyguard.spi.OutboundRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphClientTest {
  private static final String TOKEN = "EAAGm0PX4ZCpsBAPageTokenSecret123";
  private static final OutboundRequest REPLY =
      OutboundRequest.of("POST", "/5_9/comments", "{\"message\":\"Hallo Erika\"}");
  private static final String APP_USAGE = "{\"call_count\":95,\"total_time\":40,\"total_cputime\":12}";
  private static final String BUC_USAGE = "{\"104857600123456\":[{\"type\":\"pages\",\"call_count\":100,"
      + "\"total_cputime\":30,\"total_time\":20,\"estimated_time_to_regain_access\":0}]}";

  record Reply(int status, String body, Map<String, String> headers) {}

  record Seen(String method, String path, String authorization, String contentType, String body) {}

  private HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] in = exchange.getRequestBody().readAllBytes();
      seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          new String(in, StandardCharsets.UTF_8)));
      Reply r;
      synchronized (replies) {
        r = replies.size() > 1 ? replies.poll() : replies.peek();
      }
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(r.status(), out.length == 0 ? -1 : out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void reply(int status, String body, Map<String, String> headers) {
    replies.add(new Reply(status, body, headers));
  }

  private void reply(int status, String body) {
    reply(status, body, Map.of());
  }

  private static String envelope(int code, Integer subcode, String message) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
        + (subcode == null ? "" : ",\"error_subcode\":" + subcode)
        + ",\"fbtrace_id\":\"AbCdEf123\"}}";
  }

  private GraphClient client() {
    return GraphClient.builder()
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
        .apiVersion("v21.0")
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .sleeper(sleeps::add)
        .build();
  }

  private FacebookApiException fail(Class<? extends FacebookApiException> type) {
    FacebookApiException e = assertThrows(FacebookApiException.class,
        () -> client().send(REPLY, TOKEN));
    assertInstanceOf(type, e);
    assertNoSecrets(e);
    return e;
  }

  private static void assertNoSecrets(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t + " " + t.getMessage();
      assertFalse(text.contains(TOKEN), text);
      assertFalse(text.contains("Erika"), "user content must not be copied: " + text);
    }
  }

  @Test
  void logsNameRequestAndStatusButNeverTokenOrText() {
    CapturingLogProvider.LINES.clear();
    reply(400, envelope(4, null, "limit for Erika"), Map.of("X-App-Usage", "{broken"));
    reply(500, "{}");
    reply(200, "{\"id\":\"5_11\"}");
    client().send(REPLY, TOKEN);
    replies.clear();
    reply(400, envelope(190, 463, "Session expired for Erika"));
    assertThrows(FacebookTokenException.class, () -> client().send(REPLY, TOKEN));
    List<String> lines = List.copyOf(CapturingLogProvider.LINES);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEBUG io.replyguard.facebook.GraphClient: "
        + "Graph POST /v21.0/5_9/comments -> HTTP 400 (attempt 1 of 4)")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("skipping malformed X-App-Usage header")),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("-> HTTP 200 (attempt 3 of 4)")),
        lines.toString());
    for (String l : lines) {
      assertFalse(l.contains(TOKEN), l);
      assertFalse(l.contains("Erika"), l);
      assertFalse(l.contains("Bearer"), l);
    }
  }

  @Test
  void successSendsBearerTokenAndJsonBodyToTheVersionedPath() {
    reply(200, "{\"id\":\"5_11\"}", Map.of("X-App-Usage", APP_USAGE));
    GraphResponse r = client().send(REPLY, TOKEN);
    assertEquals(200, r.httpStatus());
    assertEquals("{\"id\":\"5_11\"}", r.body());
    assertEquals(List.of(new GraphUsage("X-App-Usage", Optional.empty(), Optional.empty(), 95, 40, 12,
        Optional.empty())), r.usage());
    assertEquals(95, r.usage().get(0).maxPercentage());
    Seen s = seen.get(0);
    assertEquals("POST", s.method());
    assertEquals("/v21.0/5_9/comments", s.path());
    assertEquals("Bearer " + TOKEN, s.authorization());
    assertEquals("application/json", s.contentType());
    assertEquals("{\"message\":\"Hallo Erika\"}", s.body());
    assertFalse(client().toString().contains(TOKEN));
    assertFalse(r.toString().contains("5_11"), "the body is not shown");
    assertEquals(List.of(), sleeps);
  }

  @Test
  void emptyApiVersionMeansNoPrefix() {
    reply(200, "{\"success\":true}");
    GraphClient c = GraphClient.builder()
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .apiVersion("").sleeper(sleeps::add).build();
    c.send(OutboundRequest.withoutBody("DELETE", "/5_9"), TOKEN);
    assertEquals("/5_9", seen.get(0).path());
    assertEquals("DELETE", seen.get(0).method());
  }

  @Test
  void expiredTokenIsATokenExceptionWithoutPlatformMessageInIt() {
    reply(400, envelope(190, 463, "Error validating access token: Session has expired for Erika"));
    FacebookTokenException e = (FacebookTokenException) fail(FacebookTokenException.class);
    assertTrue(e.expired());
    assertEquals(OptionalInt.of(190), e.code());
    assertEquals(OptionalInt.of(463), e.subcode());
    assertEquals(Optional.of("OAuthException"), e.type());
    assertEquals(Optional.of("AbCdEf123"), e.fbtraceId());
    assertEquals(400, e.httpStatus());
    assertTrue(e.platformMessage().orElseThrow().contains("Erika"), "kept apart, verbatim");
    assertTrue(e.getMessage().contains("code 190"), e.getMessage());
    assertTrue(e.getMessage().contains("subcode 463"), e.getMessage());
    assertTrue(e.getMessage().contains("fbtrace_id AbCdEf123"), e.getMessage());
    assertTrue(e.getMessage().contains("POST /v21.0/5_9/comments"), e.getMessage());
    assertEquals(1, seen.size(), "never retried");
    replies.clear();
    reply(400, envelope(190, 467, "Invalid"));
    assertFalse(((FacebookTokenException) fail(FacebookTokenException.class)).expired());
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 200, 230, 299})
  void permissionErrors(int code) {
    reply(403, envelope(code, null, "(#" + code + ") Requires pages_manage_engagement permission"));
    FacebookApiException e = fail(FacebookPermissionException.class);
    assertEquals(OptionalInt.of(code), e.code());
    assertEquals(1, seen.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 17, 32, 613})
  void rateLimitsAreRetriedWithBackoffThenReportedWithUsage(int code) {
    reply(400, envelope(code, null, "(#" + code + ") Application request limit reached"),
        Map.of("X-App-Usage", APP_USAGE, "X-Business-Use-Case-Usage", BUC_USAGE));
    FacebookRateLimitException e = (FacebookRateLimitException) fail(FacebookRateLimitException.class);
    assertEquals(4, seen.size(), "one try and three retries");
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)), sleeps,
        "doubling, capped at the maximum");
    assertEquals(OptionalInt.of(code), e.code());
    assertTrue(e.usage().contains(new GraphUsage("X-App-Usage", Optional.empty(), Optional.empty(),
        95, 40, 12, Optional.empty())), e.usage().toString());
    assertTrue(e.usage().contains(new GraphUsage("X-Business-Use-Case-Usage",
        Optional.of("104857600123456"), Optional.of("pages"), 100, 20, 30,
        Optional.of(Duration.ZERO))), e.usage().toString());
    assertTrue(e.getMessage().contains("rate limited after 3 retries"), e.getMessage());
  }

  @Test
  void rateLimitThenSuccess() {
    reply(400, envelope(4, null, "limit"), Map.of("X-App-Usage", APP_USAGE));
    reply(200, "{\"id\":\"5_11\"}");
    assertEquals(200, client().send(REPLY, TOKEN).httpStatus());
    assertEquals(2, seen.size());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
  }

  @Test
  void rateLimitWithTimeToRegainAccessIsReportedAtOnce() {
    reply(400, envelope(32, 2446079, "Page request limit reached"),
        Map.of("X-Business-Use-Case-Usage", BUC_USAGE.replace(
            "\"estimated_time_to_regain_access\":0", "\"estimated_time_to_regain_access\":17")));
    FacebookRateLimitException e = (FacebookRateLimitException) fail(FacebookRateLimitException.class);
    assertEquals(1, seen.size(), "no hammering");
    assertEquals(List.of(), sleeps);
    assertEquals(Optional.of(Duration.ofMinutes(17)), e.usage().get(0).timeToRegainAccess());
  }

  @Test
  void http429WithoutEnvelopeIsARateLimit() {
    reply(429, "Too Many Requests");
    FacebookRateLimitException e = (FacebookRateLimitException) fail(FacebookRateLimitException.class);
    assertEquals(OptionalInt.empty(), e.code());
    assertEquals(4, seen.size());
  }

  @Test
  void duplicatePost() {
    reply(400, envelope(506, null, "Duplicate status message: Hallo Erika"));
    FacebookApiException e = fail(FacebookDuplicatePostException.class);
    assertEquals(OptionalInt.of(506), e.code());
    assertEquals(1, seen.size());
  }

  @Test
  void otherGraphErrorsAreGenericAndNotRetried() {
    reply(400, envelope(100, 33, "Unsupported post request. Object with ID '5_9' does not exist"));
    FacebookApiException e = fail(FacebookApiException.class);
    assertEquals(FacebookApiException.class, e.getClass());
    assertEquals(OptionalInt.of(100), e.code());
    assertEquals(OptionalInt.of(33), e.subcode());
    assertEquals(1, seen.size());
  }

  @Test
  void serverErrorsAreRetried() {
    reply(500, envelope(2, null, "An unexpected error has occurred. Please retry your request later."));
    reply(503, "<html>Service Unavailable</html>");
    reply(200, "{\"id\":\"5_11\"}");
    assertEquals(200, client().send(REPLY, TOKEN).httpStatus());
    assertEquals(3, seen.size());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void persistentServerErrorsEndWithAMalformedBodyError() {
    reply(502, "<html><body>Bad Gateway</body></html>");
    FacebookApiException e = fail(FacebookApiException.class);
    assertEquals(FacebookApiException.class, e.getClass());
    assertEquals(502, e.httpStatus());
    assertEquals(4, seen.size());
    assertTrue(e.getMessage().contains("not a Graph error envelope"), e.getMessage());
  }

  @Test
  void malformedBodies() {
    reply(400, "{\"error\":\"oops\"");
    FacebookApiException bad = fail(FacebookApiException.class);
    assertEquals(OptionalInt.empty(), bad.code());
    assertTrue(bad.getMessage().contains("HTTP 400"), bad.getMessage());
    assertTrue(bad.getMessage().contains("not a Graph error envelope"), bad.getMessage());
    assertEquals(1, seen.size());
    replies.clear();
    reply(200, "<html>login</html>");
    FacebookApiException html = fail(FacebookApiException.class);
    assertTrue(html.getMessage().contains("not a JSON object"), html.getMessage());
    replies.clear();
    reply(200, envelope(190, null, "error in a 200"));
    fail(FacebookTokenException.class);
    replies.clear();
    reply(400, "{\"error\":{\"message\":\"no code\"}}");
    assertEquals(FacebookApiException.class, fail(FacebookApiException.class).getClass());
  }

  @Test
  void malformedUsageHeadersAreSkipped() {
    reply(200, "{}", Map.of("X-App-Usage", "{\"call_count\":", "X-Business-Use-Case-Usage",
        "{\"1\":{\"type\":\"pages\"}}"));
    assertEquals(List.of(), client().send(REPLY, TOKEN).usage());
  }

  @Test
  void ioFailureIsReportedWithoutRetry() {
    server.stop(0);
    FacebookApiException e = fail(FacebookApiException.class);
    assertEquals(0, e.httpStatus());
    assertTrue(e.getMessage().contains("I/O error"), e.getMessage());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void interruptedBackoffStopsRetrying() {
    reply(503, "busy");
    GraphClient c = GraphClient.builder()
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .sleeper(d -> {
          throw new InterruptedException();
        }).build();
    FacebookApiException e = assertThrows(FacebookApiException.class, () -> c.send(REPLY, TOKEN));
    assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
    assertEquals(1, seen.size());
  }

  @Test
  void argumentsAreValidatedWithoutEchoingTheToken() {
    GraphClient c = client();
    assertEquals("request", assertThrows(NullPointerException.class, () -> c.send(null, TOKEN))
        .getMessage());
    assertEquals("pageAccessToken", assertThrows(NullPointerException.class,
        () -> c.send(REPLY, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> c.send(REPLY, " "));
    IllegalArgumentException nl = assertThrows(IllegalArgumentException.class,
        () -> c.send(REPLY, TOKEN + "\r\nX-Evil: 1"));
    assertFalse(nl.getMessage().contains(TOKEN), nl.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> GraphClient.builder().baseUri(URI.create("ftp://x")));
    assertThrows(IllegalArgumentException.class,
        () -> GraphClient.builder().baseUri(URI.create("http://x/?a=1")));
    assertThrows(IllegalArgumentException.class, () -> GraphClient.builder().apiVersion("v1/x"));
    assertThrows(IllegalArgumentException.class, () -> GraphClient.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> GraphClient.builder().maxRetries(11));
    assertThrows(IllegalArgumentException.class,
        () -> GraphClient.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> GraphClient.builder().requestTimeout(Duration.ZERO));
    assertEquals(List.of(), seen);
  }

  @Test
  void zeroRetriesMeansOneAttempt() {
    reply(500, "{}");
    GraphClient c = GraphClient.builder()
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .maxRetries(0).sleeper(sleeps::add).build();
    assertThrows(FacebookApiException.class, () -> c.send(REPLY, TOKEN));
    assertEquals(1, seen.size());
    assertEquals(List.of(), sleeps);
  }
}
