package dev.leverage.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The several-weeks scheduler (§7, {@code plan --weeks 13}) on a manager's quarter, with OR-Tools'
 * CP-SAT solving the same problems in the same run as the reference.
 *
 * <p>Each state is five problems (seeds 1–5) of 40 candidates over 13 weeks with the same free
 * hours every week ({@link #budgetHours}): durations in quarter hours from 30m to 8h; one to three
 * effects each, as a step over the 12-week horizon, a shorter step or a half-life, a fifth of them
 * starting 1–8 weeks later, a tenth harmful; outputs per week by §4; a fifth foundation work; a
 * sixth of the candidates requiring one or two others.
 *
 * <p>CP-SAT (one worker, like the scheduler; at most {@link #CP_SAT_SECONDS} s per problem) gets
 * the time-indexed model: a Boolean per candidate and week, at most one week per candidate, a
 * knapsack per week, "done by week w" of a requirement at least that of what needs it, and the
 * outputs in thousandths as the objective. Setup checks that the scheduler proves every optimum and
 * that it equals CP-SAT's wherever CP-SAT proves one (elsewhere, that it lies between CP-SAT's best
 * and its bound), and prints both per problem.
 *
 * <p>This class lives in the planning package to reach the scheduler before it has a public API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScheduleBenchmark {
  static final int CANDIDATES = 40;
  static final int WEEKS = 13;
  static final int PROBLEMS = 5;
  /** CP-SAT's time limit per problem, in seconds; {@code -Dcpsat.seconds=N} changes it. */
  static final double CP_SAT_SECONDS = Double.parseDouble(System.getProperty("cpsat.seconds", "120"));

  /** The library's own node limit ({@code Planner.schedule}): every optimum must be proven within. */
  static final long NODES = Planner.MAX_SCHEDULE_NODES;

  /** Free hours every week. */
  @Param({"30", "20"})
  public int budgetHours;

  private List<ScheduleProblem> problems;

  @Setup
  public void setUp() {
    Loader.loadNativeLibraries();
    problems = new ArrayList<>();
    for (int seed = 1; seed <= PROBLEMS; seed++) {
      problems.add(quarter(new Random(seed), budgetHours * 60));
    }
    System.out.printf("%n%d candidates x %d weeks, %dh a week:%n", CANDIDATES, WEEKS, budgetHours);
    for (int k = 0; k < problems.size(); k++) {
      ScheduleProblem problem = problems.get(k);
      long start = System.nanoTime();
      ScheduleOptimum ours = ScheduleOptimum.find(problem, false, NODES);
      double oursMs = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      double[] reference = cpSat(problem);
      double cpSatMs = (System.nanoTime() - start) / 1e6;
      boolean proven = reference[2] == 1;
      System.out.printf(
          "  problem %d: scheduler %.3f (exact %s, %d nodes, %.0f ms); CP-SAT %.3f, bound %.3f"
              + " (%s, %.0f ms)%n",
          k + 1,
          ours.output,
          ours.exact,
          ours.nodes,
          oursMs,
          reference[0],
          reference[1],
          proven ? "optimal" : "not proven",
          cpSatMs);
      double tolerance = 1e-3 * CANDIDATES;
      if (!ours.exact || !problem.isFeasible(ours.week)) {
        throw new IllegalStateException("problem " + (k + 1) + ": the schedule is not proven best");
      }
      if (proven
          ? Math.abs(ours.output - reference[0]) > tolerance
          : ours.output < reference[0] - tolerance || ours.output > reference[1] + tolerance) {
        throw new IllegalStateException(
            "problem " + (k + 1) + ": the optimum differs from CP-SAT's: " + ours.output);
      }
    }
  }

  /** The scheduler on the five problems: the sum of their optima. */
  @Benchmark
  public double scheduler() {
    double total = 0;
    for (ScheduleProblem problem : problems) {
      total += ScheduleOptimum.find(problem, false, NODES).output;
    }
    return total;
  }

  /** The scheduler in foundation-first mode (two searches each). */
  @Benchmark
  public double schedulerFoundationFirst() {
    double total = 0;
    for (ScheduleProblem problem : problems) {
      total += ScheduleOptimum.find(problem, true, NODES).output;
    }
    return total;
  }

  /** CP-SAT on the five problems (model, then solve). */
  @Benchmark
  public double cpSat() {
    double total = 0;
    for (ScheduleProblem problem : problems) {
      total += cpSat(problem)[0];
    }
    return total;
  }

  /** CP-SAT's best output, its bound and 1 when it proved the best. */
  static double[] cpSat(ScheduleProblem p) {
    CpModel model = new CpModel();
    BoolVar[][] x = new BoolVar[p.n][p.weeks];
    BoolVar[] all = new BoolVar[p.n * p.weeks];
    long[] value = new long[p.n * p.weeks];
    for (int i = 0; i < p.n; i++) {
      for (int w = 0; w < p.weeks; w++) {
        x[i][w] = model.newBoolVar("x" + i + "_" + w);
        all[i * p.weeks + w] = x[i][w];
        value[i * p.weeks + w] = Math.round(p.output(i, w) * 1000);
      }
      model.addAtMostOne(x[i]);
    }
    for (int w = 0; w < p.weeks; w++) {
      BoolVar[] week = new BoolVar[p.n];
      long[] minutes = new long[p.n];
      for (int i = 0; i < p.n; i++) {
        week[i] = x[i][w];
        minutes[i] = p.minutes[i];
      }
      model.addLessOrEqual(LinearExpr.weightedSum(week, minutes), p.capacity[w]);
    }
    for (int i = 0; i < p.n; i++) {
      for (int r : p.requires[i]) {
        for (int w = 0; w < p.weeks; w++) {
          BoolVar[] terms = new BoolVar[w + 2];
          long[] coefficients = new long[w + 2];
          terms[0] = x[i][w];
          coefficients[0] = 1;
          for (int v = 0; v <= w; v++) {
            terms[v + 1] = x[r][v];
            coefficients[v + 1] = -1;
          }
          model.addLessOrEqual(LinearExpr.weightedSum(terms, coefficients), 0);
        }
      }
    }
    model.maximize(LinearExpr.weightedSum(all, value));
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(CP_SAT_SECONDS);
    CpSolverStatus status = solver.solve(model);
    return new double[] {
      solver.objectiveValue() / 1000,
      solver.bestObjectiveBound() / 1000,
      status == CpSolverStatus.OPTIMAL ? 1 : 0
    };
  }

  /** One manager's quarter, as the class comment describes. */
  static ScheduleProblem quarter(Random random, int budgetMinutes) {
    double horizon = 12;
    int n = CANDIDATES;
    int[] minutes = new int[n];
    double[][] output = new double[n][WEEKS];
    boolean[] foundation = new boolean[n];
    int[][] requires = new int[n][];
    for (int i = 0; i < n; i++) {
      minutes[i] = 15 * (2 + random.nextInt(31));
      int effects = 1 + random.nextInt(3);
      for (int e = 0; e < effects; e++) {
        double rate = (random.nextInt(10) == 0 ? -0.3 : 1) * (1 + random.nextInt(30));
        int shape = random.nextInt(4);
        double lasts = shape == 1 ? 1 + random.nextInt(6) : horizon;
        double halfLife = shape == 2 ? 1 + random.nextInt(8) : 0;
        double starts = random.nextInt(5) == 0 ? 1 + random.nextInt(8) : 0;
        for (int w = 0; w < WEEKS; w++) {
          double t0 = w + starts;
          double weeks;
          if (halfLife > 0) {
            weeks =
                t0 < horizon
                    ? halfLife / Math.log(2) * -Math.expm1(-Math.log(2) * (horizon - t0) / halfLife)
                    : 0;
          } else {
            weeks = Math.max(0, Math.min(lasts, horizon - t0));
          }
          output[i][w] += rate * weeks;
        }
      }
      foundation[i] = random.nextInt(5) == 0;
      int count = i == 0 || random.nextInt(6) > 0 ? 0 : 1 + random.nextInt(Math.min(i, 2));
      requires[i] = new int[count];
      for (int k = 0; k < count; k++) {
        requires[i][k] = random.nextInt(i);
      }
    }
    int[] capacity = new int[WEEKS];
    Arrays.fill(capacity, budgetMinutes);
    return ScheduleProblem.of(minutes, capacity, output, foundation, requires);
  }
}
