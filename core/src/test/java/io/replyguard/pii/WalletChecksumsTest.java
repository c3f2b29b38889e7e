package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WalletChecksumsTest {

  @Test
  void keccakMatchesPublishedDigests() {
    assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        HexFormat.of().formatHex(WalletChecksums.keccak256("")));
    assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        HexFormat.of().formatHex(WalletChecksums.keccak256("abc")));
  }

  /** The four examples of EIP-55 and two addresses of the Ethereum documentation. */
  @ParameterizedTest
  @ValueSource(strings = {"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
      "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "20fE9F5896A3021Ca6eA78005a15AE954dC134E6"})
  void eip55AcceptsChecksummedAddresses(String hex) {
    assertTrue(WalletChecksums.eip55(hex, 0), hex);
    // one letter in the wrong case breaks the checksum
    int k = hex.indexOf('a') >= 0 ? hex.indexOf('a') : hex.indexOf('A');
    char c = hex.charAt(k);
    String flipped = hex.substring(0, k)
        + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
        + hex.substring(k + 1);
    assertFalse(WalletChecksums.eip55(flipped, 0), flipped);
  }

  @Test
  void eip55RejectsSingleCaseAndNonHex() {
    assertFalse(WalletChecksums.eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", 0));
    assertFalse(WalletChecksums.eip55("5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", 0));
    assertFalse(WalletChecksums.eip55("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
      "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9"})
  void base58CheckAcceptsAddresses(String address) {
    assertTrue(WalletChecksums.base58Check(address, 0, address.length()), address);
    String changed = address.substring(0, 10) + (address.charAt(10) == 'a' ? 'b' : 'a')
        + address.substring(11);
    assertFalse(WalletChecksums.base58Check(changed, 0, changed.length()), changed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"})
  void bech32AcceptsSegwitAddresses(String address) {
    assertTrue(WalletChecksums.bech32(address, 0, address.length()), address);
    String changed = address.substring(0, address.length() - 1)
        + (address.toLowerCase().endsWith("q") ? 'p' : 'q');
    changed = address.equals(address.toUpperCase()) ? changed.toUpperCase() : changed;
    assertFalse(WalletChecksums.bech32(changed, 0, changed.length()), changed);
  }

  @Property(tries = 2000)
  void randomBase58StringsAlmostNeverPass(
      @ForAll @StringLength(min = 26, max = 35) @CharRange(from = 'A', to = 'Z') String s) {
    // 2^-32 per string: 2,000 tries never see one
    assertFalse(WalletChecksums.base58Check("1" + s.substring(1), 0, s.length()));
  }
}
