package io.replyguard.twitter;

import static io.replyguard.internal.Checks.requireArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.internal.json.JsonCursor;
import io.replyguard.model.Category;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Severity;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The X/Twitter adapter (API v2).
 *
 * <h2>Length</h2>
 * Surface {@value #SURFACE_POST} (public posts and replies): X's weighted length, configuration v3
 * of twitter-text (bundled {@code v3.json}): the text is NFC-normalized, every URL counts 23
 * (twitter-text's URL rules, also without a scheme when the top-level domain is known), every
 * emoji sequence of Unicode's emoji data counts 2 whatever its length, every other code point 1
 * in the ranges 0–4351, 8192–8205, 8208–8223, 8242–8247 and 2 otherwise; limit 280 weighted
 * characters. In a reply ({@link #measure(Draft)}), the @names at its start that address the
 * conversation's participants do not count. It is computed without regular expressions in time
 * linear in the text's length. Where twitter-text 3.1.0 counts differently from X's documentation
 * (emoji sequences newer than its emoji data) this adapter follows X; the README lists the
 * differences. A configured post limit other than 280 changes where the text stops fitting, not
 * the weights. Surface {@value #SURFACE_DM} (direct messages): Unicode code points (a surrogate
 * pair counts 1, no normalization, URLs count as written), limit 10,000.
 * {@link TextLength#validEnd()} is the UTF-16 index just after the last URL, emoji sequence or
 * code point that fits (for text that is not NFC: the start of the combining sequence in which the
 * limit falls).
 *
 * <h2>Parsing</h2>
 * {@link #parsePayload} (and {@link #parse}) accept, as one JSON object per call:
 * <ul>
 *   <li>X API v2 responses: {@code {"data": post}} or {@code {"data": [posts]}} with
 *       {@code includes.users[]} (username, name, {@code public_metrics.followers_count}); v2 DM
 *       events ({@code data[]} entries with {@code event_type}; only {@code MessageCreate} counts).
 *       Long posts use {@code note_tweet.text}.</li>
 *   <li>Account Activity webhook bodies: {@code tweet_create_events[]} holding v1.1 post objects
 *       ({@code id_str}, {@code extended_tweet.full_text} / {@code full_text} / {@code text},
 *       {@code user}, {@code created_at} like {@code Wed Oct 10 20:19:24 +0000 2018},
 *       {@code in_reply_to_status_id_str}) or v2 post objects (recognized by the absence of
 *       {@code id_str} and {@code user}); {@code direct_message_events[]} with {@code type
 *       message_create} (other types are skipped), {@code created_timestamp} in epoch milliseconds
 *       and the {@code users} map; {@code tweet_delete_events[]} as deletion signals. A body with
 *       {@code for_user_id} and only other events (likes, follows...), or with {@code user_event}
 *       (e.g. a revoke) or other {@code *_events}, yields no messages.</li>
 *   <li>v2 responses without {@code data} but with {@code meta} (an empty page): no messages.
 *       v2 DM events with the default fields (no {@code sender_id}): messages without an author.
 *       A DM send receipt ({@code dm_event_id} only) holds no message and is refused.</li>
 *   <li>Deletions: compliance-stream {@code {"data":{"delete":{"tweet":{"id","author_id"},
 *       "event_at"}}}} and v1.1 stream {@code {"delete":{"status":{"id_str","user_id_str"},
 *       "timestamp_ms"}}}: deletion signals ({@link #parsePayload}); other compliance events are
 *       skipped.</li>
 *   <li>Bare v1.1 status objects (REST or stream; {@code id_str} and {@code user}).</li>
 * </ul>
 * Retweets keep the text X delivers ({@code RT @name: ...}, possibly cut); the retweeted post's
 * full text is {@value #ATTR_RETWEETED_TEXT}. Edits: {@value #ATTR_EDIT_HISTORY_IDS} and
 * {@value #ATTR_ORIGINAL_ID}.
 * Unknown fields are ignored and unknown {@code referenced_tweets} types are kept as attributes.
 * Missing or mistyped required fields, malformed JSON, duplicate keys, an X error response without
 * {@code data} and objects that are none of the above are {@link PayloadException}s naming the JSON
 * Pointer (e.g. {@code /tweet_create_events/0/id_str}). Messages with an id seen earlier in the same
 * payload are dropped (use {@link EventDeduplicator} across payloads). {@code &amp;}, {@code &lt;}
 * and {@code &gt;}, which X escapes in text, are unescaped. Posts are {@link Visibility#PUBLIC},
 * DMs {@link Visibility#PRIVATE}; the locale is set for {@code lang} de and en only.
 *
 * <h2>Message attributes</h2>
 * <ul>
 *   <li>{@value #ATTR_KIND}: {@code post} or {@code dm}.</li>
 *   <li>{@value #ATTR_FORMAT}: {@code v2} or {@code v1.1}, the object format read.</li>
 *   <li>{@value #ATTR_FOR_USER_ID}: the page's user id: the webhook's {@code for_user_id}, else
 *       the configured {@link Builder#pageUserId page user id}; absent when neither is known.</li>
 *   <li>{@value #ATTR_FROM_PAGE}: {@code true} when the page itself wrote the message (its own
 *       posts and sent DMs are delivered to the webhook too; they are kept so that conversations are
 *       complete, but should not be answered), {@code false} otherwise; absent when the page or the
 *       author is unknown.</li>
 *   <li>{@value #ATTR_REPLY_TO_PAGE}: {@code true} when the post replies to a post written by the
 *       page ({@code in_reply_to_user_id} is the page), {@code false} when not known to be; only
 *       when the page is known. Only such replies can be hidden ({@link #hideRequest}).</li>
 *   <li>{@value #ATTR_IN_REPLY_TO_USER_ID}: the author of the post replied to.</li>
 *   <li>{@value #ATTR_QUOTED_ID}, {@value #ATTR_RETWEETED_ID}: referenced posts;
 *       {@value #ATTR_REFERENCED_PREFIX}{@code <type>} for referenced types this adapter does not
 *       know (named like X's types; others under {@value #ATTR_REFERENCED_OTHER}).</li>
 *   <li>{@value #ATTR_RECIPIENT_ID}: the recipient of a webhook DM.</li>
 * </ul>
 *
 * <h2>Requests</h2>
 * A public reply is {@code POST /2/tweets} with {@code text} and {@code reply.in_reply_to_tweet_id};
 * a private one {@code POST /2/dm_conversations/with/{participant_id}/messages} with {@code text},
 * the participant being the author of the answered message (or its {@value #ATTR_RECIPIENT_ID} when
 * the page wrote it). Hiding is {@code PUT /2/tweets/{id}/hidden} with {@code {"hidden":true}}.
 * Ids that go into a path must be decimal X ids; others are an {@link IllegalArgumentException}.
 *
 * <h2>Policy rules</h2> (category {@link Category#PLATFORM_POLICY}; English messages, German
 * when the draft's locale is German)
 * <ul>
 *   <li>{@value #RULE_HIDE_NOT_POSSIBLE} (WARNING): the draft carries the attribute
 *       {@value #DRAFT_HIDE_ORIGINAL}{@code =true} (the caller wants the customer's post hidden,
 *       advice {@code HIDE_ORIGINAL}) but X cannot hide it: it is not a public reply to one of the
 *       page's posts (or the draft answers no message). Ask the customer to delete it instead.</li>
 *   <li>{@value #RULE_THREAD_SPLIT} (INFO): a public draft over the post limit; X and this adapter
 *       never split a reply into a thread, the span marks the part that does not fit.</li>
 *   <li>{@value #RULE_INVALID_CHARACTERS} (ERROR): a public draft contains U+FFFE, U+FEFF (byte
 *       order mark, often pasted from editors) or U+FFFF, which X rejects in posts (twitter-text's
 *       validity rule); one finding per character, its span covering that character.</li>
 *   <li>{@value #RULE_DM_NO_RECIPIENT} (INFO): a private draft answering no message or a message
 *       without a known author: there is nobody to send the DM to yet. A transport precondition,
 *       not content: {@link #replyRequest} fails when it is still missing.</li>
 *   <li>{@value #RULE_DM_MAY_BE_CLOSED} (INFO): a private draft answering a public post: X delivers
 *       DMs only to users who follow the page or accept DMs from everyone.</li>
 *   <li>{@value #RULE_PUBLIC_REPLY_TO_DM} (ERROR): a public draft answering a direct message.</li>
 * </ul>
 * Spans of policy findings cover the whole draft, except {@value #RULE_THREAD_SPLIT} (the overflow).
 *
 * <p>Immutable and thread-safe. Methods reject {@code null} arguments with a
 * {@link NullPointerException} naming the parameter.
 *
 * @since 0.1.0
 */
public final class TwitterAdapter implements PlatformAdapter {
  /** Surface name of public posts and replies for {@link #withLimits}. */
  public static final String SURFACE_POST = "post";
  /** Surface name of direct messages for {@link #withLimits}. */
  public static final String SURFACE_DM = "dm";
  /** Default post limit in weighted characters. */
  public static final int DEFAULT_POST_LIMIT = 280;
  /** Default DM limit in code points. */
  public static final int DEFAULT_DM_LIMIT = 10_000;

  /** Attribute: {@code post} or {@code dm}. */
  public static final String ATTR_KIND = "twitter.kind";
  /** Attribute: {@code v2} or {@code v1.1}. */
  public static final String ATTR_FORMAT = "twitter.format";
  /** Attribute: the page's user id. */
  public static final String ATTR_FOR_USER_ID = "twitter.forUserId";
  /** Attribute: whether the page wrote the message. */
  public static final String ATTR_FROM_PAGE = "twitter.fromPage";
  /** Attribute: whether the post replies to a post of the page (hideable). */
  public static final String ATTR_REPLY_TO_PAGE = "twitter.replyToPage";
  /** Attribute: the user id of the author of the post replied to. */
  public static final String ATTR_IN_REPLY_TO_USER_ID = "twitter.inReplyToUserId";
  /** Attribute: the id of the quoted post. */
  public static final String ATTR_QUOTED_ID = "twitter.quotedId";
  /** Attribute: the id of the retweeted post. */
  public static final String ATTR_RETWEETED_ID = "twitter.retweetedId";
  /**
   * Attribute prefix: {@code twitter.referenced.<type>} for unknown referenced-post types named
   * like X's ({@code [a-z_]}, at most 32 characters).
   */
  public static final String ATTR_REFERENCED_PREFIX = "twitter.referenced.";
  /**
   * Attribute: the id of a referenced post whose type is not named like X's types (the type, which
   * may carry anything, is not put into a key).
   *
   * @since 0.2.0
   */
  public static final String ATTR_REFERENCED_OTHER = "twitter.referenced.other";
  /** Attribute: the recipient's user id of a webhook DM. */
  public static final String ATTR_RECIPIENT_ID = "twitter.recipientId";
  /**
   * Message attribute: {@code edit_history_tweet_ids}, comma-separated, oldest first.
   *
   * @since 0.2.0
   */
  public static final String ATTR_EDIT_HISTORY_IDS = "twitter.editHistoryIds";
  /**
   * Message attribute: the first id of the edit history, shared by all versions of one post.
   *
   * @since 0.2.0
   */
  public static final String ATTR_ORIGINAL_ID = "twitter.originalId";
  /**
   * Message attribute: the full text of the retweeted post (from {@code retweeted_status} or
   * {@code includes.tweets}), whose own text X cuts to {@code RT @name: ...}. Personal data like
   * the text.
   *
   * @since 0.2.0
   */
  public static final String ATTR_RETWEETED_TEXT = "twitter.retweetedText";
  /** Draft attribute: {@code true} when the answered post should be hidden. */
  public static final String DRAFT_HIDE_ORIGINAL = "twitter.hideOriginal";

  /** Rule id: the answered post should be hidden but X cannot hide it. */
  public static final String RULE_HIDE_NOT_POSSIBLE = "twitter.hide-not-possible";
  /** Rule id: an over-long public draft is not split into a thread. */
  public static final String RULE_THREAD_SPLIT = "twitter.thread-split";
  /** Rule id: a public draft contains a character X rejects in posts. */
  public static final String RULE_INVALID_CHARACTERS = "twitter.invalid-characters";
  /** Rule id: a DM draft without a recipient. */
  public static final String RULE_DM_NO_RECIPIENT = "twitter.dm-no-recipient";
  /** Rule id: a DM to the author of a public post may not be deliverable. */
  public static final String RULE_DM_MAY_BE_CLOSED = "twitter.dm-may-be-closed";
  /** Rule id: a public reply to a direct message. */
  public static final String RULE_PUBLIC_REPLY_TO_DM = "twitter.public-reply-to-dm";

  private static final Set<String> SURFACES = Set.of(SURFACE_POST, SURFACE_DM);
  private final int postLimit;
  private final int dmLimit;
  private final Optional<String> pageUserId;
  private final PayloadParser parser;
  /**
   * The last public measurement by {@link #measure(Draft)}, taken (and cleared) by the policy's
   * thread-split check of the same text, so that a draft check, which asks for the length and
   * then for the policy, measures once. The weighted length is a pure function of the text, the
   * uncounted prefix and the limit, so a stale or raced entry only costs a measurement: it is used
   * only for the identical {@code String} instance and prefix.
   */
  private final AtomicReference<Measured> lastMeasured = new AtomicReference<>();

  /** The adapter with X's documented limits (280 weighted characters, 10,000 for DMs). */
  public TwitterAdapter() {
    this(new Builder());
  }

  private TwitterAdapter(Builder b) {
    this.postLimit = b.postLimit;
    this.dmLimit = b.dmLimit;
    this.pageUserId = b.pageUserId;
    this.parser = new PayloadParser(pageUserId);
  }

  /**
   * Starts a builder with the default limits and no page user id.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Platform platform() {
    return Platform.TWITTER;
  }

  /**
   * The post limit in weighted characters.
   *
   * @return the limit
   */
  public int postLimit() {
    return postLimit;
  }

  /**
   * The DM limit in code points.
   *
   * @return the limit
   */
  public int dmLimit() {
    return dmLimit;
  }

  /**
   * The configured user id of the page, used when a payload carries no {@code for_user_id}.
   *
   * @return the id, if configured
   */
  public Optional<String> pageUserId() {
    return pageUserId;
  }

  /**
   * {@inheritDoc} Surfaces: {@value #SURFACE_POST} (weighted characters) and {@value #SURFACE_DM}
   * (code points).
   */
  @Override
  public TwitterAdapter withLimits(Map<String, Integer> limits) {
    Objects.requireNonNull(limits, "limits");
    Builder b = new Builder();
    b.pageUserId = pageUserId;
    b.postLimit = postLimit;
    b.dmLimit = dmLimit;
    limits.forEach((surface, limit) -> {
      Objects.requireNonNull(surface, "surface");
      Objects.requireNonNull(limit, () -> "limit of surface '" + surface + "'");
      requireArgument(SURFACES.contains(surface), "unknown surface '%s' for platform twitter;"
          + " known: %s", surface, new TreeSet<>(SURFACES));
      if (surface.equals(SURFACE_POST)) {
        b.postLimit(limit);
      } else {
        b.dmLimit(limit);
      }
    });
    return b.build();
  }

  /**
   * {@inheritDoc} A public text is measured as a post that answers nothing, so leading @names
   * count; {@link #measure(Draft)} discounts those of a reply.
   */
  @Override
  public TextLength measure(String text, Visibility visibility) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visibility, "visibility");
    if (visibility == Visibility.PRIVATE) {
      return TextLength.ofCodePoints(text, dmLimit);
    }
    return WeightedLength.V3.measure(text, postLimit, 0);
  }

  /**
   * {@inheritDoc} For a public reply to a public X post, the @names at its start that address the
   * conversation's participants (the answered post's author and the names the answered post
   * mentions) do not count, as on X; the text itself, names included, is what
   * {@link #replyRequest} sends.
   *
   * @since 0.2.0
   */
  @Override
  public TextLength measure(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    if (draft.visibility() == Visibility.PRIVATE) {
      return TextLength.ofCodePoints(draft.text(), dmLimit);
    }
    String text = draft.text();
    int uncounted = ReplyMentions.uncountedPrefix(draft);
    TextLength length = WeightedLength.V3.measure(text, postLimit, uncounted);
    lastMeasured.set(new Measured(text, uncounted, length));
    return length;
  }

  /** A measurement of one text instance; holds no copy of the text and prints none. */
  private static final class Measured {
    final String text;
    final int uncounted;
    final TextLength length;

    Measured(String text, int uncounted, TextLength length) {
      this.text = text;
      this.uncounted = uncounted;
      this.length = length;
    }
  }

  /** The weighted length of a public draft, from the last measurement when it was of this text. */
  private TextLength measurePublicOnce(Draft draft) {
    int uncounted = ReplyMentions.uncountedPrefix(draft);
    Measured m = lastMeasured.get();
    if (m != null && m.text == draft.text() && m.uncounted == uncounted
        && lastMeasured.compareAndSet(m, null)) {
      return m.length;
    }
    return WeightedLength.V3.measure(draft.text(), postLimit, uncounted);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The messages of {@link #parsePayload(String)}; throws for its first problem.
   */
  @Override
  public List<Message> parse(String json) {
    return parsePayload(json).messagesOrThrow();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Shapes and attributes: see the class documentation. Each post, DM event and deletion of a
   * list is parsed on its own: a bad one is a problem at its JSON Pointer, the others are kept.
   * Deletions ({@code tweet_delete_events}, compliance-stream {@code delete}, v1.1 stream
   * {@code delete}) are {@link io.replyguard.model.Deletion}s with the post's id and author.
   *
   * @since 0.2.0
   */
  @Override
  public ParsedPayload parsePayload(String json) {
    return parser.parse(Objects.requireNonNull(json, "json"));
  }

  @Override
  public OutboundRequest replyRequest(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    requireTwitter(draft);
    requireArgument(!draft.text().isEmpty(), "draft text is empty; X rejects posts and DMs"
        + " without text");
    Message original = draft.inReplyTo().orElseThrow(() -> new IllegalArgumentException(
        draft.visibility() == Visibility.PUBLIC
            ? "a public reply needs the post it answers: draft.inReplyTo is empty"
            : "a direct message needs the message it answers (for the recipient):"
                + " draft.inReplyTo is empty"));
    requireArgument(original.platform().equals(Platform.TWITTER),
        "the answered message is from platform %s, not twitter", original.platform());
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("text", draft.text());
    if (draft.visibility() == Visibility.PUBLIC) {
      requireArgument(original.visibility() == Visibility.PUBLIC,
          "cannot reply publicly to direct message %s; send a direct message instead",
          original.id());
      body.putObject("reply").put("in_reply_to_tweet_id", numericId(original.id(),
          "the answered post's id"));
      return OutboundRequest.of("POST", "/2/tweets", json(body));
    }
    String participant = recipient(original).orElseThrow(() -> new IllegalArgumentException(
        "a direct message needs a recipient: the answered message " + original.id()
            + " has no author" + (isFromPage(original) ? " or recipient" : "")));
    return OutboundRequest.of("POST", "/2/dm_conversations/with/"
        + numericId(participant, "the recipient's user id") + "/messages", json(body));
  }

  @Override
  public Optional<OutboundRequest> hideRequest(Message original) {
    Objects.requireNonNull(original, "original");
    if (!canHide(original)) {
      return Optional.empty();
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("hidden", true);
    return Optional.of(OutboundRequest.of("PUT",
        "/2/tweets/" + numericId(original.id(), "the post id") + "/hidden", json(body)));
  }

  @Override
  public List<Finding> policy(Draft draft, Instant now) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(now, "now");
    requireTwitter(draft);
    boolean de = draft.locale().or(() -> draft.inReplyTo().flatMap(Message::locale))
        .map(l -> l.getLanguage().equals("de")).orElse(false);
    Span all = Span.of(0, draft.text().length());
    List<Finding> out = new ArrayList<>();
    Optional<Message> original = draft.inReplyTo();
    if ("true".equals(draft.attributes().get(DRAFT_HIDE_ORIGINAL))
        && original.map(m -> !canHide(m)).orElse(true)) {
      out.add(new Finding(RULE_HIDE_NOT_POSSIBLE, Category.PLATFORM_POLICY, Severity.WARNING, all,
          de ? "X kann diesen Beitrag nicht ausblenden: Die Seite kann nur Antworten auf ihre"
              + " eigenen Beiträge ausblenden."
              : "X cannot hide this post: a page can only hide replies to its own posts.",
          Optional.of(de ? "Bitten Sie die Kundin oder den Kunden, den Beitrag zu löschen, und"
              + " führen Sie das Gespräch per Direktnachricht weiter."
              : "Ask the customer to delete the post and continue by direct message.")));
    }
    if (draft.visibility() == Visibility.PUBLIC) {
      if (original.map(m -> m.visibility() == Visibility.PRIVATE).orElse(false)) {
        out.add(new Finding(RULE_PUBLIC_REPLY_TO_DM, Category.PLATFORM_POLICY, Severity.ERROR,
            all, de ? "Eine öffentliche Antwort auf eine Direktnachricht macht ein privates"
                + " Gespräch öffentlich."
                : "A public reply to a direct message makes a private conversation public.",
            Optional.of(de ? "Antworten Sie per Direktnachricht." : "Reply by direct message.")));
      }
      String text = draft.text();
      // indexOf answers at once for a Latin-1 text; the findings are sorted below
      for (char c : INVALID_CHARACTERS) {
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
          String code = String.format(Locale.ROOT, "U+%04X", (int) c);
          out.add(new Finding(RULE_INVALID_CHARACTERS, Category.PLATFORM_POLICY, Severity.ERROR,
              Span.of(i, i + 1), de ? "X lehnt Beiträge mit dem Zeichen " + code + " ab."
                  : "X rejects posts containing the character " + code + ".",
              Optional.of(de ? "Entfernen Sie das unsichtbare Zeichen."
                  : "Remove the invisible character.")));
        }
      }
      TextLength length = measurePublicOnce(draft);
      length.overflow().ifPresent(overflow -> out.add(new Finding(RULE_THREAD_SPLIT,
          Category.PLATFORM_POLICY, Severity.INFO, overflow,
          de ? "Zu lange Antworten werden nicht in einen Thread aufgeteilt ("
              + length.length() + " von " + length.limit() + " gewichteten Zeichen)."
              : "Long replies are not split into a thread (" + length.length() + " of "
                  + length.limit() + " weighted characters).",
          Optional.of(de ? "Kürzen Sie die Antwort oder führen Sie das Gespräch per"
              + " Direktnachricht weiter."
              : "Shorten the reply or continue by direct message."))));
    } else {
      if (original.flatMap(TwitterAdapter::recipient).isEmpty()) {
        // a transport precondition, not content: known only when sending (replyRequest fails)
        out.add(new Finding(RULE_DM_NO_RECIPIENT, Category.PLATFORM_POLICY, Severity.INFO, all,
            de ? "Die Direktnachricht hat noch keine Empfängerin und keinen Empfänger: Sie"
                + " beantwortet keine Nachricht mit bekannter Autorin oder bekanntem Autor und"
                + " lässt sich erst so senden."
                : "The direct message has no recipient yet: it answers no message with a known"
                    + " author, so it cannot be sent like this.",
            Optional.of(de ? "Verknüpfen Sie den Entwurf mit der Nachricht, die er beantwortet."
                : "Link the draft to the message it answers.")));
      } else if (original.get().visibility() == Visibility.PUBLIC) {
        out.add(new Finding(RULE_DM_MAY_BE_CLOSED, Category.PLATFORM_POLICY, Severity.INFO, all,
            de ? "X stellt Direktnachrichten nur zu, wenn die Person der Seite folgt oder"
                + " Nachrichten von allen annimmt."
                : "X delivers direct messages only to users who follow the page or accept"
                    + " messages from everyone.",
            Optional.of(de ? "Bitten Sie öffentlich darum, Ihnen eine Direktnachricht zu"
                + " schicken, falls die Zustellung scheitert."
                : "If delivery fails, invite the customer publicly to send you a direct"
                    + " message.")));
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  /** The characters X rejects in a post. */
  private static final char[] INVALID_CHARACTERS = {'\uFEFF', '\uFFFE', '\uFFFF'};

  private static boolean canHide(Message m) {
    return m.platform().equals(Platform.TWITTER) && m.visibility() == Visibility.PUBLIC
        && "true".equals(m.attributes().get(ATTR_REPLY_TO_PAGE)) && !isFromPage(m);
  }

  private static boolean isFromPage(Message m) {
    return "true".equals(m.attributes().get(ATTR_FROM_PAGE));
  }

  /** The other participant of a DM answering {@code m}. */
  private static Optional<String> recipient(Message m) {
    if (isFromPage(m)) {
      return m.attribute(ATTR_RECIPIENT_ID);
    }
    return m.author().map(a -> a.id());
  }

  private static void requireTwitter(Draft draft) {
    requireArgument(draft.platform().equals(Platform.TWITTER),
        "the draft is for platform %s, not twitter", draft.platform());
  }

  /** X ids are decimal numbers; anything else must not reach a request path. */
  private static String numericId(String id, String what) {
    boolean ok = !id.isEmpty() && id.length() <= 32;
    for (int i = 0; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      ok = c >= '0' && c <= '9';
    }
    requireArgument(ok, "%s is not an X id (decimal digits expected)", what);
    return id;
  }

  private static String json(ObjectNode body) {
    try {
      return JsonCursor.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize request body", e);
    }
  }

  @Override
  public String toString() {
    return "TwitterAdapter[post=" + postLimit + ", dm=" + dmLimit + ", pageUserId="
        + pageUserId.orElse("none") + "]";
  }

  /** Builds {@link TwitterAdapter}s. Not thread-safe; validates every argument at once. */
  public static final class Builder {
    private int postLimit = DEFAULT_POST_LIMIT;
    private int dmLimit = DEFAULT_DM_LIMIT;
    private Optional<String> pageUserId = Optional.empty();

    private Builder() {}

    /**
     * Sets the post limit in weighted characters (default 280).
     *
     * @param limit positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder postLimit(int limit) {
      requireArgument(limit > 0, "post limit must be positive: %s", limit);
      this.postLimit = limit;
      return this;
    }

    /**
     * Sets the DM limit in code points (default 10,000).
     *
     * @param limit positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder dmLimit(int limit) {
      requireArgument(limit > 0, "dm limit must be positive: %s", limit);
      this.dmLimit = limit;
      return this;
    }

    /**
     * Sets the page's own X user id, used to recognize its own messages and replies to its posts
     * when a payload carries no {@code for_user_id} (v2 API objects).
     *
     * @param id decimal X user id, not null
     * @return this builder
     * @throws IllegalArgumentException when not a decimal id
     */
    public Builder pageUserId(String id) {
      Objects.requireNonNull(id, "id");
      this.pageUserId = Optional.of(numericId(id, "page user id"));
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return a new immutable adapter
     */
    public TwitterAdapter build() {
      return new TwitterAdapter(this);
    }
  }
}
