package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The step functions behind frontiers: best output by budget, only where it changes. */
class StepsTest {

  @Test
  void zeroIsOneStepAtNothing() {
    assertThat(Steps.zero(true).size()).isEqualTo(1);
    assertThat(Steps.zero(true).primaryAt(100)).isZero();
    assertThat(Steps.zero(true).secondaryAt(100)).isZero();
    assertThat(Steps.zero(false).secondaryAt(5)).isZero();
  }

  @Test
  void aTableKeepsOnlyTheBudgetsWhereTheValueChanges() {
    // Capacities 0..4 in units of 10 minutes: (0,1) (0,1) (3,2) (3,2) (5,2).
    Steps steps = Steps.ofTable(new double[] {0, 0, 3, 3, 5}, new double[] {1, 1, 2, 2, 2}, 4, 10);

    assertThat(steps.size()).isEqualTo(3);
    assertThat(steps.primaryAt(0)).isZero();
    assertThat(steps.primaryAt(19)).isZero();
    assertThat(steps.primaryAt(20)).isEqualTo(3);
    assertThat(steps.primaryAt(39)).isEqualTo(3);
    assertThat(steps.primaryAt(40)).isEqualTo(5);
    assertThat(steps.primaryAt(1_000)).isEqualTo(5);
    assertThat(steps.secondaryAt(5)).isEqualTo(1);
    assertThat(steps.secondaryAt(25)).isEqualTo(2);
  }

  @Test
  void raisingLiftsTheValueFromABudgetOnWhereItIsLowerOnly() {
    Steps steps = Steps.ofTable(new double[] {0, 0, 3, 3, 5}, new double[] {1, 1, 2, 2, 2}, 4, 10);

    // A plan of 25 minutes worth (4, 0): above (3, 2) from 25 on, below (5, 2) from 40 on.
    Steps raised = steps.raise(25, 4, 0);

    assertThat(raised.size()).isEqualTo(4);
    assertThat(raised.primaryAt(24)).isEqualTo(3);
    assertThat(raised.primaryAt(25)).isEqualTo(4);
    assertThat(raised.secondaryAt(25)).isZero();
    assertThat(raised.primaryAt(39)).isEqualTo(4);
    assertThat(raised.primaryAt(40)).isEqualTo(5);
    assertThat(raised.secondaryAt(40)).isEqualTo(2);
    // A plan worth less than what is known changes nothing.
    assertThat(steps.raise(25, 1, 0).size()).isEqualTo(3);
    // Equal primaries compare by the secondary value.
    Steps tie = steps.raise(25, 3, 7);
    assertThat(tie.size()).isEqualTo(4);
    assertThat(tie.secondaryAt(30)).isEqualTo(7);
  }
}
