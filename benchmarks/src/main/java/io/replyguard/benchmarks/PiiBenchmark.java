package io.replyguard.benchmarks;

import io.replyguard.config.ReplyguardConfig;
import io.replyguard.model.PiiFinding;
import io.replyguard.pii.PiiDetector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PII scanning speed on one core.
 *
 * <ul>
 *   <li>{@code scanPost}: {@code PiiDetector.scan} of a realistic 280-character German post with
 *       a customer number, a mobile number, a postcode, prices, times and a signature (target
 *       ≤ 5 µs/op).
 *   <li>{@code naivePost}: the same post through {@link NaiveRegexScanner} (one re2j pattern per
 *       type, run in turn); the ratio naivePost / scanPost should be ≥ 20.
 *   <li>{@code scanPostClean}: a 280-character post without personal data.
 *   <li>{@code scanTweets}: {@code PiiDetector.scan} over 16 real-looking tweets (German and
 *       English, URLs, @handles, #tags, emoji, a few with personal data), reported per batch;
 *       µs per tweet = score / 16.
 *   <li>{@code scanMegabyte}: a text of 1,048,576 characters (1 MiB of mostly ASCII text) made of
 *       posts with and without PII, reported in ms/op; throughput in MB/s = 1048.576 / (ms/op)
 *       (target ≥ 100 MB/s, i.e. ≤ 10.5 ms/op).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PiiBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PiiBenchmark {

  /** A realistic post with personal data, exactly 280 characters. */
  static final String POST = "Hallo @telekom_hilft, seit drei Tagen kein Internet in 10115 "
      + "Berlin! Meine Kundennummer ist 12345678, erreichbar unter 0152 28817386. Der Techniker "
      + "kam am 12.11. nicht, obwohl 14-18 Uhr vereinbart war. Tarif L für 49,95 € im Monat!!! "
      + "Bitte meldet euch per DM. Gruß, Max Mustermann";

  /** A realistic post without personal data. */
  static final String CLEAN = "Seit heute Morgen geht bei uns im Ort gar nichts mehr, weder "
      + "Festnetz noch Mobilfunk. Der ICE 599 steht auch seit 40 Minuten, Anschluss um "
      + "14:30 Uhr verpasst. Wann ist die Störung behoben? Auf eurer Seite steht nur 'wir "
      + "arbeiten daran'. Echt schwach für 59,99 € im Monat. #fail #k";

  /** Real-looking tweets: mixed languages, URLs, handles, tags, emoji; some with PII. */
  static final String[] TWEETS = {
      "@DB_Bahn ICE 599 again 40 min late 😤 missed my connection in Köln Hbf. #bahnchaos",
      "Hallo @o2de, seit gestern kein LTE in 50667 Köln 🙄 https://t.co/aB3dE5fGh1",
      "@AmazonHelp my order number is 302-5553548-2250744 and it still says shipped 📦",
      "why does the app crash on iOS 17.2.1 every time I open settings?? 🤬 @spotifycares",
      "Danke @telekom_hilft, Techniker war da, alles läuft wieder 👍👍",
      "@VodafoneDE Meine Kundennummer 12345678, bitte ruft mich an: 0152 28817386 🙏",
      "lol my password isn't working again, reset link never arrives 🙃 @Google",
      "Rechnung doppelt abgebucht!!! 59,99 € statt 29,99 € 😡 #fail @1und1",
      "hi im sam, can someone DM me? email me at sam [at] example [dot] com",
      "@easyJet flight U2 4721 cancelled, no info at gate B12, 200 people waiting 😑",
      "Zugangsdaten: max.muster / Sommer2024 funktionieren nicht mehr, was nun? @sparkasse",
      "Update 2.4.1 bricht Bluetooth auf meinem Pixel 7 🤷‍♂️ https://support.google.com/x",
      "@Uber_Support driver charged me twice, receipt #5671 and #5672 💸",
      "Viele Grüße aus München 🥨 und danke für die schnelle Hilfe!",
      "@ikea_de Lieferung an Musterstraße 12, 12345 Berlin kam nie an 🚚❌",
      "great support today from Chris at @AppleSupport 🍏✨ 10/10 would recommend"};

  static final int MEGABYTE = 1 << 20;

  private PiiDetector detector;
  private NaiveRegexScanner naive;
  private String megabyte;

  /** Builds the detector, the baseline and the 1 MiB text. */
  @Setup
  public void setup() {
    detector = PiiDetector.create(ReplyguardConfig.defaults());
    naive = new NaiveRegexScanner();
    StringBuilder sb = new StringBuilder(MEGABYTE + 300);
    String[] parts = {POST, CLEAN, CLEAN, "IBAN: DE89 3704 0044 0532 0130 00, Passwort: "
        + "Sommer2024! und bitte per Mail an max.mustermann@example.de antworten.", CLEAN};
    int k = 0;
    while (sb.length() < MEGABYTE) {
      sb.append(parts[k++ % parts.length]).append('\n');
    }
    sb.setLength(MEGABYTE);
    megabyte = sb.toString();
    if (POST.length() != 280 || CLEAN.length() != 280 || detector.scan(POST).size() < 3
        || !detector.scan(CLEAN).isEmpty()) {
      throw new IllegalStateException("benchmark post must be 280 chars with PII: "
          + POST.length());
    }
  }

  /**
   * The detector on the post with PII.
   *
   * @return the findings
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<PiiFinding> scanPost() {
    return detector.scan(POST);
  }

  /**
   * The detector on the post without PII.
   *
   * @return the findings
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<PiiFinding> scanPostClean() {
    return detector.scan(CLEAN);
  }

  /**
   * The naive baseline on the post with PII.
   *
   * @return the matches
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<NaiveRegexScanner.Match> naivePost() {
    return naive.scan(POST);
  }

  /**
   * The detector over the 16 tweets; µs per tweet = score / 16.
   *
   * @return the number of findings
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int scanTweets() {
    int found = 0;
    for (String t : TWEETS) {
      found += detector.scan(t).size();
    }
    return found;
  }

  /**
   * The detector on 1 MiB of posts; MB/s = 1048.576 / (ms/op).
   *
   * @return the findings
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<PiiFinding> scanMegabyte() {
    return detector.scan(megabyte);
  }
}
