package dev.leverage.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PertDistributionTest {
  /**
   * The Kolmogorov–Smirnov critical value at significance 0.01 for large samples: a correct sampler
   * stays below {@code 1.628 / √n} in 99% of seeds; the seeds here are fixed.
   */
  private static final double KS_001 = 1.628;

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @CsvSource({
    "0, 0.5, 1", // symmetric: Beta(3, 3)
    "2, 3, 10", // right-skewed: Beta(1.5, 4.5)
    "-0.2, 0.15, 0.2", // left-skewed: Beta(4.5, 1.5)
    "4, 4, 8", // likely at low: Beta(1, 5)
    "0.01, 0.05, 0.05", // likely at high: Beta(5, 1)
    "10, 10.1, 1000", // nearly all weight on low: Beta(≈1.0004, ≈4.9996)
  })
  void pertSamplesFollowTheBetaDistributionOfTheEstimateByAKolmogorovSmirnovTest(
      double low, double likely, double high) {
    Estimate estimate = Estimate.of(low, likely, high);
    PertDistribution pert = PertDistribution.of(estimate);
    double alpha = 1 + 4 * (likely - low) / (high - low);
    double beta = 1 + 4 * (high - likely) / (high - low);
    assertThat(pert.alpha()).isCloseTo(alpha, within(1e-12));
    assertThat(pert.beta()).isCloseTo(beta, within(1e-12));
    BetaDistribution reference = BetaDistribution.of(alpha, beta);
    int n = 20_000;
    SplittableRandom random = new SplittableRandom(20240611L);
    double[] unit = new double[n];
    for (int i = 0; i < n; i++) {
      unit[i] = (pert.sample(random) - low) / (high - low);
    }
    assertThat(kolmogorovSmirnov(unit, reference::cumulativeProbability))
        .isLessThan(KS_001 / Math.sqrt(n));
  }

  @ParameterizedTest(name = "Beta({0}, {1})")
  @CsvSource({"1, 1", "1, 3", "2.5, 1", "30, 40", "1.01, 100"})
  void theBetaSamplerFollowsTheBetaDistributionForShapesOfAtLeastOne(double alpha, double beta) {
    BetaSampler sampler = new BetaSampler(alpha, beta);
    int n = 20_000;
    SplittableRandom random = new SplittableRandom(7L);
    double[] draws = new double[n];
    for (int i = 0; i < n; i++) {
      draws[i] = sampler.sample(random);
    }
    assertThat(Arrays.stream(draws).allMatch(x -> x >= 0 && x <= 1)).isTrue();
    BetaDistribution reference = BetaDistribution.of(alpha, beta);
    assertThat(kolmogorovSmirnov(draws, reference::cumulativeProbability))
        .isLessThan(KS_001 / Math.sqrt(n));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @CsvSource({"0, 0.5, 1", "2, 3, 10", "4, 4, 8", "-0.5, 0.9, 1"})
  void sampleMeansConvergeToThePertMeanWithinFourStandardErrors(
      double low, double likely, double high) {
    PertDistribution pert = PertDistribution.of(Estimate.of(low, likely, high));
    int n = 200_000;
    SplittableRandom random = new SplittableRandom(42L);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += pert.sample(random);
    }
    double a = pert.alpha();
    double b = pert.beta();
    double sd = (high - low) * Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    assertThat(pert.mean()).isEqualTo((low + 4 * likely + high) / 6);
    assertThat(sum / n).isCloseTo(pert.mean(), within(4 * sd / Math.sqrt(n)));
  }

  @Property(tries = 200)
  void everySampleLiesBetweenLowAndHighAndTheShapesSumToSix(
      @ForAll("estimates") Estimate estimate, @ForAll long seed) {
    PertDistribution pert = PertDistribution.of(estimate);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      assertThat(pert.sample(random)).isBetween(estimate.low(), estimate.high());
    }
    if (!estimate.isPoint()) {
      assertThat(pert.alpha()).isBetween(1.0, 5.0);
      assertThat(pert.alpha() + pert.beta()).isCloseTo(6.0, within(1e-9));
    }
  }

  @Property(tries = 100)
  void aPointIsAlwaysItsValueAndDrawsNothing(@ForAll double value, @ForAll long seed) {
    Assume.that(Double.isFinite(value));
    PertDistribution pert = PertDistribution.of(Estimate.of(value));
    SplittableRandom random = new SplittableRandom(seed);
    assertThat(pert.isPoint()).isTrue();
    assertThat(pert.sample(random)).isEqualTo(value);
    assertThat(random.nextLong()).isEqualTo(new SplittableRandom(seed).nextLong());
  }

  @Test
  void aThreePointEstimateHasTheShapesOfSectionFive() {
    PertDistribution pert = PertDistribution.of(Estimate.of(0, 1, 4));

    assertThat(pert.isPoint()).isFalse();
    assertThat(pert.alpha()).isEqualTo(2.0); // 1 + 4·(1 − 0)/4
    assertThat(pert.beta()).isEqualTo(4.0); // 1 + 4·(4 − 1)/4
    assertThat(pert.mean()).isCloseTo(4.0 / 3, within(1e-12)); // (0 + 4 + 4) / 6
    assertThat(pert).hasToString("PERT(" + Estimate.of(0, 1, 4) + ", α=2.0, β=4.0)");
    assertThat(PertDistribution.of(Estimate.of(2.5))).hasToString("PERT(2.5)");
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    Arbitrary<Double> values = Arbitraries.doubles().between(-1e6, 1e6);
    return Combinators.combine(values, values, values)
        .as(
            (x, y, z) -> {
              double[] sorted = {x, y, z};
              Arrays.sort(sorted);
              return Estimate.of(sorted[0], sorted[1], sorted[2]);
            });
  }

  /** The Kolmogorov–Smirnov statistic: the largest gap between the empirical and given CDFs. */
  static double kolmogorovSmirnov(double[] samples, DoubleUnaryOperator cdf) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = cdf.applyAsDouble(sorted[i]);
      d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
    }
    return d;
  }
}
