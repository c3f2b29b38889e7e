package io.replyguard.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signing and constant-time checking of webhook signatures, shared by the adapters.
 * Internal: not part of the API. Immutable and thread-safe; the key never leaves this object and
 * {@link #toString()} does not show it.
 */
public final class WebhookSignatures {
  /** Length of an HMAC-SHA256 digest in bytes. */
  public static final int DIGEST_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";

  /**
   * The outcome of a signature check; the adapters map it to the SPI's result type (this
   * package must not depend on the API packages). Names other than {@code VERIFIED} equal the
   * SPI's rejection reasons.
   */
  public enum Outcome {
    /** The digest matches. */
    VERIFIED,
    /** No header value. */
    MISSING_SIGNATURE,
    /** Not {@code sha256=} and a well-formed digest. */
    MALFORMED_SIGNATURE,
    /** Another algorithm. */
    UNSUPPORTED_ALGORITHM,
    /** The digest does not match. */
    SIGNATURE_MISMATCH
  }

  private final SecretKeySpec key;
  private final Mac prototype;

  /**
   * A signer for a secret.
   *
   * @param secret the shared secret (its UTF-8 bytes are the key), not null, not empty
   * @param name what the secret is, for the exception message (e.g. "app secret")
   * @throws IllegalArgumentException when the secret is empty (the message names it, never shows it)
   */
  public WebhookSignatures(String secret, String name) {
    Objects.requireNonNull(secret, name);
    Checks.requireArgument(!secret.isEmpty(), "%s must not be empty", name);
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.prototype = newMac();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
    }
  }

  /** A fresh initialised Mac (Mac instances are not thread-safe). */
  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac();
    }
  }

  /**
   * HMAC-SHA256 of the bytes.
   *
   * @param data the message, not null
   * @return the 32-byte digest
   */
  public byte[] sign(byte[] data) {
    return mac().doFinal(Objects.requireNonNull(data, "data"));
  }

  /**
   * Checks a {@code sha256=<digest>} header against the body.
   *
   * @param body the raw body bytes as received, not null
   * @param header the header value, or null when absent
   * @param hex true for lower-case hex digests (Meta), false for base64 (X)
   * @return the outcome
   */
  public Outcome verify(byte[] body, String header, boolean hex) {
    Objects.requireNonNull(body, "body");
    if (header == null || header.isBlank()) {
      return Outcome.MISSING_SIGNATURE;
    }
    String value = header.strip();
    int eq = value.indexOf('=');
    if (eq <= 0) {
      return Outcome.MALFORMED_SIGNATURE;
    }
    String algorithm = value.substring(0, eq);
    if (!algorithm.equals("sha256")) {
      return isToken(algorithm) ? Outcome.UNSUPPORTED_ALGORITHM : Outcome.MALFORMED_SIGNATURE;
    }
    Optional<byte[]> claimed = hex ? lowerHex(value.substring(eq + 1))
        : base64(value.substring(eq + 1));
    if (claimed.isEmpty()) {
      return Outcome.MALFORMED_SIGNATURE;
    }
    return MessageDigest.isEqual(sign(body), claimed.get()) ? Outcome.VERIFIED
        : Outcome.SIGNATURE_MISMATCH;
  }

  /**
   * Compares two strings in time independent of where they differ (for verify tokens).
   *
   * @param expected the configured value, not null
   * @param given the received value, not null
   * @return whether they are equal
   */
  public static boolean constantTimeEquals(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Exactly 64 lower-case hex digits. */
  private static Optional<byte[]> lowerHex(String s) {
    if (s.length() != 2 * DIGEST_BYTES) {
      return Optional.empty();
    }
    byte[] out = new byte[DIGEST_BYTES];
    for (int i = 0; i < DIGEST_BYTES; i++) {
      int hi = hexDigit(s.charAt(2 * i));
      int lo = hexDigit(s.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        return Optional.empty();
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return Optional.of(out);
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** Standard base64 with padding, decoding to exactly 32 bytes. */
  private static Optional<byte[]> base64(String s) {
    try {
      byte[] b = java.util.Base64.getDecoder().decode(s);
      return b.length == DIGEST_BYTES && s.length() == 44 ? Optional.of(b) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The parameters of a raw (percent-encoded) query string, for handshakes.
   *
   * @param rawQuery the query without {@code ?}, or null
   * @return name to value; empty when the query is null or empty
   * @throws IllegalArgumentException when a name repeats or the encoding is malformed (the
   *     message names the parameter, never a value)
   */
  public static Map<String, String> queryParameters(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
          StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
          StandardCharsets.UTF_8);
      if (out.put(name, value) != null) {
        throw new IllegalArgumentException("query parameter '" + name + "' repeats");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "WebhookSignatures[HmacSHA256, key=<hidden>]";
  }
}
