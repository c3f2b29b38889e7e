package io.replyguard.pii;

import static io.replyguard.pii.Chars.digit;
import static io.replyguard.pii.Chars.letter;
import static io.replyguard.pii.Chars.lower;
import static io.replyguard.pii.Chars.space;
import static io.replyguard.pii.Chars.upper;
import static io.replyguard.pii.Chars.word;

import io.replyguard.model.PiiType;
import io.replyguard.pii.CueLexicon.Hit;
import io.replyguard.pii.CueLexicon.Kind;
import java.util.Set;

/**
 * Alphanumeric tokens with check digits: IBANs (per-country length, mod 97), Personalausweis
 * and passport serials (ICAO check digit, or a cue), Rentenversicherungsnummern,
 * Krankenversichertennummern and postal tracking numbers (UPU S10 check digit, reported as
 * customer numbers); and the value after an ID-document cue. Stateless.
 */
final class TokenRecognizer implements Recognizer {
  static final TokenRecognizer INSTANCE = new TokenRecognizer();

  private static final String ID_ALPHABET = "CFGHJKLMNPRTVWXYZ";

  private TokenRecognizer() {}

  @Override
  public boolean digitWords() {
    return true;
  }

  @Override
  public boolean wantsDigitWord(ScanText s, int i, int we) {
    // a spaced RVNR starts with two digits before ' '
    return tokenCandidate(s, s.a[i], i, we) && (we - i != 2 || s.at(we) == ' ');
  }

  @Override
  public boolean mayStartLetterWord(char c) {
    return true;
  }

  @Override
  public boolean wantsLetterWord(ScanText s, char c, int i, int we) {
    return tokenCandidate(s, c, i, we);
  }

  /** Shapes alnumToken can accept: IBAN start, 9/10/12 characters, "15 070649 C 103". */
  private static boolean tokenCandidate(ScanText s, char c, int i, int we) {
    int len = we - i;
    return len == 9 || len == 10 || len == 12 || len == 13 && upper(c) || ibanStart(s, i)
        || (digit(c) && len == 2) || len >= 26 && len <= 62;
  }

  /**
   * An IBAN can start at i: two upper-case letters, or two letters of any case and two digits
   * ("de89 3704 …": pasted text is often lower case).
   */
  private static boolean ibanStart(ScanText s, int i) {
    char c0 = s.at(i);
    char c1 = s.at(i + 1);
    return upper(c0) && upper(c1)
        || asciiLetter(c0) && asciiLetter(c1) && digit(s.at(i + 2)) && digit(s.at(i + 3));
  }

  private static boolean asciiLetter(char c) {
    return upper(c) || lower(c);
  }

  @Override
  public int onAnchor(ScanText s, int i, int we) {
    char c = s.a[i];
    if (Chars.word(c)) {
      alnumToken(s, i, we);
    }
    return i;
  }

  @Override
  public Set<Kind> cueKinds() {
    return Set.of(Kind.ID_DOC);
  }

  @Override
  public void onCue(ScanText s, Hit h) {
    idAfterCue(s, h);
  }

  /** IBAN, KVNR, ID card serials and RVNR on the word [i, we). */
  private static void alnumToken(ScanText s, int i, int we) {
    char[] a = s.a;
    int n = s.n;
    char c0 = a[i];
    if (ibanStart(s, i)) {
      iban(s, i);
    }
    int wordLen = we - i;
    if (wordLen >= 26 && wallet(s, i, we)) {
      return;
    }
    if (wordLen == 13 && upper(c0) && !word(s.at(i + 13))
        && Checksums.upuS10(s.t.subSequence(i, i + 13))) {
      // a postal item's tracking number ("RR123456785DE"): it identifies a customer's parcel
      Hit cue = s.cue(Kind.CUSTOMER, i, i + 13);
      s.add(PiiType.CUSTOMER_NUMBER, i, i + 13, cue != null ? 0.95 : 0.8, "upu-s10", cue);
      return;
    }
    // the rest needs an ASCII word of 9 or 10 characters after a letter, 2 or 12 after a digit
    if (letter(c0) ? wordLen != 9 && wordLen != 10 : wordLen != 2 && wordLen != 12) {
      return;
    }
    int p = i;
    while (p < n && Chars.asciiAlnum(a[p])) {
      p++;
    }
    if (p < n && word(a[p])) {
      return;
    }
    int len = p - i;
    if (len == 10 && letter(c0) && s.allDigits(i + 1, p)) {
      String v = s.t.substring(i, p);
      if (Checksums.kvnr(v) && (upper(c0) || s.cue(Kind.HEALTH, i, p) != null)) {
        Hit cue = s.cue(Kind.HEALTH, i, p);
        s.add(PiiType.HEALTH_INSURANCE_NUMBER, i, p, cue != null ? 0.97 : 0.6, "de-kvnr", cue);
      }
    }
    if ((len == 9 || len == 10) && letter(c0)) {
      idSerial(s, i, p);
    }
    if (len == 12 && digit(c0)) {
      rvnr(s, i, p);
    } else if (digit(c0) && len == 2 && s.at(p) == ' ') {
      // "15 070649 C 103"
      int q = p + 1;
      if (q + 6 <= n && s.allDigits(q, q + 6) && s.at(q + 6) == ' ' && letter(s.at(q + 7))
          && s.at(q + 8) == ' ' && q + 12 <= n && s.allDigits(q + 9, q + 12)
          && !word(s.at(q + 12))) {
        String v = s.t.substring(i, i + 2) + s.t.substring(q, q + 6) + a[q + 7]
            + s.t.substring(q + 9, q + 12);
        if (Checksums.rvnr(v)) {
          Hit cue = s.cue(Kind.SSN, i, q + 12);
          s.add(PiiType.SOCIAL_SECURITY_NUMBER, i, q + 12, cue != null ? 0.98 : 0.85,
              "de-rvnr", cue);
        }
      }
    }
  }

  private static void rvnr(ScanText s, int i, int p) {
    if (Checksums.rvnr(s.t.substring(i, p))) {
      Hit cue = s.cue(Kind.SSN, i, p);
      s.add(PiiType.SOCIAL_SECURITY_NUMBER, i, p, cue != null ? 0.98 : 0.85, "de-rvnr", cue);
    }
  }

  /** Personalausweis / passport serial: 9 characters, optionally followed by the check digit. */
  private static void idSerial(ScanText s, int i, int p) {
    char[] a = s.a;
    int len = p - i;
    boolean up = upper(a[i]);
    int letters = 0;
    int digits = 0;
    for (int k = i; k < i + 9; k++) {
      char c = a[k];
      if (digit(c)) {
        digits++;
        if (k == i) {
          return;
        }
        continue;
      }
      if ((up ? !upper(c) : !lower(c)) || ID_ALPHABET.indexOf(Character.toUpperCase(c)) < 0) {
        return;
      }
      letters++;
    }
    Hit cue = s.cue(Kind.ID_DOC, i, p);
    if (len == 10) {
      if (Checksums.icao(s.t.substring(i, p))) {
        // letter + nine digits is also the KVNR shape: serials mixing letters score higher
        s.add(PiiType.ID_DOCUMENT, i, p, cue != null ? 0.97 : letters > 1 ? 0.6 : 0.5,
            "de-id-card", cue);
      }
      return;
    }
    if (digits == 0) {
      return;
    }
    if (cue != null) {
      s.add(PiiType.ID_DOCUMENT, i, p, 0.85, "de-id-card", cue);
    } else if (letters >= 2 && digits >= 2 && letterAfterDigit(a, i, i + 9)) {
      // new-style serials mix letters of the restricted alphabet and digits ("LZ6311T47"); a
      // letter prefix before digits only ("NR5185685", "LM1234567") is a reference or part code
      s.add(PiiType.ID_DOCUMENT, i, p, 0.45, "de-id-card", null);
    }
  }

  /**
   * A cryptocurrency wallet address on the word [i, we), reported as the account number it is:
   * Base58Check ("1A1zP1eP…", "3J98t1Wp…", Litecoin, Tron) and Bech32 ("bc1q…") by their
   * checksums, an Ethereum address ("0x" + 40 hex) by its EIP-55 mixed-case checksum, or in one
   * case only after a wallet cue ("withdrawal address of the wallet", "Wallet-Adresse"). A
   * transaction hash (64 hex) or a value inside a URL is none.
   */
  private static boolean wallet(ScanText s, int i, int we) {
    char[] a = s.a;
    if (i > 0 && (a[i - 1] == '/' || a[i - 1] == '=' || a[i - 1] == '.' || a[i - 1] == '-')) {
      return false; // a path, query or file name
    }
    int len = we - i;
    if (len == 42 && a[i] == '0' && (a[i + 1] == 'x' || a[i + 1] == 'X')) {
      for (int k = i + 2; k < we; k++) {
        if (!Chars.hex(a[k])) {
          return false;
        }
      }
      if (WalletChecksums.eip55(s.t, i + 2)) {
        s.add(PiiType.CUSTOMER_NUMBER, i, we, 0.85, "wallet-address", null);
        return true;
      }
      if (walletCueBefore(s, i)) {
        s.add(PiiType.CUSTOMER_NUMBER, i, we, 0.75, "wallet-address", null);
        return true;
      }
      return false;
    }
    if (len <= 35 && WalletChecksums.base58Check(s.t, i, we)
        || len >= 42 && WalletChecksums.bech32(s.t, i, we)) {
      s.add(PiiType.CUSTOMER_NUMBER, i, we, 0.85, "wallet-address", null);
      return true;
    }
    return false;
  }

  /** Words that name a wallet or its address, within the 120 characters before an address. */
  private static final String[] WALLET_CUES = {"wallet", "withdraw", "deposit", "receiving",
      "receive address", "my address", "public address", "send to", "sent to", "auszahl",
      "einzahl", "empfang", "meine adresse", "adresse meiner", "address of my"};

  private static boolean walletCueBefore(ScanText s, int i) {
    String before = s.t.substring(Math.max(0, i - 120), i).toLowerCase(java.util.Locale.ROOT);
    if (before.contains("contract") || before.contains("token address")) {
      return false; // a token's contract address is no customer's
    }
    for (String cue : WALLET_CUES) {
      if (before.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a letter follows a digit somewhere in [from, to). */
  private static boolean letterAfterDigit(char[] a, int from, int to) {
    boolean digitSeen = false;
    for (int k = from; k < to; k++) {
      if (digit(a[k])) {
        digitSeen = true;
      } else if (digitSeen) {
        return true;
      }
    }
    return false;
  }

  /** IBAN with optional single separators (space, '-', '.') between characters. */
  private static void iban(ScanText s, int i) {
    char[] a = s.a;
    int n = s.n;
    int len = Checksums.ibanLength(Character.toUpperCase(a[i]), Character.toUpperCase(a[i + 1]));
    if (len == 0) {
      return;
    }
    int p = i + 2;
    if (space(s.at(p)) && digit(s.at(p + 1))) {
      p++;
    }
    StringBuilder sb = s.tokenBuf;
    if (sb == null) {
      sb = new StringBuilder(34);
      s.tokenBuf = sb;
    }
    sb.setLength(0);
    sb.append(Character.toUpperCase(a[i])).append(Character.toUpperCase(a[i + 1]));
    char sep = 0;
    while (p < n && sb.length() < len) {
      char c = a[p];
      if (digit(c) || asciiLetter(c)) {
        sb.append(Character.toUpperCase(c));
        p++;
      } else if ((c == ' ' || c == '-' || c == '.') && sb.length() >= 4 && p + 1 < n
          && (digit(a[p + 1]) || asciiLetter(a[p + 1]))) {
        sep = c;
        p++;
      } else if (c == '\n' && sb.length() >= 4 && p + 1 < n && digit(a[p + 1])) {
        // a line break inside a pasted IBAN
        sep = c;
        p++;
      } else {
        break;
      }
    }
    if (sb.length() != len || sb.length() < 4 || !digit(sb.charAt(2)) || !digit(sb.charAt(3))) {
      return;
    }
    if (p < n && word(a[p])) {
      return;
    }
    if (sep != 0 && s.at(p) == sep && digit(s.at(p + 1))) {
      return;
    }
    if (mixedCase(s, i, p) || !Checksums.iban(sb)) {
      return;
    }
    Hit cue = s.cue(Kind.ACCOUNT, i, p);
    s.add(PiiType.IBAN, i, p, cue != null ? 0.99 : 0.95, "iban", cue);
  }

  /** Letters of both cases in [i, p): "LV80 bANK …" is no IBAN, "de89 …" and "DE89 …" are. */
  private static boolean mixedCase(ScanText s, int i, int p) {
    boolean up = false;
    boolean low = false;
    for (int k = i; k < p; k++) {
      up |= upper(s.a[k]);
      low |= lower(s.a[k]);
    }
    return up && low;
  }

  /** "Ausweisnummer: L01X00T47": 6–12 letters and digits, at least three digits. */
  private static void idAfterCue(ScanText s, Hit h) {
    char[] a = s.a;
    int n = s.n;
    int start = s.skipFiller(h.end());
    int p = start;
    int digits = 0;
    int letters = 0;
    while (p < n && Chars.asciiAlnum(a[p])) {
      if (digit(a[p])) {
        digits++;
      } else {
        letters++;
      }
      p++;
    }
    int len = p - start;
    if (len < 6 || len > 12 || digits < 3 || letters < 1 || (p < n && word(a[p]))) {
      return;
    }
    s.add(PiiType.ID_DOCUMENT, start, p, 0.8, "id-document", h);
  }
}
