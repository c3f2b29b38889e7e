package io.replyguard.facebook;

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
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Facebook Pages and Messenger adapter.
 *
 * <h2>Length</h2>
 * Text is measured in Unicode code points (Facebook documents no other unit). Surfaces and default
 * limits, all configurable with {@link #withLimits(Map)} because PLATFORMS.md marks them
 * unconfirmed: {@value #SURFACE_COMMENT} 8,000 (public comment replies), {@value #SURFACE_MESSENGER}
 * 2,000 (Send API), {@value #SURFACE_PRIVATE_REPLY} 2,000 (private reply to a comment).
 * {@link #measure} only knows the visibility, so {@code PUBLIC} uses the comment limit and
 * {@code PRIVATE} the smaller of the Messenger and private-reply limits.
 *
 * <h2>Parsing</h2>
 * See {@link #parsePayload(String)}. Message attributes:
 * <ul>
 *   <li>{@value #ATTR_KIND}: {@value #KIND_COMMENT}, {@value #KIND_POST} (a visitor post, status,
 *       photo, video or share on the feed, or a post mentioning the page), {@value #KIND_RATING}
 *       (a review) or {@value #KIND_MESSENGER}
 *   <li>{@value #ATTR_PAGE_ID}: the page ({@code entry[].id}); absent on Graph API objects
 *   <li>feed items: {@value #ATTR_VERB} ({@code add}, {@code edited} / {@code edit},
 *       {@code remove}), {@value #ATTR_POST_ID}, {@value #ATTR_PARENT_ID} (when given; equals the
 *       post id for top-level comments), {@value #ATTR_ITEM} for posts ({@code post},
 *       {@code status}, {@code photo}, {@code video}, {@code share}), {@value #ATTR_FROM_PAGE}
 *       ({@code true} when the page itself wrote it, like X's {@code twitter.fromPage}),
 *       {@value #ATTR_FIELD} ({@code mention} or {@code ratings}) for changes of those fields
 *   <li>reviews: {@value #ATTR_RATING} (1 to 5 stars), {@value #ATTR_RECOMMENDATION}
 *       ({@code POSITIVE} / {@code NEGATIVE})
 *   <li>Messenger: {@value #ATTR_PSID} (the customer's page-scoped id: the sender, or the recipient
 *       of an echo), {@value #ATTR_IS_ECHO} ({@code true} for messages the page sent),
 *       {@value #ATTR_STANDBY} ({@code true} for events delivered in {@code standby}: another app
 *       owns the thread), {@value #ATTR_VERB} {@code edited} and {@value #ATTR_EDIT_COUNT} for a
 *       {@code message_edit}, {@value #ATTR_POSTBACK} and {@value #ATTR_POSTBACK_PAYLOAD} for a
 *       button tap, {@value #ATTR_QUICK_REPLY_PAYLOAD}, {@value #ATTR_REPLY_TO_STORY},
 *       {@value #ATTR_STICKER_ID}, {@value #ATTR_UNSUPPORTED}
 *   <li>attachments (Messenger, and photo or video links of feed items and Graph comments):
 *       {@value #ATTR_ATTACHMENTS} (their number, Messenger only) and
 *       {@code facebook.attachment.<i>.type} / {@code facebook.attachment.<i>.url} for the
 *       {@code i}-th (0-based) attachment: {@code image}, {@code video}, {@code audio},
 *       {@code file}, {@code location}, {@code fallback}, {@code template}, ...; locations carry
 *       no URL (their coordinates are the customer's whereabouts and are not copied)
 * </ul>
 *
 * <h2>Draft attributes</h2>
 * {@value #ATTR_PRIVATE_REPLY_SENT} = {@code true|false}: whether the page already sent the one
 * private reply allowed for the comment the draft answers. When the answered message lacks
 * {@value #ATTR_KIND} (e.g. built by hand), its kind is inferred from its visibility: public →
 * comment, private → Messenger.
 *
 * <h2>Policy rules</h2>
 * All in category {@link Category#PLATFORM_POLICY}, spanning the whole draft. Windows are measured
 * from the answered message's {@link Message#createdAt()} (the customer's comment, or their last
 * Messenger message) to the moment of sending; an edge is inside its window (24 h exactly is still
 * standard, 24 h + 1 s needs the tag; 7 days exactly is allowed, 7 days + 1 s is not).
 * <ul>
 *   <li>{@value #RULE_PRIVATE_REPLY_ONCE} (BLOCKER): a second private reply to one comment.
 *   <li>{@value #RULE_PRIVATE_REPLY_WINDOW} (BLOCKER): private reply more than 7 days after the
 *       comment.
 *   <li>{@value #RULE_MESSENGER_HUMAN_AGENT} (WARNING): Messenger reply more than 24 h after the
 *       customer's last message: sent with the {@code HUMAN_AGENT} tag, a human must send it.
 *   <li>{@value #RULE_MESSENGER_WINDOW} (BLOCKER): Messenger reply more than 7 days after it.
 *   <li>{@value #RULE_REPLY_TARGET} (ERROR): the answered message cannot take this reply (public
 *       reply to a Messenger message, reply to a removed comment, reply to the page's own echo).
 *   <li>{@value #RULE_WINDOW_UNKNOWN} (INFO): a private draft whose window cannot be checked
 *       yet (no answered message, or it has no creation time): a transport precondition, not a
 *       content finding; {@link #replyRequest} fails when it is still unknown.
 * </ul>
 *
 * <p>Immutable and thread-safe. All methods reject {@code null} arguments with a
 * {@link NullPointerException} naming the parameter.
 *
 * @since 0.1.0
 */
public final class FacebookAdapter implements PlatformAdapter {
  /** Surface: public comment replies. */
  public static final String SURFACE_COMMENT = "comment";
  /** Surface: private replies to a comment. */
  public static final String SURFACE_PRIVATE_REPLY = "privateReply";
  /** Surface: Messenger Send API messages. */
  public static final String SURFACE_MESSENGER = "messenger";

  /**
   * Message attribute: {@value #KIND_COMMENT}, {@value #KIND_POST}, {@value #KIND_RATING} or
   * {@value #KIND_MESSENGER}.
   */
  public static final String ATTR_KIND = "facebook.kind";
  /**
   * Message attribute: the feed item's verb, {@code add}, {@code edited} (comments), {@code edit}
   * (posts) or {@code remove}; {@code edited} for a Messenger {@code message_edit}.
   */
  public static final String ATTR_VERB = "facebook.verb";
  /** Message attribute: the post a comment belongs to. */
  public static final String ATTR_POST_ID = "facebook.postId";
  /** Message attribute: the comment's parent (post or comment). */
  public static final String ATTR_PARENT_ID = "facebook.parentId";
  /** Message attribute: the page that received the comment or message. */
  public static final String ATTR_PAGE_ID = "facebook.pageId";
  /** Message attribute: the customer's page-scoped id in Messenger. */
  public static final String ATTR_PSID = "facebook.psid";
  /** Message attribute: {@code true} when the page itself sent the Messenger message. */
  public static final String ATTR_IS_ECHO = "facebook.isEcho";
  /** Draft attribute: {@code true} when the comment's one private reply was already sent. */
  public static final String ATTR_PRIVATE_REPLY_SENT = "facebook.privateReplySent";
  /** Value of {@value #ATTR_KIND} for Page feed comments. */
  public static final String KIND_COMMENT = "comment";
  /** Value of {@value #ATTR_KIND} for Messenger messages. */
  public static final String KIND_MESSENGER = "messenger";
  /**
   * Value of {@value #ATTR_KIND} for posts on the page's feed (visitor posts, statuses, photos,
   * videos, shares) and posts mentioning the page.
   *
   * @since 0.2.0
   */
  public static final String KIND_POST = "post";
  /**
   * Value of {@value #ATTR_KIND} for reviews ({@code ratings} changes).
   *
   * @since 0.2.0
   */
  public static final String KIND_RATING = "rating";
  /**
   * Message attribute: the feed item type of a post ({@code post}, {@code status}, ...).
   *
   * @since 0.2.0
   */
  public static final String ATTR_ITEM = "facebook.item";
  /**
   * Message attribute: the webhook field when not {@code feed}: {@code mention} or {@code ratings}.
   *
   * @since 0.2.0
   */
  public static final String ATTR_FIELD = "facebook.field";
  /**
   * Message attribute: {@code true} when the page itself wrote the comment or post.
   *
   * @since 0.2.0
   */
  public static final String ATTR_FROM_PAGE = "facebook.fromPage";
  /**
   * Message attribute: a review's stars, 1 to 5.
   *
   * @since 0.2.0
   */
  public static final String ATTR_RATING = "facebook.rating";
  /**
   * Message attribute: a review's recommendation, {@code POSITIVE} or {@code NEGATIVE}.
   *
   * @since 0.2.0
   */
  public static final String ATTR_RECOMMENDATION = "facebook.recommendation";
  /**
   * Message attribute: {@code true} for Messenger events delivered in {@code standby}.
   *
   * @since 0.2.0
   */
  public static final String ATTR_STANDBY = "facebook.standby";
  /**
   * Message attribute: {@code num_edit} of a Messenger {@code message_edit}.
   *
   * @since 0.2.0
   */
  public static final String ATTR_EDIT_COUNT = "facebook.editCount";
  /**
   * Message attribute: {@code true} for a postback (a button tap; the text is the button's title).
   *
   * @since 0.2.0
   */
  public static final String ATTR_POSTBACK = "facebook.postback";
  /**
   * Message attribute: the postback's developer-defined payload.
   *
   * @since 0.2.0
   */
  public static final String ATTR_POSTBACK_PAYLOAD = "facebook.postbackPayload";
  /**
   * Message attribute: the payload of a quick reply the customer tapped.
   *
   * @since 0.2.0
   */
  public static final String ATTR_QUICK_REPLY_PAYLOAD = "facebook.quickReplyPayload";
  /**
   * Message attribute: the story a Messenger message replies to ({@code reply_to.story.id}).
   *
   * @since 0.2.0
   */
  public static final String ATTR_REPLY_TO_STORY = "facebook.replyToStory";
  /**
   * Message attribute: the sticker a Messenger message consists of.
   *
   * @since 0.2.0
   */
  public static final String ATTR_STICKER_ID = "facebook.stickerId";
  /**
   * Message attribute: {@code true} when Messenger says the message type is unsupported.
   *
   * @since 0.2.0
   */
  public static final String ATTR_UNSUPPORTED = "facebook.unsupported";
  /**
   * Message attribute: the number of Messenger attachments.
   *
   * @since 0.2.0
   */
  public static final String ATTR_ATTACHMENTS = "facebook.attachments";

  /** Rule: only one private reply per comment. */
  public static final String RULE_PRIVATE_REPLY_ONCE = "facebook.private-reply.once";
  /** Rule: private replies only within 7 days of the comment. */
  public static final String RULE_PRIVATE_REPLY_WINDOW = "facebook.private-reply.window";
  /** Rule: Messenger reply after 24 h needs the HUMAN_AGENT tag. */
  public static final String RULE_MESSENGER_HUMAN_AGENT = "facebook.messenger.human-agent";
  /** Rule: no Messenger reply after 7 days. */
  public static final String RULE_MESSENGER_WINDOW = "facebook.messenger.window";
  /** Rule: the answered message cannot take this reply. */
  public static final String RULE_REPLY_TARGET = "facebook.reply.target";
  /** Rule: the reply window cannot be checked. */
  public static final String RULE_WINDOW_UNKNOWN = "facebook.window.unknown";

  /** Messenger's standard messaging window. */
  public static final Duration STANDARD_WINDOW = Duration.ofHours(24);
  /** The HUMAN_AGENT tag's window, and the private-reply window. */
  public static final Duration EXTENDED_WINDOW = Duration.ofDays(7);

  private static final Map<String, Integer> DEFAULT_LIMITS = Map.of(
      SURFACE_COMMENT, 8000, SURFACE_PRIVATE_REPLY, 2000, SURFACE_MESSENGER, 2000);
  private static final String EMAIL_SUGGESTION = "Move the matter to e-mail: ask the customer "
      + "publicly to write to the service address (without personal data in the post).";
  private static final String EMAIL_SUGGESTION_DE = "Verlegen Sie das Anliegen in die E-Mail: "
      + "Bitten Sie öffentlich darum, an die Serviceadresse zu schreiben (ohne persönliche Daten "
      + "im Beitrag).";

  private final Map<String, Integer> limits;
  private final Clock clock;

  /** The adapter with the default limits and the system clock (UTC). */
  public FacebookAdapter() {
    this(DEFAULT_LIMITS, Clock.systemUTC());
  }

  private FacebookAdapter(Map<String, Integer> limits, Clock clock) {
    this.limits = Map.copyOf(limits);
    this.clock = clock;
  }

  /**
   * A copy using another clock for {@link #replyRequest} drafts without {@link Draft#now()}.
   *
   * @param value not null
   * @return the reconfigured adapter
   */
  public FacebookAdapter withClock(Clock value) {
    return new FacebookAdapter(limits, Objects.requireNonNull(value, "clock"));
  }

  /**
   * {@inheritDoc} Surfaces: {@value #SURFACE_COMMENT}, {@value #SURFACE_PRIVATE_REPLY},
   * {@value #SURFACE_MESSENGER}; surfaces not named keep their limit.
   */
  @Override
  public FacebookAdapter withLimits(Map<String, Integer> limits) {
    Objects.requireNonNull(limits, "limits");
    Map<String, Integer> merged = new LinkedHashMap<>(this.limits);
    for (Map.Entry<String, Integer> e : limits.entrySet()) {
      String surface = Objects.requireNonNull(e.getKey(), "surface");
      Integer limit = Objects.requireNonNull(e.getValue(), () -> "limit of " + surface);
      requireArgument(DEFAULT_LIMITS.containsKey(surface),
          "unknown facebook surface '%s'; known: %s", surface, new TreeMap<>(DEFAULT_LIMITS).keySet());
      requireArgument(limit > 0, "limit of facebook surface '%s' must be positive: %s",
          surface, limit);
      merged.put(surface, limit);
    }
    return new FacebookAdapter(merged, clock);
  }

  /**
   * The limit of a surface.
   *
   * @param surface one of the surface names, not null
   * @return the limit in code points
   * @throws IllegalArgumentException naming an unknown surface
   */
  public int limit(String surface) {
    Integer v = limits.get(Objects.requireNonNull(surface, "surface"));
    requireArgument(v != null, "unknown facebook surface '%s'; known: %s", surface,
        new TreeMap<>(DEFAULT_LIMITS).keySet());
    return v;
  }

  @Override
  public Platform platform() {
    return Platform.FACEBOOK;
  }

  /** {@inheritDoc} Code points against the comment limit (public) or the smaller private limit. */
  @Override
  public TextLength measure(String text, Visibility visibility) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visibility, "visibility");
    int limit = visibility == Visibility.PUBLIC ? limits.get(SURFACE_COMMENT)
        : Math.min(limits.get(SURFACE_MESSENGER), limits.get(SURFACE_PRIVATE_REPLY));
    return TextLength.ofCodePoints(text, limit);
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
   * <p>Accepts:
   * <ul>
   *   <li>Page webhook bodies {@code {"object":"page","entry":[...]}} with any number of entries,
   *       each with {@code changes}, {@code messaging} and/or {@code standby} arrays;
   *   <li>Graph API comments as the API returns them: one comment object, a list
   *       {@code {"data":[...],"paging":...}}, or an object with its {@code comments} edge
   *       ({@code {"id","comments":{"data":[...]}}}); fields left out of the request
   *       ({@code from}, {@code created_time}) leave the author or time unknown.
   * </ul>
   *
   * <p>Feed ({@code field:"feed"}) and {@code mention} changes: comments become {@code PUBLIC}
   * messages with id {@code comment_id}, {@code inReplyTo} the parent (or the post),
   * {@code conversationId} the post; posts (visitor posts, statuses, photos, videos, shares)
   * become {@code PUBLIC} messages with id {@code post_id} and {@code inReplyTo} the page. The
   * author is {@code from}, or {@code sender_id}/{@code sender_name} in the older shape;
   * mentions carry no author. An edit ({@code edited}, {@code edit}) is the same id with the new
   * text. A {@code remove} gives a message with verb {@code remove} and empty text (so callers of
   * {@link #parse(String)} can retract pending work) and a {@link io.replyguard.model.Deletion}.
   * Reactions, likes and hide/unhide notices are skipped. {@code ratings} changes: a review
   * becomes a {@code PUBLIC} message with id {@code open_graph_story_id}, text
   * {@code review_text} and its stars in {@value #ATTR_RATING}.
   *
   * <p>Messenger events ({@code messaging}, and {@code standby} marked {@value #ATTR_STANDBY}):
   * {@code message} becomes a {@code PRIVATE} message with id {@code mid}, author the sender,
   * conversation the customer's PSID, {@code inReplyTo} its {@code reply_to.mid}; a message with
   * only attachments has empty text and says what was sent in the attachment attributes. An
   * unsend ({@code is_deleted}) is a {@link io.replyguard.model.Deletion}, not a message. A
   * {@code message_edit} is the same {@code mid} with the new text. A {@code postback} becomes a
   * message whose text is the button's title (empty when not sent) with its payload in
   * {@value #ATTR_POSTBACK_PAYLOAD}; its id is its {@code mid}, or
   * {@code postback:<sender>:<timestamp>} when it has none. Delivery, read, reaction, optin,
   * referral, account-linking, policy and handover events are skipped.
   *
   * <p>Required, else a problem at that pointer: {@code object} ({@code "page"}),
   * {@code entry[].id}; for feed changes {@code field}, {@code value.item}, {@code verb},
   * {@code post_id}; for comments {@code comment_id}, and unless removed or a mention an author
   * and {@code created_time} (epoch seconds or ISO-8601 with offset); for Messenger events
   * {@code sender.id}, {@code recipient.id}, {@code timestamp} (epoch ms) and the {@code mid} of
   * a message. Unknown fields are ignored. Duplicates (same item, id and verb; same mid) are
   * dropped.
   *
   * @since 0.2.0
   */
  @Override
  public ParsedPayload parsePayload(String json) {
    return WebhookParser.parse(Objects.requireNonNull(json, "json"));
  }

  /** The attribute name of the {@code index}-th attachment's {@code type} or {@code url}. */
  static String attachmentAttribute(int index, String what) {
    return "facebook.attachment." + index + "." + what;
  }

  /**
   * {@inheritDoc}
   *
   * <ul>
   *   <li>{@code PUBLIC} answering a comment: {@code POST /{comment-id}/comments}
   *       {@code {"message"}}; a reply to a reply goes to its parent comment, since Facebook
   *       threads comments one level deep.
   *   <li>{@code PRIVATE} answering a comment: {@code POST /{page-id}/messages}
   *       {@code {"recipient":{"comment_id"},"message":{"text"}}}.
   *   <li>{@code PRIVATE} answering a Messenger message: {@code POST /{page-id}/messages}
   *       {@code {"recipient":{"id":psid},"messaging_type":"RESPONSE","message":{"text"}}} within
   *       24 h of it, {@code "messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT"} within 7 days.
   * </ul>
   * The time of sending is {@link Draft#now()}, or this adapter's clock when absent.
   *
   * @throws IllegalArgumentException also when the platform would refuse the request (outside the
   *     windows, second private reply, removed comment, echo), naming the rule id
   */
  @Override
  public OutboundRequest replyRequest(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    requireFacebook(draft.platform(), "draft.platform");
    Message original = draft.inReplyTo().orElseThrow(() -> new IllegalArgumentException(
        "draft.inReplyTo is required: a Facebook reply answers a comment or a Messenger message"));
    requireFacebook(original.platform(), "draft.inReplyTo.platform");
    boolean comment = isComment(original);
    if (draft.visibility() == Visibility.PUBLIC) {
      requireArgument(comment, "%s: a public reply needs a comment to answer; the answered "
          + "message came from Messenger, answer it privately", RULE_REPLY_TARGET);
      requireNotRemoved(original);
      String target = original.attribute(ATTR_PARENT_ID)
          .filter(p -> !p.equals(original.attribute(ATTR_POST_ID).orElse(p)))
          .orElse(original.id());
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("message", draft.text());
      return OutboundRequest.of("POST", "/" + graphId(target, "comment id") + "/comments",
          json(body));
    }
    String pageId = graphId(original.attribute(ATTR_PAGE_ID).orElseThrow(
        () -> new IllegalArgumentException("draft.inReplyTo lacks attribute " + ATTR_PAGE_ID
            + ": the page that received it is needed for /{page-id}/messages")), ATTR_PAGE_ID);
    Instant now = draft.now().orElseGet(clock::instant);
    Instant created = original.createdAt().orElseThrow(() -> new IllegalArgumentException(
        "draft.inReplyTo.createdAt is required to check the reply window"));
    Duration elapsed = Duration.between(created, now);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (comment) {
      requireNotRemoved(original);
      requireArgument(!isRating(original), "%s: Facebook offers no private reply to a review; "
          + "answer it publicly", RULE_REPLY_TARGET);
      requireArgument(!privateReplySent(draft), "%s: the one private reply to this comment was "
          + "already sent", RULE_PRIVATE_REPLY_ONCE);
      requireArgument(elapsed.compareTo(EXTENDED_WINDOW) <= 0, "%s: the comment is older than 7 "
          + "days (%s); private replies are no longer possible", RULE_PRIVATE_REPLY_WINDOW,
          describe(elapsed));
      boolean post = original.attribute(ATTR_KIND).map(KIND_POST::equals).orElse(false);
      body.putObject("recipient").put(post ? "post_id" : "comment_id", original.id());
      body.putObject("message").put("text", draft.text());
    } else {
      requireArgument(!isEcho(original), "%s: the answered message is the page's own (echo); "
          + "answer the customer's last message", RULE_REPLY_TARGET);
      String psid = original.attribute(ATTR_PSID).or(() -> original.author().map(a -> a.id()))
          .orElseThrow(() -> new IllegalArgumentException("draft.inReplyTo lacks attribute "
              + ATTR_PSID + " and an author: the recipient is unknown"));
      requireArgument(elapsed.compareTo(EXTENDED_WINDOW) <= 0, "%s: the customer's last message "
          + "is older than 7 days (%s); Messenger no longer allows a reply",
          RULE_MESSENGER_WINDOW, describe(elapsed));
      body.putObject("recipient").put("id", psid);
      if (elapsed.compareTo(STANDARD_WINDOW) <= 0) {
        body.put("messaging_type", "RESPONSE");
      } else {
        body.put("messaging_type", "MESSAGE_TAG");
        body.put("tag", "HUMAN_AGENT");
      }
      body.putObject("message").put("text", draft.text());
    }
    return OutboundRequest.of("POST", "/" + pageId + "/messages", json(body));
  }

  /**
   * {@inheritDoc} A comment (not removed) is hidden with {@code POST /{comment-id}}
   * {@code {"is_hidden":true}} (needs {@code pages_manage_engagement}; the author and their friends
   * still see it). Messenger messages and removed comments: empty.
   */
  @Override
  public Optional<OutboundRequest> hideRequest(Message original) {
    Objects.requireNonNull(original, "original");
    requireFacebook(original.platform(), "original.platform");
    if (!isComment(original) || isRemoved(original) || isRating(original)) {
      return Optional.empty();
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("is_hidden", true);
    return Optional.of(OutboundRequest.of("POST", "/" + graphId(original.id(), "comment id"),
        json(body)));
  }

  /**
   * {@inheritDoc} Rules and timestamps: see the class documentation. Messages are German when the
   * draft's locale (or else the answered message's) is German, English otherwise.
   */
  @Override
  public List<Finding> policy(Draft draft, Instant now) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(now, "now");
    requireFacebook(draft.platform(), "draft.platform");
    boolean de = draft.locale().or(() -> draft.inReplyTo().flatMap(Message::locale))
        .map(l -> l.getLanguage().equals("de")).orElse(false);
    List<Finding> out = new ArrayList<>();
    Span all = Span.of(0, draft.text().length());
    boolean sentBefore = privateReplySent(draft);
    if (draft.inReplyTo().isEmpty()) {
      if (draft.visibility() == Visibility.PRIVATE) {
        out.add(finding(RULE_WINDOW_UNKNOWN, Severity.INFO, all, de
            ? "Eine private Facebook-Nachricht beantwortet einen Kommentar oder eine "
                + "Messenger-Nachricht; ohne sie lässt sich das Antwortfenster erst beim Senden "
                + "prüfen."
            : "A private Facebook message answers a comment or a Messenger message; without it "
                + "the reply window can only be checked when sending.", Optional.empty()));
      }
      return out;
    }
    Message original = draft.inReplyTo().get();
    boolean comment = isComment(original);
    if (comment && isRemoved(original)) {
      out.add(finding(RULE_REPLY_TARGET, Severity.ERROR, all, de
          ? "Der Kommentar wurde entfernt; es gibt nichts mehr zu beantworten."
          : "The comment was removed; there is nothing to reply to.", Optional.empty()));
      return out;
    }
    if (draft.visibility() == Visibility.PUBLIC) {
      if (!comment) {
        out.add(finding(RULE_REPLY_TARGET, Severity.ERROR, all, de
            ? "Eine öffentliche Antwort kann keine Messenger-Nachricht beantworten."
            : "A public reply cannot answer a Messenger message.", Optional.of(de
            ? "Antworten Sie im Messenger (privat)." : "Answer in Messenger (private).")));
      }
      return out;
    }
    if (!comment && isEcho(original)) {
      out.add(finding(RULE_REPLY_TARGET, Severity.ERROR, all, de
          ? "Die beantwortete Messenger-Nachricht stammt von der Seite selbst (Echo)."
          : "The answered Messenger message is the page's own (echo).", Optional.of(de
          ? "Beantworten Sie die letzte Nachricht der Kundin oder des Kunden."
          : "Answer the customer's last message.")));
      return out;
    }
    if (isRating(original)) {
      out.add(finding(RULE_REPLY_TARGET, Severity.ERROR, all, "Facebook offers no private reply "
          + "to a review.", Optional.of("Answer the review publicly.")));
      return out;
    }
    if (comment && sentBefore) {
      out.add(finding(RULE_PRIVATE_REPLY_ONCE, Severity.BLOCKER, all, de
          ? "Facebook erlaubt nur eine private Antwort pro Kommentar, und sie wurde schon "
              + "gesendet."
          : "Facebook allows only one private reply per comment, and it was already sent.",
          Optional.of(de
          ? "Im Messenger weiterschreiben, sobald die Person auf die private Antwort reagiert; "
              + "bis dahin öffentlich antworten."
          : "Continue in Messenger once the customer answers the private reply; until then "
              + "reply publicly.")));
    }
    if (original.createdAt().isEmpty()) {
      out.add(finding(RULE_WINDOW_UNKNOWN, Severity.INFO, all, de
          ? "Die beantwortete Nachricht hat keinen Zeitpunkt; das Antwortfenster lässt sich erst "
              + "beim Senden prüfen."
          : "The answered message has no creation time; the reply window can only be checked "
              + "when sending.", Optional.empty()));
      return out;
    }
    Duration elapsed = Duration.between(original.createdAt().get(), now);
    String age = age(elapsed, de);
    Optional<String> email = Optional.of(de ? EMAIL_SUGGESTION_DE : EMAIL_SUGGESTION);
    if (comment) {
      if (elapsed.compareTo(EXTENDED_WINDOW) > 0) {
        out.add(finding(RULE_PRIVATE_REPLY_WINDOW, Severity.BLOCKER, all, de
            ? "Der Kommentar kam " + age + "; Facebook erlaubt eine private Antwort nur "
                + "innerhalb von 7 Tagen nach dem Kommentar."
            : "The comment came " + age + "; Facebook allows a private reply only within 7 "
                + "days of the comment.", email));
      }
    } else if (elapsed.compareTo(EXTENDED_WINDOW) > 0) {
      out.add(finding(RULE_MESSENGER_WINDOW, Severity.BLOCKER, all, de
          ? "Die letzte Messenger-Nachricht der Person kam " + age + "; Messenger erlaubt "
              + "Antworten nur innerhalb von 24 Stunden, durch einen Menschen (HUMAN_AGENT-Tag) "
              + "innerhalb von 7 Tagen."
          : "The customer's last Messenger message came " + age + "; Messenger allows replies "
              + "only within 24 hours, or 7 days by a human agent (HUMAN_AGENT tag).", email));
    } else if (elapsed.compareTo(STANDARD_WINDOW) > 0) {
      out.add(finding(RULE_MESSENGER_HUMAN_AGENT, Severity.WARNING, all, de
          ? "Die letzte Messenger-Nachricht der Person kam " + age + ", außerhalb des "
              + "24-Stunden-Fensters: Die Antwort geht mit dem HUMAN_AGENT-Tag hinaus und muss "
              + "von einem Menschen gesendet werden, nicht automatisch."
          : "The customer's last Messenger message came " + age + ", outside the 24-hour "
              + "standard window: the reply goes out with the HUMAN_AGENT tag and must be sent "
              + "by a human agent, not automatically.", Optional.of(de
          ? "Lassen Sie die Antwort von einem Menschen prüfen und senden."
          : "Have a human agent review and send it.")));
    }
    return out;
  }

  /**
   * How long ago, in words: "vor 14 Tagen", "14 days ago", "vor 3 Stunden", "vor einer Minute".
   *
   * @param d the elapsed time
   * @param de German rather than English
   * @return the phrase
   */
  static String age(Duration d, boolean de) {
    if (d.isNegative()) {
      return de ? "in der Zukunft" : "in the future";
    }
    long s = d.getSeconds();
    long n;
    String[] unit;
    if (s >= 86_400) {
      n = s / 86_400;
      unit = new String[] {"Tag", "Tagen", "day", "days"};
    } else if (s >= 3_600) {
      n = s / 3_600;
      unit = new String[] {"Stunde", "Stunden", "hour", "hours"};
    } else {
      n = Math.max(1, s / 60);
      unit = new String[] {"Minute", "Minuten", "minute", "minutes"};
    }
    if (de) {
      return "vor " + (n == 1 ? ("Tag".equals(unit[0]) ? "einem " : "einer ") + unit[0]
          : n + " " + unit[1]);
    }
    return (n == 1 ? (unit[2].equals("hour") ? "an " : "a ") + unit[2] : n + " " + unit[3])
        + " ago";
  }

  private static Finding finding(String rule, Severity severity, Span span, String message,
      Optional<String> suggestion) {
    return new Finding(rule, Category.PLATFORM_POLICY, severity, span, message, suggestion);
  }

  private static void requireFacebook(Platform platform, String what) {
    requireArgument(Platform.FACEBOOK.equals(platform), "%s must be facebook: %s", what, platform);
  }

  private static boolean isComment(Message m) {
    Optional<String> kind = m.attribute(ATTR_KIND);
    if (kind.isEmpty()) {
      return m.visibility() == Visibility.PUBLIC;
    }
    requireArgument(PUBLIC_KINDS.contains(kind.get()) || kind.get().equals(KIND_MESSENGER),
        "message attribute %s must be %s, %s, %s or %s", ATTR_KIND, KIND_COMMENT, KIND_POST,
        KIND_RATING, KIND_MESSENGER);
    return PUBLIC_KINDS.contains(kind.get());
  }

  /** Kinds of public feed items: a public reply is a comment on them. */
  private static final java.util.Set<String> PUBLIC_KINDS =
      java.util.Set.of(KIND_COMMENT, KIND_POST, KIND_RATING);

  private static boolean isRating(Message m) {
    return m.attribute(ATTR_KIND).map(KIND_RATING::equals).orElse(false);
  }

  private static boolean isRemoved(Message m) {
    return m.attribute(ATTR_VERB).map("remove"::equals).orElse(false);
  }

  private static void requireNotRemoved(Message m) {
    requireArgument(!isRemoved(m), "%s: the comment was removed", RULE_REPLY_TARGET);
  }

  private static boolean isEcho(Message m) {
    return booleanAttribute(m.attribute(ATTR_IS_ECHO), "message attribute " + ATTR_IS_ECHO);
  }

  private static boolean privateReplySent(Draft d) {
    return booleanAttribute(Optional.ofNullable(d.attributes().get(ATTR_PRIVATE_REPLY_SENT)),
        "draft attribute " + ATTR_PRIVATE_REPLY_SENT);
  }

  private static boolean booleanAttribute(Optional<String> value, String what) {
    if (value.isEmpty()) {
      return false;
    }
    requireArgument(value.get().equals("true") || value.get().equals("false"),
        "%s must be true or false", what);
    return value.get().equals("true");
  }

  /** Ids go into URL paths: only letters, digits, '_', '-' and '.'. */
  private static String graphId(String id, String what) {
    requireArgument(!id.isEmpty(), "%s must not be empty", what);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || c == '_' || c == '-' || c == '.';
      requireArgument(ok, "%s is not a Graph object id (letters, digits, '_', '-', '.')", what);
    }
    return id;
  }

  /** e.g. "7 days 0 h 0 min 1 s". */
  static String describe(Duration d) {
    return age(d, false);
  }

  private static String json(ObjectNode node) {
    try {
      return JsonCursor.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize request body", e);
    }
  }

  @Override
  public String toString() {
    return "FacebookAdapter[limits=" + new TreeMap<>(limits) + "]";
  }
}
