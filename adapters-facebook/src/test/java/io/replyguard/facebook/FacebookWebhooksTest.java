package io.replyguard.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.spi.WebhookCheck;
import io.replyguard.spi.WebhookCheck.Reason;
import io.replyguard.testsupport.CapturingLogProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FacebookWebhooks} against vectors computed independently with OpenSSL
 * ({@code webhooks/make-vectors.sh} in the test resources wrote {@code webhooks/vectors.tsv}).
 */
class FacebookWebhooksTest {
  static final String SECRET = "test-app-secret-0123456789abcdef";
  static final String TOKEN = "verify-me-7f3a";
  static final FacebookWebhooks HOOKS = FacebookWebhooks.of(SECRET, TOKEN);

  static byte[] resource(String name) {
    try (InputStream in = FacebookWebhooksTest.class.getResourceAsStream("/webhooks/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> vectors() {
    return new String(resource("vectors.tsv"), StandardCharsets.UTF_8).lines()
        .map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  static String header(String body) {
    return vectors().map(Arguments::get).filter(a -> a[0].equals(body) && a[1].equals(SECRET))
        .map(a -> (String) a[2]).findFirst().orElseThrow();
  }

  @Test
  void theVectorFileHasFourVectors() {
    assertEquals(4, vectors().count());
  }

  @ParameterizedTest(name = "{0} with secret {1}")
  @MethodSource("vectors")
  void opensslVectorsVerify(String body, String secret, String signature) {
    FacebookWebhooks hooks = FacebookWebhooks.of(secret, TOKEN);
    assertEquals(new WebhookCheck.Verified(), hooks.verifyDelivery(resource(body), signature));
    assertEquals(200, hooks.verifyDelivery(resource(body), signature).httpStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"messenger-escaped.json", "feed-comment.json"})
  void everyTamperedByteIsAMismatch(String name) {
    byte[] body = resource(name);
    String signature = header(name);
    for (int i = 0; i < body.length; i++) {
      byte[] tampered = body.clone();
      tampered[i] ^= 0x01;
      assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH),
          HOOKS.verifyDelivery(tampered, signature), "byte " + i);
    }
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH),
        HOOKS.verifyDelivery(Arrays.copyOf(body, body.length - 1), signature), "truncated");
  }

  @Test
  void aWrongSecretIsAMismatch() {
    WebhookCheck check = FacebookWebhooks.of(SECRET + "x", TOKEN)
        .verifyDelivery(resource("feed-comment.json"), header("feed-comment.json"));
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH), check);
    assertEquals(403, check.httpStatus());
    assertFalse(check.accepted());
  }

  @Test
  void aReserializedBodyDoesNotVerify() {
    // Meta signs the body as sent, with \u00e4 escapes; decoding them changes the bytes.
    String sent = new String(resource("messenger-escaped.json"), StandardCharsets.UTF_8);
    String decoded = sent.replace("\\u00e4", "ä").replace("\\u00eb", "ë").replace("\\u00ef", "ï")
        .replace("\\u20ac", "€");
    assertTrue(sent.contains("\\u00e4") && !decoded.equals(sent));
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH), HOOKS.verifyDelivery(
        decoded.getBytes(StandardCharsets.UTF_8), header("messenger-escaped.json")));
  }

  @Test
  void missingAndMalformedHeadersHaveTheirOwnReason() {
    byte[] body = resource("feed-comment.json");
    String good = header("feed-comment.json");
    String hex = good.substring("sha256=".length());
    for (String missing : new String[] {null, "", "   "}) {
      assertEquals(new WebhookCheck.Rejected(Reason.MISSING_SIGNATURE),
          HOOKS.verifyDelivery(body, missing), String.valueOf(missing));
    }
    for (String malformed : List.of("sha256", "sha256=", hex, "=" + hex, "sha256=" + hex.substring(1),
        "sha256=" + hex + "0", "sha256=" + hex.toUpperCase(), "sha256=" + hex.replace('a', 'g'),
        "SHA256=" + hex, "sha256:" + hex, "sha256=sha256=" + hex)) {
      assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_SIGNATURE),
          HOOKS.verifyDelivery(body, malformed), malformed);
    }
    assertEquals(new WebhookCheck.Rejected(Reason.UNSUPPORTED_ALGORITHM),
        HOOKS.verifyDelivery(body, "sha1=0123456789abcdef0123456789abcdef01234567"));
    assertEquals(new WebhookCheck.Verified(), HOOKS.verifyDelivery(body, " " + good + " "),
        "optional whitespace around a header value is not part of it");
  }

  @Property(tries = 300)
  void arbitraryHeadersAreRejectedWithoutThrowing(@ForAll String header, @ForAll byte[] body) {
    assertInstanceOf(WebhookCheck.Rejected.class, HOOKS.verifyDelivery(body, header));
  }

  @Property(tries = 300)
  void wellFormedButWrongDigestsAreMismatches(@ForAll byte[] digest, @ForAll byte[] body) {
    byte[] d = Arrays.copyOf(digest, 32);
    StringBuilder hex = new StringBuilder("sha256=");
    for (byte b : d) {
      hex.append(String.format("%02x", b));
    }
    WebhookCheck check = HOOKS.verifyDelivery(body, hex.toString());
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH), check);
  }

  @Test
  void theHandshakeEchoesTheChallengeForTheRightToken() {
    WebhookCheck ok = HOOKS.subscribe("subscribe", TOKEN, "1158201444");
    assertEquals(new WebhookCheck.Challenge("1158201444", "text/plain; charset=utf-8"), ok);
    assertEquals(200, ok.httpStatus());
    assertEquals(ok, HOOKS.subscribe("hub.mode=subscribe&hub.challenge=1158201444"
        + "&hub.verify_token=verify-me-7f3a"));
    assertEquals(new WebhookCheck.Challenge("a b/ä", "text/plain; charset=utf-8"),
        HOOKS.subscribe("hub.mode=subscribe&hub.verify_token=verify%2Dme-7f3a&hub.challenge=a+b%2F%C3%A4"));
  }

  @Test
  void theHandshakeRejectsEachWrongPartWithItsReason() {
    assertEquals(new WebhookCheck.Rejected(Reason.VERIFY_TOKEN_MISMATCH),
        HOOKS.subscribe("subscribe", TOKEN + "x", "1"));
    assertEquals(new WebhookCheck.Rejected(Reason.VERIFY_TOKEN_MISMATCH),
        HOOKS.subscribe("subscribe", "verify-me", "1"));
    assertEquals(new WebhookCheck.Rejected(Reason.UNSUPPORTED_MODE),
        HOOKS.subscribe("unsubscribe", TOKEN, "1"));
    assertEquals(400, HOOKS.subscribe("unsubscribe", TOKEN, "1").httpStatus());
    for (String[] p : new String[][] {{null, TOKEN, "1"}, {"subscribe", null, "1"},
        {"subscribe", TOKEN, null}, {"subscribe", "", "1"}}) {
      assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER),
          HOOKS.subscribe(p[0], p[1], p[2]), Arrays.toString(p));
    }
    assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER), HOOKS.subscribe(null));
    assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER),
        HOOKS.subscribe("hub.mode=subscribe&hub.verify_token=verify-me-7f3a"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER), HOOKS.subscribe(
        "hub.mode=subscribe&hub.verify_token=x&hub.verify_token=verify-me-7f3a&hub.challenge=1"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER),
        HOOKS.subscribe("hub.mode=subscribe&hub.verify_token=%zz&hub.challenge=1"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER),
        HOOKS.subscribe("subscribe", TOKEN, "<script>\n"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER),
        HOOKS.subscribe("subscribe", TOKEN, "1".repeat(1025)));
  }

  @Test
  void secretsNeverAppearInMessagesOrToString() {
    assertFalse(HOOKS.toString().contains(SECRET));
    assertFalse(HOOKS.toString().contains(TOKEN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FacebookWebhooks.of("", TOKEN));
    assertEquals("appSecret must not be empty", e.getMessage());
    assertEquals("verifyToken must not be empty",
        assertThrows(IllegalArgumentException.class, () -> FacebookWebhooks.of(SECRET, ""))
            .getMessage());
    assertThrows(NullPointerException.class, () -> FacebookWebhooks.of(null, TOKEN));
    assertThrows(NullPointerException.class, () -> FacebookWebhooks.of(SECRET, null));
    FacebookWebhooks deliveriesOnly = FacebookWebhooks.of(SECRET);
    assertEquals(new WebhookCheck.Rejected(Reason.VERIFY_TOKEN_MISMATCH),
        deliveriesOnly.subscribe("subscribe", TOKEN, "1"));
    assertEquals(new WebhookCheck.Verified(), deliveriesOnly.verifyDelivery(
        resource("feed-comment.json"), header("feed-comment.json")));
    assertThrows(NullPointerException.class, () -> HOOKS.verifyDelivery(null, "sha256=00"));
    String challenge = HOOKS.subscribe("subscribe", TOKEN, "1158201444").toString();
    assertFalse(challenge.contains("1158201444"), challenge);
    assertTrue(CapturingLogProvider.LINES.stream().noneMatch(l -> l.contains(SECRET)));
  }
}
