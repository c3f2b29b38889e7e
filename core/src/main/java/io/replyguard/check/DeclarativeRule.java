package io.replyguard.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.replyguard.config.ConfigException;
import io.replyguard.config.DraftRuleSpec;
import io.replyguard.model.Visibility;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rule from the configuration's {@code draftRules}: an RE2 pattern (compiled once with re2j) or
 * a keyword list matched case-insensitively on word boundaries, limited to a visibility and to
 * platforms. Every match is a finding; empty matches are skipped and at most
 * {@link #MAX_MATCHES} findings are reported per draft. Internal.
 */
final class DeclarativeRule implements Rule {
  static final int MAX_MATCHES = 50;

  private final DraftRuleSpec spec;
  private final Pattern pattern;
  private final String[] keywords;
  private final Set<String> platforms;

  DeclarativeRule(DraftRuleSpec spec, int position) {
    this.spec = spec;
    Pattern p = null;
    if (spec.pattern().isPresent()) {
      try {
        p = Pattern.compile(spec.pattern().get());
      } catch (PatternSyntaxException e) {
        throw new ConfigException("/draftRules/" + position + "/pattern", "rule '" + spec.id()
            + "': not a valid RE2 pattern: " + e.getDescription());
      }
    }
    this.pattern = p;
    this.keywords = spec.keywords().stream().map(Text::lowerCase).toArray(String[]::new);
    this.platforms = Set.copyOf(spec.platforms());
  }

  String id() {
    return spec.id();
  }

  @Override
  public void check(Context ctx) {
    if (spec.visibility().isPresent() && spec.visibility().get() != ctx.draft.visibility()) {
      return;
    }
    if (!platforms.isEmpty() && !platforms.contains(ctx.draft.platform().id())) {
      return;
    }
    if (!ctx.enabled(spec.id())) {
      return;
    }
    String message = pick(spec.message(), ctx.german);
    String suggestion = spec.suggestion().isEmpty() ? null : pick(spec.suggestion(), ctx.german);
    String text = ctx.text.text;
    int found = 0;
    if (pattern != null) {
      Matcher m = pattern.matcher(text);
      while (found < MAX_MATCHES && m.find()) {
        if (m.end() > m.start()) {
          ctx.report(spec.id(), spec.category(), m.start(), m.end(), message, suggestion);
          found++;
        }
      }
      return;
    }
    String lower = ctx.text.lower();
    for (String k : keywords) {
      int from = 0;
      while (found < MAX_MATCHES) {
        int at = lower.indexOf(k, from);
        if (at < 0) {
          break;
        }
        int end = at + k.length();
        if (boundary(lower, at - 1) && boundary(lower, end)) {
          ctx.report(spec.id(), spec.category(), at, end, message, suggestion);
          found++;
        }
        from = at + 1;
      }
    }
  }

  /** Whether index {@code i} is outside the text or not a letter or digit. */
  private static boolean boundary(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return true;
    }
    char c = s.charAt(i);
    if (Character.isSurrogate(c)) {
      int cp = Character.isHighSurrogate(c) ? s.codePointAt(i) : s.codePointBefore(i + 1);
      return !Character.isLetterOrDigit(cp);
    }
    return !Character.isLetterOrDigit(c);
  }

  private static String pick(Map<String, String> byLanguage, boolean german) {
    String first = german ? "de" : "en";
    String second = german ? "en" : "de";
    return Optional.ofNullable(byLanguage.get(first))
        .or(() -> Optional.ofNullable(byLanguage.get(second)))
        .orElseGet(() -> new TreeMap<>(byLanguage).firstEntry().getValue());
  }
}
