package dev.leverage.simulation;

import java.util.Arrays;

/**
 * The empirical distribution of a simulated quantity (an activity's output or leverage): its mean,
 * extremes and exact sample quantiles.
 *
 * <p>Quantiles interpolate linearly between order statistics ("type 7", as numpy and Guava's {@code
 * Quantiles} do): with the samples sorted as x<sub>0</sub> ≤ … ≤ x<sub>n−1</sub> and {@code h = p
 * (n − 1)}, the p-quantile is {@code x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋)}. They are exact, computed
 * from the stored samples by a bucketed selection (a histogram pass, then only the buckets that
 * hold the wanted order statistics are collected and sorted, or bucketed again when crowded):
 * {@link #p10()}, {@link #p50()} and {@link #p90()} are computed once, any other {@link
 * #quantile(double)} costs about two passes over the samples. The samples are held in the order
 * drawn and never change. Immutable and thread-safe.
 */
public final class Distribution {
  private static final int BUCKETS = 4096;
  private static final int SORT_BELOW = 512;
  private static final int MAX_DEPTH = 8;

  private final double[] samples;
  private final double mean;
  private final double min;
  private final double max;
  private final double p10;
  private final double p50;
  private final double p90;

  private Distribution(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("a distribution needs at least one sample");
    }
    this.samples = samples;
    double first = samples[0];
    double lo = first;
    double hi = first;
    double shifted = 0;
    for (double x : samples) {
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("samples must be numbers, found NaN");
      }
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      shifted += x - first;
    }
    min = lo;
    max = hi;
    // Summing from the first sample keeps the mean of equal samples exactly that value.
    mean = Math.min(Math.max(first + shifted / samples.length, lo), hi);
    double[] q = quantiles(0.1, 0.5, 0.9);
    p10 = q[0];
    p50 = q[1];
    p90 = q[2];
  }

  /**
   * {@return the distribution of a copy of {@code samples}: at least one, none NaN}
   *
   * @param samples the number of samples
   */
  public static Distribution of(double... samples) {
    return new Distribution(samples.clone());
  }

  /** Wraps {@code samples} without copying; the caller must never change them. */
  static Distribution wrap(double[] samples) {
    return new Distribution(samples);
  }

  /** {@return how many samples the distribution holds} */
  public int count() {
    return samples.length;
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
   * statistics; non-decreasing in {@code p}, {@link #min()} at 0 and {@link #max()} at 1}
   *
   * @param p the share of values at or below the quantile, in [0, 1]
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public double quantile(double p) {
    return quantiles(p)[0];
  }

  /** The samples in the order drawn; for tests. */
  double[] samples() {
    return samples.clone();
  }

  /** {@return true when every sample is the same value} */
  public boolean isPoint() {
    return min == max;
  }

  /** Returns the quantiles at {@code ps}, all from one pass over the samples. */
  private double[] quantiles(double... ps) {
    int n = samples.length;
    int[] ranks = new int[2 * ps.length];
    double[] fractions = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      double p = ps[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("a quantile needs p in [0, 1], was " + p);
      }
      double h = p * (n - 1);
      int k = (int) Math.floor(h);
      ranks[2 * i] = k;
      ranks[2 * i + 1] = Math.min(k + 1, n - 1);
      fractions[i] = h - k;
    }
    double[] order = orderStatistics(ranks);
    double[] result = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      double lower = order[2 * i];
      double upper = order[2 * i + 1];
      double q = lower + fractions[i] * (upper - lower);
      result[i] = Math.min(Math.max(q, lower), upper);
    }
    return result;
  }

  /** Returns the order statistics at {@code ranks} (0-based) of the samples. */
  private double[] orderStatistics(int[] ranks) {
    if (min == max) {
      double[] result = new double[ranks.length];
      Arrays.fill(result, min);
      return result;
    }
    return select(samples, samples.length, min, max, ranks, 0);
  }

  /**
   * Returns the order statistics at {@code ranks} of the first {@code length} {@code values}, which
   * lie in [lo, hi]: a histogram of {@value #BUCKETS} equal buckets over [lo, hi] finds the bucket
   * of each rank, and only those buckets' values are collected, then sorted when few or selected
   * again the same way when many (skewed samples crowd into few buckets).
   */
  private static double[] select(
      double[] values, int length, double lo, double hi, int[] ranks, int depth) {
    double[] result = new double[ranks.length];
    double perBucket = BUCKETS / (hi - lo);
    if (lo == hi || length <= SORT_BELOW || depth >= MAX_DEPTH || !Double.isFinite(perBucket)) {
      double[] sorted = Arrays.copyOf(values, length);
      Arrays.sort(sorted);
      for (int i = 0; i < ranks.length; i++) {
        result[i] = sorted[ranks[i]];
      }
      return result;
    }
    int[] counts = new int[BUCKETS];
    for (int i = 0; i < length; i++) {
      counts[bucket(values[i], lo, perBucket)]++;
    }
    int[] start = new int[BUCKETS + 1];
    for (int b = 0; b < BUCKETS; b++) {
      start[b + 1] = start[b] + counts[b];
    }
    int[] bucketOf = new int[ranks.length];
    int[] slot = new int[BUCKETS];
    Arrays.fill(slot, -1);
    int[] wantedBucket = new int[ranks.length];
    int wanted = 0;
    for (int i = 0; i < ranks.length; i++) {
      int b = bucketContaining(start, ranks[i]);
      bucketOf[i] = b;
      if (slot[b] < 0) {
        slot[b] = wanted;
        wantedBucket[wanted++] = b;
      }
    }
    double[][] collected = new double[wanted][];
    double[] collectedLo = new double[wanted];
    double[] collectedHi = new double[wanted];
    int[] fill = new int[wanted];
    for (int s = 0; s < wanted; s++) {
      collected[s] = new double[counts[wantedBucket[s]]];
      collectedLo[s] = Double.POSITIVE_INFINITY;
      collectedHi[s] = Double.NEGATIVE_INFINITY;
    }
    for (int i = 0; i < length; i++) {
      double x = values[i];
      int s = slot[bucket(x, lo, perBucket)];
      if (s >= 0) {
        collected[s][fill[s]++] = x;
        collectedLo[s] = Math.min(collectedLo[s], x);
        collectedHi[s] = Math.max(collectedHi[s], x);
      }
    }
    for (int s = 0; s < wanted; s++) {
      int b = wantedBucket[s];
      int matching = 0;
      for (int b2 : bucketOf) {
        matching += b2 == b ? 1 : 0;
      }
      int[] subRanks = new int[matching];
      int[] positions = new int[matching];
      int m = 0;
      for (int i = 0; i < ranks.length; i++) {
        if (bucketOf[i] == b) {
          subRanks[m] = ranks[i] - start[b];
          positions[m++] = i;
        }
      }
      double[] found =
          select(
              collected[s],
              collected[s].length,
              collectedLo[s],
              collectedHi[s],
              subRanks,
              depth + 1);
      for (int k = 0; k < matching; k++) {
        result[positions[k]] = found[k];
      }
    }
    return result;
  }

  /** The bucket of {@code x}: non-decreasing in {@code x}, so buckets hold consecutive ranks. */
  private static int bucket(double x, double lo, double perBucket) {
    return Math.min((int) ((x - lo) * perBucket), BUCKETS - 1);
  }

  /** The bucket {@code b} with {@code start[b] <= rank < start[b + 1]}. */
  private static int bucketContaining(int[] start, int rank) {
    int lo = 0;
    int hi = BUCKETS - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= rank) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "Distribution{n="
        + samples.length
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
