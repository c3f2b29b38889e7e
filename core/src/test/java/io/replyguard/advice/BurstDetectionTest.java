package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.BurstSettings;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Priority;
import io.replyguard.model.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Incident bursts: many outage reports on one topic within the window → BROADCAST. */
class BurstDetectionTest {
  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final AdviceFixtures.MutableClock clock = new AdviceFixtures.MutableClock(AdviceFixtures.T0);

  private Advisor advisor(int threshold, int maxTracked) {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .burst(new BurstSettings(threshold, WINDOW, maxTracked)).build();
    return AdviceFixtures.advisor(config, clock);
  }

  private static Advice report(Advisor a, String text) {
    return a.advise(AdviceFixtures.message(Visibility.PUBLIC, text), List.of());
  }

  @Test
  void thresholdReportsWithinTheWindowMakeABroadcast() {
    Advisor a = advisor(3, 100);
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung? Kein Internet").channel());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(Channel.PUBLIC_REPLY, report(a, "DSL down in Köln").channel());
    clock.advance(Duration.ofMinutes(1));
    Advice third = report(a, "Internet überall ausgefallen");
    assertEquals(Channel.BROADCAST, third.channel());
    assertEquals(Priority.HIGH, third.priority());
    assertEquals("advice.burst.outage", third.reasons().get(0).ruleId());
    assertEquals(Channel.BROADCAST, report(a, "#störung WLAN tot").channel());
  }

  @Test
  void windowIsHalfOpenAtItsOldEdge() {
    Advisor a = advisor(3, 100);
    report(a, "Störung Internet");
    clock.advance(Duration.ofMinutes(5));
    report(a, "Störung Internet");
    clock.set(AdviceFixtures.T0.plus(WINDOW));
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung Internet").channel(),
        "a report exactly one window old no longer counts");
    Advisor b = advisor(3, 100);
    clock.set(AdviceFixtures.T0);
    report(b, "Störung Internet");
    clock.advance(Duration.ofMinutes(5));
    report(b, "Störung Internet");
    clock.set(AdviceFixtures.T0.plus(WINDOW).minusMillis(1));
    assertEquals(Channel.BROADCAST, report(b, "Störung Internet").channel());
  }

  @Test
  void topicsAreCountedSeparately() {
    Advisor a = advisor(2, 100);
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung im Mobilfunk").channel());
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung beim Internet").channel());
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung beim Fernsehen").channel());
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Ausfall, nichts geht").channel());
    assertEquals(Channel.BROADCAST, report(a, "kein LTE, Netz down").channel());
    assertEquals(Channel.BROADCAST, report(a, "Großstörung, alles tot").channel(),
        "reports naming no topic are counted together as 'general'");
  }

  @Test
  void nonOutagePostsAreNotCounted() {
    Advisor a = advisor(2, 100);
    report(a, "Internet geht nicht");
    report(a, "Frage zur Rechnung fürs Internet");
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung Internet").channel());
    assertEquals(1, a.outages().tracked());
  }

  @Test
  void messageTimeIsUsedWhenPresent() {
    Advisor a = advisor(2, 100);
    Instant t = Instant.parse("2026-11-20T08:00:00Z");
    Message first = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Störung Internet")
        .createdAt(t).build();
    Message late = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Störung Internet")
        .createdAt(t.plus(Duration.ofMinutes(11))).build();
    Message close = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Störung Internet")
        .createdAt(t.plus(Duration.ofMinutes(15))).build();
    assertEquals(Channel.PUBLIC_REPLY, a.advise(first, List.of()).channel());
    assertEquals(Channel.PUBLIC_REPLY, a.advise(late, List.of()).channel());
    assertEquals(Channel.BROADCAST, a.advise(close, List.of()).channel());
  }

  @Test
  void personalDataStillWinsOverABroadcast() {
    Advisor a = advisor(2, 100);
    report(a, "Störung Internet");
    String text = "Störung Internet, ruft mich an";
    Advice adv = a.advise(AdviceFixtures.message(Visibility.PUBLIC, text),
        AdviceFixtures.findings(text, List.of(io.replyguard.model.PiiType.PHONE)));
    assertEquals(Channel.PRIVATE_MESSAGE, adv.channel());
  }

  @Test
  void reportsExpireAfterTheWindow() {
    Advisor a = advisor(3, 100);
    report(a, "Störung Internet");
    report(a, "Störung Mobilfunk");
    assertEquals(2, a.outages().keys());
    clock.advance(WINDOW.plusSeconds(1));
    assertEquals(0, a.outages().keys());
    assertEquals(0, a.outages().tracked());
    assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung Internet").channel());
  }

  @Test
  void memoryIsBoundedByMaxTracked() {
    RecentEvents events = new RecentEvents(3, WINDOW, 10, clock);
    for (int i = 0; i < 1_000; i++) {
      events.record("topic-" + (i % 50), clock.instant());
      assertTrue(events.tracked() <= 10, "tracked " + events.tracked());
    }
    for (int i = 0; i < 100; i++) {
      events.record("hot", clock.instant());
    }
    assertTrue(events.tracked() <= 10);
    assertEquals(3, events.record("hot", clock.instant()), "keeps only the newest threshold times");
  }

  @Test
  void countsOnlyWithinTheWindowEvenOutOfOrder() {
    RecentEvents events = new RecentEvents(5, WINDOW, 100, clock);
    Instant t = AdviceFixtures.T0;
    assertEquals(1, events.record("k", t.plus(Duration.ofMinutes(20))));
    assertEquals(1, events.record("k", t), "the later report lies outside (t - window, t]");
    assertEquals(1, events.record("k", t.plus(Duration.ofMinutes(15))));
    assertEquals(3, events.record("k", t.plus(Duration.ofMinutes(20))));
  }

  @Test
  void disabledBurstRuleKeepsNoState() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .ruleOverrides(Map.of("advice.burst.outage", RuleOverride.disabled())).build();
    Advisor a = AdviceFixtures.advisor(config, clock);
    assertNull(a.outages());
    for (int i = 0; i < 10; i++) {
      assertEquals(Channel.PUBLIC_REPLY, report(a, "Störung Internet").channel());
    }
  }
}
