package io.replyguard.facebook;

import io.replyguard.internal.Checks;
import io.replyguard.internal.WebhookSignatures;
import io.replyguard.spi.WebhookCheck;
import io.replyguard.spi.WebhookCheck.Reason;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates Meta webhook requests (Facebook Pages and Messenger) before their body is parsed,
 * without any HTTP framework: raw body bytes and header or query values in, a {@link WebhookCheck}
 * out.
 *
 * <ul>
 *   <li>{@link #verifyDelivery}: a POST delivery carries {@value #SIGNATURE_HEADER}
 *       {@code sha256=<64 lower-case hex digits>}, the HMAC-SHA256 of the raw body bytes keyed
 *       with the app secret. Check the bytes exactly as received: Meta signs the body as sent
 *       (non-ASCII escaped as {@code \u00e4}), so a re-serialized body never verifies. The digests
 *       are compared in constant time.
 *   <li>{@link #subscribe}: the subscription handshake, a GET with {@code hub.mode=subscribe},
 *       {@code hub.verify_token} (compared in constant time with the configured token) and
 *       {@code hub.challenge}, which is echoed as {@code text/plain}.
 * </ul>
 * A missing, malformed or wrong signature or parameter is a {@link WebhookCheck.Rejected} with its
 * {@link Reason}, never an exception.
 *
 * <p>Immutable and thread-safe. The app secret and verify token never appear in messages or
 * {@link #toString()}.
 *
 * @since 0.2.0
 */
public final class FacebookWebhooks {
  /** The signature header of deliveries (HTTP header names are case-insensitive). */
  public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
  /** Longest {@code hub.challenge} echoed. */
  static final int MAX_CHALLENGE_LENGTH = 1024;

  private static final WebhookCheck VERIFIED = new WebhookCheck.Verified();

  private final WebhookSignatures signatures;
  private final Optional<String> verifyToken;

  private FacebookWebhooks(String appSecret, Optional<String> verifyToken) {
    this.signatures = new WebhookSignatures(appSecret, "appSecret");
    verifyToken.ifPresent(t -> Checks.requireArgument(!t.isEmpty(),
        "verifyToken must not be empty"));
    this.verifyToken = verifyToken;
  }

  /**
   * Authenticates with the app's secret and the verify token chosen when subscribing.
   *
   * @param appSecret the Meta app secret, not null, not empty
   * @param verifyToken the token configured for the subscription, not null, not empty
   * @return the authenticator
   * @throws IllegalArgumentException naming an empty argument (never showing it)
   */
  public static FacebookWebhooks of(String appSecret, String verifyToken) {
    return new FacebookWebhooks(appSecret,
        Optional.of(Objects.requireNonNull(verifyToken, "verifyToken")));
  }

  /**
   * Authenticates deliveries only (e.g. checking captured deliveries offline): without a verify
   * token every {@link #subscribe} is rejected with {@code VERIFY_TOKEN_MISMATCH}.
   *
   * @param appSecret the Meta app secret, not null, not empty
   * @return the authenticator
   * @throws IllegalArgumentException when the secret is empty (never showing it)
   */
  public static FacebookWebhooks of(String appSecret) {
    return new FacebookWebhooks(appSecret, Optional.empty());
  }

  /**
   * Checks a delivery's signature.
   *
   * @param rawBody the request body bytes exactly as received, not null
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, or null when absent
   * @return {@link WebhookCheck.Verified}, or {@link WebhookCheck.Rejected} with
   *     {@code MISSING_SIGNATURE}, {@code MALFORMED_SIGNATURE}, {@code UNSUPPORTED_ALGORITHM}
   *     (e.g. the legacy {@code sha1=} of {@code X-Hub-Signature}) or {@code SIGNATURE_MISMATCH}
   */
  public WebhookCheck verifyDelivery(byte[] rawBody, String signatureHeader) {
    WebhookSignatures.Outcome outcome = signatures.verify(
        Objects.requireNonNull(rawBody, "rawBody"), signatureHeader, true);
    return outcome == WebhookSignatures.Outcome.VERIFIED ? VERIFIED
        : new WebhookCheck.Rejected(Reason.valueOf(outcome.name()));
  }

  /**
   * Answers the subscription handshake.
   *
   * @param mode {@code hub.mode}, or null when absent
   * @param token {@code hub.verify_token}, or null when absent
   * @param challenge {@code hub.challenge}, or null when absent
   * @return a {@link WebhookCheck.Challenge} echoing the challenge as {@code text/plain}, or
   *     {@link WebhookCheck.Rejected} with {@code MISSING_PARAMETER}, {@code UNSUPPORTED_MODE},
   *     {@code VERIFY_TOKEN_MISMATCH} or {@code MALFORMED_PARAMETER} (a challenge longer than
   *     1,024 characters or with control characters)
   */
  public WebhookCheck subscribe(String mode, String token, String challenge) {
    if (isEmpty(mode) || isEmpty(token) || isEmpty(challenge)) {
      return new WebhookCheck.Rejected(Reason.MISSING_PARAMETER);
    }
    if (!mode.equals("subscribe")) {
      return new WebhookCheck.Rejected(Reason.UNSUPPORTED_MODE);
    }
    if (verifyToken.isEmpty()
        || !WebhookSignatures.constantTimeEquals(verifyToken.get(), token)) {
      return new WebhookCheck.Rejected(Reason.VERIFY_TOKEN_MISMATCH);
    }
    if (challenge.length() > MAX_CHALLENGE_LENGTH
        || challenge.chars().anyMatch(Character::isISOControl)) {
      return new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER);
    }
    return new WebhookCheck.Challenge(challenge, "text/plain; charset=utf-8");
  }

  /**
   * Answers the subscription handshake from the request's raw query string.
   *
   * @param rawQuery the percent-encoded query without {@code ?} (e.g.
   *     {@code URI.getRawQuery()}), or null
   * @return as {@link #subscribe(String, String, String)}; a repeated or badly encoded parameter
   *     is {@code MALFORMED_PARAMETER}
   */
  public WebhookCheck subscribe(String rawQuery) {
    Map<String, String> q;
    try {
      q = WebhookSignatures.queryParameters(rawQuery);
    } catch (IllegalArgumentException e) {
      return new WebhookCheck.Rejected(Reason.MALFORMED_PARAMETER);
    }
    return subscribe(q.get("hub.mode"), q.get("hub.verify_token"), q.get("hub.challenge"));
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  @Override
  public String toString() {
    return "FacebookWebhooks[appSecret=<hidden>, verifyToken=<hidden>]";
  }
}
