package io.replyguard.benchmarks;

import io.replyguard.model.Author;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.TextLength;
import io.replyguard.spi.WebhookCheck;
import io.replyguard.twitter.TwitterAdapter;
import io.replyguard.twitter.TwitterWebhooks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The X adapter's hot paths: weighted length of reply drafts (X's v3 counting, computed natively)
 * and parsing of an Account Activity webhook body; and the weighted length of adversarial
 * 10,000-character texts (the inputs on which twitter-text's backtracking patterns took seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TwitterAdapterBenchmark {
  private final TwitterAdapter adapter = new TwitterAdapter();

  /**
   * A 280-character German reply with two URLs (one without scheme) and three emoji (one of them
   * a ZWJ sequence, one with a skin tone).
   */
  private final String draft = pad("Hallo Frau Mustermann, das tut uns leid! 😟 Infos zur"
      + " Störung: https://example.de/stoerung?plz=10115 – unsere Technik arbeitet daran 👩‍🔧."
      + " Bitte schicken Sie uns eine Direktnachricht, dann prüfen wir den Anschluss sofort."
      + " Hilfe gibt es auch auf example.de/hilfe. Danke! 👍🏽");

  /** A 280-character German reply without URLs and emoji (typographic quotes, euro sign). */
  private final String plainDraft = pad("Hallo Frau Mustermann, das tut uns leid – wir prüfen"
      + " den Anschluss sofort. Die „Gutschrift“ über 10 € kommt mit der nächsten Rechnung. Wir"
      + " melden uns heute bis 18:00 Uhr bei Ihnen. Bitte schicken Sie uns eine Direktnachricht"
      + " mit Ihrer Postleitzahl. Viele Grüße, Ihr Team");

  /** A reply to @kunde_1 starting with the name (which does not count). */
  private final Draft reply = Draft.of("@kunde_1 " + draft, Platform.TWITTER, Visibility.PUBLIC)
      .inReplyTo(Message.builder(Platform.TWITTER, Visibility.PUBLIC, "@TelcoHilfe kein Netz")
          .id("1861234567890123456").author(new Author("6253282", Optional.of("kunde_1"),
              Optional.empty(), OptionalLong.empty())).build());

  /** Adversarial 10,000-character texts, by name (a state of its own: only one benchmark). */
  @State(Scope.Benchmark)
  public static class Adversarial {
    /** Which text. */
    @Param({"a.", "1.", "x@y.", "a@b.", "digits", "www.", "https://", "emoji", "marks",
        "prose"})
    public String name;

    String text;

    /** Builds the text. */
    @Setup
    public void setUp() {
      text = switch (name) {
        case "a@b." -> "a".repeat(5000) + "@" + "b.".repeat(2499) + "b";
        case "digits" -> repeat("1,2.3-4/5:6 ");
        case "emoji" -> repeat("👨‍👩‍👧‍👦😀👍🏽");
        case "marks" -> "e" + "\u0301".repeat(9999);
        case "prose" -> repeat("Guten Tag, leider ist die Störung in Ihrer Straße noch nicht"
            + " behoben. Wir melden uns morgen bis 10:00 Uhr. ");
        default -> repeat(name);
      };
    }

    private static String repeat(String unit) {
      String s = unit.repeat(10_000 / unit.length() + 1).substring(0, 10_000);
      return Character.isHighSurrogate(s.charAt(9_999)) ? s.substring(0, 9_999) : s;
    }
  }

  private static String pad(String text) {
    if (text.length() > 280) {
      throw new IllegalStateException("longer than 280: " + text.length());
    }
    return text + " ".repeat(279 - text.length()) + "!";
  }

  /** A webhook body with two v1.1 posts. */
  private final String webhook = "{\"for_user_id\":\"783214\",\"tweet_create_events\":["
      + "{\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"id_str\":\"1050118621198921728\","
      + "\"text\":\"@TelcoHilfe Seit heute kein Internet &amp; kein Telefon\","
      + "\"in_reply_to_status_id_str\":\"1050118000000000000\",\"in_reply_to_user_id_str\":\"783214\","
      + "\"user\":{\"id_str\":\"6253282\",\"name\":\"Max\",\"screen_name\":\"max\","
      + "\"followers_count\":42},\"lang\":\"de\",\"entities\":{\"hashtags\":[],\"urls\":[]}},"
      + "{\"created_at\":\"Wed Oct 10 20:20:24 +0000 2018\",\"id_str\":\"1050118621198921729\","
      + "\"text\":\"@TelcoHilfe same here\",\"user\":{\"id_str\":\"7\"},\"lang\":\"en\"}]}";

  /**
   * Weighted length of a 280-character draft with two URLs and three emoji. Target: 1 µs.
   *
   * @return the measurement
   */
  @Benchmark
  public TextLength measurePost() {
    return adapter.measure(draft, Visibility.PUBLIC);
  }

  /**
   * Weighted length of a 280-character draft without URLs and emoji.
   *
   * @return the measurement
   */
  @Benchmark
  public TextLength measurePlainPost() {
    return adapter.measure(plainDraft, Visibility.PUBLIC);
  }

  /**
   * Weighted length of the reply (leading participant name discounted).
   *
   * @return the measurement
   */
  @Benchmark
  public TextLength measureReply() {
    return adapter.measure(reply);
  }

  /**
   * Weighted length of an adversarial 10,000-character text.
   *
   * @param a the text
   * @return the measurement
   */
  @Benchmark
  public TextLength measureAdversarial(Adversarial a) {
    return adapter.measure(a.text, Visibility.PUBLIC);
  }

  /**
   * Parsing a webhook body with two posts.
   *
   * @return the messages
   */
  @Benchmark
  public List<Message> parseWebhook() {
    return adapter.parse(webhook);
  }

  /**
   * Webhook figures (issue 14): parsing per event and signature checks per KiB. A separate state
   * so that the benchmarks above keep their inputs.
   */
  @State(Scope.Benchmark)
  public static class Webhooks {
    private final TwitterAdapter adapter = new TwitterAdapter();
    private final TwitterWebhooks hooks = TwitterWebhooks.of("bench-consumer-secret-0123456789");
    private String events;
    private byte[] body1k;
    private byte[] body16k;
    private String signature1k;
    private String signature16k;

    /** Builds a 20-event Account Activity body and signed 1 KiB and 16 KiB bodies. */
    @Setup
    public void setUp() {
      StringBuilder sb = new StringBuilder("{\"for_user_id\":\"783214\",\"tweet_create_events\":[");
      for (int i = 0; i < 20; i++) {
        sb.append(i == 0 ? "" : ",");
        if (i % 2 == 0) {
          sb.append("{\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"id_str\":\"10501186211989217")
              .append(10 + i).append("\",\"text\":\"@TelcoHilfe Seit heute kein Internet &amp; kein")
              .append(" Telefon, Kundennummer 12345678\",\"in_reply_to_status_id_str\":")
              .append("\"1050118000000000000\",\"in_reply_to_user_id_str\":\"783214\",\"user\":")
              .append("{\"id_str\":\"6253282\",\"name\":\"Max\",\"screen_name\":\"max\",")
              .append("\"followers_count\":42},\"lang\":\"de\",\"entities\":{\"hashtags\":[],")
              .append("\"urls\":[]}}");
        } else {
          sb.append("{\"id\":\"14603237370356776").append(10 + i).append("\",\"text\":")
              .append("\"@TelcoHilfe my router blinks red since this morning\",\"author_id\":")
              .append("\"2244994945\",\"created_at\":\"2026-11-23T08:15:02.000Z\",\"lang\":")
              .append("\"en\",\"edit_history_tweet_ids\":[\"14603237370356776").append(10 + i)
              .append("\"],\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1\"}]}");
        }
      }
      events = sb.append("]}").toString();
      if (adapter.parse(events).size() != 20) {
        throw new IllegalStateException("benchmark body does not hold 20 posts");
      }
      body1k = BenchmarkBodies.body(1024);
      body16k = BenchmarkBodies.body(16 * 1024);
      signature1k = "sha256=" + BenchmarkBodies.hmacBase64("bench-consumer-secret-0123456789",
          body1k);
      signature16k = "sha256=" + BenchmarkBodies.hmacBase64("bench-consumer-secret-0123456789",
          body16k);
      if (!hooks.verifyDelivery(body16k, signature16k).accepted()) {
        throw new IllegalStateException("benchmark signature does not verify");
      }
    }
  }

  /**
   * Parses a 20-post Account Activity body (v1.1 and v2 posts) with {@code parsePayload}; the
   * time is per event.
   *
   * @param w the inputs
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(20)
  public ParsedPayload parsePayloadPerEvent(Webhooks w) {
    return w.adapter.parsePayload(w.events);
  }

  /**
   * Checks the x-twitter-webhooks-signature of a 1 KiB body (fixed costs included).
   *
   * @param w the inputs
   * @return the check
   */
  @Benchmark
  public WebhookCheck verifySignature1KiB(Webhooks w) {
    return w.hooks.verifyDelivery(w.body1k, w.signature1k);
  }

  /**
   * Checks the x-twitter-webhooks-signature of a 16 KiB body; the time is per KiB.
   *
   * @param w the inputs
   * @return the check
   */
  @Benchmark
  @OperationsPerInvocation(16)
  public WebhookCheck verifySignaturePerKiB(Webhooks w) {
    return w.hooks.verifyDelivery(w.body16k, w.signature16k);
  }

  /**
   * Answers a CRC challenge.
   *
   * @param w the inputs
   * @return the response
   */
  @Benchmark
  public WebhookCheck crc(Webhooks w) {
    return w.hooks.crc("Zm9vYmFyLWNyYy10b2tlbi0xNzk1NDI4MDAw");
  }
}
