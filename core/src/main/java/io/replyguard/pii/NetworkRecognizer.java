package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * E-mail addresses, URLs (recorded so that nothing inside them is reported except IP
 * addresses), IPv4 dotted quads with an optional prefix and IPv6 addresses. Stateless.
 */
final class NetworkRecognizer implements Recognizer {
  static final NetworkRecognizer INSTANCE = new NetworkRecognizer();

  private NetworkRecognizer() {}

  @Override
  public String symbols() {
    return "@:[({";
  }

  @Override
  public boolean wantsSymbol(ScanText s, char c, int i) {
    if (c == '@') {
      return true;
    }
    if (c == ':') {
      // ':' starts an IPv6 address ("::1") only when no hex word ends right before it
      return i == 0 || !Chars.hex(s.a[i - 1]);
    }
    // "[at]", "(at)", "{ at }", "(@)": an e-mail address written to evade detection
    return bracketedAt(s, i) > i;
  }

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public boolean wantsDigitWord(ScanText s, int i, int we) {
    // a dotted quad starts with a word of at most three digits before '.'
    return we - i <= 3 && s.at(we) == '.' || s.hexWord(i, we);
  }

  @Override
  public boolean mayStartLetterWord(char c) {
    return c == 'h' || c == 'H' || c == 'w' || c == 'W' || Chars.hex(c);
  }

  @Override
  public boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return urlStart(s, c, i) || s.hexWord(i, we) || spacedAt(s, c, i, we);
  }

  /** The word "at" between spaces: "max at example dot de". */
  private static boolean spacedAt(ScanText s, char c, int i, int we) {
    return (c == 'a' || c == 'A') && we - i == 2 && (s.a[i + 1] == 't' || s.a[i + 1] == 'T')
        && i > 0 && space(s.a[i - 1]) && space(s.at(we));
  }

  /** The end of "[at]", "(at)", "{at}", "(@)", "[ät]" (inner spaces allowed) at i, or i. */
  private static int bracketedAt(ScanText s, int i) {
    char open = s.a[i];
    char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    if (close == 0) {
      return i;
    }
    int p = i + 1;
    if (space(s.at(p))) {
      p++;
    }
    if (s.at(p) == '@') {
      p++;
    } else if ((s.region(p, "at") || s.region(p, "ät")) && !word(s.at(p + 2))) {
      p += 2;
    } else {
      return i;
    }
    if (space(s.at(p))) {
      p++;
    }
    return s.at(p) == close ? p + 1 : i;
  }

  private static boolean urlStart(ScanText s, char c, int i) {
    return (c == 'h' || c == 'H') && s.region(i, "http")
        || (c == 'w' || c == 'W') && s.region(i, "www.");
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char c = s.a[i];
    if (c == '@') {
      if (i > 0 && space(s.a[i - 1]) && space(s.at(i + 1))) {
        obfuscatedEmail(s, i - 1, i + 2, true);
      } else {
        email(s, i);
      }
    } else if (c == ':') {
      hexRun(s, i);
    } else if (c == '[' || c == '(' || c == '{') {
      int end = bracketedAt(s, i);
      if (end > i) {
        obfuscatedEmail(s, i, end, true);
      }
    } else if (digit(c)) {
      if (we - i <= 3 && s.at(we) == '.') {
        ipv4(s, i);
      }
      if (s.hexWord(i, we)) {
        hexRun(s, i);
      }
    } else if (Chars.word(c)) {
      if (spacedAt(s, c, i, we)) {
        obfuscatedEmail(s, i - 1, we + 1, false);
        return i;
      }
      int url = c == 'h' || c == 'H' || c == 'w' || c == 'W' ? url(s, i) : i;
      if (url > i) {
        s.urls.add(new int[] {i, url});
        ipInUrl(s, i, url);
        return url;
      }
      if (s.hexWord(i, we)) {
        hexRun(s, i);
      }
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------- URL

  /** End of a URL starting at i (http://, https://, www.), or i. */
  private static int url(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int p;
    if (s.region(i, "https://")) {
      p = i + 8;
    } else if (s.region(i, "http://")) {
      p = i + 7;
    } else if (s.region(i, "www.")) {
      p = i + 4;
    } else {
      return i;
    }
    while (p < n && !Chars.anyWhitespace(a[p]) && a[p] != '"'
        && a[p] != '<' && a[p] != '>') {
      p++;
    }
    while (p > i && ".,;:!?)'".indexOf(a[p - 1]) >= 0) {
      p--;
    }
    return p;
  }

  /** IP addresses as URL hosts ("http://10.0.0.1/", "http://[::1]/", "user@10.0.0.1"). */
  private static void ipInUrl(ScanText s, int start, int end) {
    char[] a = s.a;
    for (int k = start; k < end; k++) {
      char c = a[k];
      if (c == '[' || c == '/' || c == '@') {
        if (k + 1 < end && (Chars.hex(a[k + 1]) || a[k + 1] == ':')) {
          if (!ipv4(s, k + 1)) {
            hexRun(s, k + 1);
          }
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------- email

  private static boolean localChar(char c) {
    return word(c) || "!#$%&'*+-/=?^_`.{|}~".indexOf(c) >= 0;
  }

  private static void email(ScanText s, int at) {
    char[] a = s.a;
    int n = s.n;
    int start = at;
    while (start > 0 && localChar(a[start - 1]) && a[start - 1] != Chars.MASK) {
      start--;
    }
    if (start > 0 && a[start - 1] == ']') {
      return; // "[Anschlusskennung][T-Onlinenummer]#0001@t-online.de": a template of a login
    }
    start = skipMarks(a, start, at);
    for (int k = at - 3; k >= start; k--) {
      if (a[k] == '%' && a[k + 1] == '3' && (a[k + 2] == 'A' || a[k + 2] == 'a')) {
        // "<Email%3Amax@…>", "mailto%3Amax@…": a URL-encoded colon ends the label before it
        start = k + 3;
        break;
      }
    }
    if (start == at || a[start] == '.' || a[at - 1] == '.' || at - start > 64
        || !hasLetterOrDigit(a, start, at)) {
      return;
    }
    for (int k = start; k < at - 1; k++) {
      if (a[k] == '.' && a[k + 1] == '.') {
        return;
      }
    }
    int p = at + 1;
    int labels = 0;
    int lastLabelStart = p;
    int end = -1;
    int previousLabelStart = -1;
    int previousEnd = -1;
    while (true) {
      int ls = p;
      while (p < n && (word(a[p]) || a[p] == '-')) {
        p++;
      }
      if (p == ls || a[ls] == '-' || a[p - 1] == '-') {
        break;
      }
      labels++;
      previousLabelStart = lastLabelStart;
      previousEnd = end;
      lastLabelStart = ls;
      end = p;
      if (p + 1 < n && a[p] == '.' && word(a[p + 1])) {
        p++;
      } else {
        break;
      }
    }
    if (labels > 2 && Chars.upper(a[lastLabelStart])
        && !TopLevelDomains.contains(s.t, lastLabelStart, end)
        && TopLevelDomains.contains(s.t, previousLabelStart, previousEnd)) {
      // "max@list.ru.I don't …": a sentence glued to the address after its last dot
      labels--;
      end = previousEnd;
      lastLabelStart = previousLabelStart;
    }
    if (labels < 2 || end < 0) {
      return;
    }
    if (end < n && a[end] == '_' && (end + 1 == n || !localChar(a[end + 1]))) {
      // "_Email: max@web.de_": Markdown emphasis closes after the address (host names hold
      // no '_'), and the opening mark is no part of the local part either
      while (start < at - 1 && a[start] == '_') {
        start++;
      }
    } else if (end < n && (a[end] == '-' || a[end] == '_' || a[end] == '@')) {
      return;
    }
    if (!TopLevelDomains.contains(s.t, lastLabelStart, end) || roleMailbox(s.t, start, at)
        || s.region(at + 1, "noreply.") || s.region(at + 1, "no-reply.")
        || s.region(at + 1, "users.noreply.") || maskedOrPlaceholder(s.t, start, at)
        || placeholderDomain(s.t, at + 1, end)
        || mailingList(s.t, at + 1, end)) {
      return;
    }
    Hit cue = s.cue(Kind.EMAIL, start, end);
    s.add(PiiType.EMAIL, start, end, cue != null ? 0.99 : 0.9, "email", cue);
    s.emails.add(new int[] {start, at});
  }

  /**
   * The first position in [from, to) after the quotes and marks that stand before an address
   * ("email: 'abc@…'", "`max@…`", "`pfarrer(at)…`"): they are no part of it.
   */
  private static int skipMarks(char[] a, int from, int to) {
    int start = from;
    while (start < to && "'`{|/=*#".indexOf(a[start]) >= 0) {
      start++;
    }
    return start;
  }

  private static boolean hasLetterOrDigit(char[] a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Chars.word(a[k]) && a[k] != Chars.MASK) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that make a local part a placeholder when it consists of nothing else
   * ("your-email@", "old.email@", "my@mail.com", "first.last@").
   */
  private static final Set<String> PLACEHOLDER_WORDS = Set.of("your", "my", "old", "new",
      "email", "e", "mail", "name", "username", "address", "example", "sample", "test",
      "dummy", "fake", "some", "someone", "me", "you", "first", "last", "firstname", "lastname",
      "vorname", "nachname", "deine", "ihre", "meine", "adresse", "alte", "neue", "alias",
      "somealias", "testuser", "foo", "bar", "baz", "qux");

  /** Second-level domain labels of placeholder addresses ("user@companyname.com"). */
  private static final Set<String> PLACEHOLDER_DOMAINS = Set.of("companyname", "yourcompany",
      "yourdomain", "mydomain", "somedomain", "anything", "something", "domain",
      "deinedomain", "meinedomain", "deinefirma");

  /** Whether the domain [from, end) is a placeholder: its label before the TLD is one. */
  static boolean placeholderDomain(CharSequence t, int from, int end) {
    int dot = end - 1;
    while (dot > from && t.charAt(dot) != '.') {
      dot--;
    }
    int ls = dot - 1;
    while (ls > from && t.charAt(ls - 1) != '.') {
      ls--;
    }
    return dot > from && ls < dot && PLACEHOLDER_DOMAINS.contains(lower(t, ls, dot));
  }

  /**
   * Whether the local part [start, at) is masked ("xxxxxxxou55@", "****@", "dsl####@") or a
   * placeholder made only of {@link #PLACEHOLDER_WORDS}: neither identifies a person.
   */
  static boolean maskedOrPlaceholder(CharSequence t, int start, int at) {
    if (NumberShapes.countingRun(t, start, at)) {
      return true; // "sip:+49123456789@fritz.box"
    }
    int xs = 0;
    for (int k = start; k < at; k++) {
      char c = t.charAt(k);
      xs = c == 'x' || c == 'X' || c == '*' || c == '#' || c == Chars.MASK ? xs + 1 : 0;
      if (xs >= 3) {
        return true;
      }
    }
    int k = start;
    while (k < at) {
      int w = k;
      while (k < at && Chars.letter(t.charAt(k))) {
        k++;
      }
      if (k == w || !PLACEHOLDER_WORDS.contains(lower(t, w, k))) {
        return false;
      }
      while (k < at && Chars.digit(t.charAt(k))) {
        k++; // "alias1@", "test2@"
      }
      if (k < at) {
        char c = t.charAt(k);
        if (c != '.' && c != '-' && c != '_') {
          return false;
        }
        k++;
      }
    }
    return true;
  }

  /**
   * Version cues that name an error rather than a version: an address after "Error:" ("connect
   * ECONNREFUSED 143.164.168.46") is still an address.
   */
  private static final Set<String> ERROR_CUES = Set.of("error", "fehler", "fehlercode");

  /** Domains of mailing lists and groups: a list's address is no person's. */
  private static final String[] LIST_DOMAINS = {"googlegroups.com", "groups.io",
      "lists.sourceforge.net", "freelists.org", "groups.google.com"};

  /** Whether the domain [from, end) is a mailing-list host ("…@googlegroups.com", "…@lists.…"). */
  static boolean mailingList(CharSequence t, int from, int end) {
    String domain = lower(t, from, end);
    if (domain.startsWith("lists.")) { // not "list.": list.ru is a mail provider
      return true;
    }
    for (String d : LIST_DOMAINS) {
      if (domain.equals(d) || domain.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /** Mailboxes of a role, not of a person: the first word of the local part decides. */
  private static final Set<String> ROLE_MAILBOXES = Set.of("support", "service", "info",
      "abuse", "kundenservice", "kundendienst", "noreply", "no-reply", "donotreply",
      "do-not-reply", "help", "hilfe", "kontakt", "contact", "sales", "vertrieb", "billing",
      "rechnung", "datenschutz", "privacy", "dpo", "security", "webmaster", "postmaster",
      "hostmaster", "admin", "office", "team", "hello", "hallo", "press", "presse", "jobs",
      "careers", "karriere", "newsletter", "feedback", "customerservice", "customercare",
      "customer-service", "customer-care", "care", "notifications", "notification",
      "marketing", "orders", "bestellung", "returns", "retoure", "legal", "impressum",
      "mailer-daemon", "bounce", "bounces", "reply", "kunden", "beschwerde", "complaints",
      "servicecenter", "helpdesk", "root", "foo", "bar", "baz", "test", "example", "email",
      "mail", "yourname", "someone", "somebody", "firstname", "lastname", "licensing",
      "license", "licence", "lizenz", "lizenzen", "contributors", "partners", "partner",
      "media", "pr", "enquiries", "inquiries", "enquiry", "inquiry", "accounts", "accounting",
      "buchhaltung", "finance", "finanzen", "hr", "bewerbung", "community", "developers",
      "compliance", "gdpr", "dsgvo", "blocked", "reservations", "booking", "buchung", "tickets",
      "shop", "store", "verwaltung", "sekretariat", "empfang", "reception", "zentrale",
      "poststelle", "redaktion", "editor", "events", "membership", "mitglieder", "donations",
      "spenden", "sponsoring", "status", "alerts", "escalations", "disputes", "refunds",
      "payments", "kasse", "anfrage", "anfragen", "bestellungen", "auftrag", "devnull",
      "vorstand", "vorstandschaft", "board", "kanzlei", "geschaeftsstelle",
      "geschäftsstelle", "order", "devs", "chor", "orchester", "jugend", "trainer",
      "kassenwart", "kassierer", "schriftfuehrer", "schriftführer", "leitung", "buero", "büro",
      "anmeldung", "termine", "verein", "club", "helpers", "volunteers", "ticket", "developer",
      "dsb", "soc", "org", "apps", "app", "announce", "users", "list", "lists", "cert",
      "csirt", "incident", "incidents", "report", "reports", "phishing", "spam", "ops", "noc",
      "it", "edv", "technik", "tech", "servicedesk", "post", "payment", "opensource",
      "open-source", "vp", "president", "treasurer", "secretary", "chair", "praesident",
      "präsident", "kassier", "schatzmeister", "filiale", "branch", "standort", "parcel",
      "parcels", "paket", "pakete", "mitglied", "members", "member");

  /**
   * Role words that mark a mailbox wherever they stand in its local part
   * ("ukmediarelations@", "imescalations@", "customersupport-de@").
   */
  private static final String[] ROLE_PARTS = {"relations", "escalation", "support", "service",
      "helpdesk", "servicedesk", "enquiries", "inquiries", "feedback", "newsletter", "noreply",
      "no-reply", "kundenservice", "kundendienst", "complaints", "beschwerde", "datenschutz",
      "licensing", "marketing", "billing", "contributors", "verwaltung", "gericht",
      "sicherheit", "vorstand", "verkehrsamt", "ordnungsamt", "buergeramt", "bürgeramt",
      "standesamt", "finanzamt", "bauamt", "jugendamt", "sozialamt", "stadtverwaltung",
      "rathaus", "behoerde", "behörde", "unsubscribe", "subscribe", "autoreporter", "privacy",
      "dataprotection", "data.protection", "data-protection", "data_protection"};

  /**
   * Whether the local part [start, at) names a role mailbox: the whole part before a "+tag"
   * ("no-reply@", "customer-service@"), its first word ("support.de@", "info_muc@"), or a role
   * word anywhere in it ("ukmediarelations@").
   */
  static boolean roleMailbox(CharSequence t, int start, int at) {
    int plus = start;
    while (plus < at && t.charAt(plus) != '+') {
      plus++;
    }
    if (ROLE_MAILBOXES.contains(lower(t, start, plus))) {
      return true;
    }
    int e = start;
    while (e < plus && Chars.letter(t.charAt(e))) {
      e++;
    }
    if (e < plus && ROLE_MAILBOXES.contains(lower(t, start, e)) && !freeMail(t, at)) {
      return true; // "support.de@firma.de"; but "app.meta.mask@gmail.com" is somebody's account
    }
    String local = lower(t, start, plus);
    if (local.length() > 4 && local.endsWith("wart") && !local.endsWith("stewart")
        && !local.endsWith("edwart")) {
      return true; // an association's officer: "kassenwart@", "musenwart@", "sportwart@"
    }
    for (String part : ROLE_PARTS) {
      if (local.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Free mail providers: a mailbox there belongs to one account holder, whatever its words. */
  private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com",
      "yahoo.de", "hotmail.com", "hotmail.de", "outlook.com", "outlook.de", "live.com", "live.de",
      "icloud.com", "me.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de",
      "aol.com", "proton.me", "protonmail.com", "mail.ru", "yandex.ru", "qq.com", "163.com");

  /** Whether the domain after the '@' at {@code at} is a free mail provider. */
  private static boolean freeMail(CharSequence t, int at) {
    int end = at + 1;
    while (end < t.length() && (Chars.asciiAlnum(t.charAt(end)) || t.charAt(end) == '.'
        || t.charAt(end) == '-')) {
      end++;
    }
    String domain = lower(t, at + 1, end);
    while (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return FREE_MAIL.contains(domain);
  }

  private static String lower(CharSequence t, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      b.append(CueLexicon.fold(t.charAt(k)));
    }
    return b.toString();
  }

  /**
   * An e-mail address written to evade detection: "max [at] example [dot] de",
   * "max(at)example.de", "max at example dot de", "max @ example.de". [markerStart, markerEnd)
   * is the written "at"; plain dots count in the domain when {@code plainDots}, otherwise at
   * least one written "dot" is needed. The span covers the whole written form.
   */
  private static void obfuscatedEmail(ScanText s, int markerStart, int markerEnd,
      boolean plainDots) {
    char[] a = s.a;
    int n = s.n;
    int p = markerStart;
    if (p > 0 && space(a[p - 1]) && !space(a[p])) {
      p--;
    }
    int start = p;
    while (start > 0 && localChar(a[start - 1]) && a[start - 1] != Chars.MASK) {
      start--;
    }
    start = skipMarks(a, start, p);
    if (start == p || a[start] == '.' || a[p - 1] == '.' || p - start > 64
        || !hasLetterOrDigit(a, start, p) || start > 0 && a[start - 1] == Chars.MASK) {
      return;
    }
    // "chris dot example at …": written dots inside the local part
    for (int k = 0; k < 3; k++) {
      int before = labelBeforeWrittenDot(s, start);
      if (before == start) {
        break;
      }
      start = before;
    }
    int q = markerEnd;
    if (q < n && space(a[q]) && !space(a[q - 1])) {
      q++;
    }
    int labels = 0;
    int lastLabelStart = -1;
    int end = -1;
    boolean writtenDot = false;
    while (q < n) {
      int ls = q;
      while (q < n && (Chars.asciiAlnum(a[q]) || a[q] == '-')) {
        q++;
      }
      if (q == ls || a[ls] == '-' || a[q - 1] == '-') {
        break;
      }
      labels++;
      lastLabelStart = ls;
      end = q;
      int next = writtenDot(s, q);
      if (next > q) {
        writtenDot = true;
        q = next;
      } else if (q + 1 < n && a[q] == '.' && Chars.asciiAlnum(a[q + 1])) {
        q++;
      } else if (q + 2 < n && space(a[q]) && a[q + 1] == '.' && Chars.asciiAlnum(a[q + 2])) {
        q += 2; // "alex [at] example .com", "name @ gmail .com": a spaced dot
      } else {
        break;
      }
    }
    if (labels < 2 || !plainDots && !writtenDot || word(s.at(end)) || s.at(end) == '@'
        || !TopLevelDomains.contains(s.t, lastLabelStart, end)
        || roleMailbox(s.t, start, p)) {
      return;
    }
    Hit cue = s.cue(Kind.EMAIL, start, end);
    s.add(PiiType.EMAIL, start, end, cue != null ? 0.99 : 0.9, "email", cue);
  }

  /** The start of "label dot " / "label[dot]" ending right before start, or start. */
  private static int labelBeforeWrittenDot(ScanText s, int start) {
    int e = start;
    if (space(s.at(e - 1))) {
      e--;
    }
    int d = -1;
    for (String w : WRITTEN_DOTS) {
      if (e - w.length() >= 0 && s.region(e - w.length(), w)) {
        d = e - w.length();
        break;
      }
    }
    if (d < 0 && e < start && s.region(e - 3, "dot") && space(s.at(e - 4))) {
      d = e - 3;
    }
    if (d < 0) {
      return start;
    }
    int le = space(s.at(d - 1)) ? d - 1 : d;
    int ls = le;
    while (ls > 0 && Chars.asciiAlnum(s.a[ls - 1])) {
      ls--;
    }
    return ls < le && (ls == 0 || !word(s.a[ls - 1])) ? ls : start;
  }

  private static final String[] WRITTEN_DOTS = {"[dot]", "(dot)", "{dot}", "[.]", "(.)", "{.}",
      "[punkt]", "(punkt)", "{punkt}"};

  /** The end of a written dot at q (" dot ", "[dot]", " (punkt) ", "[.]") before a label, or q. */
  private static int writtenDot(ScanText s, int q) {
    int p = q;
    if (space(s.at(p))) {
      p++;
    }
    int e = -1;
    for (String d : WRITTEN_DOTS) {
      if (s.region(p, d)) {
        e = p + d.length();
        break;
      }
    }
    if (e < 0 && p > q && (s.region(p, "dot") && !word(s.at(p + 3))
        || s.region(p, "punkt") && !word(s.at(p + 5)))) {
      e = p + (s.region(p, "dot") ? 3 : 5);
      if (!space(s.at(e))) {
        return q;
      }
    }
    if (e < 0) {
      return q;
    }
    if (space(s.at(e))) {
      e++;
    }
    return Chars.asciiAlnum(s.at(e)) ? e : q;
  }

  // ---------------------------------------------------------------------------------------- IP

  /** IPv4 dotted quad with optional /prefix at i; whether one was found. */
  private static boolean ipv4(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    if (i > 0 && (word(a[i - 1]) || a[i - 1] == '.'
        || (a[i - 1] == ':' && Chars.hex(s.at(i - 2))))) {
      return false;
    }
    int p = i;
    int first = 0;
    int second = 0;
    for (int octet = 0; octet < 4; octet++) {
      int os = p;
      int v = 0;
      while (p < n && digit(a[p]) && p - os < 4) {
        v = v * 10 + a[p] - '0';
        p++;
      }
      if (p == os || p - os > 3 || v > 255) {
        return false;
      }
      if (octet == 0) {
        first = v;
      } else if (octet == 1) {
        second = v;
      }
      if (octet < 3) {
        if (s.at(p) != '.') {
          return false;
        }
        p++;
      }
    }
    char after = s.at(p);
    if (word(after) || (after == '.' && digit(s.at(p + 1)))) {
      return false;
    }
    int end = p;
    if (after == '/' && digit(s.at(p + 1))) {
      int q = p + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - p <= 2) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 32 && !digit(s.at(q))) {
        end = q;
      }
    }
    Hit version = s.cue(Kind.VERSION, i, p);
    if (version != null && !ERROR_CUES.contains(version.key()) && s.cue(Kind.IP, i, p) == null) {
      return false;
    }
    if (p - i == 7 && a[p - 1] == '0' && s.cue(Kind.IP, i, p) == null) {
      // "Magento 1.8.1.0": four single digits ending in 0 are a version number ("8.8.8.8"
      // stays an address)
      return true;
    }
    if (!publicIpv4(first, second)) {
      // a recognised address, but one that identifies no one: not reported, not re-read
      return true;
    }
    Hit cue = s.cue(Kind.IP, i, end);
    s.add(PiiType.IP_ADDRESS, i, end, cue != null ? 0.95 : 0.8, "ip-address", cue);
    return true;
  }

  /**
   * Whether an IPv4 address with these first two octets can point to one subscriber on the
   * public internet. Not so for the ranges that every network reuses behind its own router:
   * private networks (RFC 1918: 10/8, 172.16/12, 192.168/16; "192.168.178.1" is every
   * FRITZ!Box), carrier-grade NAT (100.64/10), loopback 127/8, "this network" 0/8, link-local
   * 169.254/16, and multicast, reserved and broadcast (224/3). Such an address in a post tells
   * nobody outside that network who wrote it. (IPv6 is reported in every range: link-local
   * addresses may embed the device's MAC address, and unique-local prefixes are random per site.)
   */
  static boolean publicIpv4(int o1, int o2) {
    return !(o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224
        || (o1 == 100 && o2 >= 64 && o2 <= 127)
        || (o1 == 169 && o2 == 254)
        || (o1 == 172 && o2 >= 16 && o2 <= 31)
        || (o1 == 192 && o2 == 168));
  }

  /** IPv6 (with optional embedded IPv4 and /prefix) in a run of hex digits, ':' and '.'. */
  private static void hexRun(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    if (i > 0) {
      char b = a[i - 1];
      if (Chars.hex(b) || b == ':' || b == '.') {
        return;
      }
    }
    int p = i;
    boolean colon = false;
    while (p < n) {
      char c = a[p];
      if (Chars.hex(c) || c == '.') {
        p++;
      } else if (c == ':') {
        colon = true;
        p++;
      } else {
        break;
      }
    }
    if (!colon) {
      return;
    }
    boolean hexDigit = false;
    for (int k = i; k < p && !hexDigit; k++) {
      hexDigit = Chars.hex(a[k]);
    }
    if (!hexDigit) {
      // "::" alone is punctuation (a C++ scope, a smiley), not an address
      return;
    }
    int end = p;
    while (end > i && a[end - 1] == '.') {
      end--;
    }
    if (end - i >= 2 && a[end - 1] == ':' && a[end - 2] != ':') {
      end--;
    }
    if (end < n && (word(a[end]) && end == p)) {
      return;
    }
    if (!Ipv6.valid(s.t, i, end)) {
      return;
    }
    int fin = end;
    if (s.at(end) == '/' && digit(s.at(end + 1))) {
      int q = end + 1;
      int v = 0;
      while (q < n && digit(a[q]) && q - end <= 3) {
        v = v * 10 + a[q] - '0';
        q++;
      }
      if (v <= 128 && !digit(s.at(q))) {
        fin = q;
      }
    }
    Hit cue = s.cue(Kind.IP, i, fin);
    s.add(PiiType.IP_ADDRESS, i, fin, cue != null ? 0.95 : 0.8, "ip-address", cue);
  }
}
