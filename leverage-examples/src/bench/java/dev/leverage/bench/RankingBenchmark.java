package dev.leverage.bench;

import dev.leverage.file.ScenarioReader;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Disagreement;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ranking, comparing strategies and coaching at 10^3 to 10^5 activities (MODEL.md §12: each O(n
 * log n)), on the scenarios {@link ScaleScenarios} writes, read once in the setup.
 *
 * <p>The baseline, {@link #sortOnly}, sorts {@code size} random doubles: the floor of any ranking.
 * {@link #byStrategy} ranks by each built-in strategy (leverage, RICE, ICE, WSJF) in turn.
 * Coaching ranks the candidates of {@code size / 10} product managers (about {@code size}
 * candidates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The calculator's collector. With G1's default young generation of several gigabytes, every
// operation allocates into memory touched for the first time, and on a virtual machine that
// returns free pages to its host that costs more than the work measured (docs/performance.md).
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class RankingBenchmark {
  @Param({"1000", "10000", "100000"})
  int size;

  Scenario activities;
  Scenario coaching;
  double[] scores;
  ScoringStrategy formula;

  @Setup
  public void setUp() {
    ScenarioReader json = ScenarioReader.json();
    activities = json.read(ScaleScenarios.text(out -> ScaleScenarios.activities(size, out)));
    coaching = json.read(ScaleScenarios.text(out -> ScaleScenarios.coaching(size / 10, out)));
    SplittableRandom random = new SplittableRandom(4);
    scores = random.doubles(size).toArray();
    formula = ScoringStrategy.formula("reach * impact * confidence / effort");
  }

  /** Sorts {@code size} doubles (the floor). */
  @Benchmark
  public double[] sortOnly() {
    double[] copy = scores.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** {@code leverage score}: every activity's leverage, ranked. */
  @Benchmark
  public Ranking leverage() {
    return Ranking.of(activities, ScoringStrategy.leverage());
  }

  /** One built-in strategy, by name: each ranks in its own benchmark. */
  @State(Scope.Benchmark)
  public static class BuiltIn {
    @Param({"leverage", "rice", "ice", "wsjf"})
    String strategy;

    ScoringStrategy scoring;

    @Setup
    public void setUp() {
      scoring = ScoringStrategy.byName(strategy);
    }
  }

  /** {@code leverage score --strategy NAME}: the ranking by each built-in strategy. */
  @Benchmark
  public Ranking byStrategy(BuiltIn builtIn) {
    return Ranking.of(activities, builtIn.scoring);
  }

  /** {@code leverage score --strategy formula}: a formula over each activity's attributes. */
  @Benchmark
  public Ranking formula() {
    return Ranking.of(activities, formula);
  }

  /** {@code leverage strategies}: the four built-in rankings and where they disagree. */
  @Benchmark
  public Disagreement strategies() {
    List<Ranking> rankings = new ArrayList<>();
    for (String name : List.of("leverage", "rice", "ice", "wsjf")) {
      rankings.add(Ranking.of(activities, ScoringStrategy.byName(name)));
    }
    return Disagreement.of(rankings);
  }

  /** {@code leverage coach}: every PM's coaching candidates ranked, and first priorities. */
  @Benchmark
  public CoachingPriorities coach() {
    return CoachingPriorities.of(coaching);
  }
}
