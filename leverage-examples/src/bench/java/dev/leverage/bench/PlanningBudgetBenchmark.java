package dev.leverage.bench;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The planner at budgets of 10⁴, 10⁶, 10⁸ and 10⁹ minutes: the same three instance shapes as
 * {@link PlanningBenchmark}, with every duration scaled to the budget (each candidate takes from
 * 1/200 to 1/20 of it, so that about 40 fit), and Burkardt's knapsack P08 scaled by 100 (a
 * 640,418,000-minute budget). Run with {@code -prof gc}: the bytes allocated per plan bound the
 * planner's peak memory from above.
 *
 * <p>The baseline, {@link #weekBaseline}, plans the independent instance at a 40-hour budget in
 * the same run, the size the planner was first built for. Setup prints whether each plan is exact
 * (and its gap) and how many steps its frontier has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanningBudgetBenchmark {
  private static final String MANAGER = "m";

  @Param({"10000", "1000000", "100000000", "1000000000"})
  long budget;

  @Param({"independent", "forest", "dag"})
  String shape;

  private Planner planner;
  private List<ActivityOutput> candidates;
  private Planner week;
  private List<ActivityOutput> weekCandidates;

  @Setup
  public void setUp() {
    planner = Planner.of(Effort.ofMinutes(budget));
    candidates =
        switch (shape) {
          case "independent" -> candidates(1_000, new Random(1), 0, 1, false, budget);
          case "forest" -> candidates(200, new Random(2), 0.7, 1, true, budget);
          default -> candidates(60, new Random(3), 0.5, 3, true, budget);
        };
    week = Planner.of(Effort.ofHours(40));
    weekCandidates = candidates(1_000, new Random(1), 0, 1, false, 40 * 60 * 10);
    Plan plan = planner.plan(MANAGER, candidates);
    System.out.printf(
        "%n%s at %d minutes: output %.1f, %s, %d activities; frontier %d points, %s%n",
        shape,
        budget,
        plan.output(),
        plan.exact() ? "exact" : "gap " + plan.gap(),
        plan.activities().size(),
        plan.frontier().points().size(),
        plan.frontier().exact() ? "exact" : "gap " + plan.frontier().gap());
  }

  /** The plan in execution order. */
  @Benchmark
  public Plan plan() {
    return planner.plan(MANAGER, candidates);
  }

  /** The plan, the reasons for what was left out and the frontier as a step function. */
  @Benchmark
  public Object planWithReasonsAndFrontier() {
    Plan plan = planner.plan(MANAGER, candidates);
    return List.of(plan, plan.leftOut(), plan.frontier());
  }

  /** Baseline: 1,000 independent candidates of 15m to 8h in a 40-hour week. */
  @Benchmark
  public Plan weekBaseline() {
    return week.plan(MANAGER, weekCandidates);
  }

  /**
   * Candidates whose durations take 1/200 to 1/20 of {@code scale} minutes, as {@link
   * PlanningBenchmark}'s do of 40 hours × 10 (15 minutes to 8 hours of a 40-hour budget).
   */
  static List<ActivityOutput> candidates(
      int n, Random random, double density, int maxRequirements, boolean mixed, long scale) {
    List<ActivityOutput> candidates = new ArrayList<>();
    long low = Math.max(1, scale / 200);
    long high = Math.max(low, scale / 20);
    for (int i = 0; i < n; i++) {
      long minutes = low + (long) (random.nextDouble() * (high - low + 1));
      double output = 1 + random.nextInt(100);
      ActivityKind kind = ActivityKind.OTHER;
      if (mixed) {
        output = random.nextInt(10) == 0 ? -random.nextInt(30) : 200 * random.nextDouble();
        kind = random.nextInt(5) == 0 ? ActivityKind.FOUNDATION : ActivityKind.OTHER;
      }
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("a%04d", i))
              .by(MANAGER)
              .kind(kind)
              .time(Effort.ofMinutes(minutes));
      if (i > 0 && random.nextDouble() < density) {
        int count = 1 + random.nextInt(maxRequirements);
        for (int k = 0; k < count; k++) {
          activity.requires(String.format("a%04d", random.nextInt(i)));
        }
      }
      Activity built = activity.build();
      candidates.add(new ActivityOutput(built, built.hours(), output, List.of()));
    }
    return candidates;
  }
}
