package dev.leverage.calculator;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/**
 * The options of the commands that simulate: {@code --samples}, {@code --seed}, {@code --threads}.
 */
final class SimulationOptions {
  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "10000",
      description = "How many samples to draw, 1 to 1000000 (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The random seed (any 64-bit integer): the same seed and samples give the same numbers,"
              + " whatever the threads. Without it a random seed is chosen and printed.")
  Long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many threads draw samples (default: one per available core).")
  Integer threads;

  /**
   * Simulates {@code scenario} as the options ask, with a progress bar on a terminal.
   *
   * @throws InvalidModelException naming the option for a sample count or thread count out of
   *     range, or when the simulation would need more memory than the heap has left
   */
  SimulationResult run(Scenario scenario) {
    Simulation simulation = simulation();
    MemoryCheck.simulation(simulation, scenario);
    try (ProgressDisplay progress = ProgressDisplay.onStandardError()) {
      return simulation.run(scenario, progress);
    }
  }

  /**
   * The simulation the options ask for, with a random seed when none was given.
   *
   * @throws InvalidModelException naming the option for a sample count or thread count out of range
   */
  Simulation simulation() {
    Simulation.Builder builder =
        Simulation.builder()
            .samples(samples)
            .seed(seed != null ? seed : ThreadLocalRandom.current().nextLong());
    if (threads != null) {
      builder.threads(threads);
    }
    try {
      return builder.build();
    } catch (InvalidModelException e) {
      throw new InvalidModelException(
          e.problems().stream()
              .map(p -> Problem.at("--" + p.path(), p.message()))
              .collect(ImmutableList.toImmutableList()));
    }
  }
}
