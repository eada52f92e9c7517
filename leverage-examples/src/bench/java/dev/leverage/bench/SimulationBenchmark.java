package dev.leverage.bench;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.uncertainty.PertDistribution;
import dev.leverage.simulation.SimulatedActivity;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * The simulation of §5 at the size of the target: 100 activities with 3 uncertain inputs each (the
 * time and two uplifts), 100,000 samples, summarized as {@code simulate} prints it. Target: under 1
 * s on 2 cores.
 *
 * <p>The baseline, {@link #drawOnly}, draws the same 30 million PERT values on one thread and only
 * sums them: the ratio shows what storing, ranking and the quantiles add, and what threads save.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {
  static final int ACTIVITIES = 100;
  static final int SAMPLES = 100_000;

  @Param({"1", "2"})
  int threads;

  Scenario scenario;
  Simulation simulation;

  @Setup
  public void setUp() {
    scenario = scenario();
    simulation = Simulation.builder().samples(SAMPLES).seed(1).threads(threads).build();
  }

  /** 100 activities by one manager over 20 teams, each with uncertain time and two uplifts. */
  static Scenario scenario() {
    SplittableRandom random = new SplittableRandom(2024);
    Organization.Builder organization = Organization.builder();
    Manager.Builder manager = Manager.builder().id("lead");
    for (int t = 0; t < 20; t++) {
      organization.teams(Team.of("team-" + t, 50 + random.nextInt(100)));
      if (t < 5) {
        manager.owns("team-" + t);
      } else {
        manager.influence("team-" + t, 0.1 + 0.9 * random.nextDouble());
      }
    }
    organization.managers(manager.build());
    List<Activity> activities = new ArrayList<>();
    for (int a = 0; a < ACTIVITIES; a++) {
      double hours = 1 + random.nextInt(10);
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("activity-%03d", a))
              .by("lead")
              .time(EffortEstimate.ofHours(Estimate.of(hours * 0.7, hours, hours * 1.8)));
      for (int e = 0; e < 2; e++) {
        double likely = 0.01 + 0.1 * random.nextDouble();
        activity.effects(
            Effect.builder()
                .team("team-" + random.nextInt(20))
                .uplift(Estimate.of(likely * 0.2, likely, likely * 2.5))
                .lasts(CalendarTime.ofWeeks(1 + random.nextInt(12)))
                .build());
      }
      activities.add(activity.build());
    }
    return Scenario.builder().organization(organization.build()).activities(activities).build();
  }

  /** The full simulation, read as {@code simulate} prints it. */
  @Benchmark
  public double simulate() {
    SimulationResult result = simulation.run(scenario);
    double sum = 0;
    for (SimulatedActivity activity : result.activities()) {
      sum += activity.leverage().p10() + activity.leverage().p50() + activity.leverage().p90();
      sum += activity.output().mean() + activity.probabilityBest();
    }
    return sum;
  }

  /** The full simulation and, for every activity, the probability of every rank. */
  @Benchmark
  public double simulateWithRanks() {
    SimulationResult result = simulation.run(scenario);
    double sum = 0;
    for (String id : result.activityIds()) {
      sum += result.leverage(id).p50() + result.rankDistribution(id).get(1);
    }
    return sum;
  }

  /** Baseline: the same 30 million PERT draws on one thread, summed and nothing else. */
  @Benchmark
  public double drawOnly() {
    List<PertDistribution> distributions = new ArrayList<>();
    for (Activity activity : scenario.activities()) {
      distributions.add(PertDistribution.of(activity.time().hours()));
      for (Effect effect : activity.effects()) {
        distributions.add(PertDistribution.of(effect.uplift()));
      }
    }
    PertDistribution[] all = distributions.toArray(PertDistribution[]::new);
    SplittableRandom random = new SplittableRandom(1);
    double sum = 0;
    for (int i = 0; i < SAMPLES; i++) {
      for (PertDistribution distribution : all) {
        sum += distribution.sample(random);
      }
    }
    return sum;
  }
}
