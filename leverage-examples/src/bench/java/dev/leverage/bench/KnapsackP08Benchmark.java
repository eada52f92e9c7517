package dev.leverage.bench;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Burkardt's knapsack instance P08 (24 items, capacity 6,404,180, optimum 13,549,094) with every
 * weight and the capacity scaled by 1 and by 100 (640,418,000 minutes): the planner's cost does not
 * grow with the budget. Setup fails unless the plan is exact at the known optimum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnapsackP08Benchmark {
  static final int[] WEIGHTS = {
    382745, 799601, 909247, 729069, 467902, 44328, 34610, 698150, 823460, 903959, 853665, 551830,
    610856, 670702, 488960, 951111, 323046, 446298, 931161, 31385, 496951, 264724, 224916, 169684
  };
  static final int[] PROFITS = {
    825594, 1677009, 1676628, 1523970, 943972, 97426, 69666, 1296457, 1679693, 1902996, 1844992,
    1049289, 1252836, 1319836, 953277, 2067538, 675367, 853655, 1826027, 65731, 901489, 577243,
    466257, 369261
  };
  static final long CAPACITY = 6_404_180L;

  @Param({"1", "100"})
  int scale;

  private Planner planner;
  private List<ActivityOutput> items;

  @Setup
  public void setUp() {
    planner = Planner.of(Effort.ofMinutes(CAPACITY * scale));
    items = new ArrayList<>();
    for (int i = 0; i < WEIGHTS.length; i++) {
      Activity activity =
          Activity.builder()
              .id(String.format("p%02d", i + 1))
              .by("m")
              .time(Effort.ofMinutes((long) WEIGHTS[i] * scale))
              .build();
      items.add(new ActivityOutput(activity, activity.hours(), PROFITS[i], List.of()));
    }
    Plan plan = planner.plan("m", items);
    if (!plan.exact() || plan.output() != 13_549_094) {
      throw new IllegalStateException("P08 x" + scale + ": " + plan.output() + ", " + plan.exact());
    }
  }

  /** The plan at the scaled capacity. */
  @Benchmark
  public Plan plan() {
    return planner.plan("m", items);
  }

  /** The plan and its whole frontier from 0 to the capacity. */
  @Benchmark
  public Object planAndFrontier() {
    Plan plan = planner.plan("m", items);
    return List.of(plan, plan.frontier());
  }
}
