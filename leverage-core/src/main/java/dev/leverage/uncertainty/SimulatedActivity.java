package dev.leverage.uncertainty;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a {@link Simulation} found for one activity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the activity's id
 * @param output the distribution of its output, in output units
 * @param leverage the distribution of its leverage, in output units per hour
 * @param probabilityBest the share of samples in which it ranks first, in [0, 1]
 * @param rankDistribution the share of samples in which it ranks 1, 2, …: element {@code r − 1} is
 *     the probability of rank {@code r}; the elements sum to 1
 */
public record SimulatedActivity(
    String id,
    Distribution output,
    Distribution leverage,
    double probabilityBest,
    List<Double> rankDistribution) {

  /** Copies the rank distribution. */
  public SimulatedActivity {
    rankDistribution = ImmutableList.copyOf(rankDistribution);
  }
}
