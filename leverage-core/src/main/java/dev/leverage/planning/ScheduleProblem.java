package dev.leverage.planning;

import java.util.Arrays;

/**
 * A several-weeks scheduling problem (§7 of the model) in whole minutes: candidates with durations,
 * an output for every week they may be done in, foundation flags and requirements; weeks with a
 * capacity each.
 *
 * <p>A schedule gives every candidate a week in {@code [0, weeks)} or none; the candidates of a
 * week fit its capacity; a candidate's requirements are done in the same week or earlier. Indices
 * are those of the arrays given; requirements must form a directed acyclic graph. Immutable after
 * construction (the arrays are copied).
 */
final class ScheduleProblem {
  final int n;
  final int weeks;
  final int[] minutes;
  final int[] capacity;

  /** Output of candidate {@code i} done in week {@code w}, at {@code i * weeks + w}. */
  final double[] output;

  final boolean[] foundation;
  final int[][] requires;
  final int[][] dependents;

  /** Requirements before what needs them. */
  final int[] topological;

  private ScheduleProblem(
      int[] minutes, int[] capacity, double[] output, boolean[] foundation, int[][] requires) {
    this.n = minutes.length;
    this.weeks = capacity.length;
    this.minutes = minutes;
    this.capacity = capacity;
    this.output = output;
    this.foundation = foundation;
    this.requires = requires;
    this.dependents = Precedence.dependentsOf(requires);
    this.topological = Precedence.topological(requires, dependents);
  }

  /**
   * A problem of {@code minutes.length} candidates over {@code capacity.length} weeks.
   *
   * @param output {@code output[i][w]}: candidate {@code i} done in week {@code w}
   * @param requires direct requirements of each candidate, by index
   * @throws IllegalArgumentException if sizes disagree, a duration is not positive, a capacity is
   *     negative, an output is not finite, a requirement is out of range or they form a cycle
   */
  static ScheduleProblem of(
      int[] minutes, int[] capacity, double[][] output, boolean[] foundation, int[][] requires) {
    int n = minutes.length;
    int weeks = capacity.length;
    if (output.length != n || foundation.length != n || requires.length != n) {
      throw new IllegalArgumentException("one output, flag and requirement list per candidate");
    }
    double[] flat = new double[n * weeks];
    int[][] required = new int[n][];
    for (int i = 0; i < n; i++) {
      if (minutes[i] < 1) {
        throw new IllegalArgumentException("duration must be positive, was " + minutes[i]);
      }
      if (output[i].length != weeks) {
        throw new IllegalArgumentException("one output per week for candidate " + i);
      }
      for (int w = 0; w < weeks; w++) {
        if (!Double.isFinite(output[i][w])) {
          throw new IllegalArgumentException("output must be finite, was " + output[i][w]);
        }
        flat[i * weeks + w] = output[i][w] == 0 ? 0 : output[i][w];
      }
      required[i] = Arrays.stream(requires[i]).distinct().sorted().toArray();
      for (int r : required[i]) {
        if (r < 0 || r >= n || r == i) {
          throw new IllegalArgumentException("requirement out of range: " + r);
        }
      }
    }
    for (int c : capacity) {
      if (c < 0) {
        throw new IllegalArgumentException("capacity must not be negative, was " + c);
      }
    }
    return new ScheduleProblem(
        minutes.clone(), capacity.clone(), flat, foundation.clone(), required);
  }

  double output(int i, int w) {
    return output[i * weeks + w];
  }

  /** The output of a schedule ({@code week[i]} in {@code [0, weeks)} or −1 for none). */
  double output(int[] week) {
    return total(output, week);
  }

  /** The total of {@code values} (laid out like {@link #output}) over a schedule. */
  double total(double[] values, int[] week) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (week[i] >= 0) {
        total += values[i * weeks + week[i]];
      }
    }
    return total;
  }

  /** The foundation output of a schedule. */
  double foundationOutput(int[] week) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (week[i] >= 0 && foundation[i]) {
        total += output(i, week[i]);
      }
    }
    return total;
  }

  /** True when {@code week} fits every week's capacity and does requirements no later. */
  boolean isFeasible(int[] week) {
    return isFeasibleWithin(week, weeks);
  }

  /** True when {@code week} is feasible and uses only the first {@code limit} weeks. */
  boolean isFeasibleWithin(int[] week, int limit) {
    long[] used = new long[weeks];
    for (int i = 0; i < n; i++) {
      if (week[i] < -1 || week[i] >= limit) {
        return false;
      }
      if (week[i] >= 0) {
        used[week[i]] += minutes[i];
        for (int r : requires[i]) {
          if (week[r] < 0 || week[r] > week[i]) {
            return false;
          }
        }
      }
    }
    for (int w = 0; w < weeks; w++) {
      if (used[w] > capacity[w]) {
        return false;
      }
    }
    return true;
  }

  /** The sizes, capacities, durations and outputs, for messages of failed checks. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("capacity ").append(Arrays.toString(capacity));
    for (int i = 0; i < n; i++) {
      text.append("; ").append(i).append(foundation[i] ? "*" : "").append(": ").append(minutes[i]);
      text.append("m ")
          .append(Arrays.toString(Arrays.copyOfRange(output, i * weeks, i * weeks + weeks)));
      if (requires[i].length > 0) {
        text.append(" requires ").append(Arrays.toString(requires[i]));
      }
    }
    return text.toString();
  }
}
