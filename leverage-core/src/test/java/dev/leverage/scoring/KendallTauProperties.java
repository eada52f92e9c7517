package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Kendall's tau-b in O(n log n) against the count over every pair it replaces. */
class KendallTauProperties {

  @Property(tries = 1000)
  void knightsAlgorithmGivesExactlyThePairwiseTau(@ForAll("pairs") List<double[]> pairs) {
    double[] x = new double[pairs.size()];
    double[] y = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      x[i] = pairs.get(i)[0];
      y[i] = pairs.get(i)[1];
    }
    double expected = pairwiseTau(x, y);
    assertThat(Double.valueOf(Disagreement.kendallTau(x, y))).isEqualTo(Double.valueOf(expected));
  }

  @Provide
  Arbitrary<List<double[]>> pairs() {
    // Few distinct values, so that ties in x, in y and in both are common; 0.0 and -0.0 differ.
    Arbitrary<Double> value = Arbitraries.of(-2.5, -0.0, 0.0, 1.0, 1.5, 3.0, 7.25);
    return value.list().ofSize(2).map(v -> new double[] {v.get(0), v.get(1)}).list().ofMaxSize(40);
  }

  @Test
  void aHundredThousandScoresAreComparedWithoutLookingAtEveryPair() {
    int n = 100_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = i % 2 == 0 ? i : n - i; // half in order, half reversed
    }
    double tau = Disagreement.kendallTau(x, y);
    assertThat(tau).isBetween(-1.0, 1.0);
    double[] same = x.clone();
    assertThat(Disagreement.kendallTau(x, same)).isEqualTo(1.0);
    double[] reversed = new double[n];
    for (int i = 0; i < n; i++) {
      reversed[i] = -x[i];
    }
    assertThat(Disagreement.kendallTau(x, reversed)).isEqualTo(-1.0);
  }

  /** Tau-b over every pair, as {@code Disagreement} computed it before. */
  static double pairwiseTau(double[] x, double[] y) {
    int n = x.length;
    long concordant = 0;
    long discordant = 0;
    long tiedA = 0;
    long tiedB = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int dx = Double.compare(x[i], x[j]);
        int dy = Double.compare(y[i], y[j]);
        if (dx == 0) {
          tiedA++;
        }
        if (dy == 0) {
          tiedB++;
        }
        if (dx != 0 && dy != 0) {
          if (dx == dy) {
            concordant++;
          } else {
            discordant++;
          }
        }
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    double denominator = Math.sqrt((double) (pairs - tiedA) * (pairs - tiedB));
    return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
  }
}
