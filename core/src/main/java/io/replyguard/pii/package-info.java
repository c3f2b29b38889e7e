/**
 * Personal-data detection and redaction for German and English text.
 *
 * <p>{@link io.replyguard.pii.PiiDetector} is the only public type: built once from a
 * {@link io.replyguard.config.ReplyguardConfig} (custom recognizers, company-contact allowlist),
 * immutable and thread-safe. {@code scan} returns sorted, non-overlapping
 * {@link io.replyguard.model.PiiFinding}s with half-open UTF-16 spans; {@code redact} masks them
 * with {@code •} keeping length and structure.
 *
 * <p>Built-in recognizers (package-private, one file each, behind {@code Recognizer}; the driver
 * {@code TextScanner} reads the text once and derives its anchor table from what they declare):
 * {@code NetworkRecognizer} (e-mail incl. written forms such as "name [at] domain [dot] de",
 * URLs, IPv4/IPv6), {@code TokenRecognizer} (IBAN with per-country length and BBAN structure,
 * ID-card serials, RVNR, KVNR), {@code NumberChunkRecognizer} (phones, payment cards, Steuer-ID,
 * US SSN), {@code PlaceRecognizer} (postal addresses, licence plates),
 * {@code CustomerNumberRecognizer}, {@code CredentialRecognizer}, {@code BirthDateRecognizer} and
 * {@code NameRecognizer} (values introduced by a cue from {@code CueLexicon}). Detection reads a
 * folded view of the text ({@code DetectionView}); spans refer to the original text. Toll-free
 * numbers and role mailboxes are organisations' contacts and not reported.
 */
package io.replyguard.pii;
