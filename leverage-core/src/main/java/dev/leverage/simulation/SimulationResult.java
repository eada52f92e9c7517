package dev.leverage.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outcome of a {@link Simulation}: for every activity the distribution of its output and
 * leverage, the probability of each rank, and for any pair the probability that one's leverage
 * exceeds the other's.
 *
 * <p>Ranks order the activities of each sample as {@code Ranking} does: leverage descending, ties
 * by id ascending, so exactly one activity ranks first in every sample. Activities are named by id;
 * an unknown id throws {@link InvalidModelException} naming the closest known one. Immutable and
 * thread-safe.
 */
public final class SimulationResult {
  private final int samples;
  private final long seed;
  private final ImmutableList<String> ids;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<SimulatedActivity> activities;
  private final double[][] leverage;
  private final int threads;
  private volatile ImmutableList<ImmutableList<Double>> rankDistributions;

  SimulationResult(
      int samples,
      long seed,
      int threads,
      List<String> ids,
      Distribution[] outputs,
      Distribution[] leverages,
      double[][] leverage,
      long[] bestCounts) {
    this.samples = samples;
    this.seed = seed;
    this.threads = threads;
    this.ids = ImmutableList.copyOf(ids);
    this.leverage = leverage;
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builder();
    ImmutableList.Builder<SimulatedActivity> results = ImmutableList.builder();
    for (int a = 0; a < ids.size(); a++) {
      positions.put(ids.get(a), a);
      results.add(
          new SimulatedActivity(
              ids.get(a), outputs[a], leverages[a], (double) bestCounts[a] / samples));
    }
    this.index = positions.buildOrThrow();
    this.activities = results.build();
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
   * share of samples in which it ranks r; the elements sum to 1} The first call ranks every stored
   * sample (O(activities · log activities) per sample, on the simulation's threads); later calls
   * are free.
   *
   * @param id a simulated activity id
   */
  public List<Double> rankDistribution(String id) {
    int position = position(id);
    ImmutableList<ImmutableList<Double>> all = rankDistributions;
    if (all == null) {
      synchronized (this) {
        all = rankDistributions;
        if (all == null) {
          all = rankAll();
          rankDistributions = all;
        }
      }
    }
    return all.get(position);
  }

  private ImmutableList<ImmutableList<Double>> rankAll() {
    int count = ids.size();
    long[] counts = new long[count * count];
    int blocks = (samples + Simulation.CHUNK_SIZE - 1) / Simulation.CHUNK_SIZE;
    AtomicInteger next = new AtomicInteger();
    Simulation.inParallel(
        Math.min(threads, blocks),
        () -> {
          SampleRanking ranking = new SampleRanking(ids);
          long[] local = new long[count * count];
          double[] values = new double[count];
          int[] order = new int[count];
          for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int to = Math.min(samples, (b + 1) * Simulation.CHUNK_SIZE);
            for (int i = b * Simulation.CHUNK_SIZE; i < to; i++) {
              for (int a = 0; a < count; a++) {
                values[a] = leverage[a][i];
              }
              ranking.order(values, order);
              for (int r = 0; r < count; r++) {
                local[order[r] * count + r]++;
              }
            }
          }
          synchronized (counts) {
            for (int k = 0; k < counts.length; k++) {
              counts[k] += local[k];
            }
          }
        });
    ImmutableList.Builder<ImmutableList<Double>> all = ImmutableList.builder();
    for (int a = 0; a < count; a++) {
      ImmutableList.Builder<Double> ranks = ImmutableList.builder();
      for (int r = 0; r < count; r++) {
        ranks.add((double) counts[a * count + r] / samples);
      }
      all.add(ranks.build());
    }
    return all.build();
  }

  /**
   * {@return the share of samples in which activity {@code a}'s leverage is strictly greater than
   * activity {@code b}'s, in [0, 1]; with {@code probabilityHigher(b, a)} it sums to 1 minus the
   * share of ties} Computed from the stored samples: one pass over them.
   *
   * @param a the first ranking
   * @param b the second ranking
   */
  public double probabilityHigher(String a, String b) {
    double[] first = leverage[position(a)];
    double[] second = leverage[position(b)];
    long higher = 0;
    for (int i = 0; i < samples; i++) {
      if (first[i] > second[i]) {
        higher++;
      }
    }
    return (double) higher / samples;
  }

  /** The leverage samples of the activity at {@code position}, in the order drawn; for tests. */
  double[] leverageSamples(int position) {
    return leverage[position].clone();
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
