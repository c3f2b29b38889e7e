package io.replyguard.kafka;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The topics of a {@link ReplyguardTopology}. Inputs: {@code posts} (inbound posts, keyed by
 * conversation id), {@code sentReplies} (what the CRM actually posted, keyed by conversation id,
 * with as many partitions as {@code posts}), {@code drafts} (reply drafts) and {@code config}
 * (compacted; brand to the brand's configuration). Outputs: {@code advice}, {@code redactedPosts},
 * {@code verdicts}, {@code broadcasts}, {@code overdue} and {@code deadLetters}. Immutable; all
 * names distinct.
 *
 * @param posts inbound posts
 * @param sentReplies replies as sent
 * @param drafts reply drafts
 * @param config per-brand configuration (compacted, read as a global table)
 * @param advice channel advice per post
 * @param redactedPosts posts with their personal data masked
 * @param verdicts draft verdicts
 * @param broadcasts one BROADCAST suggestion per outage burst
 * @param overdue first-response deadlines missed, and their late closing
 * @param deadLetters records that could not be processed, with the error (never the content)
 * @since 0.2.0
 */
public record Topics(String posts, String sentReplies, String drafts, String config,
    String advice, String redactedPosts, String verdicts, String broadcasts, String overdue,
    String deadLetters) {

  /**
   * Validates the names.
   *
   * @param posts inbound posts
   * @param sentReplies replies as sent
   * @param drafts reply drafts
   * @param config per-brand configuration
   * @param advice channel advice per post
   * @param redactedPosts posts with their personal data masked
   * @param verdicts draft verdicts
   * @param broadcasts BROADCAST suggestions
   * @param overdue first-response events
   * @param deadLetters records that could not be processed
   * @throws NullPointerException naming a missing topic
   * @throws IllegalArgumentException when a name is blank, starts with {@code @} or is used twice
   */
  public Topics {
    Set<String> seen = new HashSet<>();
    String[] names = {"posts", "sentReplies", "drafts", "config", "advice", "redactedPosts",
        "verdicts", "broadcasts", "overdue", "deadLetters"};
    String[] values = {posts, sentReplies, drafts, config, advice, redactedPosts, verdicts,
        broadcasts, overdue, deadLetters};
    for (int i = 0; i < names.length; i++) {
      Objects.requireNonNull(values[i], names[i]);
      if (values[i].isBlank() || values[i].startsWith("@")) {
        throw new IllegalArgumentException(names[i] + " topic name must not be blank or start "
            + "with '@'");
      }
      if (!seen.add(values[i])) {
        throw new IllegalArgumentException(names[i] + " topic '" + values[i]
            + "' is already used by another role");
      }
    }
  }

  /**
   * The default names: {@code replyguard-posts}, {@code replyguard-sent-replies},
   * {@code replyguard-drafts}, {@code replyguard-config}, {@code replyguard-advice},
   * {@code replyguard-redacted-posts}, {@code replyguard-verdicts}, {@code replyguard-broadcasts},
   * {@code replyguard-overdue}, {@code replyguard-dead-letters}.
   *
   * @return the topics
   */
  public static Topics defaults() {
    return prefixed("replyguard-");
  }

  /**
   * The default names with another prefix.
   *
   * @param prefix e.g. {@code "acme-"}, not null
   * @return the topics
   */
  public static Topics prefixed(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new Topics(prefix + "posts", prefix + "sent-replies", prefix + "drafts",
        prefix + "config", prefix + "advice", prefix + "redacted-posts", prefix + "verdicts",
        prefix + "broadcasts", prefix + "overdue", prefix + "dead-letters");
  }

  /**
   * The input topics.
   *
   * @return posts, sent replies, drafts, config
   */
  public List<String> inputs() {
    return List.of(posts, sentReplies, drafts, config);
  }

  /**
   * The output topics.
   *
   * @return advice, redacted posts, verdicts, broadcasts, overdue, dead letters
   */
  public List<String> outputs() {
    return List.of(advice, redactedPosts, verdicts, broadcasts, overdue, deadLetters);
  }
}
