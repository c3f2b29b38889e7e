package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.Message;
import io.replyguard.model.PiiType;
import io.replyguard.model.Platform;
import io.replyguard.model.Priority;
import io.replyguard.model.Reason;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Declarative rules: built-ins and configured rules share one evaluator and one precedence. */
class RuleEngineTest {
  private static final Clock CLOCK = Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC);

  private static Advisor advisor(String json) {
    ReplyguardConfig base = AdviceFixtures.noBursts();
    return AdviceFixtures.advisor(ReplyguardConfig.fromJson(json, base), CLOCK);
  }

  private static Advice advise(Advisor a, Visibility v, String text, PiiType... pii) {
    return a.advise(AdviceFixtures.message(v, text), AdviceFixtures.findings(text, List.of(pii)));
  }

  private static List<String> ruleIds(Advice a) {
    return a.reasons().stream().map(Reason::ruleId).toList();
  }

  @Test
  void builtInRuleIdsAreStable() {
    List<String> ids = advisor("{}").rules().ruleIds();
    assertTrue(ids.containsAll(List.of("advice.default", "advice.pii.public",
        "advice.pii.credential", "advice.intent.cancellation", "advice.intent.contract",
        "advice.intent.billing", "advice.intent.account-access", "advice.intent.technical-issue",
        "advice.intent.delivery", "advice.intent.how-to", "advice.intent.outage",
        "advice.intent.complaint", "advice.intent.praise", "advice.intent.small-talk",
        "advice.burst.outage", "advice.private.stays-private", "advice.reach",
        "advice.shitstorm.tag", "advice.shitstorm.insult", "advice.shitstorm.insult-compound",
        "advice.escalate.safety", "advice.escalate.legal", "advice.shitstorm.reach",
        "advice.shitstorm.repeated")), ids.toString());
    assertFalse(ids.contains("advice.shitstorm.shouting"), "capitals alone no longer escalate");
  }

  @Test
  void configuredRuleAddsAdviceWithItsReason() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "acme.vip", "precedence": 50,
          "when": {"keywords": ["Vorstand"], "platforms": ["twitter"]},
          "then": {"channel": "PHONE", "actions": ["ESCALATE"], "priority": "HIGH"},
          "message": "Mentions of the board go to the phone team."}]}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Ich schreibe dem VORSTAND! Danke");
    assertEquals(Channel.PHONE, adv.channel());
    assertEquals(Set.of(Action.ESCALATE), adv.actions());
    assertEquals(Priority.HIGH, adv.priority());
    assertEquals(List.of("acme.vip"), ruleIds(adv));
    assertEquals("Mentions of the board go to the phone team.", adv.reasons().get(0).message());
    Message facebook = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Vorstand").build();
    assertEquals(Channel.PUBLIC_REPLY, a.advise(facebook, List.of()).channel());
  }

  @Test
  void configuredRuleReplacesBuiltInById() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "advice.intent.cancellation", "precedence": 10,
          "when": {"intents": ["CANCELLATION"]},
          "then": {"channel": "PHONE", "priority": "HIGH"},
          "message": "Retention team calls back."}]}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Ich kündige");
    assertEquals(Channel.PHONE, adv.channel());
    assertEquals(Priority.HIGH, adv.priority());
    assertEquals("Retention team calls back.", adv.reasons().get(0).message());
    assertEquals(1, a.rules().ruleIds().stream()
        .filter("advice.intent.cancellation"::equals).count());
  }

  @Test
  void replacedKeywordRuleUsesOnlyItsOwnKeywords() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "advice.shitstorm.tag", "precedence": 10,
          "when": {"keywords": ["#autsch"]},
          "then": {"actions": ["ESCALATE"], "priority": "HIGH"},
          "message": "Our own protest tag list."}]}""");
    assertEquals(Set.of(), advise(a, Visibility.PUBLIC, "Neue App #fail").actions());
    Advice own = advise(a, Visibility.PUBLIC, "Neue App #AUTSCH");
    assertEquals(Set.of(Action.ESCALATE), own.actions());
    assertEquals("Our own protest tag list.", own.reasons().get(1).message());
    assertEquals(Set.of(Action.ESCALATE),
        advise(a, Visibility.PUBLIC, "Ihr Vollidioten").actions(), "built-in insults still apply");
  }

  @Test
  void overrideDisablesBuiltInRules() {
    Advisor a = advisor("""
        {"ruleOverrides": {"advice.pii.public": {"enabled": false},
                           "advice.shitstorm.tag": {"enabled": false},
                           "draft.some.rule": {"severity": "ERROR"}}}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Danke #fail", PiiType.PHONE);
    assertEquals(Channel.PUBLIC_REPLY, adv.channel());
    assertEquals(Set.of(), adv.actions());
    assertFalse(a.rules().ruleIds().contains("advice.pii.public"));
  }

  @Test
  void higherPrecedenceWinsChannelAndPriorityActionsAreUnited() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "acme.public-first", "precedence": 20,
          "when": {"intents": ["BILLING"]},
          "then": {"channel": "PUBLIC_REPLY", "actions": ["ESCALATE"], "priority": "LOW"},
          "message": "We answer billing questions publicly first."}]}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Rechnung falsch", PiiType.CUSTOMER_NUMBER);
    assertEquals(Channel.PUBLIC_REPLY, adv.channel());
    assertEquals(Priority.LOW, adv.priority());
    assertEquals(Set.of(Action.ESCALATE, Action.HIDE_ORIGINAL, Action.WARN_CUSTOMER), adv.actions());
    assertEquals("acme.public-first", adv.reasons().get(0).ruleId());
    assertTrue(ruleIds(adv).contains("advice.pii.public"));
  }

  @Test
  void tiesGoToTheMorePrivateChannelAndTheHigherPriority() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "acme.phone", "precedence": 10,
          "when": {"intents": ["CONTRACT"]},
          "then": {"channel": "PHONE", "priority": "LOW"}, "message": "Contracts by phone."}]}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Frage zum Tarif");
    assertEquals(Channel.PHONE, adv.channel());
    assertEquals(Priority.NORMAL, adv.priority());
    assertEquals(List.of("acme.phone", "advice.intent.contract"), ruleIds(adv));
  }

  @Test
  void broadcastRanksAbovePublicButBelowPrivate() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "acme.broadcast", "when": {"intents": ["OUTAGE"]},
          "precedence": 10, "then": {"channel": "BROADCAST"}, "message": "Outages: status post."}]}""");
    assertEquals(Channel.BROADCAST, advise(a, Visibility.PUBLIC, "Störung").channel());
    assertEquals(Channel.PRIVATE_MESSAGE,
        advise(a, Visibility.PUBLIC, "Störung", PiiType.PHONE).channel());
  }

  @Test
  void privateMessagesNeverGetHideOriginalWhateverTheRules() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "acme.hide-all", "precedence": 99,
          "then": {"actions": ["HIDE_ORIGINAL"]}, "message": "Hide everything."}]}""");
    assertEquals(Set.of(Action.HIDE_ORIGINAL), advise(a, Visibility.PUBLIC, "Hallo").actions());
    Advice priv = advise(a, Visibility.PRIVATE, "Hallo");
    assertEquals(Set.of(), priv.actions());
    assertFalse(ruleIds(priv).contains("acme.hide-all"));
  }

  @Test
  void minFollowersNeedsAKnownCount() {
    Advisor a = advisor("{}");
    String text = "Euer Service ist eine Katastrophe";
    assertEquals(Priority.HIGH, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u1",
        10_000), List.of()).priority());
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u2",
        9_999), List.of()).priority());
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PRIVATE, text, "u3",
        50_000), List.of()).priority());
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text),
        List.of()).priority());
  }

  @Test
  void invalidOverridesNameTheRule() {
    ConfigException severity = assertThrows(ConfigException.class,
        () -> advisor("{\"ruleOverrides\": {\"advice.intent.billing\": {\"severity\": \"ERROR\"}}}"));
    assertTrue(severity.getMessage().contains("advice.intent.billing"), severity.getMessage());
    ConfigException fallback = assertThrows(ConfigException.class,
        () -> advisor("{\"ruleOverrides\": {\"advice.default\": {\"enabled\": false}}}"));
    assertTrue(fallback.getMessage().contains("advice.default"), fallback.getMessage());
    ConfigException conditional = assertThrows(ConfigException.class,
        () -> advisor("""
            {"adviceRules": [{"id": "advice.default", "when": {"intents": ["OTHER"]},
              "then": {"channel": "NONE", "priority": "LOW"}, "message": "x"}]}"""));
    assertTrue(conditional.getMessage().contains("advice.default"), conditional.getMessage());
    ConfigException keyword = assertThrows(ConfigException.class,
        () -> advisor("""
            {"adviceRules": [{"id": "acme.empty", "when": {"keywords": ["*"]},
              "then": {"priority": "LOW"}, "message": "x"}]}"""));
    assertTrue(keyword.getMessage().contains("acme.empty"), keyword.getMessage());
    assertEquals("/adviceRules/0/when/keywords/0", keyword.path());
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> advisor("{\"ruleOverrides\": {\"advice.intent.nonsense\": {\"enabled\": false}}}"));
    assertEquals("/ruleOverrides/advice.intent.nonsense", unknown.path());
  }

  @Test
  void defaultRuleCanBeReplaced() {
    Advisor a = advisor("""
        {"adviceRules": [{"id": "advice.default", "then": {"channel": "NONE", "priority": "LOW"},
          "message": "Unrecognised posts need no reply."}]}""");
    Advice adv = advise(a, Visibility.PUBLIC, "Hallo?");
    assertEquals(Channel.NONE, adv.channel());
    assertEquals(Priority.LOW, adv.priority());
  }

  @Test
  void shitstormSignalsEscalate() {
    Advisor a = advisor("{}");
    Advice shouting = advise(a, Visibility.PUBLIC, "WARUM GEHT MEIN INTERNET SCHON WIEDER NICHT");
    assertEquals(Set.of(), shouting.actions(), "capitals alone are frustration, not a shitstorm");
    Advice bangs = advise(a, Visibility.PUBLIC, "Rechnung falsch!!1");
    assertEquals(Set.of(), bangs.actions());
    assertEquals(Priority.NORMAL, bangs.priority());
    Advice loudWithReach = a.advise(AdviceFixtures.message(Visibility.PUBLIC,
        "WARUM GEHT MEIN INTERNET SCHON WIEDER NICHT", "u9", 20_000), List.of());
    assertTrue(ruleIds(loudWithReach).contains("advice.shitstorm.reach"),
        ruleIds(loudWithReach).toString());
    Advice tag = advise(a, Visibility.PUBLIC, "Danke auch #EpicFail");
    assertTrue(ruleIds(tag).contains("advice.shitstorm.tag"));
    Advice abbreviations = advise(a, Visibility.PUBLIC, "Mein DSL und WLAN gehen nicht, LTE auch nicht");
    assertEquals(Priority.NORMAL, abbreviations.priority());
    Advice happy = advise(a, Visibility.PUBLIC, "SUPER SERVICE, DANKE EUCH!!!");
    assertEquals(Priority.LOW, happy.priority());
    assertEquals(Set.of(), happy.actions());
  }

  @Test
  void repeatedComplaintsBySameAuthorEscalate() {
    AdviceFixtures.MutableClock clock = new AdviceFixtures.MutableClock(AdviceFixtures.T0);
    Advisor a = AdviceFixtures.advisor(AdviceFixtures.noBursts(), clock);
    String text = "Immer noch keine Antwort, eine Zumutung";
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u1",
        10), List.of()).priority());
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u2",
        10), List.of()).priority());
    clock.advance(java.time.Duration.ofHours(23));
    Advice again = a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u1", 10), List.of());
    assertEquals(Priority.HIGH, again.priority());
    assertTrue(ruleIds(again).contains("advice.shitstorm.repeated"));
    clock.advance(java.time.Duration.ofHours(25));
    assertEquals(Priority.NORMAL, a.advise(AdviceFixtures.message(Visibility.PUBLIC, text, "u2",
        10), List.of()).priority());
  }
}
