package dev.leverage.report;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.planning.Planner;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;

/**
 * What a report is made from: the scenario, the name of the file it was read from, and how to
 * simulate its uncertain estimates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scenario the scenario to report on
 * @param source where the scenario came from, as shown in the report (a file name); any text
 * @param samples how many samples the report's simulation draws, from 1 to {@link
 *     Simulation#MAX_SAMPLES}
 * @param seed the seed of the report's simulation: the same seed gives the same page
 * @param weeks how many weeks the report schedules, from 1 (the plan of the week only) to {@link
 *     Planner#MAX_WEEKS}; above 1 the report adds each manager's schedule week by week
 */
public record ReportContext(Scenario scenario, String source, int samples, long seed, int weeks) {
  /** The samples unless given: enough for steady p10 and p90, fast enough for a report. */
  public static final int DEFAULT_SAMPLES = 2000;

  /** The seed unless given, so that the same scenario always gives the same report. */
  public static final long DEFAULT_SEED = 42L;

  /** Checks that both are given and that the sample count and the weeks are in range. */
  public ReportContext {
    requireNonNull(scenario, "scenario");
    requireNonNull(source, "source");
    if (samples < 1 || samples > Simulation.MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "samples must be from 1 to " + Simulation.MAX_SAMPLES + ", was " + samples);
    }
    if (weeks < 1 || weeks > Planner.MAX_WEEKS) {
      throw new IllegalArgumentException(
          "weeks must be from 1 to " + Planner.MAX_WEEKS + ", was " + weeks);
    }
  }

  /**
   * The context of a report of the week only (no schedule over several weeks).
   *
   * @param scenario the scenario to report on
   * @param source where the scenario came from, as shown in the report
   * @param samples how many samples the report's simulation draws
   * @param seed the seed of the report's simulation
   */
  public ReportContext(Scenario scenario, String source, int samples, long seed) {
    this(scenario, source, samples, seed, 1);
  }

  /**
   * Returns the context of {@code scenario}, read from {@code source}, simulated with {@value
   * #DEFAULT_SAMPLES} samples and seed {@value #DEFAULT_SEED}.
   */
  public static ReportContext of(Scenario scenario, String source) {
    return new ReportContext(scenario, source, DEFAULT_SAMPLES, DEFAULT_SEED);
  }

  /** The name of the scenario's output unit (MODEL.md §9), such as {@code output units}. */
  public String unit() {
    return scenario.unit();
  }

  /**
   * The scenario of every plan in the report: the coach's coaching candidates compete with the
   * coach's own activities for one budget (MODEL.md §7), as in {@code leverage plan}.
   */
  public Scenario wholeWeek() {
    return CoachingPriorities.wholeWeek(scenario);
  }

  /** The scenario's activities ranked by leverage, best first. */
  public Ranking ranking() {
    return Ranking.of(scenario, ScoringStrategy.leverage());
  }

  /** Whether any activity's time or uplift is a three-point estimate rather than a point. */
  public boolean uncertain() {
    return scenario.activities().stream().anyMatch(ReportContext::uncertain);
  }

  /** Whether {@code activity}'s time or any of its uplifts is a three-point estimate. */
  public static boolean uncertain(Activity activity) {
    return !activity.time().isPoint()
        || activity.effects().stream().map(Effect::uplift).anyMatch(e -> !e.isPoint());
  }

  /** The simulation of the scenario with this context's samples and seed, on one thread. */
  public SimulationResult simulation() {
    return simulator().run(scenario);
  }

  /**
   * The simulation {@link #simulation()} runs: this context's samples and seed, one thread (for
   * instance to check its {@linkplain Simulation#memoryBytes(int) memory} first).
   */
  public Simulation simulator() {
    return Simulation.builder().samples(samples).seed(seed).threads(1).build();
  }
}
