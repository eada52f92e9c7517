package dev.leverage.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * The outcome of a {@link Simulation}: for every activity the distribution of its output and
 * leverage and the probability that it ranks first; on request, the probability of each of its
 * ranks, and for any pair the probability that one's leverage exceeds the other's.
 *
 * <p>Ranks order the activities of each sample as {@code Ranking} does: leverage descending, ties
 * by id ascending, so exactly one activity ranks first in every sample. The samples are not stored:
 * what is asked for on request is found by drawing the samples again from the same seed (see {@link
 * #rankDistribution} and {@link #probabilityHigher}), with the same results as if they had been
 * stored. Activities are named by id; an unknown id throws {@link InvalidModelException} naming the
 * closest known one. Immutable and thread-safe.
 */
public final class SimulationResult {
  private final int samples;
  private final long seed;
  private final int threads;
  private final Executor executor;
  private final ImmutableList<String> ids;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<SimulatedActivity> activities;
  private final ActivitySampler[] samplers;
  private final int[] idRank;

  SimulationResult(
      int samples,
      long seed,
      int threads,
      Executor executor,
      List<String> ids,
      ActivitySampler[] samplers,
      Distribution[] outputs,
      Distribution[] leverages,
      long[] wins) {
    this.samples = samples;
    this.seed = seed;
    this.threads = threads;
    this.executor = executor;
    this.ids = ImmutableList.copyOf(ids);
    this.samplers = samplers;
    this.idRank = SampleRanking.idRanks(ids);
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builder();
    ImmutableList.Builder<SimulatedActivity> results = ImmutableList.builder();
    for (int a = 0; a < ids.size(); a++) {
      positions.put(ids.get(a), a);
      results.add(
          new SimulatedActivity(ids.get(a), outputs[a], leverages[a], (double) wins[a] / samples));
    }
    this.index = positions.buildOrThrow();
    this.activities = results.build();
  }

  /** The samples of one activity's output or leverage, drawn again chunk by chunk. */
  static Distribution.Values replay(
      ActivitySampler sampler, long seed, int samples, boolean output) {
    return sink -> {
      double[] chunk = new double[Simulation.CHUNK_SIZE];
      for (int c = 0; c * Simulation.CHUNK_SIZE < samples; c++) {
        int count = Math.min(Simulation.CHUNK_SIZE, samples - c * Simulation.CHUNK_SIZE);
        if (output) {
          sampler.draw(seed, c, count, chunk, null);
        } else {
          sampler.draw(seed, c, count, null, chunk);
        }
        sink.accept(chunk, count);
      }
    };
  }

  /** {@return the number of samples drawn} */
  public int samples() {
    return samples;
  }

  /** {@return the seed the samples were drawn with} */
  public long seed() {
    return seed;
  }

  /** {@return the ids of the simulated activities, in scenario order} */
  public List<String> activityIds() {
    return ids;
  }

  /** {@return what the simulation found for each activity, in scenario order} */
  public List<SimulatedActivity> activities() {
    return activities;
  }

  /**
   * {@return what the simulation found for activity {@code id}}
   *
   * @param id a simulated activity id
   */
  public SimulatedActivity activity(String id) {
    return activities.get(position(id));
  }

  /**
   * {@return the distribution of activity {@code id}'s output, in output units}
   *
   * @param id a simulated activity id
   */
  public Distribution output(String id) {
    return activity(id).output();
  }

  /**
   * {@return the distribution of activity {@code id}'s leverage, in output units per hour}
   *
   * @param id a simulated activity id
   */
  public Distribution leverage(String id) {
    return activity(id).leverage();
  }

  /**
   * {@return the share of samples in which activity {@code id} ranks first, in [0, 1]}
   *
   * @param id a simulated activity id
   */
  public double probabilityBest(String id) {
    return activity(id).probabilityBest();
  }

  /**
   * {@return the probability of each rank of activity {@code id}: element {@code r − 1} is the
   * share of samples in which it ranks r; the elements sum to 1} Computed on each call by drawing
   * every activity's samples again (about the time of the simulation's first pass, on its threads),
   * in memory that grows with the number of activities, not of samples.
   *
   * @param id a simulated activity id
   * @throws CancellationException when the calling thread is interrupted
   */
  public List<Double> rankDistribution(String id) {
    int x = position(id);
    int count = ids.size();
    int chunks = (samples + Simulation.CHUNK_SIZE - 1) / Simulation.CHUNK_SIZE;
    long[] ranks = new long[count];
    Workers.run(
        chunks,
        threads,
        executor,
        () -> new RankPass(count),
        (pass, c, run) -> pass.chunk(x, c, run),
        pass -> {
          for (int r = 0; r < count; r++) {
            ranks[r] += pass.ranks[r];
          }
        });
    ImmutableList.Builder<Double> result = ImmutableList.builderWithExpectedSize(count);
    for (long r : ranks) {
      result.add((double) r / samples);
    }
    return result.build();
  }

  /** One worker's part of a rank distribution. */
  private final class RankPass {
    private final long[] ranks;
    private final double[] mine = new double[Simulation.CHUNK_SIZE];
    private final double[] theirs = new double[Simulation.CHUNK_SIZE];
    private final int[] above = new int[Simulation.CHUNK_SIZE];

    RankPass(int count) {
      this.ranks = new long[count];
    }

    void chunk(int x, int c, Workers.Run run) {
      int count = Math.min(Simulation.CHUNK_SIZE, samples - c * Simulation.CHUNK_SIZE);
      leverage(x, c, count, mine);
      java.util.Arrays.fill(above, 0, count, 0);
      for (int b = 0; b < samplers.length; b++) {
        if (b == x) {
          continue;
        }
        if (run.stopped()) {
          return;
        }
        leverage(b, c, count, theirs);
        for (int i = 0; i < count; i++) {
          if (SampleRanking.beats(theirs[i], idRank[b], mine[i], idRank[x])) {
            above[i]++;
          }
        }
      }
      for (int i = 0; i < count; i++) {
        ranks[above[i]]++;
      }
    }
  }

  private void leverage(int a, int chunk, int count, double[] into) {
    ActivitySampler sampler = samplers[a];
    if (sampler.isCertain()) {
      java.util.Arrays.fill(into, 0, count, sampler.certainLeverage());
    } else {
      sampler.draw(seed, chunk, count, null, into);
    }
  }

  /**
   * {@return the share of samples in which activity {@code a}'s leverage is strictly greater than
   * activity {@code b}'s, in [0, 1]; with {@code probabilityHigher(b, a)} it sums to 1 minus the
   * share of ties} Computed on each call by drawing the two activities' samples again.
   *
   * @param a a simulated activity id
   * @param b another simulated activity id
   */
  public double probabilityHigher(String a, String b) {
    int first = position(a);
    int second = position(b);
    double[] x = new double[Simulation.CHUNK_SIZE];
    double[] y = new double[Simulation.CHUNK_SIZE];
    long higher = 0;
    for (int c = 0; c * Simulation.CHUNK_SIZE < samples; c++) {
      int count = Math.min(Simulation.CHUNK_SIZE, samples - c * Simulation.CHUNK_SIZE);
      leverage(first, c, count, x);
      leverage(second, c, count, y);
      for (int i = 0; i < count; i++) {
        if (x[i] > y[i]) {
          higher++;
        }
      }
    }
    return (double) higher / samples;
  }

  /** The leverage samples of the activity at {@code position}, in the order drawn; for tests. */
  double[] leverageSamples(int position) {
    return activities.get(position).leverage().samples();
  }

  private int position(String id) {
    Integer position = index.get(id);
    if (position == null) {
      throw InvalidModelException.of("", Spelling.unknown("activity", id, ids));
    }
    return position;
  }

  @Override
  public String toString() {
    return "SimulationResult{samples=" + samples + ", seed=" + seed + ", activities=" + ids + "}";
  }
}
