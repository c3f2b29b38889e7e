package io.replyguard.pii;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checksums of cryptocurrency wallet addresses: Base58Check (Bitcoin "1…"/"3…", Litecoin, Tron,
 * Dogecoin and the like: a 25-byte payload whose last four bytes are the double SHA-256 of the
 * rest), Bech32 and Bech32m segwit addresses ("bc1q…", "ltc1…", BIP 173/350) and the EIP-55
 * mixed-case checksum of Ethereum addresses (Keccak-256 of the lower-case hex). A random string
 * passes one of them with a probability of about 2^-32 (Base58Check, Bech32) or 2^-15 and less
 * (EIP-55 over 15 and more letters), so a passing value is a wallet address by form. Stateless and
 * thread-safe; never throws on malformed input.
 */
final class WalletChecksums {
  private WalletChecksums() {}

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  /** Whether [from, to) of s is a Base58Check string of a 25-byte payload (version + 20 + 4). */
  static boolean base58Check(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 26 || len > 35) {
      return false;
    }
    BigInteger value = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    int leadingOnes = 0;
    boolean leading = true;
    for (int k = from; k < to; k++) {
      int d = BASE58.indexOf(s.charAt(k));
      if (d < 0) {
        return false;
      }
      if (leading && d == 0) {
        leadingOnes++;
      } else {
        leading = false;
      }
      value = value.multiply(base).add(BigInteger.valueOf(d));
    }
    byte[] raw = value.toByteArray();
    int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0; // BigInteger's sign byte
    int bodyLength = raw.length - skip;
    if (value.signum() == 0) {
      bodyLength = 0;
    }
    if (leadingOnes + bodyLength != 25) {
      return false;
    }
    byte[] payload = new byte[25];
    System.arraycopy(raw, skip, payload, leadingOnes, bodyLength);
    byte[] hash = sha256(sha256(payload, 21), 32);
    for (int k = 0; k < 4; k++) {
      if (hash[k] != payload[21 + k]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] sha256(byte[] data, int length) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, 0, length);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  /**
   * Whether [from, to) of s is a Bech32 or Bech32m string (one case only) whose human-readable
   * part is 2 to 4 letters ("bc", "tb", "ltc") and whose data part holds at least 6 checksum
   * characters plus a segwit program of plausible length.
   */
  static boolean bech32(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 14 || len > 90) {
      return false;
    }
    int sep = -1;
    for (int k = to - 1; k >= from; k--) {
      if (s.charAt(k) == '1') {
        sep = k;
        break;
      }
    }
    if (sep < from + 2 || sep > from + 4 || to - sep - 1 < 6 + 33) {
      return false; // "bc1" + witness version + at least 32 data characters + checksum
    }
    boolean lower = false;
    boolean upper = false;
    int[] hrp = new int[sep - from];
    for (int k = from; k < sep; k++) {
      char c = s.charAt(k);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else {
        return false;
      }
      hrp[k - from] = Character.toLowerCase(c);
    }
    int[] data = new int[to - sep - 1];
    for (int k = sep + 1; k < to; k++) {
      char c = s.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      }
      int d = BECH32.indexOf(Character.toLowerCase(c));
      if (d < 0) {
        return false;
      }
      data[k - sep - 1] = d;
    }
    if (lower && upper) {
      return false;
    }
    int chk = 1;
    for (int c : hrp) {
      chk = polymod(chk, c >> 5);
    }
    chk = polymod(chk, 0);
    for (int c : hrp) {
      chk = polymod(chk, c & 31);
    }
    for (int d : data) {
      chk = polymod(chk, d);
    }
    return chk == 1 || chk == 0x2bc830a3; // Bech32 (BIP 173) or Bech32m (BIP 350)
  }

  private static int polymod(int chk, int value) {
    int top = chk >>> 25;
    chk = (chk & 0x1ffffff) << 5 ^ value;
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    for (int i = 0; i < 5; i++) {
      if ((top >>> i & 1) != 0) {
        chk ^= gen[i];
      }
    }
    return chk;
  }

  /**
   * Whether the 40 hex digits at [from, from + 40) of s carry a valid EIP-55 checksum: mixed
   * case, each letter upper-case exactly when its nibble of Keccak-256(lower-case hex) is ≥ 8.
   * All-lower or all-upper addresses carry no checksum and return false.
   */
  static boolean eip55(CharSequence s, int from) {
    byte[] lowerHex = new byte[40];
    boolean lower = false;
    boolean upper = false;
    for (int k = 0; k < 40; k++) {
      char c = s.charAt(from + k);
      if (c >= 'a' && c <= 'f') {
        lower = true;
      } else if (c >= 'A' && c <= 'F') {
        upper = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
      lowerHex[k] = (byte) Character.toLowerCase(c);
    }
    if (!lower || !upper) {
      return false;
    }
    byte[] hash = keccak256(lowerHex);
    for (int k = 0; k < 40; k++) {
      char c = s.charAt(from + k);
      if (c > '9') {
        int nibble = (hash[k / 2] >> (k % 2 == 0 ? 4 : 0)) & 0xf;
        if ((nibble >= 8) != (c <= 'F')) {
          return false;
        }
      }
    }
    return true;
  }

  private static final long[] ROUND_CONSTANTS = {0x0000000000000001L, 0x0000000000008082L,
      0x800000000000808aL, 0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L,
      0x8000000080008081L, 0x8000000000008009L, 0x000000000000008aL, 0x0000000000000088L,
      0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL, 0x800000000000008bL,
      0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
      0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L,
      0x0000000080000001L, 0x8000000080008008L};

  private static final int[] ROTATIONS = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39,
      41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

  /**
   * Keccak-256 as Ethereum uses it (the original Keccak padding 0x01, not SHA3-256's 0x06), for
   * inputs shorter than one 136-byte block.
   */
  static byte[] keccak256(byte[] input) {
    if (input.length >= 136) {
      throw new IllegalArgumentException("one block only");
    }
    byte[] block = new byte[136];
    System.arraycopy(input, 0, block, 0, input.length);
    block[input.length] ^= 0x01;
    block[135] ^= (byte) 0x80;
    long[] st = new long[25];
    for (int i = 0; i < 17; i++) {
      long w = 0;
      for (int b = 7; b >= 0; b--) {
        w = w << 8 | (block[i * 8 + b] & 0xff);
      }
      st[i] ^= w;
    }
    long[] c = new long[5];
    long[] b = new long[25];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) {
        c[x] = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          st[y + x] ^= d;
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(st[x + 5 * y], ROTATIONS[x + 5 * y]);
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 25; y += 5) {
          st[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        }
      }
      st[0] ^= ROUND_CONSTANTS[round];
    }
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = (byte) (st[i / 8] >>> (8 * (i % 8)));
    }
    return out;
  }

  /** Keccak-256 of a UTF-8 string (tests). */
  static byte[] keccak256(String s) {
    return keccak256(s.getBytes(StandardCharsets.UTF_8));
  }
}
