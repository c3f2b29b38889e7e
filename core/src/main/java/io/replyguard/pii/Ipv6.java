package io.replyguard.pii;

/** RFC 4291 text form validation, embedded IPv4 tail included. Stateless. */
final class Ipv6 {
  private Ipv6() {}

  /**
   * Whether {@code t[start, end)} is an IPv6 address: up to 8 groups of 1–4 hex digits, at most
   * one "::", optionally ending with a dotted IPv4 address counting as two groups.
   */
  static boolean valid(CharSequence t, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int p = start;
    if (t.charAt(p) == ':') {
      if (t.charAt(p + 1) != ':') {
        return false;
      }
      compressed = true;
      p += 2;
      if (p == end) {
        return true;
      }
    }
    while (p < end) {
      int s = p;
      while (p < end && Chars.hex(t.charAt(p))) {
        p++;
      }
      if (p < end && t.charAt(p) == '.') {
        // embedded IPv4 tail
        if (!ipv4(t, s, end)) {
          return false;
        }
        groups += 2;
        p = end;
        break;
      }
      int len = p - s;
      if (len == 0 || len > 4) {
        return false;
      }
      groups++;
      if (p == end) {
        break;
      }
      if (t.charAt(p) != ':') {
        return false;
      }
      p++;
      if (p < end && t.charAt(p) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        p++;
        if (p == end) {
          break;
        }
      } else if (p == end) {
        return false;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  private static boolean ipv4(CharSequence t, int s, int end) {
    int octets = 0;
    int p = s;
    while (p <= end) {
      int v = 0;
      int q = p;
      while (q < end && Chars.digit(t.charAt(q)) && q - p < 3) {
        v = v * 10 + t.charAt(q) - '0';
        q++;
      }
      if (q == p || v > 255) {
        return false;
      }
      octets++;
      if (q == end) {
        break;
      }
      if (t.charAt(q) != '.') {
        return false;
      }
      p = q + 1;
    }
    return octets == 4;
  }
}
