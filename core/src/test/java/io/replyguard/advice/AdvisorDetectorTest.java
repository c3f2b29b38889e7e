package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Channel;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Visibility;
import io.replyguard.pii.PiiDetector;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The advisor with the real {@link PiiDetector}: what posted personal data changes in the advice. */
class AdvisorDetectorTest {
  private static final ReplyguardConfig CONFIG = AdviceFixtures.noBursts();
  private static Advisor advisor;

  @BeforeAll
  static void createAdvisor() {
    advisor = Advisor.create(CONFIG, PiiDetector.create(CONFIG),
        Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC));
  }

  private static Advice advise(Visibility v, String text) {
    return advisor.advise(AdviceFixtures.message(v, text));
  }

  @Test
  void postedCustomerNumberInPublicIsHidden() {
    Advice a = advise(Visibility.PUBLIC,
        "Meine Kundennummer ist 123456789, die Rechnung ist falsch!");
    assertTrue(a.pii().stream().anyMatch(f -> f.type() == PiiType.CUSTOMER_NUMBER), a.toString());
    assertEquals(Channel.PRIVATE_MESSAGE, a.channel());
    assertEquals(Set.of(Action.HIDE_ORIGINAL, Action.WARN_CUSTOMER), a.actions());
    assertEquals(Priority.HIGH, a.priority());
  }

  @Test
  void ibanInPublicCancellationGoesToEmailAndIsHidden() {
    Advice a = advise(Visibility.PUBLIC,
        "Ich kündige, bucht nichts mehr von DE89 3704 0044 0532 0130 00 ab");
    assertTrue(a.pii().stream().anyMatch(f -> f.type() == PiiType.IBAN), a.toString());
    assertEquals(Channel.EMAIL, a.channel());
    assertTrue(a.actions().containsAll(Set.of(Action.HIDE_ORIGINAL, Action.WARN_CUSTOMER)));
  }

  @Test
  void postedPasswordAdvisesChangingIt() {
    Advice a = advise(Visibility.PRIVATE, "Login geht nicht, mein Passwort ist Sommer2026!");
    assertTrue(a.pii().stream().anyMatch(f -> f.type() == PiiType.CREDENTIAL), a.toString());
    assertEquals(Set.of(Action.CHANGE_CREDENTIALS), a.actions());
    assertEquals(Priority.HIGH, a.priority());
  }

  @Test
  void plainQuestionHasNoPersonalData() {
    Advice a = advise(Visibility.PUBLIC, "Wie schalte ich die mobilen Daten aus?");
    assertTrue(a.pii().isEmpty());
    assertEquals(Channel.PUBLIC_REPLY, a.channel());
    assertFalse(a.actions().contains(Action.HIDE_ORIGINAL));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource(
      "io.replyguard.advice.AdvisorPolicyTest#cases")
  void policyTableHoldsWithTheRealDetector(AdvisorPolicyTest.Row row) {
    Advice a = advise(row.visibility(), row.text());
    assertEquals(Set.copyOf(row.pii()),
        a.pii().stream().map(f -> f.type()).collect(java.util.stream.Collectors.toSet()),
        "personal data found");
    assertEquals(row.channel(), a.channel());
    assertEquals(row.actions(), a.actions());
    assertEquals(row.priority(), a.priority());
  }

  @Test
  void nullMessageIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> advisor.advise(null));
    assertEquals("message", e.getMessage());
  }
}
