package io.replyguard.benchmarks;

import io.replyguard.Replyguard;
import io.replyguard.advice.IntentRecognizer;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.Advice;
import io.replyguard.model.Author;
import io.replyguard.model.Intent;
import io.replyguard.model.Message;
import io.replyguard.model.PiiFinding;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Channel advice on a 280-character post, end to end through the facade: normalisation, intent
 * recognition, PII scan, signals and rule evaluation. Target: at most 10 µs per operation on
 * average on one core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdviseBenchmark {

  /** Posts of exactly 280 characters. */
  @Param({"complaint-pii", "howto", "outage"})
  public String post;

  private Replyguard engine;
  private IntentRecognizer recognizer;
  private Message message;

  /** Builds the engine and the message. */
  @Setup
  public void setup() {
    engine = Replyguard.create();
    recognizer = IntentRecognizer.create(ReplyguardConfig.defaults());
    String text = switch (post) {
      case "complaint-pii" -> "Seit drei Wochen warte ich auf eine Antwort!!! Meine Kundennummer"
          + " ist 123456789, die Rechnung ist schon wieder falsch und niemand meldet sich. Ich"
          + " will jetzt kündigen, bitte per E-Mail bestätigen. #fail Echt eine Frechheit, wie"
          + " ihr mit Stammkunden umgeht. Ruft mich an: 0151 23456789. Danke für nichts 😡";
      case "howto" -> "Hallo zusammen, kurze Frage: Wie schalte ich auf meinem neuen Handy die"
          + " mobilen Daten im Ausland aus, damit beim Roaming keine Kosten entstehen? Ich finde"
          + " die Einstellung in der App nicht und auf der Webseite steht nur etwas zu älteren"
          + " Geräten. Gibt es dafür eine Anleitung? Vielen Dank und schöne Grüße aus Köln!";
      default -> "Großstörung in Hamburg? Seit heute Morgen kein Internet und auch kein"
          + " Festnetz, bei den Nachbarn genauso. Router schon dreimal neu gestartet, alle"
          + " Lampen blinken. Wann ist das Problem behoben? Ich arbeite im Homeoffice und"
          + " brauche dringend eine Verbindung. Bitte gebt kurz Bescheid, was los ist. Danke";
    };
    text = fit(text);
    message = Message.builder(Platform.TWITTER, Visibility.PUBLIC, text).id("bench")
        .author(Author.of("u1").withFollowers(1200)).build();
  }

  private static String fit(String text) {
    StringBuilder sb = new StringBuilder(text);
    while (sb.length() < 280) {
      sb.append(' ').append("ok");
    }
    sb.setLength(280);
    return sb.toString();
  }

  /**
   * Advises on the post.
   *
   * @return the advice (consumed by JMH)
   */
  @Benchmark
  public Advice advise() {
    return engine.advise(message);
  }

  /**
   * Intent recognition alone (normalisation and lexicon scan), for the break-down.
   *
   * @return the intents
   */
  @Benchmark
  public List<Intent> recognize() {
    return recognizer.recognize(message.text());
  }

  /**
   * The PII scan alone (part of every advice), for the break-down.
   *
   * @return the findings
   */
  @Benchmark
  public List<PiiFinding> piiScan() {
    return engine.scan(message.text());
  }
}
