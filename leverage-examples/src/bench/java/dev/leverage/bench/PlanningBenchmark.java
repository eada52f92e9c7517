package dev.leverage.bench;

import com.google.ortools.Loader;
import com.google.ortools.algorithms.KnapsackSolver;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The planner on the three instances of the planning issue, with OR-Tools' knapsack solvers on
 * instance (a) in the same run as the baseline.
 *
 * <ul>
 *   <li>(a) 1,000 independent candidates, 40h budget, whole-minute durations (15m to 8h) and whole
 *       outputs (1 to 100);
 *   <li>(b) 200 candidates whose requirements form a random forest (each requires at most one
 *       earlier candidate, with probability 0.7);
 *   <li>(c) 60 candidates with a random requirement DAG (each requires up to three earlier
 *       candidates, with probability 0.5), a fifth of them foundation work, a tenth negative.
 * </ul>
 *
 * <p>Setup checks that the planner's optimum on (a) equals OR-Tools' and that every plan is exact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanningBenchmark {
  private static final String MANAGER = "m";
  private static final int BUDGET_MINUTES = 40 * 60;

  private final Planner planner = Planner.of(Effort.ofMinutes(BUDGET_MINUTES));
  private List<ActivityOutput> independent;
  private List<ActivityOutput> forest;
  private List<ActivityOutput> dag;
  private long[] values;
  private long[][] weights;

  @Setup
  public void setUp() {
    Loader.loadNativeLibraries();
    independent = candidates(1_000, new Random(1), 0, 1, false);
    forest = candidates(200, new Random(2), 0.7, 1, true);
    dag = candidates(60, new Random(3), 0.5, 3, true);
    values = new long[independent.size()];
    weights = new long[1][independent.size()];
    for (int i = 0; i < independent.size(); i++) {
      values[i] = Math.round(independent.get(i).output());
      weights[0][i] = Math.round(independent.get(i).hours() * 60);
    }
    Plan plan = planner.plan(MANAGER, independent);
    long ours = Math.round(plan.output());
    long branchAndBound =
        orTools(KnapsackSolver.SolverType.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER);
    long dynamicProgramming =
        orTools(KnapsackSolver.SolverType.KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER);
    if (ours != branchAndBound || ours != dynamicProgramming || plan.output() != ours) {
      throw new IllegalStateException(
          "optimum of (a) differs: planner "
              + plan.output()
              + ", OR-Tools branch and bound "
              + branchAndBound
              + ", OR-Tools dynamic programming "
              + dynamicProgramming);
    }
    for (List<ActivityOutput> instance : List.of(independent, forest, dag)) {
      if (!planner.plan(MANAGER, instance).exact()) {
        throw new IllegalStateException("a benchmark plan is not exact");
      }
    }
    System.out.printf(
        "%n(a) optimum %d (planner = OR-Tools); (b) %.1f; (c) %.1f%n",
        ours, planner.plan(MANAGER, forest).output(), planner.plan(MANAGER, dag).output());
  }

  /** (a) with the planner: the plan in execution order (reasons and frontier are derived lazily). */
  @Benchmark
  public Plan independentPlanner() {
    return planner.plan(MANAGER, independent);
  }

  /** (a) with everything a plan can derive: the reasons for what was left out, the frontier. */
  @Benchmark
  public Object independentPlannerWithReasonsAndFrontier() {
    Plan plan = planner.plan(MANAGER, independent);
    return List.of(plan, plan.leftOut(), plan.frontier());
  }

  /** (a) with OR-Tools' default branch and bound (init and solve). */
  @Benchmark
  public long independentOrToolsBranchAndBound() {
    return orTools(KnapsackSolver.SolverType.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER);
  }

  /** (a) with OR-Tools' dynamic programming (init and solve). */
  @Benchmark
  public long independentOrToolsDynamicProgramming() {
    return orTools(KnapsackSolver.SolverType.KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER);
  }

  /** (b) the requirement forest. */
  @Benchmark
  public Plan forestPlanner() {
    return planner.plan(MANAGER, forest);
  }

  /** (c) the requirement DAG. */
  @Benchmark
  public Plan dagPlanner() {
    return planner.plan(MANAGER, dag);
  }

  private long orTools(KnapsackSolver.SolverType type) {
    KnapsackSolver solver = new KnapsackSolver(type, "a");
    solver.init(values, weights, new long[] {BUDGET_MINUTES});
    long best = solver.solve();
    solver.delete();
    return best;
  }

  private static List<ActivityOutput> candidates(
      int n, Random random, double density, int maxRequirements, boolean mixed) {
    List<ActivityOutput> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int minutes = 15 + random.nextInt(8 * 60 - 15 + 1);
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
