package io.replyguard.twitter;

import io.replyguard.spi.TextLength;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * X's weighted length written as plainly as possible, as the specification the optimized
 * {@link WeightedLength#measure} is compared with: always ask the normalizer, find every URL and
 * every emoji sequence of the global left-to-right scan first, then walk the text one code point
 * at a time (a URL at a position is taken first, then an emoji sequence starting there). No fast
 * paths, no tables of precomputed character classes.
 */
final class ReferenceWeightedLength {
  private ReferenceWeightedLength() {}

  static TextLength measure(WeightedLength config, String text, int limit, int uncounted) {
    int n = text.length();
    if (WeightedLength.isBlank(text)) {
      return new TextLength(0, limit, n, n);
    }
    long scaledLimit = (long) limit * config.scale();
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    long sum = 0;
    for (int i = 0; i < uncounted; i++) {
      sum -= config.weight(nfc.charAt(i));
    }
    int[] urls = UrlFinder.find(nfc);
    List<int[]> emoji = new ArrayList<>();
    for (int scan = 0; scan < nfc.length(); ) {
      int len = EmojiTable.UNICODE.match(nfc, scan);
      if (len > 0) {
        emoji.add(new int[] {scan, scan + len});
        scan += len;
      } else {
        scan++;
      }
    }
    int offset = 0;
    int valid = 0;
    while (offset < nfc.length()) {
      int urlEnd = endStartingAt(urls, offset);
      int emojiEnd = -1;
      for (int[] e : emoji) {
        if (e[0] == offset) {
          emojiEnd = e[1];
        }
      }
      if (urlEnd >= 0) {
        sum += config.urlWeight();
        offset = urlEnd;
      } else if (config.emojiParsing() && emojiEnd >= 0) {
        sum += config.emojiWeight();
        offset = emojiEnd;
      } else {
        int cp = nfc.codePointAt(offset);
        sum += config.weight(cp);
        offset += Character.charCount(cp);
      }
      if (sum <= scaledLimit) {
        valid = offset;
      }
    }
    int length = (int) (Math.max(0, sum) / config.scale());
    int validEnd = sum <= scaledLimit ? n
        : nfc.equals(text) ? valid : WeightedLength.originalIndex(text, valid);
    return new TextLength(length, limit, validEnd, n);
  }

  private static int endStartingAt(int[] urls, int offset) {
    for (int u = 0; u < urls.length; u += 2) {
      if (urls[u] == offset) {
        return urls[u + 1];
      }
    }
    return -1;
  }
}
