package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of {@link DraftChecker#check} over arbitrary and draft-like texts. */
class DraftCheckerPropertiesTest {

  static final List<String> WORDS = List.of("Sie", "sie", "du", "Ihr", "ihr", "dein", "euch",
      "Ihnen", "wir", "melden", "uns", "zeitnah", "bald", "asap", "soon", "Passwort", "PIN",
      "TAN", "nennen", "schicken", "hier", "per", "DM", "Kundennummer", "Vertrag", "Kündigung",
      "innerhalb", "der", "nächsten", "Stunde", "heute", "bis", "18:00", "Uhr", "morgen",
      "nicht", "niemals", "bitte", "please", "send", "us", "your", "password", "here",
      "0152 28817386", "DE89 3704 0044 0532 0130 00", "max@example.com", "😀", "\uD800", "\uDC00",
      ".", ",", "!", "?", "\n", "-", "'");

  @Provide
  Arbitrary<String> draftLike() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60)
        .map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<Draft> drafts() {
    Arbitrary<String> text = Arbitraries.oneOf(draftLike(),
        Arbitraries.strings().ofMaxLength(400),
        Arbitraries.strings().withCharRange('\uD700', '\uE000').ofMaxLength(50));
    return Combinators.combine(text, Arbitraries.of(Visibility.class),
        Arbitraries.of(Locale.GERMAN, Locale.ENGLISH), Arbitraries.of(Platform.TWITTER,
            Platform.FACEBOOK))
        .as((t, v, l, p) -> Draft.of(t, p, v).withLocale(l).at(Fixture.SATURDAY_1940));
  }

  @Property(tries = 500)
  void findingsAreSortedInsideTheTextAndDeterministic(@ForAll("drafts") Draft draft) {
    CheckResult r = Fixture.DEFAULT.check(draft);
    List<Finding> sorted = new ArrayList<>(r.findings());
    sorted.sort(null);
    assertEquals(sorted, r.findings());
    for (Finding f : r.findings()) {
      assertTrue(f.span().fitsIn(draft.text().length()), f.ruleId() + " " + f.span());
    }
    assertEquals(r, Fixture.DEFAULT.check(draft));
    assertEquals(CheckResult.aggregate(r.findings()), r.verdict());
  }

  @Property(tries = 500)
  void noExceptionForAnyString(@ForAll @StringLength(max = 300) String text) {
    for (Visibility v : Visibility.values()) {
      Fixture.DEFAULT.check(Draft.of(text, Platform.TWITTER, v).withLocale(Locale.GERMAN)
          .at(Fixture.MONDAY_10));
    }
  }

  @Property(tries = 300)
  void appendingAVaguePromiseNeverImprovesTheVerdict(@ForAll("drafts") Draft draft) {
    CheckResult before = Fixture.DEFAULT.check(draft);
    for (String promise : List.of("\nWir melden uns zeitnah.", "\nWe will get back to you soon.")) {
      Draft longer = new Draft(draft.text() + promise, draft.platform(), draft.visibility(),
          draft.inReplyTo(), draft.locale(), draft.now(), draft.attributes());
      CheckResult after = Fixture.DEFAULT.check(longer);
      assertTrue(after.verdict().compareTo(before.verdict()) >= 0,
          before.verdict() + " -> " + after.verdict() + "\n" + Fixture.describe(after));
      assertTrue(after.findings().stream()
          .anyMatch(f -> f.ruleId().equals(DraftRules.COMMITMENT_VAGUE)));
    }
  }

  @Property(tries = 300)
  void messagesNeverQuotePlantedPersonalData(@ForAll("draftLike") String text) {
    Draft d = Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).at(Fixture.MONDAY_10);
    for (Finding f : Fixture.DEFAULT.check(d).findings()) {
      String all = f.message() + f.suggestion().orElse("");
      assertTrue(!all.contains("28817386") && !all.contains("0532 0130")
          && !all.contains("max@example.com"), all);
    }
  }
}
