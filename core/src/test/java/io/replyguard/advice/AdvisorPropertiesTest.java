package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.BurstSettings;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Author;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Invariants of the advice over generated posts. */
class AdvisorPropertiesTest {
  private static final Clock CLOCK = Clock.fixed(AdviceFixtures.T0, ZoneOffset.UTC);
  private static final ReplyguardConfig CONFIG = ReplyguardConfig.builder()
      .burst(new BurstSettings(3, Duration.ofMinutes(15), 50)).build();
  private static final Advisor SHARED = AdviceFixtures.advisor(CONFIG, CLOCK);

  @Property(tries = 40)
  void sameSequenceOfMessagesGivesSameAdvice(@ForAll("messageLists") List<Message> msgs,
      @ForAll("piiLists") List<PiiType> pii) {
    Advisor a = AdviceFixtures.advisor(CONFIG, CLOCK);
    Advisor b = AdviceFixtures.advisor(CONFIG, CLOCK);
    for (Message m : msgs) {
      List<PiiFinding> found = AdviceFixtures.findings(m.text(), pii);
      assertEquals(a.advise(m, found), b.advise(m, found));
    }
  }

  private static final Advisor STATELESS = AdviceFixtures.advisor(AdviceFixtures.noBursts(), CLOCK);

  @Property(tries = 500)
  void statelessPostsGetTheSameAdviceEveryTime(@ForAll("messages") Message m) {
    Advisor fresh = STATELESS;
    Message anonymous = Message.builder(m.platform(), m.visibility(), m.text()).build();
    Advice first = fresh.advise(anonymous, List.of());
    assertEquals(first, fresh.advise(anonymous, List.of()));
  }

  @Property(tries = 1000)
  void personalDataInAPublicPostNeverStaysBelowPrivate(@ForAll("messages") Message m,
      @ForAll("piiLists") @Size(min = 1) List<PiiType> pii) {
    // a lone first name hides nothing (SignOffAndLanguageTest); every other type does
    net.jqwik.api.Assume.that(pii.stream().anyMatch(t -> t != PiiType.PERSON_NAME));
    Message pub = m.toBuilder().build();
    if (pub.visibility() != Visibility.PUBLIC) {
      pub = Message.builder(m.platform(), Visibility.PUBLIC, m.text()).build();
    }
    Advice without = SHARED.advise(pub, List.of());
    Advice with = SHARED.advise(pub, AdviceFixtures.findings(pub.text(), pii));
    assertTrue(with.channel().privacyLevel() >= 1, () -> with.toString());
    assertTrue(with.channel().privacyLevel() >= Math.min(1, without.channel().privacyLevel()));
    assertTrue(with.actions().contains(Action.HIDE_ORIGINAL));
    assertTrue(with.actions().contains(Action.WARN_CUSTOMER));
    assertEquals(pii.contains(PiiType.CREDENTIAL), with.actions().contains(Action.CHANGE_CREDENTIALS));
  }

  @Property(tries = 1000)
  void privateMessagesNeverGetHideOriginal(@ForAll("messages") Message m,
      @ForAll("piiLists") List<PiiType> pii) {
    Message priv = Message.builder(m.platform(), Visibility.PRIVATE, m.text())
        .author(m.author().orElse(Author.of("x"))).build();
    Advice a = SHARED.advise(priv, AdviceFixtures.findings(priv.text(), pii));
    assertFalse(a.actions().contains(Action.HIDE_ORIGINAL));
    assertFalse(a.reasons().isEmpty());
    assertFalse(a.intents().isEmpty());
  }

  @Provide
  Arbitrary<List<PiiType>> piiLists() {
    return Arbitraries.of(PiiType.class).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Message>> messageLists() {
    return messages().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Message> messages() {
    List<String> words = new ArrayList<>(List.of("Kündigung", "Störung", "Rechnung", "danke",
        "Passwort", "Paket", "Vertrag", "wie kann ich", "Weihnachten", "Frechheit", "😡", "👍",
        "#fail", "geht nicht", "überall", "Internet", "!!!", "🎄", "down", "cancel", "refund",
        "how do I", "Idiot", "WARUM", "NICHT", "SCHON", "WIEDER", "Mobilfunk", "Kundennummer"));
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
        Arbitraries.strings().ofMaxLength(8));
    Arbitrary<String> text = word.list().ofMaxSize(15).map(l -> String.join(" ", l));
    Arbitrary<Visibility> vis = Arbitraries.of(Visibility.class);
    Arbitrary<Platform> platform = Arbitraries.of(Platform.TWITTER, Platform.FACEBOOK);
    Arbitrary<Long> followers = Arbitraries.longs().between(0, 100_000);
    return Combinators.combine(text, vis, platform, followers, Arbitraries.of("a", "b", "c"))
        .as((t, v, p, f, author) -> Message.builder(p, v, t)
            .author(Author.of(author).withFollowers(f)).build());
  }
}
