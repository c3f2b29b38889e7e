package io.replyguard.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The cost of a draft with URLs, with emoji and with both relative to the plain draft, measured
 * in one JVM with the drafts taking turns, so that every ratio compares times from the same phase
 * of the machine. On a shared machine whose speed drifts by half for tens of seconds, JMH forks
 * of different benchmarks run in different phases and their ratio says more about the machine
 * than about the code; here each round times every draft for half a second in turn, and the ratio
 * is taken per round.
 *
 * <p>Uses the drafts and the engine of {@link CheckBenchmark} (same set-up). Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.replyguard.benchmarks.PairedCheck twitter}
 * (or {@code facebook}); optional second argument: rounds (default 40, the first 8 are warm-up).
 * Prints the median over the measured rounds of each draft's time per check and of its ratio to
 * the plain draft. Not thread-safe; a command-line tool.
 */
public final class PairedCheck {
  private PairedCheck() {}

  /**
   * Runs the comparison.
   *
   * @param args platform ({@code twitter} or {@code facebook}), optional number of rounds
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: PairedCheck twitter|facebook [rounds]");
    }
    int rounds = args.length == 2 ? Integer.parseInt(args[1]) : 40;
    if (rounds < 10) {
      throw new IllegalArgumentException("rounds must be at least 10 (8 are warm-up)");
    }
    CheckBenchmark b = new CheckBenchmark();
    b.platform = args[0];
    b.setUp();
    String[] names = {"plain", "URL", "emoji", "URL+emoji", "risky"};
    @SuppressWarnings("unchecked")
    Supplier<Object>[] drafts = new Supplier[] {b::checkGoodDraft, b::checkUrlDraft,
        b::checkEmojiDraft, b::checkUrlEmojiDraft, b::checkRiskyDraft};
    int measured = rounds - 8;
    double[][] micros = new double[drafts.length][measured];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < drafts.length; k++) {
        long t0 = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - t0 < 500_000_000L) {
          for (int i = 0; i < 200; i++) {
            sink += drafts[k].get().hashCode();
          }
          n += 200;
        }
        if (round >= 8) {
          micros[k][round - 8] = (System.nanoTime() - t0) / 1e3 / n;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s, %d rounds after 8 of warm-up (medians over rounds)%n",
        args[0], measured);
    for (int k = 0; k < drafts.length; k++) {
      double[] ratio = new double[measured];
      for (int r = 0; r < measured; r++) {
        ratio[r] = micros[k][r] / micros[0][r];
      }
      System.out.printf(Locale.ROOT, "%-10s %6.2f µs per check (fastest round %5.2f), %+5.1f %% of"
          + " plain%n", names[k], median(micros[k]), Arrays.stream(micros[k]).min().orElseThrow(),
          100 * (median(ratio) - 1));
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
