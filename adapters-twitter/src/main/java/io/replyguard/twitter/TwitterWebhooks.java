package io.replyguard.twitter;

import io.replyguard.internal.WebhookSignatures;
import io.replyguard.spi.WebhookCheck;
import io.replyguard.spi.WebhookCheck.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Authenticates X webhook requests (Account Activity API, v2 webhooks) before their body is
 * parsed, without any HTTP framework: raw body bytes and header or query values in, a
 * {@link WebhookCheck} out.
 *
 * <ul>
 *   <li>{@link #crc}: the challenge-response check, a GET with {@code crc_token}, answered with
 *       {@code {"response_token":"sha256=<base64>"}} where the digest is the HMAC-SHA256 of the
 *       token's UTF-8 bytes keyed with the app's consumer secret (API secret key).
 *   <li>{@link #verifyDelivery}: a POST delivery carries {@value #SIGNATURE_HEADER}
 *       {@code sha256=<base64>}, the HMAC-SHA256 of the raw body bytes keyed with the consumer
 *       secret; compared in constant time.
 * </ul>
 * A missing, malformed or wrong signature or token is a {@link WebhookCheck.Rejected} with its
 * {@link Reason}, never an exception.
 *
 * <p>Immutable and thread-safe. The consumer secret never appears in messages or
 * {@link #toString()}.
 *
 * @since 0.2.0
 */
public final class TwitterWebhooks {
  /** The signature header of deliveries (HTTP header names are case-insensitive). */
  public static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";
  /** Longest {@code crc_token} answered. */
  static final int MAX_CRC_TOKEN_LENGTH = 1024;

  private static final WebhookCheck VERIFIED = new WebhookCheck.Verified();

  private final WebhookSignatures signatures;

  private TwitterWebhooks(String consumerSecret) {
    this.signatures = new WebhookSignatures(consumerSecret, "consumerSecret");
  }

  /**
   * Authenticates with the app's consumer secret.
   *
   * @param consumerSecret the consumer secret (API secret key), not null, not empty
   * @return the authenticator
   * @throws IllegalArgumentException when the secret is empty (never showing it)
   */
  public static TwitterWebhooks of(String consumerSecret) {
    return new TwitterWebhooks(consumerSecret);
  }

  /**
   * Answers a CRC.
   *
   * @param crcToken the {@code crc_token} query value, or null when absent
   * @return a {@link WebhookCheck.Challenge} with the JSON response, or
   *     {@link WebhookCheck.Rejected} with {@code MISSING_PARAMETER} or
   *     {@code MALFORMED_PARAMETER} (longer than 1,024 characters or with control characters)
   */
  public WebhookCheck crc(String crcToken) {
    if (crcToken == null || crcToken.isEmpty()) {
      return new WebhookCheck.Rejected(Reason.MISSING_PARAMETER);
    }
    if (crcToken.length() > MAX_CRC_TOKEN_LENGTH
        || crcToken.chars().anyMatch(Character::isISOControl)) {
      return new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER);
    }
    return new WebhookCheck.Challenge("{\"response_token\":\"" + responseToken(crcToken) + "\"}",
        "application/json");
  }

  /**
   * Answers a CRC from the request's raw query string.
   *
   * @param rawQuery the percent-encoded query without {@code ?}, or null
   * @return as {@link #crc(String)}; a repeated or badly encoded parameter is
   *     {@code MALFORMED_PARAMETER}
   */
  public WebhookCheck crcFromQuery(String rawQuery) {
    Map<String, String> q;
    try {
      q = WebhookSignatures.queryParameters(rawQuery);
    } catch (IllegalArgumentException e) {
      return new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER);
    }
    return crc(q.get("crc_token"));
  }

  /**
   * The CRC response token: {@code sha256=} and the base64 HMAC-SHA256 of the token.
   *
   * @param crcToken the token, not null
   * @return the response token
   */
  public String responseToken(String crcToken) {
    Objects.requireNonNull(crcToken, "crcToken");
    return "sha256=" + Base64.getEncoder().encodeToString(
        signatures.sign(crcToken.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Checks a delivery's signature.
   *
   * @param rawBody the request body bytes exactly as received, not null
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, or null when absent
   * @return {@link WebhookCheck.Verified}, or {@link WebhookCheck.Rejected} with
   *     {@code MISSING_SIGNATURE}, {@code MALFORMED_SIGNATURE} (not {@code sha256=} and 44
   *     base64 characters of a 32-byte digest), {@code UNSUPPORTED_ALGORITHM} or
   *     {@code SIGNATURE_MISMATCH}
   */
  public WebhookCheck verifyDelivery(byte[] rawBody, String signatureHeader) {
    WebhookSignatures.Outcome outcome = signatures.verify(
        Objects.requireNonNull(rawBody, "rawBody"), signatureHeader, false);
    return outcome == WebhookSignatures.Outcome.VERIFIED ? VERIFIED
        : new WebhookCheck.Rejected(Reason.valueOf(outcome.name()));
  }

  @Override
  public String toString() {
    return "TwitterWebhooks[consumerSecret=<hidden>]";
  }
}
