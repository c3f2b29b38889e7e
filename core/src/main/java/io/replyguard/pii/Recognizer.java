package io.replyguard.pii;

import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * A built-in recognizer: the part of the single scan that knows one family of personal-data
 * formats. The driver ({@link TextScanner}) reads the text once; a recognizer declares which
 * places it can act on, and the driver builds its anchor table from these declarations:
 *
 * <ul>
 *   <li>{@link #symbols()}: characters outside words that can start a candidate ('@', '+', …),
 *       refined per position by {@link #wantsSymbol};</li>
 *   <li>{@link #digitWords()}: whether words starting with a digit can start a candidate;</li>
 *   <li>{@link #mayStartLetterWord(char)}: for which first characters a word starting with a
 *       non-digit can be a candidate, refined per word by {@link #wantsLetterWord};</li>
 *   <li>{@link #cueKinds()}: the cue kinds whose values this recognizer reads.</li>
 * </ul>
 *
 * <p>The driver anchors a place when some recognizer wants it and then calls {@link #onAnchor}
 * of exactly the recognizers that wanted it, in order. Implementations are stateless singletons:
 * immutable and thread-safe; per-scan state lives in {@link ScanText}.
 */
interface Recognizer {

  /**
   * Characters outside words at which this recognizer may start a candidate.
   *
   * @return the characters, never null, possibly empty
   */
  default String symbols() {
    return "";
  }

  /**
   * Whether the symbol {@code c} at {@code i} (one of {@link #symbols()}) is worth an anchor.
   *
   * @param s the scan
   * @param c the character at {@code i}
   * @param i its position
   * @return true to anchor it
   */
  default boolean wantsSymbol(ScanText s, char c, int i) {
    return false;
  }

  /**
   * Whether words starting with an ASCII digit can start a candidate of this recognizer.
   *
   * @return true if so
   */
  default boolean digitWords() {
    return false;
  }

  /**
   * Whether the word [i, we) starting with an ASCII digit is worth an anchor (only asked when
   * {@link #digitWords()} is true).
   *
   * @param s the scan
   * @param i word start
   * @param we word end (exclusive)
   * @return true to anchor it for this recognizer
   */
  default boolean wantsDigitWord(ScanText s, int i, int we) {
    return true;
  }

  /**
   * Whether a word starting with the non-digit word character {@code c} can start a candidate;
   * false lets the driver skip the word without asking {@link #wantsLetterWord}.
   *
   * @param c a word character that is not an ASCII digit
   * @return false if no word starting with {@code c} is ever a candidate here
   */
  default boolean mayStartLetterWord(char c) {
    return false;
  }

  /**
   * Whether the word [i, we) starting with the non-digit {@code c} is worth an anchor.
   *
   * @param s the scan
   * @param c the first character
   * @param i word start
   * @param we word end (exclusive)
   * @return true to anchor it
   */
  default boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return false;
  }

  /**
   * Validates the candidates starting at an anchor and adds them to the scan.
   *
   * @param s the scan
   * @param i the anchor: a symbol position or a word start
   * @param we the anchor's end: {@code i + 1} for symbols, the word end for words
   * @return {@code i}, or the end of a region that no other recognizer may look at (a URL)
   */
  default int onAnchor(ScanText s, int i, int we) {
    return i;
  }

  /**
   * The cue kinds whose values this recognizer reads; no two recognizers share a kind.
   *
   * @return the kinds, never null
   */
  default Set<Kind> cueKinds() {
    return Set.of();
  }

  /**
   * Reads the value after (or around) a cue of one of {@link #cueKinds()}; runs after every
   * anchor has been validated.
   *
   * @param s the scan
   * @param h the cue
   */
  default void onCue(ScanText s, Hit h) {}

  /**
   * Looks at the text as a whole once every anchor and cue has been read (the last line of a
   * post, for example); runs last, in recognizer order.
   *
   * @param s the scan
   */
  default void finish(ScanText s) {}
}
