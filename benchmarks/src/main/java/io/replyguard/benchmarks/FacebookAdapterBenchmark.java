package io.replyguard.benchmarks;

import io.replyguard.facebook.FacebookAdapter;
import io.replyguard.facebook.FacebookWebhooks;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.WebhookCheck;
import java.time.Instant;
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
 * Facebook adapter throughput: parsing a realistic webhook batch (10 feed changes, 10 Messenger
 * events), the platform policy on a Messenger draft, and mapping it to a Send API request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FacebookAdapterBenchmark {
  private final FacebookAdapter adapter = new FacebookAdapter();
  private String batch;
  private Draft draft;
  private Instant now;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    StringBuilder changes = new StringBuilder();
    StringBuilder messaging = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      changes.append(i == 0 ? "" : ",").append("{\"field\":\"feed\",\"value\":{\"from\":{\"id\":\"60293847")
          .append(i).append("\",\"name\":\"Erika Mustermann\"},\"post\":{\"status_type\":\"added_photos\","
              + "\"is_published\":true,\"id\":\"900_5\"},\"message\":\"Seit gestern kein Internet in "
              + "10115 Berlin, Kundennummer 12345678 \uD83D\uDE21\",\"post_id\":\"900_5\",\"comment_id\":\"5_")
          .append(i).append("\",\"created_time\":1795427990,\"item\":\"comment\",\"parent_id\":\"900_5\","
              + "\"verb\":\"").append(i % 3 == 0 ? "edited" : "add").append("\"}}");
      messaging.append(i == 0 ? "" : ",").append("{\"sender\":{\"id\":\"77123456789").append(i)
          .append("\"},\"recipient\":{\"id\":\"900\"},\"timestamp\":1795427999876,\"message\":"
              + "{\"mid\":\"m_AbC-123_").append(i).append("\",\"text\":\"Meine Rechnung ist falsch, "
              + "bitte melden Sie sich\",\"nlp\":{\"entities\":{}}}}");
    }
    batch = "{\"object\":\"page\",\"entry\":[{\"id\":\"900\",\"time\":1795428000,\"changes\":["
        + changes + "],\"messaging\":[" + messaging + "]}]}";
    Message last = adapter.parse(batch).get(10);
    now = last.createdAt().orElseThrow().plusSeconds(30 * 3600);
    draft = Draft.of("Wir kümmern uns darum und melden uns heute bis 18:00 Uhr.", Platform.FACEBOOK,
        Visibility.PRIVATE).inReplyTo(last).at(now);
  }

  /** Parses the 20-event webhook body. */
  @Benchmark
  public List<Message> parseBatch() {
    return adapter.parse(batch);
  }

  /** Checks the platform policy of a Messenger draft outside the 24-hour window. */
  @Benchmark
  public List<Finding> policy() {
    return adapter.policy(draft, now);
  }

  /** Maps the Messenger draft to a HUMAN_AGENT Send API request. */
  @Benchmark
  public OutboundRequest replyRequest() {
    return adapter.replyRequest(draft);
  }

  /**
   * Webhook figures (issue 14): parsing per event and signature checks per KiB. A separate state
   * so that the benchmarks above keep their inputs.
   */
  @State(Scope.Benchmark)
  public static class Webhooks {
    private final FacebookAdapter adapter = new FacebookAdapter();
    private final FacebookWebhooks hooks = FacebookWebhooks.of("bench-app-secret-0123456789abcdef");
    private String batch;
    private byte[] body1k;
    private byte[] body16k;
    private String signature1k;
    private String signature16k;

    /** Builds a 20-event body and signed 1 KiB and 16 KiB bodies. */
    @Setup
    public void setUp() {
      FacebookAdapterBenchmark b = new FacebookAdapterBenchmark();
      b.setUp();
      batch = b.batch;
      body1k = BenchmarkBodies.body(1024);
      body16k = BenchmarkBodies.body(16 * 1024);
      signature1k = "sha256=" + BenchmarkBodies.hmacHex("bench-app-secret-0123456789abcdef", body1k);
      signature16k = "sha256=" + BenchmarkBodies.hmacHex("bench-app-secret-0123456789abcdef",
          body16k);
      if (!hooks.verifyDelivery(body16k, signature16k).accepted()) {
        throw new IllegalStateException("benchmark signature does not verify");
      }
    }
  }

  /**
   * Parses the 20-event webhook body with {@code parsePayload}; the time is per event.
   *
   * @param w the inputs
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(20)
  public ParsedPayload parsePayloadPerEvent(Webhooks w) {
    return w.adapter.parsePayload(w.batch);
  }

  /**
   * Checks the X-Hub-Signature-256 of a 1 KiB body (fixed costs included).
   *
   * @param w the inputs
   * @return the check
   */
  @Benchmark
  public WebhookCheck verifySignature1KiB(Webhooks w) {
    return w.hooks.verifyDelivery(w.body1k, w.signature1k);
  }

  /**
   * Checks the X-Hub-Signature-256 of a 16 KiB body; the time is per KiB.
   *
   * @param w the inputs
   * @return the check
   */
  @Benchmark
  @OperationsPerInvocation(16)
  public WebhookCheck verifySignaturePerKiB(Webhooks w) {
    return w.hooks.verifyDelivery(w.body16k, w.signature16k);
  }
}
