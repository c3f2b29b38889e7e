package io.replyguard.check;

import java.util.Set;

/**
 * Whether a draft without a locale reads as German or English, by its function words ("und",
 * "Sie", "nicht" against "the", "you", "not"). Used only when neither the draft nor the post it
 * answers names a locale, so findings come in the language the agent wrote. Stateless.
 */
final class DraftLanguage {
  private DraftLanguage() {}

  private static final Set<String> GERMAN = Set.of("und", "ich", "sie", "wir", "ist", "nicht",
      "der", "die", "das", "ein", "eine", "einen", "mit", "für", "bitte", "uns", "ihre", "ihr",
      "ihnen", "haben", "hat", "wird", "werden", "auf", "zu", "dem", "den", "des", "sich", "auch",
      "es", "du", "dein", "deine", "dich", "dir", "euch", "gerne", "gern", "schon", "noch",
      "leider", "danke", "hier", "wie", "was", "wenn", "dass", "kann", "können", "bei", "von",
      "aus", "oder", "aber", "sind", "war", "mal", "doch", "unser", "unsere", "melden",
      "vielen", "grüße", "gruß", "hallo", "im", "am", "zum", "zur");
  private static final Set<String> ENGLISH = Set.of("the", "and", "you", "your", "we", "is",
      "not", "to", "of", "for", "with", "please", "can", "will", "this", "that", "it", "our",
      "us", "have", "has", "be", "are", "was", "were", "if", "on", "at", "in", "from", "by",
      "an", "a", "i", "my", "me", "they", "there", "here", "thanks", "thank", "sorry", "hi",
      "hello", "would", "could", "should", "just", "let", "know", "what", "how", "when", "do",
      "does", "did", "get", "got", "any", "all", "so", "but", "or", "as", "its", "it's",
      "we're", "we'll", "i'm", "you're", "don't", "can't");

  /**
   * The language the text reads as.
   *
   * @param lower the draft text in lower case
   * @return {@code TRUE} for German, {@code FALSE} for English, null when the words do not tell
   */
  static Boolean german(String lower) {
    int de = 0;
    int en = 0;
    int n = lower.length();
    int i = 0;
    // three words ahead decide: most drafts are settled within their first sentence
    while (i < n && Math.abs(de - en) < 3) {
      while (i < n && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\''
          || lower.charAt(i) == '\u2019')) {
        i++;
      }
      if (i - s >= 1 && i - s <= 7) {
        String w = lower.substring(s, i).replace('\u2019', '\'');
        if (GERMAN.contains(w)) {
          de++;
        } else if (ENGLISH.contains(w)) {
          en++;
        }
      }
    }
    return de > en ? Boolean.TRUE : en > de ? Boolean.FALSE : null;
  }
}
