package dev.leverage.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The roll-up of influence weights in a subtree: the strongest channel counts, sums are exact. */
class WeightRollUpTest {
  private static final double[] OUTPUTS = new double[200];

  static {
    for (int t = 0; t < OUTPUTS.length; t++) {
      OUTPUTS[t] = t + 1;
    }
  }

  @Test
  void onlyAStrongerWeightRaisesATeamsShare() {
    WeightRollUp rollUp = new WeightRollUp(1);

    rollUp.raise(3, 0.5, OUTPUTS);
    assertThat(rollUp.sum().value()).isEqualTo(2.0); // 0.5 · output 4
    rollUp.raise(3, 0.25, OUTPUTS);
    rollUp.raise(3, 0.5, OUTPUTS);
    assertThat(rollUp.sum().value()).isEqualTo(2.0);
    rollUp.raise(3, 0.75, OUTPUTS);
    assertThat(rollUp.sum().value()).isEqualTo(3.0);
    assertThat(rollUp.size()).isEqualTo(1);
  }

  @Test
  void anOwnedTeamLeavesTheInfluencedSum() {
    WeightRollUp rollUp = new WeightRollUp(2);
    rollUp.raise(0, 0.5, OUTPUTS);
    rollUp.raise(1, 0.5, OUTPUTS);

    rollUp.own(1, OUTPUTS);
    rollUp.raise(1, 1.0, OUTPUTS);

    assertThat(rollUp.sum().value()).isEqualTo(0.5); // only team 0: 0.5 · 1
    assertThat(rollUp.size()).isEqualTo(2);
  }

  @Test
  void manyTeamsGrowTheTableAndAbsorbingKeepsTheLargerWeight() {
    WeightRollUp small = new WeightRollUp(0);
    WeightRollUp other = new WeightRollUp(0);
    double expected = 0;
    for (int t = 0; t < 150; t++) {
      small.raise(t, 0.25, OUTPUTS);
      other.raise(t, t % 2 == 0 ? 0.5 : 0.125, OUTPUTS);
      expected += (t % 2 == 0 ? 0.5 : 0.25) * OUTPUTS[t];
    }
    other.raise(199, 1.0, OUTPUTS);
    expected += OUTPUTS[199];

    small.reserve(small.size() + other.size());
    small.absorb(other, OUTPUTS);

    assertThat(small.size()).isEqualTo(151);
    assertThat(small.sum().value()).isEqualTo(expected);
  }

  @Test
  void aReservedTableHoldsWhatWasReserved() {
    WeightRollUp rollUp = new WeightRollUp(0);
    rollUp.reserve(100);
    for (int t = 0; t < 100; t++) {
      rollUp.raise(t, 1.0, OUTPUTS);
    }
    assertThat(rollUp.size()).isEqualTo(100);
    assertThat(rollUp.sum().value()).isEqualTo(5050.0);
  }

  @Test
  void anExactSumLosesNoUnitNextToAHugeTerm() {
    WeightRollUp.ExactSum sum = new WeightRollUp.ExactSum();
    sum.add(1e16);
    sum.add(1);
    sum.add(1);
    assertThat(sum.value()).isEqualTo(1e16 + 2); // a plain double sum gives 1e16

    WeightRollUp.ExactSum cancelled = new WeightRollUp.ExactSum();
    cancelled.add(1);
    cancelled.add(1e100);
    cancelled.add(1);
    cancelled.add(-1e100);
    assertThat(cancelled.value()).isEqualTo(2.0);

    WeightRollUp.ExactSum both = new WeightRollUp.ExactSum();
    both.add(3);
    both.add(sum);
    // 1e16 + 5 is not a double: the sum is its correct rounding.
    assertThat(both.value())
        .isEqualTo(new BigDecimal(1e16).add(BigDecimal.valueOf(5)).doubleValue());
  }

  @Test
  void anInfiniteSumStaysInfinite() {
    WeightRollUp.ExactSum sum = new WeightRollUp.ExactSum();
    sum.add(Double.MAX_VALUE);
    sum.add(Double.MAX_VALUE);
    assertThat(sum.value()).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
