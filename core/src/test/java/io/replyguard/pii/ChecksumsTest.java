package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.Checksum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check-digit algorithms against published examples and single-character corruptions. */
class ChecksumsTest {

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013000", "GB29NWBK60161331926819",
      "FR1420041010050500013M02606", "NO9386011117947", "MT84MALT011000012345MTLCAST001S",
      "ES9121000418450200051332"})
  void validIbans(String iban) {
    assertTrue(Checksums.iban(iban));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013001", "DE8937040044053201300", "XX89370400440532013000",
      "AM47212110090000000235698740", "ES8931831500950001210562", "de89370400440532013000"})
  void invalidIbans(String iban) {
    assertFalse(Checksums.iban(iban));
  }

  @Test
  void luhnAndIssuers() {
    assertTrue(Checksums.luhn("4111111111111111") && Checksums.cardIssuer("4111111111111111"));
    assertTrue(Checksums.luhn("378282246310005") && Checksums.cardIssuer("378282246310005"));
    assertFalse(Checksums.luhn("4111111111111112"));
    // Luhn-valid but no issuer uses prefix 1 with 16 digits
    assertTrue(Checksums.luhn("1234567812345670"));
    assertFalse(Checksums.cardIssuer("1234567812345670"));
    // Amex must have 15 digits
    assertFalse(Checksums.cardIssuer("3782822463100050"));
  }

  @Test
  void steuerIdChecksumAndRepetitionRule() {
    assertTrue(Checksums.steuerId("86095742719"));
    assertTrue(Checksums.steuerId("65929970489"));
    assertFalse(Checksums.steuerId("86095742718"), "check digit");
    assertFalse(Checksums.steuerId("12345678903"), "no repeated digit (Presidio's example)");
    assertFalse(Checksums.steuerId("02345678903"), "leading zero");
    assertFalse(Checksums.steuerId("11112345678"), "a digit four times");
  }

  @Test
  void icaoCheckDigit() {
    assertTrue(Checksums.icao("T220001293"));
    assertTrue(Checksums.icao("L01X00T471"));
    assertFalse(Checksums.icao("T220001393"));
    assertFalse(Checksums.icao("T22000129"), "9th character is not a check digit");
  }

  @Test
  void pensionAndHealthInsuranceNumbers() {
    assertTrue(Checksums.rvnr("15070649C103"));
    assertFalse(Checksums.rvnr("15070649C104"), "check digit");
    assertFalse(Checksums.rvnr("15071349C103"), "month 13");
    assertFalse(Checksums.rvnr("15850649C103"), "day 85");
    assertTrue(Checksums.kvnr("A123456780"));
    assertTrue(Checksums.kvnr("M123456785"));
    assertFalse(Checksums.kvnr("A123456787"));
    assertFalse(Checksums.kvnr("1123456780"));
  }

  @Test
  void calendarDates() {
    assertTrue(Checksums.validDate(29, 2, 2000));
    assertFalse(Checksums.validDate(29, 2, 1900));
    assertTrue(Checksums.validDate(29, 2, 1988));
    assertFalse(Checksums.validDate(31, 4, 1990));
    assertFalse(Checksums.validDate(0, 1, 1990));
  }

  @Test
  void namedChecksumsIgnoreSeparators() {
    assertTrue(Checksums.check(Checksum.LUHN, "4111-1111 1111-1111"));
    assertTrue(Checksums.check(Checksum.IBAN_MOD97, "DE89 3704 0044 0532 0130 00"));
    assertTrue(Checksums.check(Checksum.ISO7064_MOD11_10, "86 095 742 719"));
    assertTrue(Checksums.check(Checksum.ICAO9303, "T22000129-3"));
    assertTrue(Checksums.check(Checksum.DE_RVNR, "15 070649 C 103"));
    assertTrue(Checksums.check(Checksum.DE_KVNR, "A 12345678 0"));
    assertFalse(Checksums.check(Checksum.LUHN, "4111-1111 1111-1112"));
  }
}
