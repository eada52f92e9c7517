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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The simulation of §5: 100 or 5,000 activities with 3 uncertain inputs each (the time and two
 * uplifts), 100,000 samples, summarized as {@code simulate} prints it, in a 1 GB heap. Targets:
 * 100 activities under 1 s on 2 cores; 5,000 activities within the 1 GB heap.
 *
 * <p>The baseline, {@link #drawOnly}, draws the same PERT values (30 million, or 1.5 billion) on
 * one thread and only sums them: the ratio shows what the passes, the winners and the quantiles
 * add, and what threads save. After each iteration the peak heap use is printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SimulationBenchmark {
  static final int SAMPLES = 100_000;

  @Param({"100", "5000"})
  int activities;

  @Param({"1", "2"})
  int threads;

  Scenario scenario;
  Simulation simulation;

  @Setup
  public void setUp() {
    scenario = scenario(activities);
    simulation = Simulation.builder().samples(SAMPLES).seed(1).threads(threads).build();
  }

  @Setup(Level.Iteration)
  public void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Prints the largest heap in use during the iteration: every heap pool's peak, summed. */
  @TearDown(Level.Iteration)
  public void printPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(" [peak heap %d MB of %d MB]", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Activities by one manager over 20 teams, each with uncertain time and two uplifts. */
  static Scenario scenario(int count) {
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
    for (int a = 0; a < count; a++) {
      double hours = 1 + random.nextInt(10);
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("activity-%04d", a))
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

  /**
   * The full simulation and, on request, the probability of every rank of one activity (drawn
   * again: about one more first pass).
   */
  @Benchmark
  public double simulateWithOneRankDistribution() {
    SimulationResult result = simulation.run(scenario);
    return result.leverage("activity-0000").p50() + result.rankDistribution("activity-0000").get(1);
  }

  /** Baseline: the same PERT draws on one thread, summed and nothing else. */
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
