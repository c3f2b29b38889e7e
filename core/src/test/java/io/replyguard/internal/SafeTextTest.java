package io.replyguard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.Replyguard;
import io.replyguard.model.Platform;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.template.RenderContext;
import io.replyguard.template.TemplateException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Identifiers from input appear in messages only masked and truncated. */
class SafeTextTest {
  private static final List<String> PLANTED = List.of("max@example.de", "0172 9925904",
      "DE89370400440532013000", "Erika Mustermann", "+49 30 1234567");

  @Test
  void examples() {
    assertEquals("'max…' (14 characters)", SafeText.identifier("max@example.de"));
    assertEquals("'###…' (12 characters)", SafeText.identifier("0172 9925904"));
    assertEquals("'DE#…' (22 characters)", SafeText.identifier("DE89370400440532013000"));
    assertEquals("'fr'", SafeText.identifier("fr"));
    assertEquals("'*##'", SafeText.identifier("+49"));
    assertEquals("'***…' (4 characters)", SafeText.identifier("ßä-x"));
    assertEquals("serviceLevel", SafeText.closest("serviceLevle", List.of("zone", "serviceLevel")));
    assertNull(SafeText.closest("max@example.de", List.of("zone", "serviceLevel")));
  }

  @Provide
  Arbitrary<String> identifiers() {
    return Combinators.combine(Arbitraries.strings().ofMaxLength(6), Arbitraries.of(PLANTED),
        Arbitraries.strings().ofMaxLength(6)).as((a, p, b) -> a + p + b);
  }

  @Property(tries = 300)
  void theSafeFormShowsAtMostThreeCharactersAndNoDigits(@ForAll("identifiers") String id) {
    String safe = SafeText.identifier(id);
    String shown = safe.substring(1, safe.indexOf('\'', 1)).replace("…", "");
    assertTrue(shown.length() <= 3, safe);
    assertFalse(shown.chars().anyMatch(Character::isDigit), safe);
    for (String p : PLANTED) {
      assertFalse(safe.contains(p.substring(0, 4)), safe);
    }
  }

  @Test
  void libraryMessagesMaskIdentifiersFromInput() {
    for (String p : PLANTED) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Platform.of(p));
      assertFalse(e.getMessage().contains(p), e.getMessage());
    }
    Replyguard guard = Replyguard.builder().adapters(AdapterRegistry.empty()).build();
    TemplateException unknown = assertThrows(TemplateException.class, () -> guard.render(
        "max@example.de", new RenderContext(java.util.Optional.empty(), Instant.EPOCH, Map.of())));
    assertFalse(unknown.getMessage().contains("max@example.de"), unknown.getMessage());
    TemplateException value = assertThrows(TemplateException.class, () -> guard.render("thanks",
        RenderContext.of(Locale.GERMAN, Instant.parse("2026-11-23T09:00:00Z"),
            Map.of("customerName", "Sam", "0172 9925904", "x"))));
    assertFalse(value.getMessage().contains("0172"), value.getMessage());
    assertTrue(value.getMessage().contains("unknown value '###…' (12 characters)"),
        value.getMessage());
  }
}
