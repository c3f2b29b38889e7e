package io.replyguard.facebook;

import io.replyguard.model.ReplyguardException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Graph API refused a request or answered with something that is not a Graph response. The
 * exception message names only the request, the HTTP status and the envelope's {@code code},
 * {@code type}, {@code error_subcode} and {@code fbtrace_id}: the envelope's {@code message} may echo
 * user content, so it is kept apart in {@link #platformMessage()} and never put into
 * {@link #getMessage()} or {@link #toString()}. The page access token never appears anywhere.
 *
 * <p>Subclasses: {@link FacebookTokenException} (code 190), {@link FacebookPermissionException}
 * (code 10, 200–299), {@link FacebookRateLimitException} (codes 4, 17, 32, 613, or HTTP 429 without
 * an envelope), {@link FacebookDuplicatePostException} (code 506). Everything else, including
 * malformed response bodies and I/O failures, is this class itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class FacebookApiException extends ReplyguardException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int httpStatus;
  /** The Graph error code, or null. */
  private final Integer code;
  /** The Graph error type, or null. */
  private final String type;
  /** The Graph error subcode, or null. */
  private final Integer subcode;
  /** The trace id for Meta support, or null. */
  private final String fbtraceId;
  /** The platform's own message, or null. */
  private final String platformMessage;

  FacebookApiException(String message, GraphError error) {
    super(message);
    this.httpStatus = error.httpStatus();
    this.code = error.code().isPresent() ? error.code().getAsInt() : null;
    this.type = error.type().orElse(null);
    this.subcode = error.subcode().isPresent() ? error.subcode().getAsInt() : null;
    this.fbtraceId = error.fbtraceId().orElse(null);
    this.platformMessage = error.platformMessage().orElse(null);
  }

  FacebookApiException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.code = null;
    this.type = null;
    this.subcode = null;
    this.fbtraceId = null;
    this.platformMessage = null;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status, or 0 when no response was received (I/O failure)
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The Graph error {@code code}.
   *
   * @return the code, empty when the body was not a Graph error envelope
   */
  public OptionalInt code() {
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /**
   * The Graph error {@code type}, e.g. {@code OAuthException}.
   *
   * @return the type, if given
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * The Graph {@code error_subcode}, e.g. 463 for an expired token.
   *
   * @return the subcode, if given
   */
  public OptionalInt subcode() {
    return subcode == null ? OptionalInt.empty() : OptionalInt.of(subcode);
  }

  /**
   * The {@code fbtrace_id} to quote to Facebook support.
   *
   * @return the trace id, if given
   */
  public Optional<String> fbtraceId() {
    return Optional.ofNullable(fbtraceId);
  }

  /**
   * The envelope's human-readable {@code message}, verbatim. It may echo user content (personal
   * data): do not log it unredacted.
   *
   * @return the platform's message, if given
   */
  public Optional<String> platformMessage() {
    return Optional.ofNullable(platformMessage);
  }
}
