package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How much searching a realistic quarter takes, in nodes of the search: deterministic, unlike a
 * time. The optima are pinned, and the nodes as an upper bound at what the scheduler needs today: a
 * change that weakens the Lagrangian bound, a dominance cut, a transposition or the local search
 * that finds the first schedules still finds the optimum, but only after more nodes, and fails
 * here. A change that makes the search cheaper passes; lower the bounds with it.
 */
class ScheduleEffortTest {
  /** 40 candidates over 13 weeks, as {@code ScheduleBenchmark} schedules them, for a seed. */
  private static ScheduleProblem quarter(int seed, int hoursAWeek) {
    return ScheduleInstances.realistic(new Random(seed), 40, 13, hoursAWeek * 60, true);
  }

  private static void assertEffort(
      int hoursAWeek, boolean foundationFirst, double[] optima, long[] nodes) {
    for (int seed = 0; seed < optima.length; seed++) {
      ScheduleProblem problem = quarter(seed, hoursAWeek);
      ScheduleOptimum optimum = ScheduleOptimum.find(problem, foundationFirst, 1_000_000);
      String what = hoursAWeek + "h a week, seed " + seed;
      assertThat(optimum.exact).as(what).isTrue();
      assertThat(problem.isFeasible(optimum.week)).as(what).isTrue();
      assertThat(optimum.output).as(what).isCloseTo(optima[seed], within(1e-3));
      assertThat(optimum.nodes).as(what).isLessThanOrEqualTo(nodes[seed]);
    }
  }

  @Test
  void aRoomyQuarterIsProvedBestWithinAFewHundredNodes() {
    assertEffort(
        30,
        false,
        new double[] {7712.682, 8841.046, 8379.295, 7161.210, 7353.553, 8935.551},
        new long[] {862, 841, 85, 178, 1647, 635});
  }

  @Test
  void aTightQuarterIsProvedBestWithinAFewThousandNodes() {
    assertEffort(
        20,
        false,
        new double[] {7240.480, 8300.426, 8043.459, 6797.313, 6903.161, 8350.132},
        new long[] {6797, 12245, 541, 2156, 11357, 2634});
  }

  @Test
  void foundationFirstSearchesTwiceAndStaysWithinItsNodes() {
    assertEffort(
        30,
        true,
        new double[] {7506.636, 8650.430, 8301.611, 7129.316},
        new long[] {7084, 5903, 3316, 1754});
  }
}
