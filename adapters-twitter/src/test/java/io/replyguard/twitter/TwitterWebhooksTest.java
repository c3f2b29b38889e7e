package io.replyguard.twitter;

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
import java.util.Base64;
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
 * {@link TwitterWebhooks} against vectors computed independently with OpenSSL
 * ({@code webhooks/make-vectors.sh} in the test resources wrote {@code webhooks/vectors.tsv}).
 */
class TwitterWebhooksTest {
  static final String SECRET = "test-consumer-secret-0123456789";
  static final TwitterWebhooks HOOKS = TwitterWebhooks.of(SECRET);

  static byte[] resource(String name) {
    try (InputStream in = TwitterWebhooksTest.class.getResourceAsStream("/webhooks/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String[]> vectorLines(String kind) {
    return new String(resource("vectors.tsv"), StandardCharsets.UTF_8).lines()
        .map(l -> l.split("\t")).filter(f -> f[0].equals(kind));
  }

  static Stream<Arguments> bodyVectors() {
    return vectorLines("body").map(f -> Arguments.of(f[1], f[2], f[3]));
  }

  static Stream<Arguments> crcVectors() {
    return vectorLines("crc").map(f -> Arguments.of(f[1], f[2], f[3]));
  }

  static String header(String body) {
    return vectorLines("body").filter(f -> f[1].equals(body) && f[2].equals(SECRET))
        .map(f -> f[3]).findFirst().orElseThrow();
  }

  @Test
  void theVectorFileHasFourBodyAndFourCrcVectors() {
    assertEquals(4, bodyVectors().count());
    assertEquals(4, crcVectors().count());
  }

  @ParameterizedTest(name = "{0} with secret {1}")
  @MethodSource("bodyVectors")
  void opensslSignaturesVerify(String body, String secret, String signature) {
    assertEquals(new WebhookCheck.Verified(),
        TwitterWebhooks.of(secret).verifyDelivery(resource(body), signature));
  }

  @ParameterizedTest(name = "{0} with secret {1}")
  @MethodSource("crcVectors")
  void crcResponsesMatchOpenssl(String token, String secret, String responseToken) {
    TwitterWebhooks hooks = TwitterWebhooks.of(secret);
    assertEquals(responseToken, hooks.responseToken(token));
    assertEquals(new WebhookCheck.Challenge("{\"response_token\":\"" + responseToken + "\"}",
        "application/json"), hooks.crc(token));
  }

  @Test
  void crcFromTheRawQuery() {
    String expected = vectorLines("crc").filter(f -> f[1].equals("Zm9vYmFy-42_äö")
        && f[2].equals(SECRET)).map(f -> f[3]).findFirst().orElseThrow();
    WebhookCheck c = HOOKS.crcFromQuery("crc_token=Zm9vYmFy-42_%C3%A4%C3%B6&nonce=1");
    assertEquals(new WebhookCheck.Challenge("{\"response_token\":\"" + expected + "\"}",
        "application/json"), c);
    assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER), HOOKS.crcFromQuery(null));
    assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER), HOOKS.crcFromQuery("nonce=1"));
    assertEquals(new WebhookCheck.Rejected(Reason.MISSING_PARAMETER), HOOKS.crc(""));
    assertEquals(400, HOOKS.crc(null).httpStatus());
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER),
        HOOKS.crcFromQuery("crc_token=a&crc_token=b"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER),
        HOOKS.crcFromQuery("crc_token=%E"));
    assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER), HOOKS.crc("a\u0000b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tweet-create.json", "dm-event.json"})
  void everyTamperedByteIsAMismatch(String name) {
    byte[] body = resource(name);
    String signature = header(name);
    for (int i = 0; i < body.length; i++) {
      byte[] tampered = body.clone();
      tampered[i] ^= 0x20;
      assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH),
          HOOKS.verifyDelivery(tampered, signature), "byte " + i);
    }
  }

  @Test
  void aWrongSecretIsAMismatch() {
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH), TwitterWebhooks
        .of("test-consumer-secret-012345678").verifyDelivery(resource("dm-event.json"),
            header("dm-event.json")));
  }

  @Test
  void missingAndMalformedHeadersHaveTheirOwnReason() {
    byte[] body = resource("tweet-create.json");
    String good = header("tweet-create.json");
    String b64 = good.substring("sha256=".length());
    for (String missing : new String[] {null, "", " "}) {
      assertEquals(new WebhookCheck.Rejected(Reason.MISSING_SIGNATURE),
          HOOKS.verifyDelivery(body, missing));
    }
    byte[] digest = Base64.getDecoder().decode(b64);
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    for (String malformed : List.of("sha256=", b64, "sha256=" + b64.substring(0, 43),
        "sha256=" + b64.replace("=", ""), "sha256=" + b64 + "AAAA", "sha256=" + hex,
        "sha256=" + b64.replace('+', '-').replace('/', '_') + (b64.contains("+") || b64.contains("/") ? "" : "!"),
        "Sha256=" + b64)) {
      assertEquals(new WebhookCheck.Rejected(Reason.MALFORMED_SIGNATURE),
          HOOKS.verifyDelivery(body, malformed), malformed);
    }
    assertEquals(new WebhookCheck.Rejected(Reason.UNSUPPORTED_ALGORITHM),
        HOOKS.verifyDelivery(body, "sha512=" + b64));
  }

  @Property(tries = 300)
  void arbitraryHeadersAreRejectedWithoutThrowing(@ForAll String header, @ForAll byte[] body) {
    assertInstanceOf(WebhookCheck.Rejected.class, HOOKS.verifyDelivery(body, header));
  }

  @Property(tries = 300)
  void wellFormedButWrongDigestsAreMismatches(@ForAll byte[] digest, @ForAll byte[] body) {
    String header = "sha256=" + Base64.getEncoder().encodeToString(Arrays.copyOf(digest, 32));
    assertEquals(new WebhookCheck.Rejected(Reason.SIGNATURE_MISMATCH),
        HOOKS.verifyDelivery(body, header));
  }

  @Test
  void theSecretNeverAppearsInMessagesOrToString() {
    assertFalse(HOOKS.toString().contains(SECRET));
    assertEquals("consumerSecret must not be empty",
        assertThrows(IllegalArgumentException.class, () -> TwitterWebhooks.of("")).getMessage());
    assertThrows(NullPointerException.class, () -> TwitterWebhooks.of(null));
    assertTrue(CapturingLogProvider.LINES.stream().noneMatch(l -> l.contains(SECRET)));
  }
}
