package io.replyguard.spi;

import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps Replyguard's model to one platform's API. Implementations are found with
 * {@link java.util.ServiceLoader} (declare them with {@code provides} in {@code module-info.java}
 * and in {@code META-INF/services/io.replyguard.spi.PlatformAdapter}) or registered by hand with
 * {@link AdapterRegistry.Builder#register(PlatformAdapter)}.
 *
 * <p>Implementations must be immutable and thread-safe and must have a public no-argument
 * constructor for the service loader. Methods reject {@code null} arguments with a
 * {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public interface PlatformAdapter {

  /**
   * The platform this adapter serves.
   *
   * @return the platform, never null
   */
  Platform platform();

  /**
   * Measures a text the platform's way for the given surface (X: weighted length for posts, plain
   * characters for DMs).
   *
   * @param text the text, not null
   * @param visibility public post or private message, not null
   * @return the measurement with the platform's limit, never null
   */
  TextLength measure(String text, Visibility visibility);

  /**
   * Measures a draft the platform's way. Adapters override this when what the draft answers
   * changes the count (on X, the @names at the start of a reply that address the conversation's
   * participants do not count); the draft checks call this form. The default measures the
   * draft's text for its visibility.
   *
   * @param draft the draft, not null
   * @return the measurement with the platform's limit, never null
   * @since 0.2.0
   */
  default TextLength measure(Draft draft) {
    java.util.Objects.requireNonNull(draft, "draft");
    return measure(draft.text(), draft.visibility());
  }

  /**
   * Parses one raw payload (an API object or a webhook body) into the messages it contains, in
   * payload order, with duplicates inside the payload dropped.
   *
   * @param json one JSON document, not null
   * @return the messages, possibly empty when the payload carries no message events
   * @throws PayloadException when the JSON is malformed or a required field is missing, naming the
   *     JSON path
   */
  List<Message> parse(String json);

  /**
   * Parses one raw payload into its messages, its deletion signals and the parts that could not
   * be parsed. Unlike {@link #parse(String)}, one bad entry or event does not fail the payload:
   * it is reported with its JSON Pointer in {@link ParsedPayload#problems()} and the other parts
   * are returned. {@link #parse(String)} gives the same messages, or throws for the first problem.
   * The default wraps {@link #parse(String)} (no deletions, no partial results).
   *
   * @param json one JSON document, not null
   * @return messages, deletions and problems, never null
   * @throws PayloadException when the document as a whole cannot be read (malformed JSON, not a
   *     payload of this platform), naming the JSON path
   * @since 0.2.0
   */
  default ParsedPayload parsePayload(String json) {
    return ParsedPayload.of(parse(json));
  }

  /**
   * Maps a reply draft to the request that posts it.
   *
   * @param draft the draft, not null
   * @return the request, never null
   * @throws IllegalArgumentException when the draft lacks what the platform needs (e.g. the message
   *     it answers), naming what is missing
   */
  OutboundRequest replyRequest(Draft draft);

  /**
   * The request that hides a customer's public message, where the platform allows the page to
   * hide it.
   *
   * @param original the customer's message, not null
   * @return the request, or empty when the platform cannot hide that message (then ask the
   *     customer to delete it)
   */
  Optional<OutboundRequest> hideRequest(Message original);

  /**
   * Checks a draft against the platform's rules (reply windows, once-only private replies, ...).
   * Length is not checked here: the draft checks use {@link #measure(Draft)}.
   *
   * @param draft the draft, not null
   * @param now the moment the draft would be sent, not null
   * @return platform-policy findings, possibly empty, never null
   */
  List<Finding> policy(Draft draft, Instant now);

  /**
   * A copy of this adapter with other length limits per surface. The default adapter uses the
   * platform's documented limits.
   *
   * @param limits limit per surface name (names documented by the adapter), not null
   * @return the reconfigured adapter
   * @throws IllegalArgumentException naming an unknown surface or a non-positive limit
   */
  default PlatformAdapter withLimits(Map<String, Integer> limits) {
    if (limits.isEmpty()) {
      return this;
    }
    throw new IllegalArgumentException("platform " + platform()
        + " has no configurable length limits: " + limits.keySet());
  }
}
