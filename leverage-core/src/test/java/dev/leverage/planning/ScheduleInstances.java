package dev.leverage.planning;

import java.util.Random;

/** Random several-weeks problems: arbitrary ones for laws, realistic ones for speed. */
final class ScheduleInstances {
  private ScheduleInstances() {}

  /**
   * An arbitrary problem: outputs per week that may rise, fall or be negative, a random requirement
   * DAG, capacities that may differ by week.
   */
  static ScheduleProblem arbitrary(Random random, int n, int weeks, boolean declining) {
    int[] minutes = new int[n];
    double[][] output = new double[n][weeks];
    boolean[] foundation = new boolean[n];
    int[][] requires = new int[n][];
    for (int i = 0; i < n; i++) {
      minutes[i] = 1 + random.nextInt(random.nextBoolean() ? 8 : 20);
      double base = random.nextInt(8) == 0 ? -random.nextInt(20) : random.nextInt(60);
      double slope = random.nextInt(4) == 0 ? 0 : random.nextInt(15);
      for (int w = 0; w < weeks; w++) {
        double v = declining ? base - slope * w : base + (random.nextInt(21) - 10) * w;
        if (random.nextInt(6) == 0) {
          v = Math.rint(v / 2);
        }
        output[i][w] = declining && w > 0 ? Math.min(v, output[i][w - 1]) : v;
      }
      foundation[i] = random.nextInt(3) == 0;
      int count = i == 0 || random.nextInt(3) > 0 ? 0 : 1 + random.nextInt(Math.min(i, 2));
      requires[i] = new int[count];
      for (int k = 0; k < count; k++) {
        requires[i][k] = random.nextInt(i);
      }
    }
    int[] capacity = new int[weeks];
    int base = random.nextInt(40);
    for (int w = 0; w < weeks; w++) {
      capacity[w] = random.nextInt(4) == 0 ? random.nextInt(40) : base;
    }
    int[] perm = permutation(random, n);
    return permuted(minutes, capacity, output, foundation, requires, perm);
  }

  /**
   * A manager's quarter: durations in quarter hours (or whole minutes) from 30m to 8h, one to three
   * effects each (a step over the horizon, a shorter step, or a half-life, some starting weeks
   * later), outputs per week by §4 with a 12-week horizon, a tenth harmful, a fifth foundation, a
   * sparse requirement DAG.
   */
  static ScheduleProblem realistic(
      Random random, int n, int weeks, int budgetMinutes, boolean quarterHours) {
    double horizon = 12;
    int[] minutes = new int[n];
    double[][] output = new double[n][weeks];
    boolean[] foundation = new boolean[n];
    int[][] requires = new int[n][];
    for (int i = 0; i < n; i++) {
      minutes[i] =
          quarterHours ? 15 * (2 + random.nextInt(31)) : 30 + random.nextInt(8 * 60 - 30 + 1);
      int effects = 1 + random.nextInt(3);
      for (int e = 0; e < effects; e++) {
        double rate = (random.nextInt(10) == 0 ? -0.3 : 1) * (1 + random.nextInt(30));
        int shape = random.nextInt(4);
        double lasts = shape == 1 ? 1 + random.nextInt(6) : horizon;
        double halfLife = shape == 2 ? 1 + random.nextInt(8) : 0;
        double starts = random.nextInt(5) == 0 ? 1 + random.nextInt(8) : 0;
        for (int w = 0; w < weeks; w++) {
          double t0 = w + starts;
          double f;
          if (halfLife > 0) {
            f =
                t0 < horizon
                    ? halfLife / Math.log(2) * -Math.expm1(-Math.log(2) * (horizon - t0) / halfLife)
                    : 0;
          } else {
            f = Math.max(0, Math.min(lasts, horizon - t0));
          }
          output[i][w] += rate * f;
        }
      }
      foundation[i] = random.nextInt(5) == 0;
      int count = i == 0 || random.nextInt(6) > 0 ? 0 : 1 + random.nextInt(Math.min(i, 2));
      requires[i] = new int[count];
      for (int k = 0; k < count; k++) {
        requires[i][k] = random.nextInt(i);
      }
    }
    int[] capacity = new int[weeks];
    java.util.Arrays.fill(capacity, budgetMinutes);
    return permuted(minutes, capacity, output, foundation, requires, permutation(random, n));
  }

  private static int[] permutation(Random random, int n) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  /** The same problem with candidate {@code i} moved to index {@code perm[i]}. */
  private static ScheduleProblem permuted(
      int[] minutes,
      int[] capacity,
      double[][] output,
      boolean[] foundation,
      int[][] requires,
      int[] perm) {
    int n = minutes.length;
    int[] m = new int[n];
    double[][] v = new double[n][];
    boolean[] f = new boolean[n];
    int[][] r = new int[n][];
    for (int i = 0; i < n; i++) {
      m[perm[i]] = minutes[i];
      v[perm[i]] = output[i];
      f[perm[i]] = foundation[i];
      r[perm[i]] = java.util.Arrays.stream(requires[i]).map(k -> perm[k]).toArray();
    }
    return ScheduleProblem.of(m, capacity, v, f, r);
  }
}
