package io.replyguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.model.Category;
import io.replyguard.model.Severity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftRulesTest {

  @Test
  void catalogueListsEveryBuiltInRuleOnceWithTheDocumentedIds() {
    Set<String> ids = new HashSet<>();
    for (RuleDescription r : DraftRules.builtIn()) {
      assertTrue(ids.add(r.id()), r.id());
      assertTrue(r.id().matches("[a-z]+\\.[a-z-]+"), r.id());
    }
    assertEquals(Set.of("pii.public", "pii.private", "pii.request-public", "credential.request",
        "length.limit", "commitment.vague", "commitment.missing-time", "commitment.unkeepable",
        "channel.contract-public", "tone.mixed-address", "tone.formality", "boilerplate.repeat"),
        ids);
    assertEquals(Severity.BLOCKER, DraftRules.builtIn("pii.public").orElseThrow()
        .defaultSeverity());
    assertEquals(Category.CREDENTIAL_REQUEST, DraftRules.builtIn("credential.request")
        .orElseThrow().category());
    assertTrue(DraftRules.builtIn("nope").isEmpty());
  }

  @Test
  void everyCatalogueIdCanBeOverridden() {
    for (RuleDescription r : DraftRules.builtIn()) {
      Fixture.checker(ReplyguardConfig.builder()
          .ruleOverrides(Map.of(r.id(), RuleOverride.disabled())).build());
    }
  }

  @Test
  void recordValidatesItsComponents() {
    assertThrows(IllegalArgumentException.class,
        () -> new RuleDescription(" ", Category.TONE, Severity.INFO, "x"));
    assertThrows(NullPointerException.class,
        () -> new RuleDescription("a.b", null, Severity.INFO, "x"));
  }
}
