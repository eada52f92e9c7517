package dev.leverage.simulation;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Nulls;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.PertDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import org.immutables.value.Value;

/**
 * A Monte Carlo simulation of a scenario (§5 of the model): every uncertain uplift and time is
 * drawn independently from its {@link PertDistribution}, and each sample gives every activity an
 * output, a leverage and a rank.
 *
 * <p><b>Repeatable.</b> The samples of each activity are cut into chunks of {@value #CHUNK_SIZE},
 * and each chunk of each activity has its own generator: chunk <i>c</i> of the activity at position
 * <i>a</i> (scenario order) draws from {@code new SplittableRandom(mix64(mix64(seed + (c + 1)·γ) +
 * (a + 1)·γ))}, γ = {@code 0x9e3779b97f4a7c15} and mix64 the finalizer of SplitMix64 (Stafford's
 * mix13), sample by sample, the time first and then each uncertain uplift in effect order; certain
 * values draw nothing. Every result is a function of these draws alone, so the same seed and sample
 * count give bit-identical results for any number of threads and any executor, and one activity's
 * samples can be drawn again without the others' (which is how quantiles and comparisons are found
 * without storing samples).
 *
 * <p><b>Memory and time.</b> Nothing is stored per sample. A first pass over the chunks (in
 * parallel) draws every activity, counts the winner of each sample and fills a histogram of {@value
 * Selection#BUCKETS} buckets per activity for its output and one for its leverage, over the range
 * of its first chunk; a second pass (in parallel over activities) draws each uncertain activity
 * again and keeps only the samples in the buckets that hold its p10, p50 and p90, which are then
 * exact (a crowded bucket is counted again more finely, rarely needing a third pass). Memory is
 * about 9 KB per uncertain activity plus fixed buffers per thread (see {@link #memoryBytes}); time
 * is about twice that of drawing the samples. Attributes do not enter leverage and are not drawn.
 *
 * <p><b>Threads.</b> {@code threads} workers run at once: the calling thread and {@code threads −
 * 1} tasks given to {@link #executor()} (by default new daemon threads for each run). Any executor
 * works, even a busy or direct one: workers claim the work in turn. The simulation stops promptly
 * when the calling thread is interrupted, throwing {@link CancellationException} with the interrupt
 * status set.
 *
 * <p>Build with {@link #builder()}: {@code seed} is required, {@code samples} defaults to {@value
 * #DEFAULT_SAMPLES} and {@code threads} to the number of available processors. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Simulation {
  /** The number of samples unless set. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** The most samples a simulation may draw. */
  public static final int MAX_SAMPLES = 1_000_000;

  /** The number of consecutive samples drawn from one generator; part of the seed contract. */
  public static final int CHUNK_SIZE = 1024;

  Simulation() {}

  /**
   * Returns a builder for a simulation.
   *
   * @return an empty builder; {@link Builder#seed(long)} must be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return how many samples to draw, from 1 to {@value #MAX_SAMPLES}; {@value #DEFAULT_SAMPLES}
   * unless set}
   */
  @Value.Default
  public int samples() {
    return DEFAULT_SAMPLES;
  }

  /** {@return the seed of the random draws: the same seed gives the same results} */
  public abstract long seed();

  /**
   * {@return how many workers draw samples at once, at least 1; the available processors unless
   * set}
   */
  @Value.Default
  public int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * {@return where the helper workers run (all but the calling thread's); unless set, new daemon
   * threads for each run; it never changes the results}
   */
  @Value.Auxiliary
  public abstract Optional<Executor> executor();

  /**
   * Returns a builder holding this simulation's settings, to build a changed copy.
   *
   * @return a new builder, independent of this simulation
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (samples() < 1 || samples() > MAX_SAMPLES) {
      problems.add(
          Problem.at("samples", "must be from 1 to " + MAX_SAMPLES + ", was " + samples()));
    }
    if (threads() < 1) {
      problems.add(Problem.at("threads", "must be at least 1, was " + threads()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * About how many bytes a run over {@code activities} activities holds at most: 9 KB per activity
   * for its histograms and results, and per worker its buffers and what its second pass collects
   * (at most 2 MB for each of output and leverage). For refusing a request before it starts.
   *
   * @param activities how many activities the scenario holds
   * @return the bytes, whatever the number of samples beyond about 130,000
   */
  public long memoryBytes(int activities) {
    long perActivity = 2L * (Selection.BUCKETS + 2) * Integer.BYTES + 600;
    long collected = 2 * 8 * Math.min(samples(), Selection.COLLECT_LIMIT);
    long perWorker = 64 * 1024 + collected + 16L * Selection.BUCKETS * 8 + 40L * activities;
    return activities * perActivity + Math.max(1, threads()) * perWorker;
  }

  /**
   * Simulates {@code scenario}.
   *
   * @param scenario the scenario
   * @return every activity's sampled outputs, leverages and chance of ranking first
   * @throws InvalidModelException when some sample's output or leverage could be infinite or NaN,
   *     naming the value that causes it
   * @throws CancellationException when the calling thread is interrupted (its interrupt status is
   *     then set)
   */
  public SimulationResult run(Scenario scenario) {
    return run(scenario, SimulationProgress.none());
  }

  /**
   * Simulates {@code scenario}, telling {@code progress} how far it has come.
   *
   * @param scenario the scenario
   * @param progress told how far the simulation has come, about every chunk of samples
   * @return every activity's sampled outputs, leverages and chance of ranking first
   * @throws InvalidModelException when some sample's output or leverage could be infinite or NaN,
   *     naming the value that causes it
   * @throws CancellationException when the calling thread is interrupted (its interrupt status is
   *     then set)
   */
  public SimulationResult run(Scenario scenario, SimulationProgress progress) {
    requireNonNull(scenario, "scenario");
    requireNonNull(progress, "progress");
    Activity.requireTimes(scenario.activities());
    ActivitySampler[] samplers = ActivitySampler.of(scenario);
    List<String> ids = scenario.activities().stream().map(Activity::id).toList();
    return new SimulationRun(this, samplers, ids, progress).simulate();
  }

  /**
   * Builds a {@link Simulation}: set the {@linkplain #seed(long) seed}, and the number of samples,
   * threads and executor when the defaults do not suit, then {@linkplain #build() build}.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private int samples = DEFAULT_SAMPLES;
    private Long seed;
    private Integer threads;
    private Executor executor;

    private Builder() {}

    private Builder from(Simulation simulation) {
      samples = simulation.samples();
      seed = simulation.seed();
      threads = simulation.threads();
      executor = simulation.executor().orElse(null);
      return this;
    }

    /**
     * Sets how many samples to draw; {@value #DEFAULT_SAMPLES} unless set.
     *
     * @param samples from 1 to {@value #MAX_SAMPLES}
     * @return this builder
     */
    public Builder samples(int samples) {
      this.samples = samples;
      return this;
    }

    /**
     * Sets the seed of the random draws.
     *
     * @param seed any number; the same seed gives the same results
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets how many workers draw samples at once (the calling thread and {@code threads − 1}
     * helpers); the available processors unless set. The results do not depend on it.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Sets where the helper workers run, as Caffeine's {@code executor} does: unless set, new
     * daemon threads for each run. Any executor gives the same results, even a direct one or one
     * that never runs its tasks (the calling thread then does all the work).
     *
     * @param executor the executor of the helper workers
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Nulls.reject(executor, "executor");
      return this;
    }

    /**
     * Builds the simulation.
     *
     * @return a simulation with the settings made
     * @throws InvalidModelException listing every problem: a missing seed, samples outside 1 to
     *     {@value #MAX_SAMPLES}, threads below 1
     */
    public Simulation build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(seed, "seed", "seed(long)", missing);
      InvalidModelException.throwIfAny(missing);
      ImmutableSimulation.Builder simulation =
          new ImmutableSimulation.Builder()
              .samples(samples)
              .seed(seed)
              .executor(Optional.ofNullable(executor));
      if (threads != null) {
        simulation.threads(threads);
      }
      return simulation.build();
    }
  }
}
