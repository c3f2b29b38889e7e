package io.replyguard.benchmarks;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.template.RenderContext;
import io.replyguard.internal.template.TemplateEngine;
import io.replyguard.time.BusinessCalendar;
import io.replyguard.time.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time commitments with the default configuration (Mon–Sat 08:00–20:00 Europe/Berlin, German
 * holidays): a commitment alone, and an acknowledgement template rendered with its commitment
 * (which includes computing the commitment). The moments cycle through a weekday morning, a
 * weekday evening, a Saturday evening (carried over the Sunday), a Sunday and Christmas Eve
 * (carried over two holidays and a Sunday), so open and closed paths are both measured. Target:
 * commitment plus rendering at most 5 µs/op on average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommitmentBenchmark {
  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private BusinessCalendar calendar;
  private TemplateEngine templates;
  private Instant[] moments;
  private RenderContext[] contexts;
  private int next;

  /** Builds the engine and the inputs. */
  @Setup
  public void setUp() {
    ReplyguardConfig config = ReplyguardConfig.defaults();
    calendar = BusinessCalendar.of(config);
    templates = TemplateEngine.create(config, calendar);
    String[] times = {"2026-11-23T10:15:00+01:00", "2026-11-23T19:30:00+01:00",
        "2026-11-28T19:30:00+01:00", "2026-11-29T12:00:00+01:00", "2026-12-24T19:30:00+01:00"};
    moments = new Instant[times.length];
    contexts = new RenderContext[times.length];
    for (int i = 0; i < times.length; i++) {
      moments[i] = OffsetDateTime.parse(times[i]).toInstant();
      contexts[i] = RenderContext.of(i % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH, moments[i],
          Map.of("customerName", "Frau Weber"));
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == moments.length ? 0 : i + 1;
    return i;
  }

  /**
   * A commitment (deadline and phrase) for one hour of business time.
   *
   * @return the commitment
   */
  @Benchmark
  public Commitment commitment() {
    int i = nextIndex();
    return calendar.commitment(moments[i], ONE_HOUR, i % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH);
  }

  /**
   * Reads the promises back from a typical German draft (what the draft checks do).
   *
   * @return the promises
   */
  @Benchmark
  public java.util.List<io.replyguard.internal.time.PromisedDeadline> parsePromises() {
    return io.replyguard.internal.time.CommitmentPhrases.findAll(DRAFT, Locale.GERMAN, PARSE_NOW);
  }

  private static final String DRAFT = "Hallo Frau Weber, das tut uns leid. Wir sehen uns Ihren "
      + "Anschluss in der Zentrale an und melden uns heute bis 18:00 Uhr bei Ihnen; spätestens "
      + "aber innerhalb der nächsten 2 Stunden.";
  private static final java.time.ZonedDateTime PARSE_NOW =
      java.time.ZonedDateTime.parse("2026-11-23T10:15:00+01:00[Europe/Berlin]");

  /**
   * The acknowledgement template rendered with its computed commitment.
   *
   * @return the text
   */
  @Benchmark
  public String renderAcknowledgement() {
    return templates.render("acknowledgement", contexts[nextIndex()]);
  }
}
