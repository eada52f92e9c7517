package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The week's branch and bound over a requirement DAG ({@link ClosureSearch}) on 60 random
 * candidates and a 40-hour week, searched to the end: the best output at the budget and the sum of
 * the best outputs at every budget from 0 to 40 hours (the whole frontier) are pinned, and the
 * nodes as an upper bound at today's counts. Deterministic. A change that weakens a bound or a
 * branching choice still finds the optima after more nodes, and fails here; one that makes the
 * search cheaper passes (lower the bounds with it).
 */
class ClosureEffortTest {
  private static final int WEEK = 2400;

  private static void assertEffort(
      double density, boolean foundationFirst, double[] best, double[] frontierSum, int[] nodes) {
    for (int seed = 0; seed < best.length; seed++) {
      Instance instance = Instance.random(60, new Random(seed), WEEK, density, 3, true);
      Candidates candidates = Candidates.of(instance.candidates());
      BitSet eligible = new BitSet(candidates.n);
      int[] weight = new int[candidates.n];
      double[] primary = candidates.output;
      double[] secondary = null;
      if (foundationFirst) {
        primary = new double[candidates.n];
        for (int i = 0; i < candidates.n; i++) {
          primary[i] = candidates.foundation[i] ? candidates.output[i] : 0;
        }
        secondary = candidates.output;
      }
      for (int i = 0; i < candidates.n; i++) {
        weight[i] = candidates.minutes[i];
        if (candidates.closureMinutes[i] <= WEEK) {
          eligible.set(i);
        }
      }

      ClosureSearch search =
          ClosureSearch.run(
              candidates, weight, WEEK, eligible, primary, secondary, 10_000_000, Long.MAX_VALUE);

      String what = "density " + density + ", seed " + seed;
      assertThat(search.complete).as(what).isTrue();
      assertThat(search.lowP[WEEK]).as(what).isCloseTo(best[seed], within(1e-6));
      double sum = 0;
      for (double value : search.lowP) {
        sum += value;
      }
      assertThat(sum).as(what).isCloseTo(frontierSum[seed], within(1e-3));
      assertThat(search.nodes).as(what).isLessThanOrEqualTo(nodes[seed]);
    }
  }

  @Test
  void aDenseDagIsSearchedToTheEndInFewNodes() {
    assertEffort(
        0.5,
        false,
        new double[] {1154.451486, 1284.332785, 1314.396068, 995.795759, 1708.717289, 1284.893201},
        new double[] {
          1857591.6596, 2091233.8755, 2285802.1668, 1470386.3975, 2995020.1728, 2340952.4442
        },
        new int[] {13, 11, 11, 13, 5, 35});
  }

  @Test
  void foundationFirstComparesPairsAndStaysWithinItsNodes() {
    // The best foundation output at the budget; the frontier sum is of foundation outputs too.
    assertEffort(
        0.5,
        true,
        new double[] {598.105161, 816.723436, 598.027047, 369.717237, 851.249491, 564.083928},
        new double[] {
          1040529.4632, 1304872.6021, 1014112.0988, 547249.1762, 1496564.3531, 1074793.2274
        },
        new int[] {21, 27, 15, 5, 5, 17});
  }

  @Test
  void aSparseDagNeedsAlmostNoBranching() {
    assertEffort(
        0.2,
        false,
        new double[] {1259.413062, 1573.908773, 1187.973692, 1345.883483, 1819.169797, 1829.258208},
        new double[] {
          2232987.1711, 2829563.5404, 2190081.6747, 2415627.5261, 3101423.6396, 3183242.6195
        },
        new int[] {3, 1, 1, 7, 11, 7});
  }
}
