package io.replyguard.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One lookup per word instead of one per word list: a map built once from the rules' word lists
 * (lower case) to a bit set naming the lists that contain the word, plus bits for the suffix
 * tests of the credential and PII-request rules. {@link Text} stores the bits of each word, so a
 * rule tests a bit instead of hashing the word again. The word lists stay the single source; this
 * map only mirrors them. Immutable and thread-safe; internal.
 */
final class Lexicon {
  private Lexicon() {}

  static final int TIME_WORD = 1;
  static final int MONTH = 1 << 1;
  static final int BEFORE_NUMBER = 1 << 2;
  static final int DETAIL = 1 << 3;
  static final int CANCEL_OBJECT = 1 << 4;
  static final int NEGATION = 1 << 5;
  static final int TO_CUSTOMER = 1 << 6;
  static final int TO_US = 1 << 7;
  static final int FIRST_PERSON = 1 << 8;
  static final int PLEASE = 1 << 9;
  static final int HERE = 1 << 10;
  static final int DETERMINER = 1 << 11;
  static final int INFORMAL = 1 << 12;
  static final int POSSESSIVE = 1 << 13;
  static final int PLURAL_VERB = 1 << 14;
  static final int PII_EXACT = 1 << 15;
  static final int CREDENTIAL_EXACT = 1 << 16;
  static final int OURS = 1 << 17;
  static final int ENTERING = 1 << 18;
  static final int REQUEST_START = 1 << 19;
  static final int PRIVATE_CHANNEL_START = 1 << 20;
  static final int PUBLIC_PLACE_START = 1 << 21;
  static final int VAGUE_START = 1 << 22;
  static final int FOLLOW_UP_START = 1 << 23;
  static final int CHANNEL_START = 1 << 24;
  static final int PII_START = 1 << 25;
  static final int CREDENTIAL_START = 1 << 26;
  /** The word ends with one of {@link CredentialRule#SUFFIXES} (computed, not in the map). */
  static final int CREDENTIAL_SUFFIX = 1 << 29;
  /** The word ends with one of {@link PiiRequestRule#SUFFIXES} (computed, not in the map). */
  static final int PII_SUFFIX = 1 << 30;

  /** "geben Sie die PIN nur in der App ein": entering, not handing over. */
  static final Set<String> ENTERING_WORDS = Set.of("ein", "nur", "weiter");

  private static final Map<String, Integer> FLAGS = build();

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new HashMap<>(512);
    add(m, CommitmentRules.TIME_WORDS, TIME_WORD);
    add(m, CommitmentRules.MONTHS, MONTH);
    add(m, CommitmentRules.BEFORE_NUMBER, BEFORE_NUMBER);
    add(m, ChannelRule.DETAILS, DETAIL);
    add(m, ChannelRule.CANCEL_OBJECTS, CANCEL_OBJECT);
    add(m, Cues.NEGATION, NEGATION);
    add(m, Cues.TO_CUSTOMER, TO_CUSTOMER);
    add(m, Cues.TO_US, TO_US);
    add(m, Cues.FIRST_PERSON, FIRST_PERSON);
    add(m, Cues.PLEASE, PLEASE);
    add(m, Cues.HERE, HERE);
    add(m, Cues.DETERMINERS, DETERMINER);
    add(m, ToneRule.INFORMAL, INFORMAL);
    add(m, ToneRule.POSSESSIVE, POSSESSIVE);
    add(m, ToneRule.PLURAL_VERBS, PLURAL_VERB);
    add(m, PiiRequestRule.EXACT, PII_EXACT);
    add(m, CredentialRule.EXACT, CREDENTIAL_EXACT);
    add(m, PiiRequestRule.OURS, OURS);
    add(m, ENTERING_WORDS, ENTERING);
    add(m, Cues.REQUEST.firstWords(), REQUEST_START);
    add(m, Cues.PRIVATE_CHANNEL.firstWords(), PRIVATE_CHANNEL_START);
    add(m, Cues.PUBLIC_PLACE.firstWords(), PUBLIC_PLACE_START);
    add(m, CommitmentRules.VAGUE.firstWords(), VAGUE_START);
    add(m, CommitmentRules.FOLLOW_UP.firstWords(), FOLLOW_UP_START);
    add(m, ChannelRule.PHRASES.firstWords(), CHANNEL_START);
    add(m, PiiRequestRule.PHRASES.firstWords(), PII_START);
    add(m, CredentialRule.PHRASES.firstWords(), CREDENTIAL_START);
    return m;
  }

  private static void add(Map<String, Integer> m, Set<String> words, int bit) {
    for (String w : words) {
      m.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** The bits of a lower-case word. */
  static int of(String word) {
    Integer f = FLAGS.get(word);
    int bits = f == null ? 0 : f;
    if (CredentialRule.SUFFIXES.endsOne(word)) {
      bits |= CREDENTIAL_SUFFIX;
    }
    if (PiiRequestRule.SUFFIXES.endsOne(word)) {
      bits |= PII_SUFFIX;
    }
    return bits;
  }
}
