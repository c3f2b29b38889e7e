package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code parse --secret-env NAME} on captured deliveries, deletion and problem lines, and the
 * echoed {@code id}. Bodies and signatures are the adapters' OpenSSL vectors.
 */
class ParseDeliveriesCommandTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String FB_SECRET = "test-app-secret-0123456789abcdef";
  static final String FB_SIGNATURE =
      "sha256=e0b0ef45141654a0b4229e333d90b3e1eb6f24d9e2d7ee73aa98bb3e0e473811";
  static final String FB_ESCAPED_SIGNATURE =
      "sha256=129e3ab0dcdc0c8f90f6bc6b04326c1479fa07fabc3313fcae831d2ad69519f0";
  static final String X_SECRET = "test-consumer-secret-0123456789";
  static final String X_SIGNATURE = "sha256=kbbtGDedraCsIfmpxLyHWvOVqBbhgxTo/0LTUixuxjM=";
  static final Map<String, String> ENV = Map.of("FB_SECRET", FB_SECRET, "X_SECRET", X_SECRET,
      "EMPTY", "");

  static MainTest.Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, ENV::get);
    return new MainTest.Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(l));
      }
    }
    return nodes;
  }

  static String body(String module, String file) throws Exception {
    return Files.readString(ROOT.resolve(module + "/src/test/resources/webhooks/" + file));
  }

  static String delivery(Object id, String body, String signature) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (id instanceof Integer i) {
      o.put("id", i);
    } else if (id != null) {
      o.put("id", (String) id);
    }
    o.put("body", body);
    if (signature != null) {
      o.put("signature", signature);
    }
    return o.toString();
  }

  @Test
  void verifiedFacebookDeliveriesAreParsedAndTamperedOnesRefused() throws Exception {
    String body = body("adapters-facebook", "feed-comment.json");
    String in = delivery("d1", body, FB_SIGNATURE) + "\n"
        + delivery(2, body.replace("gestern", "heute"), FB_SIGNATURE) + "\n"
        + delivery("d3", body, null) + "\n"
        + delivery("d4", body, "sha256=abc") + "\n"
        + delivery("d5", body, FB_SIGNATURE.replace("sha256", "sha1")) + "\n"
        + "{\"id\":\"d6\",\"bodyBase64\":\"" + Base64.getEncoder().encodeToString(
            Files.readAllBytes(ROOT.resolve("adapters-facebook/src/test/resources/webhooks/"
                + "messenger-escaped.json"))) + "\",\"signature\":\"" + FB_ESCAPED_SIGNATURE
        + "\"}\n";
    MainTest.Result r = run(in, "parse", "--platform", "facebook", "--secret-env", "FB_SECRET");
    assertEquals(1, r.status(), r.out() + r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals(6, out.size(), r.out());
    assertEquals("d1", out.get(0).get("id").asText());
    assertEquals("555_777", out.get(0).get("messageId").asText());
    assertTrue(out.get(0).get("verified").asBoolean());
    assertEquals(2, out.get(1).get("id").asInt());
    assertEquals("line 2: /signature: signature rejected: SIGNATURE_MISMATCH; the body was not"
        + " parsed", out.get(1).get("error").asText());
    assertTrue(out.get(2).get("error").asText().contains("MISSING_SIGNATURE"));
    assertTrue(out.get(3).get("error").asText().contains("MALFORMED_SIGNATURE"));
    assertTrue(out.get(4).get("error").asText().contains("UNSUPPORTED_ALGORITHM"));
    assertEquals("d6", out.get(5).get("id").asText());
    assertTrue(out.get(5).get("verified").asBoolean(), "exact bytes in base64 verify");
    assertEquals("m_AbC-123_xyz", out.get(5).get("messageId").asText());
    assertFalse(r.out().contains(FB_SECRET) || r.err().contains(FB_SECRET));
  }

  @Test
  void verifiedXDeliveries() throws Exception {
    String body = body("adapters-twitter", "dm-event.json");
    MainTest.Result r = run(delivery("x1", body, X_SIGNATURE) + "\n"
        + delivery("x2", body, X_SIGNATURE.replace("kbb", "kbc")) + "\n",
        "parse", "--platform", "twitter", "--secret-env", "X_SECRET");
    assertEquals(1, r.status(), r.out() + r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals("954491830116155396", out.get(0).get("messageId").asText());
    assertTrue(out.get(0).get("verified").asBoolean());
    assertTrue(out.get(1).get("error").asText().contains("SIGNATURE_MISMATCH"), r.out());
  }

  @Test
  void withASecretRawPayloadsAreRefusedAndWithoutOneDeliveriesAreParsedUnverified()
      throws Exception {
    String body = body("adapters-facebook", "feed-comment.json");
    MainTest.Result strict = run(body.strip() + "\n", "parse", "--platform", "facebook",
        "--secret-env", "FB_SECRET");
    assertEquals(1, strict.status());
    assertTrue(lines(strict.out()).get(0).get("error").asText().contains("/body: required key"),
        strict.out());
    MainTest.Result open = run(delivery("d1", body, "sha256=whatever") + "\n", "parse",
        "--platform", "facebook");
    assertEquals(0, open.status(), open.out());
    JsonNode line = lines(open.out()).get(0);
    assertEquals("d1", line.get("id").asText());
    assertFalse(line.has("verified"));
    MainTest.Result bad = run("{\"id\":\"d\",\"body\":\"{}\",\"extra\":1}\n"
        + "{\"id\":\"e\",\"body\":\"{}\",\"bodyBase64\":\"e30=\"}\n", "parse", "--platform",
        "facebook");
    List<JsonNode> errors = lines(bad.out());
    assertTrue(errors.get(0).get("error").asText().contains("/extra: unknown key"), bad.out());
    assertTrue(errors.get(1).get("error").asText().contains("exactly one of"), bad.out());
  }

  @Test
  void secretEnvUsageErrorsNameTheVariableNotTheValue() {
    MainTest.Result unset = run("", "parse", "--platform", "facebook", "--secret-env", "NOPE");
    assertEquals(2, unset.status());
    assertTrue(unset.err().contains("environment variable NOPE"), unset.err());
    assertEquals(2, run("", "parse", "--platform", "facebook", "--secret-env", "EMPTY").status());
    MainTest.Result other = run("", "scan", "--secret-env", "FB_SECRET");
    assertEquals(2, other.status());
    assertTrue(other.err().contains("parse only"), other.err());
    assertFalse(other.err().contains(FB_SECRET));
    assertEquals(2, run("", "parse", "--platform", "facebook", "--secret-env").status());
  }

  @Test
  void deletionsAndPartialFailuresHaveTheirOwnLines() throws Exception {
    String in = "{\"object\":\"page\",\"entry\":[{\"id\":\"900\",\"messaging\":["
        + "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"900\"},\"timestamp\":1795427999876,"
        + "\"message\":{\"mid\":\"m_1\",\"is_deleted\":true}},"
        + "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"900\"},\"timestamp\":1795427999876,"
        + "\"message\":{\"text\":\"ohne mid\"}},"
        + "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"900\"},\"timestamp\":1795427999876,"
        + "\"message\":{\"mid\":\"m_3\",\"text\":\"Hallo\"}}]}]}\n"
        + "{\"for_user_id\":\"1\",\"tweet_delete_events\":[{\"status\":{\"id\":\"5\",\"user_id\":\"6\"},"
        + "\"timestamp_ms\":\"1432228155593\"}]}\n";
    MainTest.Result fb = run(in.lines().findFirst().orElseThrow() + "\n", "parse", "--platform",
        "facebook");
    assertEquals(1, fb.status(), "a line with a bad part counts as failed");
    List<JsonNode> out = lines(fb.out());
    assertEquals(3, out.size(), fb.out());
    assertEquals("m_3", out.get(0).get("messageId").asText());
    assertEquals("m_1", out.get(1).get("deleted").asText());
    assertEquals("7", out.get(1).get("author").get("id").asText());
    assertEquals(1, out.get(2).get("line").asInt());
    assertEquals("line 1: /entry/0/messaging/1/message/mid: required key 'mid' is missing",
        out.get(2).get("error").asText());
    assertFalse(fb.out().contains("ohne mid"));
    MainTest.Result x = run(in.lines().skip(1).findFirst().orElseThrow() + "\n", "parse",
        "--platform", "twitter");
    assertEquals(0, x.status(), x.out());
    JsonNode deleted = lines(x.out()).get(0);
    assertEquals("5", deleted.get("deleted").asText());
    assertEquals("2015-05-21T17:09:15.593Z", deleted.get("deletedAt").asText());
  }
}
