package dev.leverage.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.common.util.concurrent.Uninterruptibles;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Nulls;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.PertDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.immutables.value.Value;

/**
 * A Monte Carlo simulation of a scenario (§5 of the model): every uncertain uplift and time is
 * drawn independently from its {@link PertDistribution}, and each sample gives every activity an
 * output, a leverage and a rank.
 *
 * <p><b>Repeatable.</b> The samples are cut into chunks of {@value #CHUNK_SIZE}; chunk <i>c</i>
 * draws from its own {@link SplittableRandom} seeded with {@code mix64(seed + (c + 1) ·
 * 0x9e3779b97f4a7c15)} (Stafford's mix13, the finalizer of SplitMix64), activity by activity in
 * scenario order, sample by sample, time first and then each uncertain uplift in effect order;
 * certain values draw nothing. Threads take whole chunks and write disjoint ranges, so the same
 * seed and sample count give bit-identical results for any number of threads.
 *
 * <p><b>Memory.</b> The samples are stored, so that quantiles are exact and any pair can be
 * compared: two doubles per activity per sample (16 bytes; 16 MB per activity at the cap of {@value
 * #MAX_SAMPLES} samples). Nothing else grows with the sample count. The winner of each sample is
 * counted while sampling; the full rank distribution is computed from the stored samples when first
 * asked for. Attributes do not enter leverage and are not drawn.
 *
 * <p>Build with {@link #builder()}: {@code seed} is required, {@code samples} defaults to {@value
 * #DEFAULT_SAMPLES} and {@code threads} to the number of available processors. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Simulation {
  /** The number of samples unless set. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** The most samples a simulation may draw: it stores 16 bytes per activity per sample. */
  public static final int MAX_SAMPLES = 1_000_000;

  /** The number of consecutive samples drawn from one generator; part of the seed contract. */
  public static final int CHUNK_SIZE = 1024;

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

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

  /** {@return how many threads draw samples, at least 1; the available processors unless set} */
  @Value.Default
  public int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

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
          Problem.at(
              "samples",
              "must be from 1 to "
                  + MAX_SAMPLES
                  + " (the samples are stored, 16 bytes per activity each), was "
                  + samples()));
    }
    if (threads() < 1) {
      problems.add(Problem.at("threads", "must be at least 1, was " + threads()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Simulates {@code scenario}.
   *
   * @param scenario the scenario
   * @return every activity's sampled outputs, leverages and ranks
   */
  public SimulationResult run(Scenario scenario) {
    return run(scenario, SimulationProgress.none());
  }

  /**
   * Simulates {@code scenario}, telling {@code progress} after each chunk of samples.
   *
   * @param scenario the scenario
   * @param progress told after each chunk of samples
   * @return every activity's sampled outputs, leverages and ranks
   */
  public SimulationResult run(Scenario scenario, SimulationProgress progress) {
    requireNonNull(scenario, "scenario");
    requireNonNull(progress, "progress");
    List<Activity> activities = scenario.activities();
    int count = activities.size();
    int n = samples();
    ActivitySampler[] samplers = new ActivitySampler[count];
    for (int a = 0; a < count; a++) {
      samplers[a] = ActivitySampler.of(scenario, activities.get(a));
    }
    List<String> ids = activities.stream().map(Activity::id).toList();
    double[][] output = new double[count][n];
    double[][] leverage = new double[count][n];
    long[] bestCounts = new long[count];
    int chunks = (n + CHUNK_SIZE - 1) / CHUNK_SIZE;
    AtomicInteger nextChunk = new AtomicInteger();
    int[] done = new int[1];
    inParallel(
        Math.min(threads(), chunks),
        () -> {
          SampleRanking ranking = new SampleRanking(ids);
          long[] best = new long[count];
          double[] values = new double[count];
          for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
            int from = c * CHUNK_SIZE;
            int to = Math.min(n, from + CHUNK_SIZE);
            SplittableRandom random = chunkRandom(seed(), c);
            for (int a = 0; a < count; a++) {
              samplers[a].sample(random, from, to, output[a], leverage[a]);
            }
            if (count > 0) {
              for (int i = from; i < to; i++) {
                for (int a = 0; a < count; a++) {
                  values[a] = leverage[a][i];
                }
                best[ranking.best(values)]++;
              }
            }
            synchronized (done) {
              done[0] += to - from;
              progress.samplesDone(done[0], n);
            }
          }
          synchronized (bestCounts) {
            for (int a = 0; a < count; a++) {
              bestCounts[a] += best[a];
            }
          }
        });
    Distribution[] outputs = new Distribution[count];
    Distribution[] leverages = new Distribution[count];
    AtomicInteger nextSummary = new AtomicInteger();
    inParallel(
        Math.min(threads(), 2 * count),
        () -> {
          for (int k = nextSummary.getAndIncrement();
              k < 2 * count;
              k = nextSummary.getAndIncrement()) {
            int a = k / 2;
            if (k % 2 == 0) {
              outputs[a] = Distribution.wrap(output[a]);
            } else {
              leverages[a] = Distribution.wrap(leverage[a]);
            }
          }
        });
    return new SimulationResult(
        n, seed(), threads(), ids, outputs, leverages, leverage, bestCounts);
  }

  /** The generator of chunk {@code chunk}: seeded with SplitMix64's finalizer of its position. */
  static SplittableRandom chunkRandom(long seed, int chunk) {
    return new SplittableRandom(mix64(seed + (chunk + 1L) * GOLDEN_GAMMA));
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Runs {@code worker} on {@code threads} threads, one of them the caller's, and waits. */
  static void inParallel(int threads, Runnable worker) {
    if (threads <= 1) {
      worker.run();
      return;
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable guarded =
        () -> {
          try {
            worker.run();
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          }
        };
    ThreadFactory factory =
        new ThreadFactoryBuilder().setDaemon(true).setNameFormat("leverage-simulation-%d").build();
    List<Thread> started = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread thread = factory.newThread(guarded);
      thread.start();
      started.add(thread);
    }
    guarded.run();
    started.forEach(Uninterruptibles::joinUninterruptibly);
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  /**
   * Builds a {@link Simulation}: set the {@linkplain #seed(long) seed}, and the number of samples
   * and threads when the defaults do not suit, then {@linkplain #build() build}.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private int samples = DEFAULT_SAMPLES;
    private Long seed;
    private Integer threads;

    private Builder() {}

    private Builder from(Simulation simulation) {
      samples = simulation.samples();
      seed = simulation.seed();
      threads = simulation.threads();
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
     * Sets how many threads draw samples; the available processors unless set. The results do not
     * depend on it.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
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
          new ImmutableSimulation.Builder().samples(samples).seed(seed);
      if (threads != null) {
        simulation.threads(threads);
      }
      return simulation.build();
    }
  }
}
