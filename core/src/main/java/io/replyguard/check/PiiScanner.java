package io.replyguard.check;

import io.replyguard.model.PiiFinding;
import java.util.List;

/** Finds personal data in a text (the engine's {@code PiiDetector}). Internal seam. */
@FunctionalInterface
interface PiiScanner {
  /**
   * Scans a text.
   *
   * @param text not null
   * @return findings with spans inside the text
   */
  List<PiiFinding> scan(String text);
}
