package io.replyguard.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Common given names in Latin script (resource {@code given-names.txt}): the evidence that a
 * lone line at the end of a post, with no closing formula before it, is a sign-off name and not
 * a handle, a product or a heading. Immutable after class loading; thread-safe.
 */
final class GivenNames {
  private GivenNames() {}

  private static final Set<String> NAMES = load();

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = Objects.requireNonNull(
        GivenNames.class.getResourceAsStream("given-names.txt"), "given-names.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read given-names.txt", e);
    }
    return Set.copyOf(names);
  }

  /**
   * Whether [start, end) of {@code t} is a listed given name, written capitalized ("Ralf") or
   * all in lower case ("ralf").
   */
  static boolean contains(CharSequence t, int start, int end) {
    if (end - start < 2 || end - start > 20) {
      return false;
    }
    String w = t.subSequence(start, end).toString();
    if (NAMES.contains(w)) {
      return true;
    }
    String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
    return w.equals(w.toLowerCase(java.util.Locale.ROOT)) && NAMES.contains(cap);
  }
}
