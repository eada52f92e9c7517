package dev.leverage.simulation;

import java.util.Arrays;

/**
 * The empirical distribution of a simulated quantity (an activity's output or leverage): its mean,
 * extremes and exact sample quantiles.
 *
 * <p>Quantiles interpolate linearly between order statistics ("type 7", as numpy and Guava's {@code
 * Quantiles} do): with the samples sorted as x<sub>0</sub> ≤ … ≤ x<sub>n−1</sub> and {@code h = p
 * (n − 1)}, the p-quantile is {@code x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋)}. They are exact, found by a
 * bucketed selection (a histogram pass, then a pass that collects only the buckets holding the
 * wanted order statistics). A distribution from a {@link Simulation} does not hold its samples:
 * {@link #p10()}, {@link #p50()} and {@link #p90()} were found during the simulation, and any other
 * {@link #quantile(double)} draws the activity's samples again from the same seed (about two passes
 * over that one activity's draws); one made {@link #of} samples holds a copy of them. Immutable and
 * thread-safe.
 */
public final class Distribution {
  private static final double[] STANDARD = {0.1, 0.5, 0.9};

  /** Values that can be handed over again, in the same order, in chunks. */
  interface Values {
    /** Hands every value to {@code sink}, in one or more chunks. */
    void replay(Sink sink);
  }

  /** Takes chunks of values. */
  @FunctionalInterface
  interface Sink {
    void accept(double[] chunk, int count);
  }

  private final int count;
  private final double mean;
  private final double min;
  private final double max;
  private final double p10;
  private final double p50;
  private final double p90;
  private final Values values;

  Distribution(
      int count,
      double mean,
      double min,
      double max,
      double p10,
      double p50,
      double p90,
      Values values) {
    this.count = count;
    this.mean = mean;
    this.min = min;
    this.max = max;
    this.p10 = p10;
    this.p50 = p50;
    this.p90 = p90;
    this.values = values;
  }

  /**
   * {@return the distribution of a copy of {@code samples}: at least one, none NaN}
   *
   * @param samples the samples
   */
  public static Distribution of(double... samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("a distribution needs at least one sample");
    }
    double[] copy = samples.clone();
    double first = copy[0];
    double lo = first;
    double hi = first;
    double shifted = 0;
    for (double x : copy) {
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("samples must be numbers, found NaN");
      }
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      shifted += x - first;
    }
    double mean = mean(first, shifted, copy.length, lo, hi);
    Values values = sink -> sink.accept(copy, copy.length);
    double[] q = quantiles(values, copy.length, lo, hi, copy.length, STANDARD);
    return new Distribution(copy.length, mean, lo, hi, q[0], q[1], q[2], values);
  }

  /** The distribution of {@code count} samples that all equal {@code value}. */
  static Distribution point(int count, double value) {
    Values values =
        sink -> {
          double[] chunk = new double[Math.min(count, Simulation.CHUNK_SIZE)];
          Arrays.fill(chunk, value);
          for (int done = 0; done < count; done += chunk.length) {
            sink.accept(chunk, Math.min(chunk.length, count - done));
          }
        };
    return new Distribution(count, value, value, value, value, value, value, values);
  }

  /**
   * The mean of samples whose first is {@code first} and whose differences from it sum to {@code
   * shifted}: summing from the first sample keeps the mean of equal samples exactly that value.
   */
  static double mean(double first, double shifted, int count, double min, double max) {
    return Math.min(Math.max(first + shifted / count, min), max);
  }

  /**
   * The p-quantiles of {@code count} values in [min, max] that {@code values} hands over: a
   * histogram pass over [min, max], then as many passes as the selection needs.
   */
  static double[] quantiles(
      Values values, int count, double min, double max, long collectLimit, double... ps) {
    int[] ranks = Selection.ranksOf(count, ps);
    if (min == max) {
      double[] result = new double[ps.length];
      Arrays.fill(result, min);
      return result;
    }
    Selection.Histogram root = new Selection.Histogram(min, max);
    values.replay(
        (chunk, n) -> {
          for (int i = 0; i < n; i++) {
            root.add(chunk[i]);
          }
        });
    Selection selection = new Selection(count, ranks, root, min, max, collectLimit);
    while (!selection.done()) {
      values.replay(selection::accept);
      selection.endPass();
    }
    return Selection.interpolate(count, selection.values(), ps);
  }

  /** {@return how many samples the distribution holds} */
  public int count() {
    return count;
  }

  /** {@return the arithmetic mean of the samples} */
  public double mean() {
    return mean;
  }

  /** {@return the smallest sample} */
  public double min() {
    return min;
  }

  /** {@return the largest sample} */
  public double max() {
    return max;
  }

  /** {@return the 10th percentile, {@code quantile(0.1)}} */
  public double p10() {
    return p10;
  }

  /** {@return the median, {@code quantile(0.5)}} */
  public double p50() {
    return p50;
  }

  /** {@return the 90th percentile, {@code quantile(0.9)}} */
  public double p90() {
    return p90;
  }

  /**
   * {@return the {@code p}-quantile for {@code p} in [0, 1], by linear interpolation between order
   * statistics; non-decreasing in {@code p}, {@link #min()} at 0 and {@link #max()} at 1} For a
   * simulated distribution this draws the activity's samples again (two passes or so).
   *
   * @param p the share of values at or below the quantile, in [0, 1]
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a quantile needs p in [0, 1], was " + p);
    }
    return quantiles(values, count, min, max, Selection.COLLECT_LIMIT, p)[0];
  }

  /** The samples in the order drawn; for tests. */
  double[] samples() {
    double[] all = new double[count];
    int[] filled = new int[1];
    values.replay(
        (chunk, n) -> {
          System.arraycopy(chunk, 0, all, filled[0], n);
          filled[0] += n;
        });
    return all;
  }

  /** {@return true when every sample is the same value} */
  public boolean isPoint() {
    return min == max;
  }

  @Override
  public String toString() {
    return "Distribution{n="
        + count
        + ", mean="
        + mean
        + ", p10="
        + p10
        + ", p50="
        + p50
        + ", p90="
        + p90
        + "}";
  }
}
