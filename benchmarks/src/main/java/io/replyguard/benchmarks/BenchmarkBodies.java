package io.replyguard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook bodies of a given size and their signatures, computed with the JDK's Mac directly. */
final class BenchmarkBodies {
  private BenchmarkBodies() {}

  /** A JSON webhook body of exactly {@code size} bytes (Messenger events, padded in a field). */
  static byte[] body(int size) {
    StringBuilder sb = new StringBuilder("{\"object\":\"page\",\"entry\":[");
    for (int i = 0; ; i++) {
      String entry = (i == 0 ? "" : ",") + "{\"id\":\"900\",\"time\":1795428000,\"messaging\":[{"
          + "\"sender\":{\"id\":\"7712345678901234\"},\"recipient\":{\"id\":\"900\"},\"timestamp\":"
          + "1795427999876,\"message\":{\"mid\":\"m_" + i + "\",\"text\":\"Meine "
          + "Rechnung ist falsch \\u00e4\"}}]}";
      if (sb.length() + entry.length() + 12 > size) {
        break;
      }
      sb.append(entry);
    }
    sb.append("],\"pad\":\"");
    while (sb.length() < size - 2) {
      sb.append('x');
    }
    sb.append("\"}");
    byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
    if (b.length != size) {
      throw new IllegalStateException("body of " + b.length + " bytes, wanted " + size);
    }
    return b;
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hmacHex(String secret, byte[] body) {
    StringBuilder sb = new StringBuilder();
    for (byte b : hmac(secret, body)) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  static String hmacBase64(String secret, byte[] body) {
    return Base64.getEncoder().encodeToString(hmac(secret, body));
  }
}
