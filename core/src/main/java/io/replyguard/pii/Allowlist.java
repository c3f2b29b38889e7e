package io.replyguard.pii;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The company's own contact data: phone numbers compared by digits (+49 / 0049 / 0 normalised),
 * e-mail addresses case-insensitively and in any written form ("max (at) example.de"), URL
 * prefixes case-insensitively. Immutable, thread-safe.
 */
final class Allowlist {
  private final Set<String> phones = new HashSet<>();
  private final Set<String> emails = new HashSet<>();
  private final List<String> urlPrefixes = new ArrayList<>();

  Allowlist(List<String> contacts) {
    for (String c : contacts) {
      String s = c.strip();
      String lower = s.toLowerCase(Locale.ROOT);
      String email = emailKey(s);
      if (lower.startsWith("http://") || lower.startsWith("https://")
          || lower.startsWith("www.")) {
        urlPrefixes.add(stripScheme(lower));
      } else if (email.indexOf('@') > 0) {
        emails.add(email);
      } else {
        String d = phoneKey(s);
        if (d.length() >= 3) {
          phones.add(d);
        }
      }
    }
  }

  boolean isEmpty() {
    return phones.isEmpty() && emails.isEmpty() && urlPrefixes.isEmpty();
  }

  private static String stripScheme(String u) {
    if (u.startsWith("https://")) {
      u = u.substring(8);
    } else if (u.startsWith("http://")) {
      u = u.substring(7);
    }
    return u.startsWith("www.") ? u.substring(4) : u;
  }

  /** Digits in national form: "+49 800 …" and "0049 800 …" become "0800…". */
  static String phoneKey(CharSequence s) {
    StringBuilder d = new StringBuilder();
    boolean plus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+' && d.length() == 0) {
        plus = true;
      } else if (Chars.digit(c)) {
        d.append(c);
      }
    }
    String r = d.toString();
    // drop a "(0)" trunk digit after +49
    if (plus && r.startsWith("490")) {
      r = "49" + r.substring(3);
    }
    if (plus) {
      r = "00" + r;
    }
    if (r.startsWith("0049")) {
      r = "0" + r.substring(4);
    }
    return r;
  }

  boolean phone(CharSequence s) {
    return phones.contains(phoneKey(s));
  }

  boolean email(String s) {
    return emails.contains(emailKey(s));
  }

  /** Written forms of "@" and "." in obfuscated addresses, each with its replacement. */
  private static final String[][] OBFUSCATIONS = {{"(at)", "@"}, {"[at]", "@"}, {"{at}", "@"},
      {"(ät)", "@"}, {" at ", "@"}, {"(dot)", "."}, {"[dot]", "."}, {"{dot}", "."},
      {"(punkt)", "."}, {"[punkt]", "."}, {" dot ", "."}, {" punkt ", "."}};

  /**
   * An e-mail address in one canonical form: lower case, written forms of "@" and "." replaced
   * ("max (at) example [dot] de" and "Max@Example.de" are the same address), white space removed.
   */
  static String emailKey(String s) {
    String x = " " + s.strip().toLowerCase(Locale.ROOT) + " ";
    for (String[] o : OBFUSCATIONS) {
      x = x.replace(o[0], o[1]);
    }
    StringBuilder b = new StringBuilder(x.length());
    for (int i = 0; i < x.length(); i++) {
      if (!Character.isWhitespace(x.charAt(i))) {
        b.append(x.charAt(i));
      }
    }
    return b.toString();
  }

  boolean url(String u) {
    String x = stripScheme(u.toLowerCase(Locale.ROOT));
    for (String p : urlPrefixes) {
      if (x.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
