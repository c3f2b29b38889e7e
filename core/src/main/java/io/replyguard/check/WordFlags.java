package io.replyguard.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lookup per word instead of one per word list: a table built once from the rules' word lists
 * (lower case) to a bit set naming the lists that contain the word, plus bits for the suffix
 * tests of the credential and PII-request rules. {@link Text} stores the bits of each word, so a
 * rule tests a bit instead of hashing the word again. The table is open-addressed on the word hash
 * {@link Text} computes while splitting and compares characters, so a look-up creates no string.
 * The word lists stay the single source; this table only mirrors them. Immutable and thread-safe;
 * internal.
 */
final class WordFlags {
  private WordFlags() {}

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

  /** Words that may start a promise {@link PromisedTimes#at} reads. */
  static final int PROMISE_START = 1 << 27;
  /** The word starts with a digit (computed, not in the table). */
  static final int DIGIT = 1 << 28;
  /** "sie" and "ihnen": formal address when capitalised ({@link ToneRule}). */
  static final int ADDRESS = 1 << 31;

  private static final Map<String, Integer> FLAGS = build();

  /**
   * Open-addressed table: word hash, word and bits (including the suffix bits) per slot; slots
   * without a word hold null.
   */
  private static final long[] HASHES;
  private static final String[] WORDS;
  private static final int[] BITS;
  private static final int MASK;

  /**
   * A filter on the last three characters of the suffixes of {@link CredentialRule#SUFFIXES} and
   * {@link PiiRequestRule#SUFFIXES} (all at least three long): a word whose ending has no bit
   * set ends with none of them.
   */
  private static final long[] ENDINGS = new long[1 << 15 >> 6];

  static {
    for (Suffixes list : List.of(CredentialRule.SUFFIXES, PiiRequestRule.SUFFIXES)) {
      for (String x : list.all()) {
        int n = x.length();
        if (n < 3) {
          throw new IllegalStateException("suffix shorter than three characters");
        }
        int e = ending(x.charAt(n - 3), x.charAt(n - 2), x.charAt(n - 1));
        ENDINGS[e >>> 6] |= 1L << e;
      }
    }
  }

  private static int ending(char a, char b, char c) {
    return (a & 31) << 10 | (b & 31) << 5 | (c & 31);
  }

  static {
    int cap = Integer.highestOneBit(FLAGS.size() * 4 - 1) << 1;
    HASHES = new long[cap];
    WORDS = new String[cap];
    BITS = new int[cap];
    MASK = cap - 1;
    FLAGS.forEach((w, bits) -> {
      long h = Text.hash(w);
      int slot = slot(h);
      while (WORDS[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      char[] c = w.toCharArray();
      HASHES[slot] = h;
      WORDS[slot] = w;
      BITS[slot] = bits | suffixBits(c, 0, c.length);
    });
  }

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new HashMap<>(512);
    add(m, CommitmentRules.TIME_WORDS, TIME_WORD);
    add(m, CommitmentRules.MONTHS, MONTH);
    add(m, CommitmentRules.BEFORE_NUMBER, BEFORE_NUMBER);
    add(m, ChannelRule.DETAILS, DETAIL);
    add(m, ChannelRule.CANCEL_OBJECTS, CANCEL_OBJECT);
    add(m, RuleWords.NEGATION, NEGATION);
    add(m, RuleWords.TO_CUSTOMER, TO_CUSTOMER);
    add(m, RuleWords.TO_US, TO_US);
    add(m, RuleWords.FIRST_PERSON, FIRST_PERSON);
    add(m, RuleWords.PLEASE, PLEASE);
    add(m, RuleWords.HERE, HERE);
    add(m, RuleWords.DETERMINERS, DETERMINER);
    add(m, ToneRule.INFORMAL, INFORMAL);
    add(m, ToneRule.POSSESSIVE, POSSESSIVE);
    add(m, ToneRule.PLURAL_VERBS, PLURAL_VERB);
    add(m, PiiRequestRule.EXACT, PII_EXACT);
    add(m, CredentialRule.EXACT, CREDENTIAL_EXACT);
    add(m, PiiRequestRule.OURS, OURS);
    add(m, ENTERING_WORDS, ENTERING);
    add(m, RuleWords.REQUEST.firstWords(), REQUEST_START);
    add(m, RuleWords.PRIVATE_CHANNEL.firstWords(), PRIVATE_CHANNEL_START);
    add(m, RuleWords.PUBLIC_PLACE.firstWords(), PUBLIC_PLACE_START);
    add(m, CommitmentRules.VAGUE.firstWords(), VAGUE_START);
    add(m, CommitmentRules.FOLLOW_UP.firstWords(), FOLLOW_UP_START);
    add(m, ChannelRule.PHRASES.firstWords(), CHANNEL_START);
    add(m, ChannelRule.COMPENSATION.firstWords(), CHANNEL_START);
    add(m, PiiRequestRule.PHRASES.firstWords(), PII_START);
    add(m, PiiRequestRule.OF_YOUR.firstWords(), PII_START);
    add(m, CredentialRule.PHRASES.firstWords(), CREDENTIAL_START);
    add(m, PromisedTimes.AT_FIRST_WORDS, PROMISE_START);
    add(m, ToneRule.ADDRESS, ADDRESS);
    return m;
  }

  private static void add(Map<String, Integer> m, Set<String> words, int bit) {
    for (String w : words) {
      m.merge(w, bit, (a, b) -> a | b);
    }
  }

  /**
   * The slot of the lower-case word {@code c[from, to)} with hash {@code h} ({@link Text#hash}),
   * or -1 when the table does not know it.
   */
  static int find(char[] c, int from, int to, long h) {
    int slot = slot(h);
    while (true) {
      long k = HASHES[slot];
      if (k == h) {
        String w = WORDS[slot];
        if (w != null && same(w, c, from, to)) {
          return slot;
        }
      } else if (k == 0 && WORDS[slot] == null) {
        return -1;
      }
      slot = (slot + 1) & MASK;
    }
  }

  private static int slot(long h) {
    return (int) (h ^ h >>> 32) & MASK;
  }

  private static boolean same(String w, char[] c, int from, int to) {
    if (w.length() != to - from) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != c[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** The word in a slot {@link #find} returned. */
  static String word(int slot) {
    return WORDS[slot];
  }

  /** The bits of the word in a slot {@link #find} returned, including its suffix bits. */
  static int bits(int slot) {
    return BITS[slot];
  }

  /** The suffix bits of the lower-case word {@code c[from, to)}. */
  static int suffixBits(char[] c, int from, int to) {
    int bits = 0;
    if (to - from < 3) {
      return bits;
    }
    int e = ending(c[to - 3], c[to - 2], c[to - 1]);
    if ((ENDINGS[e >>> 6] & 1L << e) == 0) {
      return bits;
    }
    if (CredentialRule.SUFFIXES.endsOne(c, from, to)) {
      bits |= CREDENTIAL_SUFFIX;
    }
    if (PiiRequestRule.SUFFIXES.endsOne(c, from, to)) {
      bits |= PII_SUFFIX;
    }
    return bits;
  }
}
