package io.replyguard.advice;

import io.replyguard.config.BurstSettings;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Advice;
import io.replyguard.model.Author;
import io.replyguard.model.Intent;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.pii.PiiDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Advises where an inbound message should be answered, what to do first and why.
 *
 * <p>For each message the advisor normalises the text once, recognises its intents
 * ({@link IntentRecognizer}), scans it for personal data ({@link PiiDetector#scan}), computes the
 * shitstorm and burst signals, and evaluates the advice rules: the built-in rules (resource
 * {@code advice-rules.json}, ids such as {@code advice.pii.public}, {@code advice.intent.cancellation},
 * {@code advice.shitstorm.tag}, {@code advice.burst.outage}) together with the configured
 * {@link ReplyguardConfig#adviceRules() advice rules}, which can add rules or replace a built-in
 * by id; {@link ReplyguardConfig#ruleOverrides()} can disable any rule except
 * {@code advice.default}.
 *
 * <p>Precedence: the matching rule with the highest precedence decides the channel, ties going to
 * the more private channel ({@code NONE < PUBLIC_REPLY < BROADCAST < PRIVATE_MESSAGE < EMAIL <
 * PHONE}), so with several intents the most private channel needed wins. The priority is decided
 * likewise (ties: the higher priority). Actions are the union of all matching rules; a private
 * message never gets {@code HIDE_ORIGINAL}. The reasons list the rule that decided the channel
 * first, then the one that decided the priority, then every other rule that added an action. Reason
 * sentences are fixed per rule and never quote the message or the personal data.
 *
 * <p>State: outage reports are counted per topic ("internet", "mobile", "landline", "tv", "app", or
 * "general" when none is named; see {@code topics.json}). When {@link BurstSettings#threshold()}
 * reports of one topic fall within {@link BurstSettings#window()} — the current one included, the
 * window {@code (t - window, t]} — the outage is a burst and the advice is {@code BROADCAST}.
 * Complaints are counted per author likewise (2 within 24 hours, per {@code advice-rules.json}).
 * The event time is the message's {@link Message#createdAt()} when present, else the injected
 * clock's now. Memory is bounded by Caffeine caches: at most {@link BurstSettings#maxTracked()}
 * report times each, expiring a window after a key's last report (measured by the clock). Because
 * of this state, advising on an outage or complaint depends on the messages advised before; the
 * same sequence of messages always yields the same sequence of advice.
 *
 * <p>Thread-safe; the only mutable state is in the bounded caches, updated atomically per key.
 */
public final class Advisor {
  private final PiiDetector pii;
  private final Clock clock;
  private final IntentRecognizer recognizer;
  private final RuleEngine rules;
  private final TextSignals textSignals;
  private final RecentEvents outages;
  private final RecentEvents complaints;
  private final int burstThreshold;
  private final int repeatCount;
  private final boolean defaultGerman;

  private Advisor(ReplyguardConfig config, PiiDetector pii, Clock clock) {
    this.pii = pii;
    this.clock = clock;
    this.recognizer = IntentRecognizer.create(config);
    this.rules = RuleEngine.create(config);
    this.textSignals = RuleEngine.textSignals();
    BurstSettings burst = config.burst();
    this.burstThreshold = burst.threshold();
    this.outages = rules.uses(Signal.OUTAGE_BURST)
        ? new RecentEvents(burst.threshold(), burst.window(), burst.maxTracked(), clock)
        : null;
    this.repeatCount = RuleEngine.repeatCount();
    this.defaultGerman = config.locale().getLanguage().equals("de");
    this.complaints = rules.uses(Signal.REPEATED_COMPLAINT)
        ? new RecentEvents(repeatCount, RuleEngine.repeatWindow(),
            Math.max(burst.maxTracked(), repeatCount), clock)
        : null;
  }

  /**
   * Creates the advisor.
   *
   * @param config the configuration (advice rules, rule overrides, intent keywords, burst
   *     settings), not null
   * @param pii the detector whose findings drive the personal-data rules, not null
   * @param clock the time source for burst windows and cache expiry, not null
   * @return the advisor
   * @throws io.replyguard.config.ConfigException naming the JSON pointer and rule id when the
   *     configuration's advice rules, rule overrides or intent keywords are invalid
   */
  public static Advisor create(ReplyguardConfig config, PiiDetector pii, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(pii, "pii");
    Objects.requireNonNull(clock, "clock");
    return new Advisor(config, pii, clock);
  }

  /**
   * Advises on a message. Records outage reports and complaints for burst and repeat detection.
   *
   * @param message not null
   * @return the advice; its reasons are never empty
   */
  public Advice advise(Message message) {
    Objects.requireNonNull(message, "message");
    return advise(message, pii.scan(message.text()));
  }

  /**
   * Whether a name span is a given name alone, or with initials only ("Maik", "Thomas A.",
   * "Anna M. K."): it identifies nobody.
   */
  private static boolean givenNameOnly(String text, int start, int end) {
    if (end <= start) {
      return false;
    }
    int k = start;
    while (k < end && !Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    while (k < end) {
      while (k < end && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      int w = k;
      while (k < end && !Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      boolean initial = k - w == 1 && Character.isUpperCase(text.charAt(w))
          || k - w == 2 && Character.isUpperCase(text.charAt(w)) && text.charAt(w + 1) == '.';
      if (!initial) {
        return false;
      }
    }
    return true;
  }

  /**
   * Advises on a message with the personal data already found (the seam tests use).
   *
   * @param message not null
   * @param found the personal data in the message's text, not null
   * @return the advice
   */
  Advice advise(Message message, List<PiiFinding> found) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(found, "found");
    String text = message.text();
    char[] normalized = new char[text.length() * 2];
    int n = TextNormalizer.normalize(text, normalized);
    IntentRecognizer.Recognition rec = recognizer.analyze(normalized, n);
    int intentMask = rec.decisive();
    int piiMask = 0;
    for (PiiFinding f : found) {
      if (f.type() == PiiType.PERSON_NAME
          && givenNameOnly(text, f.span().start(), f.span().end())) {
        // "Gruß⏎Maik", "Best regards⏎Michael", "Alles Gute!⏎Thomas A.": a first name alone or
        // with initials identifies nobody (the author's name is on the post anyway); it is
        // listed but hides nothing
        continue;
      }
      if (f.type() == PiiType.CREDENTIAL && "login-name".equals(f.recognizer())) {
        // a login name identifies the account like a customer number: hidden when public, but
        // it is no secret to change ("username: t-zhan")
        piiMask |= 1 << PiiType.CUSTOMER_NUMBER.ordinal();
        continue;
      }
      piiMask |= 1 << f.type().ordinal();
    }
    int signals = 0;
    if (rules.relevant(Signal.SHOUTING, intentMask) && textSignals.shouting(text)) {
      signals |= 1 << Signal.SHOUTING.ordinal();
    }
    if (rules.relevant(Signal.EXCLAMATION_RUN, intentMask) && textSignals.exclamationRun(text)) {
      signals |= 1 << Signal.EXCLAMATION_RUN.ordinal();
    }
    if (rules.relevant(Signal.PROTEST_TAG, intentMask) && textSignals.protestTag(normalized, n)) {
      signals |= 1 << Signal.PROTEST_TAG.ordinal();
    }
    boolean insult = false;
    if (rules.relevant(Signal.INSULT_COMPOUND, intentMask)
        && textSignals.insultCompound(normalized, n)) {
      signals |= 1 << Signal.INSULT_COMPOUND.ordinal();
      insult = true;
    }
    long followers = message.author().map(Author::followers)
        .filter(o -> o.isPresent()).map(o -> o.getAsLong()).orElse(-1L);
    if (followers >= rules.reachThreshold()) {
      signals |= 1 << Signal.HIGH_REACH.ordinal();
      if (rules.relevant(Signal.ANGER, intentMask)
          && ((intentMask & (1 << Intent.COMPLAINT.ordinal())) != 0
              || rec.has(IntentRecognizer.Marker.COARSE) || rec.has(IntentRecognizer.Marker.SARCASM)
              || insult || textSignals.shouting(text) || textSignals.exclamationRun(text))) {
        signals |= 1 << Signal.ANGER.ordinal();
      }
    }
    boolean outage = (intentMask & (1 << Intent.OUTAGE.ordinal())) != 0;
    boolean complaint = (intentMask & (1 << Intent.COMPLAINT.ordinal())) != 0;
    if (outages != null && outage) {
      if (outages.record(rec.topic(), eventTime(message)) >= burstThreshold) {
        signals |= 1 << Signal.OUTAGE_BURST.ordinal();
      }
    }
    if (complaints != null && complaint && message.author().isPresent()) {
      String key = message.platform().id() + ":" + message.author().get().id();
      if (complaints.record(key, eventTime(message)) >= repeatCount) {
        signals |= 1 << Signal.REPEATED_COMPLAINT.ordinal();
      }
    }
    boolean german = message.locale().map(l -> l.getLanguage().equals("de"))
        .orElseGet(() -> rec.german() != null ? rec.german() : defaultGerman);
    RuleEngine.Outcome o = rules.evaluate(new RuleEngine.Facts(intentMask, piiMask,
        message.visibility(), message.platform().id(), followers,
        rules.keywordHits(normalized, n, rec.keywordGroups()), signals, german));
    List<PiiFinding> sorted = found;
    if (!isSorted(found)) {
      sorted = new ArrayList<>(found);
      Collections.sort(sorted);
    }
    return new Advice(rec.intents(), o.channel(), o.actions(), o.priority(), sorted, o.reasons());
  }

  /**
   * The outage topic of a message ("internet", "mobile", "landline", "tv", "app", or "general"
   * when none is named), when the message reports an outage; the key under which
   * {@link #advise(Message)} counts it towards an incident burst. Reads the text only: no report
   * is recorded and no state is touched.
   *
   * @param message not null
   * @return the topic, or empty when the message does not report an outage
   * @since 0.2.0
   */
  public java.util.Optional<String> outageTopic(Message message) {
    Objects.requireNonNull(message, "message");
    String text = message.text();
    char[] normalized = new char[text.length() * 2];
    int n = TextNormalizer.normalize(text, normalized);
    IntentRecognizer.Recognition rec = recognizer.analyze(normalized, n);
    return rec.intents().contains(Intent.OUTAGE)
        ? java.util.Optional.of(rec.topic())
        : java.util.Optional.empty();
  }

  private Instant eventTime(Message message) {
    return message.createdAt().orElseGet(clock::instant);
  }

  private static boolean isSorted(List<PiiFinding> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).compareTo(list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The recognizer this advisor uses.
   *
   * @return the recognizer
   */
  IntentRecognizer recognizer() {
    return recognizer;
  }

  /**
   * The rule engine (for tests).
   *
   * @return the engine
   */
  RuleEngine rules() {
    return rules;
  }

  /**
   * The outage report counter, or null when no rule uses bursts (for tests).
   *
   * @return the counter
   */
  RecentEvents outages() {
    return outages;
  }
}
