package io.replyguard.pii;

import java.util.Locale;

/**
 * An organisation's contact block: a letterhead, imprint, bank-statement header, a company record
 * in pasted JSON or an SMS footer ("Kundenberatung Süd⏎Telefon 06131 203-771", "\"phone\": \"+49
 * 221 …\",⏎\"email\": \"datenschutz@…\"", "Not you? Call 080-…"). A number on a short line of
 * such a block is the organisation's line, no person's: the block (up to four lines each way,
 * not across a blank line) names an organisation (a role mailbox, a web address, a legal form,
 * a branch, a fax line) and names no person (no personal e-mail address, no given name before
 * a capitalised word), and the number's own line holds a label at most, no sentence and no word
 * that makes it someone's ("meine", "my", "Mobil", "Handy"). Stateless.
 */
final class OrganisationBlock {
  private OrganisationBlock() {}

  /** Words (lower case) that name an organisation in a contact block. */
  private static final String[] ORGANISATION = {"gmbh", "haftungsbeschränkt", "limited",
      "bank", "sparkasse", "volksbank", "versicherung", "filiale", "zentrale",
      "kundenservice", "kundenberatung", "kundenbetreuung", "betreuer", "customer service",
      "telefax", "fax:", "\"fax\"", "fax ", "www.", "http", "not you?", "nicht sie?",
      "amtsgericht", "handelsregister", "ust-id", "vat "};

  /** Legal forms, matched as written and as whole words ("Muster KG", not "5 kg"). */
  private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("AG", "KG", "SE",
      "UG", "GbR", "OHG", "mbH", "e.V.", "Ltd", "Ltd.", "LLC", "Inc.", "PLC", "plc", "B.V.",
      "S.A.", "S.p.A.", "Corp.");

  /** Words on the number's line that make it a person's. */
  private static final java.util.Set<String> PERSONAL = java.util.Set.of("mein", "meine",
      "meiner", "meinen", "my", "me", "mich", "mir", "mobil", "mobile", "handy", "cell",
      "cellphone", "privat", "private", "direkt", "direct", "durchwahl");

  static boolean contains(ScanText s, int start, int end) {
    String t = s.t;
    char before = start >= 2 ? t.charAt(start - 2) : '\0';
    if ((before == 'l' || before == 'L' || before == 's' || before == 'S' || before == '?')
        && (endsWithIgnoreCase(t, start, "not you? call ")
        || endsWithIgnoreCase(t, start, "not you? sms ")
        || endsWithIgnoreCase(t, start, "nicht sie? "))) {
      return true; // a bank's fraud line in a transaction SMS: "Not you? Call 080-…"
    }
    char[] a = s.a;
    // the walks stop once the line is known to be too long
    int ls = start;
    while (ls > 0 && a[ls - 1] != '\n' && start - ls <= 80) {
      ls--;
    }
    int le = end;
    while (le < s.n && a[le] != '\n' && start - ls + le - end <= 80) {
      le++;
    }
    if (start - ls + le - end > 80) {
      return false; // a long line is a sentence, not a letterhead line
    }
    // the number's own line: a label at most, no sentence, no word that makes it someone's
    int words = 0;
    for (int k = ls; k < le; k++) {
      if (k == start) {
        k = end - 1;
        continue;
      }
      if (Chars.letter(a[k]) && (k == ls || !Chars.letter(a[k - 1]))) {
        int e = k + 1;
        while (e < le && Chars.letter(a[e])) {
          e++;
        }
        if (personal(t, k, e) || ++words > 6) {
          return false;
        }
        k = e - 1;
      }
    }
    int from = blockStart(t, ls);
    int to = blockEnd(t, le);
    String block = t.substring(from, to);
    String lower = block.toLowerCase(Locale.ROOT);
    boolean organisation = false;
    for (String w : ORGANISATION) {
      if (lower.contains(w)) {
        organisation = true;
        break;
      }
    }
    int mailboxes = mailboxes(block);
    if (!organisation && !legalForm(block) && (mailboxes & ROLE_MAILBOX) == 0) {
      return false;
    }
    return (mailboxes & PERSONAL_MAILBOX) == 0 && !givenName(s, from, to);
  }

  /** Whether the text before {@code end} ends with {@code suffix}, in any case. */
  private static boolean endsWithIgnoreCase(String t, int end, String suffix) {
    int from = end - suffix.length();
    return from >= 0 && t.regionMatches(true, from, suffix, 0, suffix.length());
  }

  /** Whether the word [from, to) is one of {@link #PERSONAL}, in any case. */
  private static boolean personal(String t, int from, int to) {
    int len = to - from;
    if (len < 2 || len > 10) {
      return false;
    }
    for (String w : PERSONAL) {
      if (w.length() == len && t.regionMatches(true, from, w, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the block names a legal form as a word of its own ("Beispiel GmbH & Co. KG"). */
  private static boolean legalForm(String block) {
    int k = 0;
    int n = block.length();
    while (k < n) {
      while (k < n && Character.isWhitespace(block.charAt(k))) {
        k++;
      }
      int e = k;
      while (e < n && !Character.isWhitespace(block.charAt(e)) && block.charAt(e) != ','
          && block.charAt(e) != '"' && block.charAt(e) != ')') {
        e++;
      }
      if (e > k && LEGAL_FORMS.contains(block.substring(k, e))) {
        return true;
      }
      k = e + 1;
    }
    return false;
  }

  /** The start of the block: up to four lines back, not across a blank line, ≤ 300 chars. */
  private static int blockStart(String t, int ls) {
    int p = ls;
    for (int lines = 0; lines < 4 && p > 0; lines++) {
      int prev = t.lastIndexOf('\n', p - 2) + 1;
      if (t.substring(prev, p - 1).isBlank() || ls - prev > 300) {
        break;
      }
      p = prev;
    }
    return p;
  }

  private static int blockEnd(String t, int le) {
    int p = le;
    for (int lines = 0; lines < 4 && p < t.length(); lines++) {
      int next = t.indexOf('\n', p + 1);
      next = next < 0 ? t.length() : next;
      if (t.substring(p + 1, next).isBlank() || next - le > 300) {
        break;
      }
      p = next;
    }
    return p;
  }

  private static final int ROLE_MAILBOX = 1;
  private static final int PERSONAL_MAILBOX = 2;

  /**
   * The kinds of e-mail address the block holds, in one pass: {@link #ROLE_MAILBOX} when one is
   * a role mailbox, {@link #PERSONAL_MAILBOX} when one is not (a person's).
   */
  private static int mailboxes(String block) {
    int kinds = 0;
    for (int at = block.indexOf('@'); at > 0; at = block.indexOf('@', at + 1)) {
      int ls = at;
      while (ls > 0 && (Chars.asciiAlnum(block.charAt(ls - 1))
          || ".-_+".indexOf(block.charAt(ls - 1)) >= 0)) {
        ls--;
      }
      if (ls == at || at + 1 >= block.length() || !Chars.asciiAlnum(block.charAt(at + 1))) {
        continue;
      }
      kinds |= NetworkRecognizer.roleMailbox(block, ls, at) ? ROLE_MAILBOX : PERSONAL_MAILBOX;
    }
    return kinds;
  }

  /** A known given name followed by a capitalised word ("Rolf Reiss"): a person is named. */
  private static boolean givenName(ScanText s, int from, int to) {
    char[] a = s.a;
    for (int k = from; k < to; k++) {
      if (Chars.upper(a[k]) && (k == 0 || !Chars.letter(a[k - 1]))) {
        int e = k + 1;
        while (e < to && Chars.letter(a[e])) {
          e++;
        }
        if (e + 1 < to && a[e] == ' ' && Chars.upper(a[e + 1])
            && GivenNames.contains(s.t, k, e)) {
          return true;
        }
        k = e;
      }
    }
    return false;
  }
}
