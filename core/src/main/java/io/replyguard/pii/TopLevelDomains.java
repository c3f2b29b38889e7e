package io.replyguard.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level domains of the DNS root zone: IANA's {@code tlds-alpha-by-domain.txt} (version
 * 2026051600), kept as the resource {@code io/replyguard/pii/tlds-alpha-by-domain.txt} with its
 * source recorded in the README. Immutable and thread-safe.
 */
final class TopLevelDomains {
  private TopLevelDomains() {}

  private static final Set<String> ALL = load();

  private static Set<String> load() {
    Set<String> out = new HashSet<>(2048);
    try (InputStream in = TopLevelDomains.class.getResourceAsStream("tlds-alpha-by-domain.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource io/replyguard/pii/tlds-alpha-by-domain.txt "
            + "is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the top-level domain list", e);
    }
    return Set.copyOf(out);
  }

  /**
   * Whether [from, to) of the text, case-insensitively, is a top-level domain of the root zone.
   *
   * @param t the text
   * @param from inclusive
   * @param to exclusive
   * @return true for a delegated top-level domain
   */
  static boolean contains(CharSequence t, int from, int to) {
    if (to - from < 1 || to - from > 63) {
      return false;
    }
    char[] c = new char[to - from];
    boolean ascii = true;
    for (int k = from; k < to; k++) {
      c[k - from] = CueLexicon.fold(t.charAt(k));
      ascii &= c[k - from] < 128;
    }
    String label = new String(c);
    if (!ascii) {
      // internationalised top-level domains are listed in their ASCII form ("ком" = xn--j1aef)
      try {
        label = java.net.IDN.toASCII(label).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return label.length() >= 2 && ALL.contains(label);
  }

  /** How many top-level domains the list holds. */
  static int size() {
    return ALL.size();
  }
}
