package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The Pareto program against the table over minutes, which it must equal state for state. */
class ParetoForestTest {

  /** A random forest: chains, bushes and independent items, whole values (sums are exact). */
  private record Forest(int[] weight, double[] primary, double[] secondary, int[] parent) {
    static Forest random(long seed, int m, boolean pair) {
      Random random = new Random(seed);
      int[] weight = new int[m];
      double[] primary = new double[m];
      double[] secondary = pair ? new double[m] : null;
      int[] parent = new int[m];
      int shape = random.nextInt(3);
      for (int i = 0; i < m; i++) {
        weight[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 5 : 60);
        primary[i] = random.nextInt(9) - 2;
        if (pair) {
          secondary[i] = random.nextInt(9) - 2;
        }
        // Shape 0: mostly chains; 1: bushes; 2: independent.
        parent[i] =
            i == 0 || shape == 2 || random.nextInt(4) == 0
                ? -1
                : shape == 0 ? i - 1 : random.nextInt(i);
      }
      return new Forest(weight, primary, secondary, parent);
    }
  }

  @Property(tries = 500)
  void theParetoListIsTheTableCompressedAndEveryStateSelectsTheSameItems(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 14) int m,
      @ForAll @IntRange(min = 0, max = 300) int capacity,
      @ForAll boolean pair) {
    Forest f = Forest.random(seed, m, pair);
    ForestKnapsack dense = new ForestKnapsack(f.weight, f.primary, f.secondary, f.parent, capacity);
    Steps table = Steps.ofTable(dense.frontPrimary(), dense.frontSecondary(), capacity, 1);
    ParetoForest sparse =
        ParetoForest.solve(
            f.weight, f.primary, f.secondary, f.parent, capacity, true, Long.MAX_VALUE);
    assertThat(sparse.solved()).isTrue();
    Steps front = sparse.front();
    assertThat(front.at).isEqualTo(table.at);
    assertThat(front.primary).isEqualTo(table.primary);
    assertThat(front.secondary).isEqualTo(table.secondary);
    for (int state = 0; state < front.size(); state++) {
      int[] items = sparse.select(state);
      assertThat(items).containsExactlyInAnyOrder(dense.select((int) front.at[state]));
      long minutes = 0;
      double value = 0;
      for (int i : items) {
        minutes += f.weight[i];
        value += f.primary[i];
      }
      assertThat(minutes).isEqualTo(front.at[state]);
      assertThat(value).isEqualTo(front.primary[state]);
    }
  }

  @Property(tries = 200)
  void withoutRememberedChoicesTheListIsTheSame(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int m) {
    Forest f = Forest.random(seed, m, false);
    Steps kept =
        ParetoForest.solve(f.weight, f.primary, null, f.parent, 500, true, Long.MAX_VALUE).front();
    Steps plain =
        ParetoForest.solve(f.weight, f.primary, null, f.parent, 500, false, Long.MAX_VALUE).front();
    assertThat(plain.at).isEqualTo(kept.at);
    assertThat(plain.primary).isEqualTo(kept.primary);
  }

  @Test
  void pastItsCellLimitTheProgramStopsAndSaysSo() {
    Forest f = Forest.random(3, 40, false);
    assertThat(
            ParetoForest.solve(f.weight, f.primary, null, f.parent, 10_000, true, 1_000).solved())
        .isFalse();
  }

  @Test
  void aLongChainIsOneGroupAndNeedsNoTableOverItsLength() {
    int m = 100_000;
    int[] weight = new int[m];
    double[] value = new double[m];
    int[] parent = new int[m];
    for (int i = 0; i < m; i++) {
      weight[i] = 1;
      value[i] = 1;
      parent[i] = i - 1;
    }
    ParetoForest chain = ParetoForest.solve(weight, value, null, parent, 5_000, true, 10_000_000);
    assertThat(chain.solved()).isTrue();
    assertThat(chain.front().size()).isEqualTo(5_001);
    assertThat(chain.select(5_000)).hasSize(5_000).contains(0, 4_999);
  }
}
