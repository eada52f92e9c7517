package dev.leverage.simulation;

/**
 * Hears how far a {@link Simulation} has come, for progress bars.
 *
 * <p>Work is counted in draws of one sample of one uncertain activity, once in each of the
 * simulation's two passes. Called every chunk of samples or so, never concurrently, with {@code
 * done} strictly increasing up to {@code total}; possibly from a thread other than the one running
 * the simulation. Implementations should return quickly.
 */
@FunctionalInterface
public interface SimulationProgress {

  /**
   * Reports that {@code done} of {@code total} units of work are done.
   *
   * @param done units of work done so far
   * @param total units of work in all
   */
  void progress(long done, long total);

  /** {@return a progress that ignores every report} */
  static SimulationProgress none() {
    return (done, total) -> {};
  }
}
