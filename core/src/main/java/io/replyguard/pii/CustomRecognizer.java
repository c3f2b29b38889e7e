package io.replyguard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.replyguard.config.RecognizerSpec;
import java.util.List;
import java.util.Locale;

/** A configured recognizer: re2j pattern, optional checksum, cue words. Immutable, thread-safe. */
final class CustomRecognizer {
  private static final int WINDOW_BEFORE = 40;
  private static final int WINDOW_AFTER = 20;

  private final RecognizerSpec spec;
  private final Pattern pattern;
  private final List<String> cues;

  CustomRecognizer(RecognizerSpec spec) {
    this.spec = spec;
    this.pattern = Pattern.compile(spec.pattern());
    this.cues = spec.cues().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
  }

  void scan(String text, List<Candidate> out) {
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int s = m.start();
      int e = m.end();
      from = e > s ? e : e + 1;
      if (e == s) {
        continue;
      }
      if (spec.checksum().isPresent()
          && !Checksums.check(spec.checksum().get(), text.subSequence(s, e))) {
        continue;
      }
      String cue = findCue(text, s, e);
      if (cue == null && spec.cueRequired()) {
        continue;
      }
      double score = cue != null || cues.isEmpty() ? spec.score() : spec.score() * 0.75;
      out.add(new Candidate(spec.type(), s, e, score, spec.id(), cue));
    }
  }

  private String findCue(String text, int s, int e) {
    if (cues.isEmpty()) {
      return null;
    }
    String before = text.substring(Math.max(0, s - WINDOW_BEFORE), s).toLowerCase(Locale.ROOT);
    String after = text.substring(e, Math.min(text.length(), e + WINDOW_AFTER))
        .toLowerCase(Locale.ROOT);
    for (int k = 0; k < cues.size(); k++) {
      if (before.contains(cues.get(k)) || after.contains(cues.get(k))) {
        return spec.cues().get(k);
      }
    }
    return null;
  }
}
