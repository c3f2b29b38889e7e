package io.replyguard.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic posts from resources/pii/posts.txt: each marked item {@code [[TYPE:value]]} must be
 * found with exactly that type and span, and nothing else may be reported (unmarked posts are
 * hard negatives).
 */
class PiiPostsTest {
  private static final PiiDetector DETECTOR = PiiDetector.create(ReplyguardConfig.defaults());

  record Expected(PiiType type, int start, int end) {}

  record Post(int line, String text, List<Expected> expected) {
    @Override
    public String toString() {
      return "line " + line;
    }
  }

  static List<Post> posts() throws IOException {
    List<Post> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        PiiPostsTest.class.getResourceAsStream("/pii/posts.txt")), StandardCharsets.UTF_8))) {
      String l;
      int line = 0;
      while ((l = r.readLine()) != null) {
        line++;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        out.add(parse(line, l.replace("\\n", "\n")));
      }
    }
    return out;
  }

  static Post parse(int line, String marked) {
    StringBuilder text = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      text.append(marked, i, open);
      int colon = marked.indexOf(':', open);
      int close = marked.indexOf("]]", colon);
      PiiType type = PiiType.valueOf(marked.substring(open + 2, colon));
      int start = text.length();
      text.append(marked, colon + 1, close);
      expected.add(new Expected(type, start, text.length()));
      i = close + 2;
    }
    return new Post(line, text.toString(), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void findsExactlyTheMarkedItems(Post post) {
    List<PiiFinding> findings = DETECTOR.scan(post.text());
    List<Expected> actual = findings.stream()
        .map(f -> new Expected(f.type(), f.span().start(), f.span().end())).toList();
    assertEquals(post.expected(), actual, () -> "line " + post.line() + ": " + describe(post,
        findings));
  }

  private static String describe(Post post, List<PiiFinding> findings) {
    return findings.stream().map(f -> f.type() + " " + f.span() + " '"
        + post.text().substring(f.span().start(), f.span().end()) + "' " + f.score())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void atLeastTenPostsPerTypeAndFortyHardNegatives() throws IOException {
    Map<PiiType, Integer> perType = new EnumMap<>(PiiType.class);
    int negatives = 0;
    for (Post p : posts()) {
      if (p.expected().isEmpty()) {
        negatives++;
      }
      p.expected().stream().map(Expected::type).distinct()
          .forEach(t -> perType.merge(t, 1, Integer::sum));
    }
    for (PiiType t : PiiType.values()) {
      assertTrue(perType.getOrDefault(t, 0) >= 10, t + " has " + perType.get(t) + " posts");
    }
    assertTrue(negatives >= 40, "hard negatives: " + negatives);
  }
}
