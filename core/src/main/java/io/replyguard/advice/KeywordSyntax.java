package io.replyguard.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The syntax of lexicon entries and keywords, and their one-edit typo variants.
 *
 * <p>An entry is matched case- and umlaut-insensitively against normalised text (see
 * {@link TextNormalizer}). By default it must start at a word start and may end anywhere, so
 * {@code "kuendig"} matches "Kündigung", "kündigen" and "#kuendigung" but not "ankündigen". A
 * leading {@code *} lets it start inside a word ({@code "*kuendig"} also matches
 * "Vertragskündigung"); a trailing {@code |} makes it end at a word end ({@code "app|"} matches
 * "App" but not "Appetit"). A leading {@code !} (before any {@code *}) makes an exception: an
 * occurrence of the intent's other entries overlapping an exception's match does not count
 * ({@code "!*ankuendig"} keeps "Ankündigung" from counting as a cancellation). A leading {@code ~}
 * makes a topic: a word the post may mention in passing ("Tarif", "plan", "Passwort"), which
 * decides the intent only when nothing in the post is stronger evidence (see
 * {@link IntentRecognizer}). A leading {@code +} makes a promoter: it is no evidence by itself but
 * turns the intent's topics into evidence ("erhöhen" with "Datenvolumen", "cancelled" with
 * "flight"). Entries may contain spaces (phrases) and emoji.
 *
 * <p>Stateless and thread-safe.
 */
final class KeywordSyntax {
  /** Letters-only stems at least this long also match with one typo. */
  static final int FUZZY_MIN_LENGTH = 8;

  private KeywordSyntax() {}

  /** What a match of an entry means. */
  enum Kind {
    /** Evidence of the intent (no marker). */
    EVIDENCE,
    /** A topic mentioned, possibly in passing ({@code ~}). */
    TOPIC,
    /** Turns the intent's topics into evidence ({@code +}). */
    PROMOTER,
    /** Hides overlapping matches of the intent ({@code !}). */
    EXCEPTION
  }

  /**
   * A parsed entry.
   *
   * @param text normalised text without markers, not empty
   * @param infix whether the match may start inside a word
   * @param wordEnd whether the match must end at a word end
   * @param kind what a match of this entry means
   */
  record Entry(String text, boolean infix, boolean wordEnd, Kind kind) {
    /**
     * Whether this entry marks an exception rather than evidence.
     *
     * @return true for {@code !} entries
     */
    boolean exception() {
      return kind == Kind.EXCEPTION;
    }

    /**
     * Adds this entry to a matcher.
     *
     * @param b the builder
     * @param payload the payload
     */
    void addTo(PhraseMatcher.Builder b, int payload) {
      b.add(text, !infix, wordEnd, payload);
    }
  }

  /**
   * Parses an entry.
   *
   * @param raw the entry as written, not null
   * @param where names the entry's place for error messages (e.g. a JSON pointer)
   * @return the entry
   * @throws IllegalArgumentException when nothing remains after the markers
   */
  static Entry parse(String raw, String where) {
    String s = raw.strip();
    Kind kind = Kind.EVIDENCE;
    if (s.startsWith("!")) {
      kind = Kind.EXCEPTION;
    } else if (s.startsWith("~")) {
      kind = Kind.TOPIC;
    } else if (s.startsWith("+")) {
      kind = Kind.PROMOTER;
    }
    if (kind != Kind.EVIDENCE) {
      s = s.substring(1);
    }
    boolean infix = s.startsWith("*");
    if (infix) {
      s = s.substring(1);
    }
    boolean wordEnd = s.endsWith("|");
    if (wordEnd) {
      s = s.substring(0, s.length() - 1);
    }
    String text = TextNormalizer.normalize(s.strip());
    if (text.isEmpty() || text.equals(" ")) {
      throw new IllegalArgumentException(where + ": keyword is empty after its markers");
    }
    return new Entry(text, infix, wordEnd, kind);
  }

  /**
   * One-edit typo variants of a letters-only stem of at least {@link #FUZZY_MIN_LENGTH}
   * characters: each single deletion, adjacent transposition and doubled letter. Other entries
   * get none.
   *
   * @param stem normalised stem
   * @return the distinct variants, the stem itself excluded
   */
  static List<String> typoVariants(String stem) {
    if (stem.length() < FUZZY_MIN_LENGTH) {
      return List.of();
    }
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (c < 'a' || c > 'z') {
        return List.of();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    StringBuilder sb = new StringBuilder(stem.length() + 1);
    for (int i = 0; i < stem.length(); i++) {
      sb.setLength(0);
      sb.append(stem, 0, i).append(stem, i + 1, stem.length());
      out.add(sb.toString());
      sb.setLength(0);
      sb.append(stem, 0, i + 1).append(stem.charAt(i)).append(stem, i + 1, stem.length());
      out.add(sb.toString());
      if (i + 1 < stem.length() && stem.charAt(i) != stem.charAt(i + 1)) {
        sb.setLength(0);
        sb.append(stem, 0, i).append(stem.charAt(i + 1)).append(stem.charAt(i))
            .append(stem, i + 2, stem.length());
        out.add(sb.toString());
      }
    }
    out.remove(stem);
    return new ArrayList<>(out);
  }
}
