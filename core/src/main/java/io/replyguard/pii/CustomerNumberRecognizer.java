package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * Customer, contract, order, case, ticket, reference and membership numbers after a cue
 * ("Kundennummer: 123456", "order no. A-55012", "case #30418872", "decoder card no: 7712…"):
 * letters and digits with single inner separators, at least three digits, 4 to 34 characters,
 * not an amount, a year, a date or a hex constant. The cue decides the type: ten digits after
 * "Kd.-Nr." are a customer number even though they could be dialled. After a card-number cue a
 * value that is no valid payment card (those win as {@code CREDIT_CARD}) is a customer number
 * too. Stateless.
 */
final class CustomerNumberRecognizer implements Recognizer {
  static final CustomerNumberRecognizer INSTANCE = new CustomerNumberRecognizer();

  private CustomerNumberRecognizer() {}

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.CUSTOMER, Kind.CARD, Kind.ACCOUNT);
  }

  /** Account cues that name an account number (not a bank code or an IBAN). */
  private static final Set<String> NUMBERED_ACCOUNT_CUES = Set.of("konto", "kontonummer",
      "konto-nr.", "kontonr.", "bank account");

  /** Card cues that name a number ("card no:", "Kartennummer"), not a brand or a method. */
  private static final Set<String> NUMBERED_CARD_CUES = Set.of("kartennummer", "karten-nr.",
      "kreditkartennummer", "card number", "card no.");

  @Override
  public void onCue(ScanText s, Hit h) {
    String label = h.key();
    if (h.kind() == Kind.CUSTOMER || NUMBERED_CARD_CUES.contains(label)
        || NUMBERED_ACCOUNT_CUES.contains(label)) {
      customerNumber(s, h);
    }
  }

  private static void customerNumber(ScanText s, Hit h) {
    if (internal(s, h.start())) {
      return; // "Internal Tracking ID: EXPOSUREAPP-11343": the company's own record, no customer's
    }
    int start = valueStart(s, h.end());
    int end = value(s, start, h);
    if (end < 0) {
      return;
    }
    // a list of values of the same shape: "Transaction IDs: 6vhmj56 & b92jt56", one per line,
    // "Tickets #4943393, #4915507"
    int firstLen = end - start;
    for (int items = 0; items < 8; items++) {
      int p = end;
      int breaks = 0;
      while (p < s.n && (space(s.a[p]) || s.a[p] == ',' || s.a[p] == '&' || s.a[p] == '/'
          || s.a[p] == '#' || s.a[p] == '\n' && ++breaks <= 1)) {
        p++;
      }
      if (s.region(p, "and ") || s.region(p, "und ")) {
        p += 4;
      }
      p = skipMarkup(s, p);
      if (p == end || p >= s.n || !Chars.asciiAlnum(s.a[p])) {
        return;
      }
      int next = value(s, p, h);
      if (next < 0 || Math.abs((next - p) - firstLen) > 2) {
        return;
      }
      end = next;
    }
  }

  /** Whether "internal"/"interne…" stands right before the cue at {@code cueStart}. */
  private static boolean internal(ScanText s, int cueStart) {
    int we = cueStart - 1;
    if (we < 1 || !space(s.a[we])) {
      return false;
    }
    int ws = we;
    while (ws > 0 && Chars.letter(s.a[ws - 1])) {
      ws--;
    }
    String w = s.t.substring(ws, we).toLowerCase(java.util.Locale.ROOT);
    return w.equals("internal") || w.startsWith("intern") && w.length() <= 8;
  }

  /** Skips Markdown and quote marks around a value ("**ID**: `pay_0Ng…`", "[1Z99…](url)"). */
  private static int skipMarkup(ScanText s, int p) {
    while (p < s.n && "*`\"'\u201e\u201c[".indexOf(s.a[p]) >= 0 && s.a[p] != 0) {
      p++;
    }
    return p;
  }

  /** Reads and adds the value at start; returns its end, or -1 when there is none. */
  private static int value(ScanText s, int start, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int p = start;
    int digits = 0;
    // masked characters count as token characters, so a redacted text yields the same extent
    while (p < n) {
      char c = a[p];
      if (Chars.asciiAlnum(c) || c == Chars.MASK) {
        if (digit(c)) {
          digits++;
        }
        p++;
      } else if ((c == '-' || c == '/' || c == '.' || c == ' ' || c == '_') && p > start
          && (Chars.asciiAlnum(s.at(p + 1)) || s.at(p + 1) == Chars.MASK)
          && (c != ' ' || ScanText.digitOrMask(a[p - 1]) && ScanText.digitOrMask(a[p + 1]))) {
        p++;
      } else {
        break;
      }
    }
    if (p < n && word(a[p])) {
      return -1;
    }
    if (digits < 5 && NUMBERED_ACCOUNT_CUES.contains(h.key())) {
      return -1; // "Konto=8400 ; Gegenkonto=1200": a ledger account, no customer's bank account
    }
    if (digits < 3 && !bookingCode(s, start, p, h) && !(digits == 2 && upperCode(s, start, p))
        || p - start < 4 || p - start > (LONG_ID_CUES.contains(h.key()) ? 100 : 40)
        || s.followedByCurrency(p, digits)) {
      return -1;
    }
    if (notAnIdentifier(s, start, p, digits) || ibanShaped(s, start, p)
        || masked(s, start, p, digits) || postcodeAndTown(s, start, p, digits)
        || h.key().startsWith("request") && uuid(s, start, p)) {
      return -1;
    }
    s.add(PiiType.CUSTOMER_NUMBER, start, p, 0.85, "customer-number", h);
    return p;
  }

  /**
   * Four or five digits alone at the start of the next line or extracted string, then a space
   * and a capitalised word: a postcode and its town ("DekaBank Depot",⏎ "60625 Frankfurt" in an
   * extracted letterhead), not a number after the cue.
   */
  private static boolean postcodeAndTown(ScanText s, int start, int end, int digits) {
    if (digits != end - start || digits < 4 || digits > 5 || s.at(end) != ' '
        || start == 0 || s.a[start - 1] != '"' && s.a[start - 1] != '\n') {
      return false; // "Order 81735 Invoice": on the cue's own line the number is the value
    }
    int w = end + 1;
    if (!Character.isUpperCase(s.at(w))) {
      return false;
    }
    int k = w + 1;
    while (k < s.n && Character.isLowerCase(s.a[k])) {
      k++;
    }
    return k - w >= 3;
  }

  /**
   * A masked or placeholder value: five or more digits that are all the same ("000000000",
   * "999999999", "000000/00.00"), with at most 'X' letters besides ("X00000-0000000000/00").
   */
  private static boolean masked(ScanText s, int start, int end, int digits) {
    if (digits < 5) {
      return false;
    }
    char first = 0;
    for (int k = start; k < end; k++) {
      char c = s.a[k];
      if (digit(c)) {
        if (first == 0) {
          first = c;
        } else if (c != first) {
          return false;
        }
      } else if (Chars.letter(c) && c != 'X' && c != 'x') {
        return false;
      }
    }
    return true;
  }

  /**
   * A UUID (8-4-4-4-12 hex digits): after "request id" the id of a technical request in a log
   * ("request id 123e4567-… failed"), not a service desk's case ("Request ID: DTS25-124700").
   */
  private static boolean uuid(ScanText s, int start, int end) {
    if (end - start != 36) {
      return false;
    }
    for (int k = start; k < end; k++) {
      int i = k - start;
      char c = s.a[k];
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Cues of transaction hashes and wallet addresses, whose values run to 100 characters. */
  private static final Set<String> LONG_ID_CUES = Set.of("txid", "tx id", "transaction hash",
      "tx hash", "transaction uid", "wallet address", "my wallet", "transaction id");

  /** Cues of a booking reference, which may be letters only ("PNR #5UWMRL", "ABCDEF"). */
  private static final Set<String> BOOKING_CUES = Set.of("pnr", "pnr #", "booking reference",
      "booking code", "buchungscode", "buchungsnummer", "buchungsreferenz", "reservation number",
      "reservierungsnummer", "confirmation number", "confirmation code", "booking number");

  /**
   * A booking reference after its cue: five to eight capital letters and digits ("5UWMRL"), or
   * six letters with at most one vowel ("XKJQPA"), the forms airlines and rail operators print.
   */
  private static boolean bookingCode(ScanText s, int start, int end, Hit h) {
    if (!BOOKING_CUES.contains(h.key()) || end - start < 5 || end - start > 8) {
      return false;
    }
    int digits = 0;
    int vowels = 0;
    for (int k = start; k < end; k++) {
      char c = s.a[k];
      if (!Chars.upper(c) && !digit(c)) {
        return false;
      }
      digits += digit(c) ? 1 : 0;
      vowels += "AEIOUY".indexOf(c) >= 0 ? 1 : 0;
    }
    // letters only: six of them, hardly a vowel ("XKJQPA"), not a word in capitals ("HELLO")
    return digits > 0 || end - start == 6 && vowels <= 1;
  }

  /**
   * An order code in capitals with two digits among its letters ("order No : MTK55TYBNK"):
   * six to twenty capital letters and digits, the digits not at the end only.
   */
  private static boolean upperCode(ScanText s, int start, int end) {
    if (end - start < 6 || end - start > 20) {
      return false;
    }
    boolean digitInside = false;
    for (int k = start; k < end; k++) {
      char c = s.a[k];
      if (!Chars.upper(c) && !digit(c)) {
        return false;
      }
      digitInside |= digit(c) && k < end - 2;
    }
    return digitInside;
  }

  private static final java.util.Set<String> LINKS = java.util.Set.of("is", "ist", "was",
      "war", "lautet", "lautete", "are", "sind");
  private static final String[] LINK_WORDS = LINKS.toArray(new String[0]);

  /**
   * Where the value after a cue starts: after filler words, or after a short clause that ends
   * in a link ("the ticket number they gave me is 2287316455", "die Nummer, die ich bekam,
   * lautet 4711…").
   */
  private static int valueStart(ScanText s, int cueEnd) {
    int start = cueEnd;
    for (int rounds = 0; rounds < 4; rounds++) {
      // "**Invoice Number:** ECL…", "transaction ID:\n> 8W43…": markup, filler and a quote
      // marker at a line start may alternate before the value
      int q = skipMarkup(s, s.skipFiller(skipMarkup(s, start)));
      if (q < s.n && s.a[q] == '>' && q > 0 && s.a[q - 1] == '\n') {
        q++;
      }
      if (q < s.n && s.a[q] == ',' && q > 0 && s.a[q - 1] == '"') {
        q++; // "Kundennummer",⏎ "1722492": the next string of a JSON list of extracted text
      }
      if (q == start) {
        break;
      }
      start = q;
    }
    if (start >= s.n || Chars.asciiAlnum(s.a[start]) && hasDigitAhead(s, start)) {
      return start;
    }
    int p = start;
    for (int words = 0; words < 6 && p < s.n; words++) {
      int w = p;
      while (w < s.n && Chars.letter(s.a[w])) {
        w++;
      }
      if (w == p || w - p > 12) {
        return start;
      }
      int q = w;
      if (s.at(q) == ',') {
        q++;
      }
      if (isLink(s, p, w) || s.at(w) == ':') {
        return s.skipFiller(w);
      }
      if (!space(s.at(q))) {
        return start;
      }
      p = q + 1;
    }
    return start;
  }

  /** Whether the letters {@code [p, w)} are one of the {@link #LINKS}, ignoring case. */
  private static boolean isLink(ScanText s, int p, int w) {
    int len = w - p;
    if (len < 2 || len > 7) {
      return false; // no link is shorter or longer
    }
    char[] a = s.a;
    for (int k = p; k < w; k++) {
      if (a[k] >= 0x80) {
        return LINKS.contains(s.t.substring(p, w).toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String link : LINK_WORDS) {
      if (link.length() == len && s.region(p, link)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigitAhead(ScanText s, int p) {
    for (int k = p; k < s.n && (Chars.asciiAlnum(s.a[k]) || s.a[k] == '-'); k++) {
      if (digit(s.a[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "DE12 0000 0000 0000 00": two capital letters, two digits and at least 11 more characters
   * is the shape of an IBAN; a valid one is reported as IBAN, an invalid one is a placeholder or
   * a typo, not a customer number.
   */
  private static boolean ibanShaped(ScanText s, int start, int end) {
    char[] a = s.a;
    return end - start >= 15 && Chars.upper(a[start]) && Chars.upper(a[start + 1])
        && digit(a[start + 2]) && digit(a[start + 3]);
  }

  /**
   * A year ("2024"), a date ("12.03.2024", "04/22/2021", also followed by a time) or a hex
   * constant ("0xC004F074").
   */
  private static boolean notAnIdentifier(ScanText s, int start, int end, int digits) {
    char[] a = s.a;
    int len = end - start;
    if (len == 4 && digits == 4) {
      int y = (a[start] - '0') * 1000 + (a[start + 1] - '0') * 100 + (a[start + 2] - '0') * 10
          + a[start + 3] - '0';
      return y >= 1900 && y <= 2099;
    }
    if (len > 2 && a[start] == '0' && (a[start + 1] == 'x' || a[start + 1] == 'X')) {
      return true;
    }
    for (int k = start + 6; k < end; k++) {
      if (a[k] == ' ') {
        // "2017/02/12 20:15": a date followed by its time (a log line after the cue)
        return NumberShapes.date(s.t, start, k);
      }
    }
    return NumberShapes.date(s.t, start, end);
  }
}
