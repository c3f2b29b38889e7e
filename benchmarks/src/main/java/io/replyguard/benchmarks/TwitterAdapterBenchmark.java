package io.replyguard.benchmarks;

import io.replyguard.model.Message;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.TextLength;
import io.replyguard.spi.WebhookCheck;
import io.replyguard.twitter.TwitterAdapter;
import io.replyguard.twitter.TwitterWebhooks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The X adapter's hot paths: weighted length of a reply draft (twitter-text v3) and parsing of an
 * Account Activity webhook body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TwitterAdapterBenchmark {
  private final TwitterAdapter adapter = new TwitterAdapter();

  /** A typical German reply with a URL and an emoji (about 200 characters). */
  private final String draft = "Hallo Frau Mustermann, das tut uns leid! 😟 Bitte schicken Sie uns"
      + " eine Direktnachricht mit Ihrer Kundennummer, dann prüfen wir den Anschluss sofort."
      + " Infos zur Störung: https://example.de/stoerung";

  /** The same kind of reply without emoji (typographic quotes, euro sign, URL). */
  private final String plainDraft = "Hallo Frau Mustermann, das tut uns leid – wir prüfen den"
      + " Anschluss sofort. Die „Gutschrift“ über 10 € kommt mit der nächsten Rechnung."
      + " Infos zur Störung: https://example.de/stoerung";

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
   * Weighted length of a draft.
   *
   * @return the measurement
   */
  @Benchmark
  public TextLength measurePost() {
    return adapter.measure(draft, Visibility.PUBLIC);
  }

  /**
   * Weighted length of a draft without emoji (twitter-text's emoji regex is skipped).
   *
   * @return the measurement
   */
  @Benchmark
  public TextLength measurePlainPost() {
    return adapter.measure(plainDraft, Visibility.PUBLIC);
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
