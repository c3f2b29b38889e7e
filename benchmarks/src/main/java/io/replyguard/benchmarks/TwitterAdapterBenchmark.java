package io.replyguard.benchmarks;

import io.replyguard.model.Message;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import io.replyguard.twitter.TwitterAdapter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
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
}
