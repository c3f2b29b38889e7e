package io.replyguard.advice;

import io.replyguard.config.BurstSettings;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.model.Platform;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import io.replyguard.pii.PiiDetector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared helpers for the advice tests. */
final class AdviceFixtures {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private AdviceFixtures() {}

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The default configuration with bursts effectively off, for stateless table tests. */
  static ReplyguardConfig noBursts() {
    return ReplyguardConfig.builder()
        .burst(new BurstSettings(100_000, Duration.ofMinutes(15), 100_000)).build();
  }

  static Advisor advisor(ReplyguardConfig config, Clock clock) {
    return Advisor.create(config, PiiDetector.create(config), clock);
  }

  static Message message(Visibility visibility, String text) {
    return Message.builder(Platform.TWITTER, visibility, text).id("m1").build();
  }

  static Message message(Visibility visibility, String text, String authorId, long followers) {
    return Message.builder(Platform.TWITTER, visibility, text).id("m1")
        .author(Author.of(authorId).withFollowers(followers)).build();
  }

  private static final Advisor STATELESS = advisor(noBursts(), Clock.fixed(T0, ZoneOffset.UTC));
  private static final PiiDetector DEFAULT_DETECTOR =
      PiiDetector.create(ReplyguardConfig.defaults());

  /**
   * The advice for a public post under the default configuration (bursts off, fixed clock), with
   * the default detector's findings: the table tests of the conversation classes.
   */
  static io.replyguard.model.Advice adviseDefault(String text) {
    return STATELESS.advise(message(Visibility.PUBLIC, text), DEFAULT_DETECTOR.scan(text));
  }

  /** Asserts the main intent, the channel and the priority of an advice. */
  static void assertMainIntent(io.replyguard.model.Intent main, io.replyguard.model.Channel channel,
      io.replyguard.model.Priority priority, io.replyguard.model.Advice a) {
    org.junit.jupiter.api.Assertions.assertEquals(main, a.intents().get(0), a.toString());
    org.junit.jupiter.api.Assertions.assertEquals(channel, a.channel(), a.toString());
    org.junit.jupiter.api.Assertions.assertEquals(priority, a.priority(), a.toString());
  }

  /** Findings of the given types, each spanning the whole text (positions do not matter here). */
  static List<PiiFinding> findings(String text, List<PiiType> types) {
    List<PiiFinding> out = new ArrayList<>();
    for (PiiType t : types) {
      out.add(new PiiFinding(t, Span.of(0, text.length()), 0.9, "test", Optional.empty()));
    }
    return out;
  }
}
