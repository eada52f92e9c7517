package dev.leverage.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalSamplerTest {

  @Test
  void zigguratDrawsFollowTheStandardNormalByAKolmogorovSmirnovTest() {
    int n = 100_000;
    SplittableRandom random = new SplittableRandom(1234);
    double[] draws = new double[n];
    for (int i = 0; i < n; i++) {
      draws[i] = NormalSampler.sample(random);
    }
    NormalDistribution reference = NormalDistribution.of(0, 1);
    assertThat(PertDistributionTest.kolmogorovSmirnov(draws, reference::cumulativeProbability))
        .isLessThan(1.628 / Math.sqrt(n));
  }

  @Test
  void zigguratDrawsFillEquallyLikelyBinsAsANormalShouldByAChiSquareTest() {
    // 1000 bins of probability 0.001 each and 3 million draws: 3000 expected per bin. The
    // chi-square statistic with 999 degrees of freedom stays below 1143 with probability 0.9999;
    // KS alone misses errors confined to the ziggurat's thin wedges.
    int bins = 1000;
    int n = 3_000_000;
    NormalDistribution reference = NormalDistribution.of(0, 1);
    int[] counts = new int[bins];
    SplittableRandom random = new SplittableRandom(77);
    for (int i = 0; i < n; i++) {
      double p = reference.cumulativeProbability(NormalSampler.sample(random));
      counts[Math.min((int) (p * bins), bins - 1)]++;
    }
    double expected = (double) n / bins;
    double chiSquare = 0;
    for (int count : counts) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    assertThat(chiSquare).isLessThan(1143);
  }

  @Test
  void theTailBeyondTheBaseLayerHasItsNormalShare() {
    // P(|Z| > 3.4426) = 5.76e-4: 5e6 draws expect 2880 of them, standard deviation about 54; enough
    // to tell the tail's mean excess (0.254) from an exponential's (1 / r = 0.290) at 4 standard
    // errors.
    int n = 5_000_000;
    SplittableRandom random = new SplittableRandom(99);
    int tail = 0;
    int farTail = 0;
    double excess = 0;
    for (int i = 0; i < n; i++) {
      double z = Math.abs(NormalSampler.sample(random));
      tail += z > 3.442619855899 ? 1 : 0;
      farTail += z > 4 ? 1 : 0;
      excess += z > 3.442619855899 ? z - 3.442619855899 : 0;
    }
    double expected = 2 * NormalDistribution.of(0, 1).survivalProbability(3.442619855899) * n;
    assertThat((double) tail).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    double expectedFar = 2 * NormalDistribution.of(0, 1).survivalProbability(4) * n;
    assertThat((double) farTail).isCloseTo(expectedFar, within(4 * Math.sqrt(expectedFar)));
    // Beyond r, a normal's excess Z − r has mean m − r and variance 1 + r·m − m², where m is the
    // inverse Mills ratio φ(r) / P(Z > r); a tail drawn with the wrong shape moves the mean.
    double r = 3.442619855899;
    NormalDistribution normal = NormalDistribution.of(0, 1);
    double m = normal.density(r) / normal.survivalProbability(r);
    double standardError = Math.sqrt((1 + r * m - m * m) / tail);
    assertThat(excess / tail).isCloseTo(m - r, within(4 * standardError));
  }

  @Test
  void betaShapesBelowOneAreAProgrammingError() {
    assertThatThrownBy(() -> new BetaSampler(0.5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("beta shapes must be finite and at least 1, were 0.5 and 2.0");
  }
}
