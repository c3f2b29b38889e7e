package io.replyguard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a text's UTF-8 bytes in lower-case hex: how the pointer files of the real-text
 * corpora (PII and conversations) identify a post without holding its text.
 */
public final class TextHashes {
  private TextHashes() {}

  /** The SHA-256 of {@code text} (UTF-8), 64 lower-case hex digits. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
