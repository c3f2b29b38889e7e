package io.replyguard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.replyguard.facebook.FacebookAdapter;
import io.replyguard.facebook.FacebookWebhooks;
import io.replyguard.spi.ParsedPayload;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Serves the README's webhook handler on loopback and keeps the README's snippet identical. */
class WebhookExampleTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  // Body and signature from adapters-facebook/src/test/resources/webhooks (OpenSSL vector).
  private static final String SECRET = "test-app-secret-0123456789abcdef";
  private static final String SIGNATURE =
      "sha256=e0b0ef45141654a0b4229e333d90b3e1eb6f24d9e2d7ee73aa98bb3e0e473811";

  private final List<ParsedPayload> inbox = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;
  private URI uri;
  private byte[] body;

  @BeforeEach
  void start() throws Exception {
    body = Files.readAllBytes(ROOT.resolve(
        "adapters-facebook/src/test/resources/webhooks/feed-comment.json"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/webhook", WebhookExample.handler(
        FacebookWebhooks.of(SECRET, "verify-me"), new FacebookAdapter(), inbox::add));
    server.start();
    uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> post(byte[] data, String signature) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .POST(HttpRequest.BodyPublishers.ofByteArray(data));
    if (signature != null) {
      b.header("X-Hub-Signature-256", signature);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void handshakeIsAnsweredAndWrongTokensRefused() throws Exception {
    HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(uri
        + "?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ok.statusCode());
    assertEquals("1158201444", ok.body());
    HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create(uri
        + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, wrong.statusCode());
    assertEquals("", wrong.body());
  }

  @Test
  void onlySignedDeliveriesAreParsed() throws Exception {
    assertEquals(200, post(body, SIGNATURE).statusCode());
    assertEquals(1, inbox.size());
    assertEquals("555_777", inbox.get(0).messages().get(0).id());
    byte[] tampered = body.clone();
    tampered[tampered.length / 2] ^= 1;
    assertEquals(403, post(tampered, SIGNATURE).statusCode());
    assertEquals(403, post(body, null).statusCode());
    assertEquals(403, post(body, "sha256=zz").statusCode());
    assertEquals(1, inbox.size(), "rejected deliveries are not parsed");
    assertEquals(200, post("not json".getBytes(StandardCharsets.UTF_8),
        "sha256=" + hmacHex("not json")).statusCode(), "authentic but unreadable: still 200");
    assertEquals(1, inbox.size());
  }

  private static String hmacHex(String data) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8),
        "HmacSHA256"));
    StringBuilder sb = new StringBuilder();
    for (byte b : mac.doFinal(data.getBytes(StandardCharsets.UTF_8))) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  @Test
  void readmeSnippetIsTheCompiledHandler() throws Exception {
    String source = Files.readString(ROOT.resolve(
        "examples/src/main/java/io/replyguard/examples/WebhookExample.java"));
    String snippet = dedent(between(source, "// README:BEGIN\n", "    // README:END"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = between(readme, "<!-- webhook-example -->\n```java\n", "```");
    assertEquals(snippet, block.strip());
  }

  private static String between(String text, String begin, String end) {
    int b = text.indexOf(begin);
    int e = b < 0 ? -1 : text.indexOf(end, b + begin.length());
    assertTrue(b >= 0 && e > b, "markers " + begin + " … " + end + " not found");
    return text.substring(b + begin.length(), e);
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n")).strip();
  }
}
