package io.replyguard.model;

/**
 * Kinds of personal data Replyguard detects. The constant names are stable identifiers used in
 * JSON, configuration and command-line output.
 *
 * @since 0.1.0
 */
public enum PiiType {
  /** An e-mail address. */
  EMAIL,
  /** A telephone number. */
  PHONE,
  /** An International Bank Account Number with a valid mod-97 checksum. */
  IBAN,
  /** A payment card number with a valid Luhn checksum and a plausible issuer prefix. */
  CREDIT_CARD,
  /** A postal address: street and house number, optionally postcode and city. */
  POSTAL_ADDRESS,
  /** Customer, contract, account, order or meter numbers introduced by a cue or a configured format. */
  CUSTOMER_NUMBER,
  /** Passwords, PINs, TANs, one-time codes and login data. */
  CREDENTIAL,
  /** A date of birth (a date introduced by a birth cue). */
  DATE_OF_BIRTH,
  /** A tax identification number (German Steuer-ID with its ISO 7064 check digit). */
  TAX_ID,
  /** ID card, passport or driving licence numbers. */
  ID_DOCUMENT,
  /** Social security / pension insurance numbers (German Rentenversicherungsnummer, US SSN). */
  SOCIAL_SECURITY_NUMBER,
  /** Health insurance numbers (German Krankenversichertennummer). */
  HEALTH_INSURANCE_NUMBER,
  /** An IPv4 or IPv6 address. */
  IP_ADDRESS,
  /** A vehicle licence plate (only with a cue). */
  LICENSE_PLATE,
  /** A person's name (only with a cue such as "mein Name ist" or a signature). */
  PERSON_NAME
}
