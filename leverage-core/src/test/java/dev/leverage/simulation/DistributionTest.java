package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Property(tries = 100)
  void quantilesEqualInterpolationBetweenTheOrderStatisticsOfTheSortedSamples(
      @ForAll("samples") double[] samples, @ForAll @DoubleRange(min = 0, max = 1) double p) {
    Distribution distribution = Distribution.of(samples);
    assertThat(distribution.quantile(p)).isEqualTo(sortedQuantile(samples, p));
    assertThat(distribution.p10()).isEqualTo(sortedQuantile(samples, 0.1));
    assertThat(distribution.p50()).isEqualTo(sortedQuantile(samples, 0.5));
    assertThat(distribution.p90()).isEqualTo(sortedQuantile(samples, 0.9));
  }

  @Property(tries = 300)
  void quantilesAreExactWhenCrowdedBucketsMustBeCountedAgainMoreFinely(
      @ForAll("samples") double[] samples,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @IntRange(min = 1, max = 40) int collectLimit) {
    double min = Arrays.stream(samples).min().orElseThrow();
    double max = Arrays.stream(samples).max().orElseThrow();
    int[] passes = new int[1];
    Distribution.Values values =
        sink -> {
          passes[0]++;
          // In uneven chunks, as the simulation hands them over.
          for (int from = 0; from < samples.length; from += 7) {
            double[] chunk = Arrays.copyOfRange(samples, from, Math.min(samples.length, from + 7));
            sink.accept(chunk, chunk.length);
          }
        };
    double[] q = Distribution.quantiles(values, samples.length, min, max, collectLimit, p, 0.5);
    assertThat(q[0]).isEqualTo(sortedQuantile(samples, p));
    assertThat(q[1]).isEqualTo(sortedQuantile(samples, 0.5));
  }

  @Property(tries = 100)
  void quantilesRiseWithPFromTheMinimumToTheMaximum(
      @ForAll("samples") double[] samples,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double q) {
    Distribution distribution = Distribution.of(samples);
    assertThat(distribution.p10()).isLessThanOrEqualTo(distribution.p50());
    assertThat(distribution.p50()).isLessThanOrEqualTo(distribution.p90());
    assertThat(distribution.quantile(Math.min(p, q)))
        .isLessThanOrEqualTo(distribution.quantile(Math.max(p, q)));
    assertThat(distribution.quantile(0)).isEqualTo(distribution.min());
    assertThat(distribution.quantile(1)).isEqualTo(distribution.max());
    assertThat(distribution.min()).isEqualTo(Arrays.stream(samples).min().orElseThrow());
    assertThat(distribution.max()).isEqualTo(Arrays.stream(samples).max().orElseThrow());
  }

  @Property(tries = 100)
  void theMeanIsTheArithmeticMean(@ForAll("samples") double[] samples) {
    double reference = Arrays.stream(samples).sum() / samples.length;
    double scale = Arrays.stream(samples).map(Math::abs).max().orElseThrow();
    assertThat(Distribution.of(samples).mean())
        .isCloseTo(reference, within(1e-12 * scale + 1e-300));
  }

  @Property(tries = 100)
  void equalSamplesGiveAZeroWidthDistributionAtExactlyThatValue(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value,
      @ForAll @IntRange(min = 1, max = 5000) int count) {
    double[] samples = new double[count];
    Arrays.fill(samples, value);
    Distribution distribution = Distribution.of(samples);
    assertThat(distribution.isPoint()).isTrue();
    for (double p : List.of(0.0, 0.1, 0.5, 0.9, 0.37, 1.0)) {
      assertThat(distribution.quantile(p)).isEqualTo(value);
    }
    assertThat(distribution.mean()).isEqualTo(value);
  }

  @Test
  void largeSkewedSamplesStillGiveExactQuantiles() {
    double[] samples = new double[100_000];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < samples.length; i++) {
      samples[i] = Math.exp(20 * random.nextDouble()); // spans 1 to 5e8: most in the first bucket
    }
    Distribution distribution = Distribution.of(samples);
    for (double p : List.of(0.001, 0.1, 0.5, 0.9, 0.999)) {
      assertThat(distribution.quantile(p)).isEqualTo(sortedQuantile(samples, p));
    }
  }

  @Test
  void aQuantileOutsideZeroToOneIsAProgrammingError() {
    Distribution distribution = Distribution.of(1, 2, 3);
    assertThatThrownBy(() -> distribution.quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quantile needs p in [0, 1], was 1.5");
    assertThatThrownBy(() -> distribution.quantile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Distribution::of).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSamplesArePrivateCopies() {
    double[] samples = {3, 1, 2};
    Distribution distribution = Distribution.of(samples);
    samples[0] = 100;
    assertThat(distribution.max()).isEqualTo(3);
    assertThat(distribution.p50()).isEqualTo(2);
  }

  @Provide
  Arbitrary<double[]> samples() {
    Arbitrary<Double> spread = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<Double> clumped = Arbitraries.of(-1.0, 0.0, 0.0, 2.5, 1e-9);
    return Arbitraries.frequencyOf(Tuple.of(3, spread), Tuple.of(1, clumped))
        .array(double[].class)
        .ofMinSize(1)
        .ofMaxSize(600);
  }

  /** The obviously correct quantile: sort, then interpolate between neighbours. */
  static double sortedQuantile(double[] samples, double p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    double h = p * (sorted.length - 1);
    int k = (int) Math.floor(h);
    if (k + 1 >= sorted.length) {
      return sorted[k];
    }
    double q = sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
    return Math.min(Math.max(q, sorted[k]), sorted[k + 1]);
  }
}
