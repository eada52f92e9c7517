package dev.leverage.simulation;

/**
 * Hears how far a {@link Simulation} has come, for progress bars.
 *
 * <p>Called after each chunk of samples, never concurrently, with {@code done} strictly increasing
 * up to {@code total}; possibly from a thread other than the one running the simulation.
 * Implementations should return quickly.
 */
@FunctionalInterface
public interface SimulationProgress {

  /**
   * Reports that {@code done} of {@code total} samples have been drawn.
   *
   * @param done samples drawn so far
   * @param total samples to draw in all
   */
  void samplesDone(int done, int total);

  /** {@return a progress that ignores every report} */
  static SimulationProgress none() {
    return (done, total) -> {};
  }
}
