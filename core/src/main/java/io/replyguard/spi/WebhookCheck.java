package io.replyguard.spi;

import java.util.Objects;

/**
 * The outcome of authenticating one webhook request before its body is parsed: a delivery whose
 * signature matches ({@link Verified}), a handshake to answer ({@link Challenge}), or a refusal
 * with its {@link Reason} ({@link Rejected}). Adapters produce it from the raw body bytes and the
 * header or query values; it never carries a secret, and checking never throws for what a client
 * sent (a missing, malformed or wrong signature is a {@link Rejected}).
 *
 * <p>Immutable and thread-safe. Switch over it with a pattern, or ask {@link #httpStatus()}.
 *
 * @since 0.2.0
 */
public sealed interface WebhookCheck
    permits WebhookCheck.Verified, WebhookCheck.Challenge, WebhookCheck.Rejected {

  /**
   * The HTTP status to answer with: 200 for {@link Verified} and {@link Challenge}, 400 for a
   * request that lacks or garbles a handshake parameter, 403 for everything else rejected.
   *
   * @return the status code
   */
  int httpStatus();

  /**
   * Whether the request is authentic (a verified delivery or an answered handshake).
   *
   * @return true unless {@link Rejected}
   */
  default boolean accepted() {
    return !(this instanceof Rejected);
  }

  /**
   * The delivery's signature matches its raw body: parse the body.
   *
   * @since 0.2.0
   */
  record Verified() implements WebhookCheck {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * A handshake (Meta's subscription verification, X's CRC) answered: send {@link #body()} with
   * {@link #contentType()} and status 200. The body is what the platform expects back (Meta's
   * challenge, X's response token); it is not secret. {@link #toString()} shows its length only.
   *
   * @param body the response body, not null
   * @param contentType the response's content type, not null
   * @since 0.2.0
   */
  record Challenge(String body, String contentType) implements WebhookCheck {
    /**
     * Validates the components.
     *
     * @param body the response body, not null
     * @param contentType the response's content type, not null
     */
    public Challenge {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(contentType, "contentType");
    }

    @Override
    public int httpStatus() {
      return 200;
    }

    @Override
    public String toString() {
      return "Challenge[body=<" + body.length() + " chars>, contentType=" + contentType + "]";
    }
  }

  /**
   * The request is not authentic or not well-formed: answer {@link #httpStatus()} and do not
   * parse the body.
   *
   * @param reason why, not null
   * @since 0.2.0
   */
  record Rejected(Reason reason) implements WebhookCheck {
    /**
     * Validates the component.
     *
     * @param reason why, not null
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int httpStatus() {
      return reason == Reason.MISSING_PARAMETER || reason == Reason.MALFORMED_PARAMETER
          || reason == Reason.UNSUPPORTED_MODE ? 400 : 403;
    }
  }

  /**
   * Why a webhook request was rejected.
   *
   * @since 0.2.0
   */
  enum Reason {
    /** The signature header is absent or empty. */
    MISSING_SIGNATURE,
    /** The signature header is not {@code sha256=} followed by a well-formed digest. */
    MALFORMED_SIGNATURE,
    /** The signature names another algorithm (e.g. {@code sha1=}). */
    UNSUPPORTED_ALGORITHM,
    /** The digest does not match the body: a changed body or another secret. */
    SIGNATURE_MISMATCH,
    /** A handshake parameter ({@code hub.mode}, {@code hub.verify_token}, {@code hub.challenge},
     * {@code crc_token}) is absent or empty. */
    MISSING_PARAMETER,
    /** A handshake parameter is repeated, badly percent-encoded, too long or has control
     * characters. */
    MALFORMED_PARAMETER,
    /** {@code hub.mode} is not {@code subscribe}. */
    UNSUPPORTED_MODE,
    /** {@code hub.verify_token} is not the configured token. */
    VERIFY_TOKEN_MISMATCH
  }
}
