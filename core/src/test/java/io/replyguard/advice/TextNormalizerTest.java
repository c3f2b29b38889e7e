package io.replyguard.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void foldsCaseUmlautsAccentsAndWhitespace() {
    assertEquals("groessere stoerung ueber 5g! #kuendigung",
        TextNormalizer.normalize("Größere  STÖRUNG\n\tÜber 5G! #Kündigung"));
    assertEquals("kuendigen", TextNormalizer.normalize("ku\u0308ndigen"));
    assertEquals("cafe creme", TextNormalizer.normalize("Café\u00A0Crème"));
    assertEquals("strasse", TextNormalizer.normalize("STRAẞE"));
    assertEquals("don't", TextNormalizer.normalize("Don’t"));
    assertEquals("so😡", TextNormalizer.normalize("SO😡"));
    assertEquals("", TextNormalizer.normalize(""));
  }

  @Test
  void keepsLoneSurrogates() {
    assertEquals("a\uD83D", TextNormalizer.normalize("A\uD83D"));
  }
}
