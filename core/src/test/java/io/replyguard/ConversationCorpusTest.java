package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.Category;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Formality;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Drift test on real conversations nobody here wrote. The resource folder {@code conv/} holds
 * pointers (thread URL, author handle, labels, SHA-256 of the text; see its {@code SOURCES.md},
 * {@code LICENSES.md} and {@code GUIDELINES.md}): GitHub issue text has no licence that allows
 * republishing it, so the texts themselves are not in the repository, except the adapted drafts
 * written for this corpus. {@link #adaptedDraftsKeepTheirVerdicts} always runs on those;
 * {@link #figuresHoldOnRealConversations} runs when {@code -Dreplyguard.corpus.dir=DIR} names a
 * folder with the full {@code posts.jsonl}, {@code drafts.jsonl} and {@code posted-replies.jsonl}
 * (every text is checked against its pointer's hash), and is skipped otherwise. It reports channel
 * accuracy, priority accuracy, actions F1, verdict accuracy, block recall, false blocks and the
 * share of posted replies sent to BLOCK or REVIEW, and fails when a figure drifts below the one
 * measured when the data was added.
 *
 * <p>Length is a separate check (the platform adapters count it); this test disables
 * {@code length.limit} and uses a neutral adapter without platform policy, so the figures are
 * about content. Each draft is checked at a fixed moment inside the default service hours.
 */
class ConversationCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  /**
   * Floors: the figures measured on 2026-12-04 with 350 posts, 220 drafts and 323 posted replies
   * after the second round on these conversations (fail on drift below them). Issue 18's targets
   * are higher (channel 0.92, priority 0.90, actions F1 0.85, verdict 0.95, block recall 0.98, no
   * false BLOCK, at most 1 % BLOCK on posted replies); see the README for which hold.
   */
  static final double CHANNEL_FLOOR = 0.808;
  static final double PRIORITY_FLOOR = 0.890;
  static final double ACTIONS_F1_FLOOR = 0.769;
  static final double VERDICT_FLOOR = 0.972;
  static final double BLOCK_RECALL_FLOOR = 0.911;
  static final int FALSE_BLOCKS_CEILING = 2;
  static final double POSTED_BLOCK_CEILING = 0.050;
  static final double POSTED_REVIEW_CEILING = 0.087;
  static final int ADAPTED_MISSES_CEILING = 1;

  private final Map<String, Replyguard> engines = new HashMap<>();

  private static final String DIR = System.getProperty("replyguard.corpus.dir");

  /** The pointers of a file, from the test resources. */
  private static List<JsonNode> pointers(String name) throws IOException {
    try (InputStream in = ConversationCorpusTest.class.getResourceAsStream("/conv/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource conv/" + name + " is missing");
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The full records of a file from {@link #DIR}, each text checked against its pointer's hash.
   */
  private static List<JsonNode> lines(String name) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    for (JsonNode p : pointers(name)) {
      hashes.put(p.get("id").asText(), p.get("textSha256").asText());
    }
    List<JsonNode> out = parse(name, Files.readString(Path.of(DIR, name)));
    for (JsonNode r : out) {
      String id = r.get("id").asText();
      String want = hashes.get(id);
      if (want == null || !want.equals(TextHashes.sha256(r.get("text").asText()))) {
        throw new IllegalStateException(name + " record " + id
            + ": text differs from the pointer (hash), or the pointer is missing");
      }
    }
    if (out.size() != hashes.size()) {
      throw new IllegalStateException(name + ": " + out.size() + " records, " + hashes.size()
          + " pointers");
    }
    return out;
  }

  private static List<JsonNode> parse(String name, String text) {
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (!line.isBlank()) {
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IllegalStateException(name + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private Replyguard engine(JsonNode item) {
    List<String> contacts = new ArrayList<>();
    item.path("companyContacts").forEach(c -> {
      if (!c.asText().startsWith("(")) { // "(staff address, see source)": not in the pointers
        contacts.add(c.asText());
      }
    });
    Formality formality = item.hasNonNull("formality")
        ? Formality.valueOf(item.get("formality").asText().toUpperCase(Locale.ROOT))
        : Formality.SIE;
    String key = contacts + "|" + formality;
    return engines.computeIfAbsent(key, k -> Replyguard.builder()
        .config(ReplyguardConfig.builder().companyContacts(contacts).formality(formality)
            // unrelated posts of many brands: no outage burst across them
            .burst(new io.replyguard.config.BurstSettings(100_000, java.time.Duration.ofMinutes(15),
                100_000))
            .ruleOverrides(Map.of("length.limit", new RuleOverride(false, Optional.empty())))
            .build())
        .adapters(AdapterRegistry.builder().register(new NeutralAdapter(Platform.TWITTER))
            .register(new NeutralAdapter(Platform.FACEBOOK)).build())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build());
  }

  private static Platform platform(JsonNode item) {
    return item.path("platform").asText("twitter").equals("facebook") ? Platform.FACEBOOK
        : Platform.TWITTER;
  }

  private static Visibility visibility(JsonNode item) {
    return item.path("visibility").asText("public").equalsIgnoreCase("private")
        ? Visibility.PRIVATE : Visibility.PUBLIC;
  }

  private static Message message(JsonNode item, String id) {
    Message.Builder b = Message.builder(platform(item), visibility(item),
        item.get("text").asText()).id(id);
    if (item.has("lang")) {
      b.locale(Locale.forLanguageTag(item.get("lang").asText()));
    }
    return b.build();
  }

  private static Draft draft(JsonNode item) {
    Optional<Message> original = item.path("inReplyTo").isObject()
        ? Optional.of(message(item.get("inReplyTo"), item.get("id").asText() + "-original"))
        : Optional.empty();
    Optional<Locale> locale = item.has("lang")
        ? Optional.of(Locale.forLanguageTag(item.get("lang").asText())) : Optional.empty();
    return new Draft(item.get("text").asText(), platform(item), visibility(item), original,
        locale, Optional.of(NOW), Map.of());
  }

  /** The figures of one run. */
  record Figures(double channel, double priority, double actionsF1, double verdict,
      double blockRecall, int falseBlocks, double postedBlock, double postedReview,
      int posts, int drafts, int posted) {}

  Figures measure(StringBuilder report) throws IOException {
    return measure(lines("posts.jsonl"), lines("drafts.jsonl"), lines("posted-replies.jsonl"),
        report);
  }

  Figures measure(List<JsonNode> postSet, List<JsonNode> draftSet, List<JsonNode> postedSet,
      StringBuilder report) {
    int posts = 0;
    int channelOk = 0;
    int priorityOk = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (JsonNode p : postSet) {
      posts++;
      Replyguard g = engine(p);
      Advice a = g.advise(message(p, p.get("id").asText()));
      JsonNode e = p.get("expected");
      boolean ch = a.channel().name().equals(e.get("channel").asText());
      boolean pr = a.priority().name().equals(e.get("priority").asText());
      Set<Action> want = EnumSet.noneOf(Action.class);
      e.get("actions").forEach(x -> want.add(Action.valueOf(x.asText())));
      for (Action x : Action.values()) {
        boolean got = a.actions().contains(x);
        boolean exp = want.contains(x);
        tp += got && exp ? 1 : 0;
        fp += got && !exp ? 1 : 0;
        fn += !got && exp ? 1 : 0;
      }
      channelOk += ch ? 1 : 0;
      priorityOk += pr ? 1 : 0;
      if (!ch || !pr || !a.actions().equals(want)) {
        report.append("POST ").append(p.get("id").asText()).append(" want ")
            .append(e.get("intent").asText()).append('/').append(e.get("channel").asText())
            .append('/').append(e.get("priority").asText()).append('/').append(want)
            .append(" got ").append(a.intents()).append('/').append(a.channel()).append('/')
            .append(a.priority()).append('/').append(a.actions()).append(' ')
            .append(a.reasons().stream().map(r -> r.ruleId()).toList()).append('\n');
      }
    }
    int drafts = 0;
    int verdictOk = 0;
    int blocks = 0;
    int blocked = 0;
    int falseBlocks = 0;
    for (JsonNode d : draftSet) {
      drafts++;
      CheckResult r = engine(d).check(draft(d));
      String want = d.get("expected").get("verdict").asText();
      verdictOk += r.verdict().name().equals(want) ? 1 : 0;
      if (want.equals("BLOCK")) {
        blocks++;
        blocked += r.verdict() == Verdict.BLOCK ? 1 : 0;
      } else if (r.verdict() == Verdict.BLOCK) {
        falseBlocks++;
      }
      if (!r.verdict().name().equals(want)) {
        report.append("DRAFT ").append(d.get("id").asText()).append(" want ").append(want)
            .append(d.get("expected").get("categories")).append(" got ").append(r.verdict())
            .append(' ').append(summary(r)).append('\n');
      }
    }
    int posted = 0;
    int postedBlock = 0;
    int postedReview = 0;
    for (JsonNode d : postedSet) {
      posted++;
      CheckResult r = engine(d).check(draft(d));
      if (r.verdict() != Verdict.ALLOW) {
        postedBlock += r.verdict() == Verdict.BLOCK ? 1 : 0;
        postedReview += r.verdict() == Verdict.REVIEW ? 1 : 0;
        report.append("POSTED ").append(d.get("id").asText()).append(' ').append(r.verdict())
            .append(' ').append(summary(r)).append('\n');
      }
    }
    double f1 = tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
    return new Figures((double) channelOk / posts, (double) priorityOk / posts, f1,
        (double) verdictOk / drafts, blocks == 0 ? 1 : (double) blocked / blocks, falseBlocks,
        (double) postedBlock / posted, (double) postedReview / posted, posts, drafts, posted);
  }

  private static String summary(CheckResult r) {
    Map<String, Integer> rules = new TreeMap<>();
    for (Finding f : r.findings()) {
      if (f.severity() != io.replyguard.model.Severity.INFO) {
        String what = f.category() == Category.PII ? "(" + f.message().replaceAll("[.:].*", "") + ")"
            : "";
        rules.merge(f.ruleId() + what + ":" + f.severity(), 1, Integer::sum);
      }
    }
    return rules.toString();
  }

  @Test
  void pointersAreComplete() throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    int posts = 0;
    int drafts = 0;
    for (String name : List.of("posts.jsonl", "drafts.jsonl", "posted-replies.jsonl")) {
      for (JsonNode p : pointers(name)) {
        String id = p.get("id").asText();
        assertTrue(ids.add(name + id), name + ": duplicate id " + id);
        assertTrue(p.get("textSha256").asText().matches("[0-9a-f]{64}"), name + " " + id);
        assertTrue(p.get("source").asText().startsWith("https://"), name + " " + id);
        if (!name.startsWith("posted")) {
          assertTrue(p.has("expected") && p.has("reason"), name + " " + id);
        }
        posts += name.equals("posts.jsonl") ? 1 : 0;
        drafts += name.equals("drafts.jsonl") ? 1 : 0;
      }
    }
    assertTrue(posts >= 300 && drafts >= 200, posts + " posts, " + drafts + " drafts");
  }

  @Test
  void adaptedDraftsKeepTheirVerdicts() throws IOException {
    int n = 0;
    StringBuilder wrong = new StringBuilder();
    for (JsonNode d : pointers("drafts.jsonl")) {
      if (!d.path("adapted").asBoolean(false)) {
        continue;
      }
      assertTrue(d.has("text"), d.get("id").asText());
      assertTrue(TextHashes.sha256(d.get("text").asText()).equals(d.get("textSha256").asText()),
          d.get("id").asText());
      n++;
      CheckResult r = engine(d).check(draft(d));
      String want = d.get("expected").get("verdict").asText();
      if (!r.verdict().name().equals(want)) {
        wrong.append(d.get("id").asText()).append(" want ").append(want).append(" got ")
            .append(r.verdict()).append(' ').append(summary(r)).append('\n');
      }
    }
    assertTrue(n >= 20, n + " adapted drafts");
    // floor as measured after merging the pii work of 2026-12-04: b14-018 repeats an address at
    // the reserved ".example" domain, which the detector now treats as a placeholder
    int misses = wrong.toString().split("\n", -1).length - 1;
    assertTrue(misses <= ADAPTED_MISSES_CEILING, misses + " wrong:\n" + wrong);
  }

  @Test
  void figuresHoldOnRealConversations() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(DIR != null,
        "full texts not in the repository: run with -Dreplyguard.corpus.dir=DIR");
    StringBuilder report = new StringBuilder();
    Figures f = measure(report);
    String figures = format(f);
    System.out.println(figures);
    if (Boolean.getBoolean("replyguard.corpus.report")) {
      System.out.println(report);
    }
    assertTrue(f.channel() >= CHANNEL_FLOOR, figures);
    assertTrue(f.priority() >= PRIORITY_FLOOR, figures);
    assertTrue(f.actionsF1() >= ACTIONS_F1_FLOOR, figures);
    assertTrue(f.verdict() >= VERDICT_FLOOR, figures);
    assertTrue(f.blockRecall() >= BLOCK_RECALL_FLOOR, figures);
    assertTrue(f.falseBlocks() <= FALSE_BLOCKS_CEILING, figures);
    assertTrue(f.postedBlock() <= POSTED_BLOCK_CEILING, figures);
    assertTrue(f.postedReview() <= POSTED_REVIEW_CEILING, figures);
  }

  /**
   * Measures a labelled set given as one file, {@code -Dreplyguard.conv.eval=FILE}: records with
   * {@code kind} {@code post} (scored with {@code advise}) or {@code reply} (replies staff really
   * posted: scored with {@code check} both against their labelled verdict and as posted replies),
   * full texts. Prints the figures and every disagreement; for measuring a new, unseen set before
   * its pointers join the drift floors.
   */
  @Test
  void figuresOnAGivenSet() throws IOException {
    String file = System.getProperty("replyguard.conv.eval");
    org.junit.jupiter.api.Assumptions.assumeTrue(file != null,
        "no set given: run with -Dreplyguard.conv.eval=FILE");
    List<JsonNode> posts = new ArrayList<>();
    List<JsonNode> replies = new ArrayList<>();
    for (JsonNode r : parse(file, Files.readString(Path.of(file)))) {
      String kind = r.path("kind").asText();
      if (kind.equals("post")) {
        posts.add(r);
      } else if (kind.equals("reply")) {
        replies.add(r);
      } else {
        throw new IllegalStateException(file + " record " + r.path("id").asText()
            + ": kind must be post or reply, not '" + kind + "'");
      }
    }
    StringBuilder report = new StringBuilder();
    Figures f = measure(posts, replies, replies, report);
    String figures = format(f);
    System.out.println(figures + "\n" + report);
    assertTrue(f.posts() + f.drafts() > 0, file + " holds no records");
    for (RoundSet set : ROUND_SETS) {
      if (matchesPointers(set.pointers(), posts, replies)) {
        // a fresh set of an earlier round: fail on drift below the figures measured when accepted
        assertTrue(f.channel() >= set.channel() - 0.005, figures);
        assertTrue(f.priority() >= set.priority() - 0.005, figures);
        assertTrue(f.actionsF1() >= set.actionsF1() - 0.005, figures);
        assertTrue(f.verdict() >= set.verdict() - 0.005, figures);
        assertTrue(f.blockRecall() >= set.blockRecall() - 0.005, figures);
        assertTrue(f.falseBlocks() <= set.falseBlocks(), figures);
      }
    }
  }

  /**
   * A fresh set of real posts and replies staff really posted, by its pointer file, with its
   * size and the figures measured on it when this release was accepted (see README).
   */
  record RoundSet(String pointers, int posts, int replies, double channel, double priority,
      double actionsF1, double verdict, double blockRecall, int falseBlocks) {}

  /**
   * The sets: round 6 (2026-12-05; actions F1 and priority fell from 0.894 / 0.926 when a shop's
   * {@code order@} mailbox stopped counting as a customer's address, which had matched the
   * labelled PII action for the wrong reason), round 7 (2026-12-06, unseen at that round's
   * start: channel 0.748, priority 0.893, actions F1 0.923, verdict 0.926, 2 false BLOCKs then)
   * and round 8 (2026-12-06b, 573 posts and 339 replies in German and English, measured on the
   * release of the round's start while unseen: channel 0.703, priority 0.878, actions F1 0.652,
   * verdict 0.870, block recall 0.500, 5 false BLOCKs) and round 9 (2026-12-06c, 378 posts and
   * 232 replies, unseen at the start of its round: channel 0.738, priority 0.876, actions F1
   * 0.746, verdict 0.897, block recall 0.143, 3 false BLOCKs), and its held-out set
   * (2026-12-06d, 204 posts and 115 replies collected while round 9 worked, measured once on the
   * release of the round's end, channel 0.760 and verdict 0.809, then used for two classes:
   * follow-up promises in other words and strong product criticism; no reply there is labelled
   * BLOCK), and round 10's sets: 2026-12-06e (153 posts, 93 replies; unseen at the round's
   * start: channel 0.752, priority 0.895, actions F1 0.841, verdict 0.892, block recall 0.400, no
   * false BLOCK) and its held-out set 2026-12-06f (123 posts, 97 replies collected while round
   * 10 worked, measured once on the release closing it).
   */
  static final List<RoundSet> ROUND_SETS = List.of(
      new RoundSet("fresh-2026-12-05b-pointers.jsonl", 243, 141, 0.831, 0.922, 0.877, 0.936,
          1.0, 1),
      new RoundSet("fresh-2026-12-06-pointers.jsonl", 262, 149, 0.844, 0.962, 0.923, 0.973,
          0.667, 0),
      new RoundSet("fresh-2026-12-06b-pointers.jsonl", 573, 339, 0.766, 0.894, 0.709, 0.917,
          0.833, 0),
      new RoundSet("fresh-2026-12-06c-pointers.jsonl", 378, 232, 0.817, 0.926, 0.882, 0.957,
          0.571, 1),
      new RoundSet("fresh-2026-12-06d-pointers.jsonl", 204, 115, 0.779, 0.897, 0.795, 0.878,
          1.0, 1),
      new RoundSet("fresh-2026-12-06e-pointers.jsonl", 153, 93, 0.758, 0.908, 0.841, 0.903,
          0.4, 0),
      new RoundSet("fresh-2026-12-06f-pointers.jsonl", 123, 97, 0.748, 0.854, 0.755, 0.897,
          1.0, 1));

  @Test
  void roundPointersAreComplete() throws IOException {
    for (RoundSet set : ROUND_SETS) {
      int posts = 0;
      int replies = 0;
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (JsonNode p : pointers(set.pointers())) {
        String id = p.get("id").asText();
        assertTrue(ids.add(id), "duplicate id " + id);
        assertTrue(p.get("textSha256").asText().matches("[0-9a-f]{64}"), id);
        assertTrue(p.get("source").asText().startsWith("https://github.com/"), id);
        assertTrue(p.has("expected") && !p.get("reason").asText().isBlank(), id);
        if (p.get("kind").asText().equals("post")) {
          posts++;
          JsonNode e = p.get("expected");
          assertTrue(e.has("intent") && e.has("channel") && e.has("actions")
              && e.has("priority"), id);
        } else {
          replies++;
          assertTrue(p.get("expected").has("verdict"), id);
          p.path("companyContacts").forEach(c -> assertTrue(c.asText().indexOf('@') < 0
              || c.asText().matches("(admin|yo|support|info|hello)@.*"),
              id + ": a person's address"));
        }
      }
      assertEquals(set.posts(), posts, set.pointers());
      assertEquals(set.replies(), replies, set.pointers());
    }
  }

  /** Whether the records are exactly those of a pointer file (ids and text hashes). */
  private static boolean matchesPointers(String name, List<JsonNode> posts,
      List<JsonNode> replies) throws IOException {
    Map<String, String> want = new HashMap<>();
    for (JsonNode p : pointers(name)) {
      want.put(p.get("id").asText(), p.get("textSha256").asText());
    }
    Map<String, String> got = new HashMap<>();
    for (List<JsonNode> l : List.of(posts, replies)) {
      for (JsonNode r : l) {
        got.put(r.get("id").asText(), TextHashes.sha256(r.get("text").asText()));
      }
    }
    return want.equals(got);
  }

  private static String format(Figures f) {
    return String.format(Locale.ROOT,
        "posts %d: channel %.3f, priority %.3f, actions F1 %.3f | drafts %d: verdict %.3f,"
            + " block recall %.3f, false blocks %d | posted replies %d: BLOCK %.1f %%, REVIEW"
            + " %.1f %%", f.posts(), f.channel(), f.priority(), f.actionsF1(), f.drafts(),
        f.verdict(), f.blockRecall(), f.falseBlocks(), f.posted(), 100 * f.postedBlock(),
        100 * f.postedReview());
  }

  /** Counts nothing and reports no policy: the figures are about content. */
  private static final class NeutralAdapter implements PlatformAdapter {
    private final Platform platform;

    NeutralAdapter(Platform platform) {
      this.platform = platform;
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public TextLength measure(String text, Visibility visibility) {
      return new TextLength(text.length(), Integer.MAX_VALUE, text.length(), text.length());
    }

    @Override
    public List<Message> parse(String json) {
      throw new UnsupportedOperationException("not used");
    }

    @Override
    public OutboundRequest replyRequest(Draft draft) {
      throw new UnsupportedOperationException("not used");
    }

    @Override
    public Optional<io.replyguard.spi.OutboundRequest> hideRequest(Message original) {
      return Optional.empty();
    }

    @Override
    public List<Finding> policy(Draft draft, Instant now) {
      return List.of();
    }
  }
}
