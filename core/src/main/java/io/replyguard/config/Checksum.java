package io.replyguard.config;

/** Named checksums a custom recognizer can require of its candidates. *
 * @since 0.1.0
 */
public enum Checksum {
  /** Luhn mod 10 over all digits (payment cards, many customer numbers). */
  LUHN,
  /** ISO 13616 IBAN mod 97. */
  IBAN_MOD97,
  /** ISO 7064 MOD 11,10 over all digits (German Steuer-ID style). */
  ISO7064_MOD11_10,
  /** ICAO 9303 check digit, weights 7-3-1, over the characters before the last one. */
  ICAO9303,
  /** The German pension insurance number (Rentenversicherungsnummer) check digit. */
  DE_RVNR,
  /** The German health insurance number (Krankenversichertennummer) check digit. */
  DE_KVNR
}
