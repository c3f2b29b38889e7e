package io.replyguard.check;

import io.replyguard.model.Category;
import io.replyguard.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of built-in draft rules. Every id listed here can be disabled or given another
 * severity through the configuration's {@code ruleOverrides}. Platform adapters add their own
 * platform-policy rules, whose ids start with the platform id (for example {@code facebook.}).
 *
 * <p>Stateless and thread-safe.
 */
public final class DraftRules {
  /** Personal data in a public draft. */
  public static final String PII_PUBLIC = "pii.public";
  /** Personal data in a private draft. */
  public static final String PII_PRIVATE = "pii.private";
  /** Asking for personal data to be posted publicly. */
  public static final String PII_REQUEST_PUBLIC = "pii.request-public";
  /** Asking for credentials. */
  public static final String CREDENTIAL_REQUEST = "credential.request";
  /** Over the platform's length limit. */
  public static final String LENGTH_LIMIT = "length.limit";
  /** A vague time promise. */
  public static final String COMMITMENT_VAGUE = "commitment.vague";
  /** A follow-up promised without a time. */
  public static final String COMMITMENT_MISSING_TIME = "commitment.missing-time";
  /** A concrete promise the service hours cannot keep. */
  public static final String COMMITMENT_UNKEEPABLE = "commitment.unkeepable";
  /** A contract or cancellation matter handled publicly. */
  public static final String CHANNEL_CONTRACT_PUBLIC = "channel.contract-public";
  /** "Sie" and "du" mixed in one German draft. */
  public static final String TONE_MIXED_ADDRESS = "tone.mixed-address";
  /** Addressing the customer against the configured formality. */
  public static final String TONE_FORMALITY = "tone.formality";
  /** A near-duplicate of a recently sent reply. */
  public static final String BOILERPLATE_REPEAT = "boilerplate.repeat";

  private static final List<RuleDescription> BUILT_IN = List.of(
      new RuleDescription(PII_PUBLIC, Category.PII, Severity.BLOCKER,
          "Personal data (phone numbers, e-mail addresses, IBANs, customer numbers, addresses, "
              + "...) in a public reply. The company's own contacts from the configured "
              + "allowlist are not personal data."),
      new RuleDescription(PII_PRIVATE, Category.PII, Severity.INFO,
          "Personal data in a private message: allowed, reported for information so the agent "
              + "can make sure it belongs to the recipient."),
      new RuleDescription(PII_REQUEST_PUBLIC, Category.PII, Severity.ERROR,
          "A public reply asks the customer to post personal data (\"Nennen Sie uns hier Ihre "
              + "Kundennummer\"). Asking for it by direct message, e-mail, form or phone is fine."),
      new RuleDescription(CREDENTIAL_REQUEST, Category.CREDENTIAL_REQUEST, Severity.BLOCKER,
          "Asks for a password, PIN, TAN, one-time code or login data, on any channel. "
              + "Statements that the company never asks for them do not count."),
      new RuleDescription(LENGTH_LIMIT, Category.LENGTH, Severity.BLOCKER,
          "Longer than the platform allows for the surface, counted the platform's way; the "
              + "finding marks the overflowing part."),
      new RuleDescription(COMMITMENT_VAGUE, Category.COMMITMENT, Severity.WARNING,
          "A vague time promise (\"zeitnah\", \"bald\", \"asap\", \"shortly\"); the suggestion "
              + "is a concrete phrase computed from the service level and the service hours."),
      new RuleDescription(COMMITMENT_MISSING_TIME, Category.COMMITMENT, Severity.WARNING,
          "A follow-up is promised (\"wir melden uns\", \"we'll get back to you\") without "
              + "saying when."),
      new RuleDescription(COMMITMENT_UNKEEPABLE, Category.COMMITMENT, Severity.WARNING,
          "A concrete promise (\"innerhalb der nächsten Stunde\", \"today by 6 pm\") ends "
              + "before the service level can be met within the service hours."),
      new RuleDescription(CHANNEL_CONTRACT_PUBLIC, Category.CHANNEL, Severity.WARNING,
          "A contract or cancellation matter is discussed in a public reply instead of being "
              + "moved to e-mail, a private message or the phone."),
      new RuleDescription(TONE_MIXED_ADDRESS, Category.TONE, Severity.WARNING,
          "A German draft addresses the customer both formally (\"Sie\", \"Ihnen\") and "
              + "informally (\"du\", \"dein\", \"euch\"); marks the words that deviate from the "
              + "configured formality."),
      new RuleDescription(TONE_FORMALITY, Category.TONE, Severity.WARNING,
          "A German draft addresses the customer against the configured formality (SIE or DU)."),
      new RuleDescription(BOILERPLATE_REPEAT, Category.BOILERPLATE, Severity.WARNING,
          "The draft is a near-duplicate (word 3-shingle Jaccard similarity at or above the "
              + "configured threshold) of a reply sent recently. Drafts under "
              + Boilerplate.MIN_WORDS + " words are not compared."));

  private DraftRules() {}

  /**
   * Every built-in rule, in a stable order.
   *
   * @return an immutable list, never null
   */
  public static List<RuleDescription> builtIn() {
    return BUILT_IN;
  }

  /**
   * A built-in rule by id.
   *
   * @param id not null
   * @return the rule, or empty when no built-in rule has this id
   */
  public static Optional<RuleDescription> builtIn(String id) {
    Objects.requireNonNull(id, "id");
    for (RuleDescription r : BUILT_IN) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
