package io.replyguard.twitter;

import java.util.List;
import java.util.Random;

/**
 * Generates post-like texts for the differential tests: mixed scripts (Latin with German
 * umlauts, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, CJK, Hangul), NFD forms, emoji
 * sequences drawn from the bundled Unicode emoji data (whole, cut short, with stray modifiers,
 * joiners and selectors), URLs with and without scheme (known, unknown, IDN and punycode
 * top-level domains, ports, paths with parentheses, queries, t.co links, {@code @} and {@code .}
 * in odd places), punctuation around them, digits, spaces of all kinds, directional marks, and
 * rarely the characters X rejects and lone surrogates. Deterministic for a seed.
 */
final class TextGenerator {
  private static final String[] WORDS = {"Hallo", "Straße", "Grüße", "Kündigung", "Rückruf",
      "danke", "Thanks", "please", "support", "Störung", "WLAN", "Öffnungszeiten", "bitte", "DM",
      "Vertrag", "refund", "order", "Café", "naïve", "ÄÖÜ", "ß", "x", "y", "a", "b", "1", "42",
      "2026", "1.5", "3,50", "10:30", "RT", "co", "com", "de", "www", "http", "https", "t",
      "xn--bcher-kva", "foo_bar", "a-b", "über"};
  private static final String[] SCRIPTS = {"\u0430\u0431\u0432", "\u03b1\u03b2\u03b3",
      "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u0e2a\u0e27\u0e31\u0e2a",
      "\u0928\u092e\u0938\u094d\u0924\u0947", "ありがとう", "谢谢", "감사합니다", "カタカナ",
      "\u4e2d\u6587", "\ud840\udc0b", "\u10d0\u10d1", "\u1e9e", "\u0130", "\u00e9t\u00e9"};
  private static final String[] NFD = {"e\u0301", "a\u0308", "o\u0308", "u\u0308", "A\u030a",
      "\u1100\u1161\u11a8", "\u1112\u1161\u11ab", "e\u0302\u0301", "\u0915\u093c", "n\u0303",
      "\u0b47\u0b3e", "\u0bc6\u0bbe", "c\u0327", "\u212b", "\u2126", "\u0041\u0301\u0323",
      "\u00e9\u0301", "\u03b1\u0301", "\u3099", "\u304b\u3099", "\u1100\u1161"};
  private static final String[] PUNCT = {". ", ", ", "!", "?", "...", "…", "–", "—", "„", "“",
      "”", "(", ")", "[", "]", "/", ":", "://", "\n", "\t", " ", " ", " ", "  ", "\u00a0",
      "\u3000", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "#", "*", "@", "＠", "$", "_", "-", ".",
      "..", "'", "\"", "&", "=", "+", "%", "~", "|", ";", "\u202a", "\u202c", "\u2066",
      "\u2069", "\u200e", "\u061c", "\u2013", "\u2019", "\u00a9", "\u00ae", "\u2122", "0", "7",
      "#\ufe0f", "1\ufe0f", "\ud83c\udde9", "\ud83c\uddea", "\ud83c\udffb", "\ud83c\udfff",
      "\udb40\udc67", "\udb40\udc7f", "\u2640", "\u2642\ufe0f", "\u27a1", "\u2764"};
  private static final String[] RARE = {"\ufeff", "\ufffe", "\uffff", "\ud800", "\udc00",
      "\u0000", "\u007f", "\u0085", "\u2028", "\ufe0f\u20e3"};
  private static final String[] LABELS = {"example", "twitter", "t", "a", "x", "foo-bar",
      "foo_bar", "www", "mail", "münchen", "bücher", "例え", "ああ", "пример", "sub.domain",
      "xn--mnchen-3ya", "-bad", "bad-", "b", "1", "123", "é", "ü", "a.b.c", "Example", "WWW",
      "shop", "co", "com", "t.co", "ë-x"};
  private static final String[] PATH_PARTS = {"/", "/a", "/path/to/page", "/wiki/Primer_(film)",
      "/S(dfd346)/", "/track/We_Up_(Album_Version_(Edited))/", "/a.b", "/a-", "/a_", "/~user",
      "/a@b/", "/%20", "/#anchor", "/a,b", "/a;b", "/a'b", "/\u00e4", "/\u0436", "/a!", "/a*",
      "/(", "/)", "/a(b", "/\u2013", "/a:b", "/a|b", "/[x]", "/a$b", "/a+b", "/a=b", "/a&b"};
  private static final String[] QUERIES = {"?a=1", "?a=1&b=2", "?x", "?", "?a=", "?a=1.",
      "?q=(x)", "?a=b!", "?amp=1", "?a=b,c", "?a=b#c", "?a=%20", "?a=b|c"};

  private final Random random;
  private final List<int[]> emoji;
  private final List<String> generic;
  private final List<String> country;

  TextGenerator(long seed) {
    this.random = new Random(seed);
    this.emoji = EmojiTable.UNICODE.sequences();
    this.generic = TldTable.GENERIC.entries();
    this.country = TldTable.COUNTRY.entries();
  }

  /** One text: mostly short posts, a fifth long enough to exceed 280 weighted characters. */
  String next() {
    int pieces = random.nextInt(10) < 2 ? 25 + random.nextInt(40) : random.nextInt(22);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      piece(b);
    }
    return b.toString();
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  private void piece(StringBuilder b) {
    int k = random.nextInt(100);
    if (k < 22) {
      b.append(pick(WORDS)).append(' ');
    } else if (k < 30) {
      b.append(pick(SCRIPTS));
    } else if (k < 36) {
      b.append(pick(NFD));
    } else if (k < 52) {
      b.append(pick(PUNCT));
    } else if (k < 66) {
      emoji(b);
    } else if (k < 90) {
      url(b);
    } else if (k < 93) {
      for (int i = random.nextInt(8); i >= 0; i--) {
        b.append((char) ('0' + random.nextInt(10))).append(pick(new String[] {".", ",", ":",
            "-", "/", "", ""}));
      }
    } else if (k < 95) {
      b.append((char) (0x4e00 + random.nextInt(0x5000)));
    } else if (k < 98) {
      b.append(mention());
    } else if (random.nextInt(4) == 0) {
      b.append(pick(RARE));
    } else {
      b.appendCodePoint(1 + random.nextInt(0x2FFFF));
    }
  }

  private void emoji(StringBuilder b) {
    int[] seq = emoji.get(random.nextInt(emoji.size()));
    int len = seq.length;
    int k = random.nextInt(10);
    if (k == 0 && len > 1) {
      len = 1 + random.nextInt(len - 1); // cut short
    }
    for (int i = 0; i < len; i++) {
      b.appendCodePoint(seq[i]);
    }
    if (k == 1) {
      b.append(pick(new String[] {"\ud83c\udffd", "\u200d", "\ufe0f", "\u20e3", "\ufe0e"}));
    } else if (k == 2) {
      emoji(b); // runs of emoji
    }
  }

  private String mention() {
    return pick(new String[] {"@anna", "@Support_DE", "@x", "@a1234567890123456", "＠bob",
        "@anna@bob", "@anna.de", "user@example.com", "x@y.", "@example.com"});
  }

  private void url(StringBuilder b) {
    int k = random.nextInt(20);
    if (k < 3) {
      b.append(pick(new String[] {" ", "(", "\"", "„", "-", "/", "_", ".", "$", "#", "@", "é",
          "\u202a", ":", "<", "x"}));
    }
    int scheme = random.nextInt(10);
    if (scheme < 3) {
      b.append("https://");
    } else if (scheme < 5) {
      b.append("http://");
    } else if (scheme == 5) {
      b.append(pick(new String[] {"HTTP://", "Https://", "ftp://", "http:/", "https//",
          "http://http://"}));
    }
    if (random.nextInt(25) == 0) {
      b.append("t.co/");
      for (int i = random.nextInt(45); i >= 0; i--) {
        b.append((char) ('a' + random.nextInt(26)));
      }
    } else {
      for (int i = random.nextInt(3); i >= 0; i--) {
        b.append(pick(LABELS)).append('.');
      }
      int t = random.nextInt(12);
      if (t < 5) {
        b.append(generic.get(random.nextInt(generic.size())));
      } else if (t < 9) {
        b.append(country.get(random.nextInt(country.size())));
      } else if (t == 9) {
        b.append(pick(new String[] {"xn--p1ai", "xn--", "XN--P1AI", "xn--3e0b707e"}));
      } else {
        b.append(pick(new String[] {"zz", "c", "comm", "notatld", "DE", "COM", "com-", "de_",
            "co1"}));
      }
      if (random.nextInt(8) == 0) {
        b.append(':').append(random.nextInt(70000));
      }
    }
    if (random.nextInt(3) == 0) {
      for (int i = random.nextInt(3); i >= 0; i--) {
        b.append(pick(PATH_PARTS));
      }
    }
    if (random.nextInt(5) == 0) {
      b.append(pick(QUERIES));
    }
    if (random.nextInt(3) == 0) {
      b.append(pick(new String[] {".", ",", "!", "?", ")", "…", ":", ";", "'", "\"", "]",
          ".)", "@", "@x", "/", "-", "_", "é", "😀", "\u3002", "a"}));
    }
  }
}
