package dev.leverage.simulation;

/**
 * What a {@link Simulation} found for one activity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the activity's id
 * @param output the distribution of its output, in output units
 * @param leverage the distribution of its leverage, in output units per hour
 * @param probabilityBest the share of samples in which it ranks first (leverage descending, ties by
 *     id), in [0, 1]
 */
public record SimulatedActivity(
    String id, Distribution output, Distribution leverage, double probabilityBest) {}
