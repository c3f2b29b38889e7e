/**
 * Personal-data detection and redaction for German and English text.
 *
 * <p>{@link io.replyguard.pii.PiiDetector} is the only public type: built once from a
 * {@link io.replyguard.config.ReplyguardConfig} (custom recognizers, company-contact allowlist),
 * immutable and thread-safe. {@code scan} returns sorted, non-overlapping
 * {@link io.replyguard.model.PiiFinding}s with half-open UTF-16 spans; {@code redact} masks them
 * with {@code •} keeping length and structure.
 *
 * <p>Built-in recognizers (one linear pass, validators only on candidates): e-mail, phone (German
 * formats, E.164 with '+', North-American 3-3-4), IBAN (per-country length, mod 97, Spanish
 * national check digits), payment cards (Luhn, issuer prefix and length), Steuer-ID (ISO 7064
 * MOD 11,10 and the repetition rule), Personalausweis and passport serials (ICAO 9303 check
 * digit, or a cue), Rentenversicherungsnummer, Krankenversichertennummer, US SSN (dashed or with
 * a cue), IPv4/IPv6, licence plates (cue, or uppercase shape at low score), and the cue-driven
 * types: customer numbers, credentials, dates of birth (real calendar dates), names (after
 * "mein Name ist", "my name is", or a closing signature) and postal addresses (street and house
 * number, optionally postcode and city; postcode and city after an address cue).
 */
package io.replyguard.pii;
