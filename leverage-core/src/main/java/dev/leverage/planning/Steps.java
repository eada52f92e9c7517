package dev.leverage.planning;

import java.util.Arrays;

/**
 * A non-decreasing step function of the budget: the best value (primary, then secondary, compared
 * lexicographically) within every budget in whole minutes, stored only at the budgets where it
 * rises.
 *
 * <p>{@code at} ascends from 0; the value at budget {@code b} is the one stored at the last {@code
 * at[i] <= b}. Memory is three numbers per step, never one per minute. Immutable.
 */
final class Steps {
  final long[] at;
  final double[] primary;

  /** The secondary values, or {@code null} when there is no secondary value (all 0). */
  final double[] secondary;

  Steps(long[] at, double[] primary, double[] secondary) {
    this.at = at;
    this.primary = primary;
    this.secondary = secondary;
  }

  /** The function that is 0 everywhere. */
  static Steps zero(boolean pair) {
    return new Steps(new long[] {0}, new double[] {0}, pair ? new double[] {0} : null);
  }

  /**
   * Compresses a table of the best value for every capacity {@code 0..last} of a program whose unit
   * is {@code scale} minutes: capacity {@code k} is the budget {@code k·scale}.
   */
  static Steps ofTable(double[] p, double[] s, int last, long scale) {
    int count = 1;
    for (int k = 1; k <= last; k++) {
      if (p[k] != p[k - 1] || (s != null && s[k] != s[k - 1])) {
        count++;
      }
    }
    long[] at = new long[count];
    double[] primary = new double[count];
    double[] secondary = s == null ? null : new double[count];
    int i = 0;
    for (int k = 0; k <= last; k++) {
      if (k == 0 || p[k] != p[k - 1] || (s != null && s[k] != s[k - 1])) {
        at[i] = k * scale;
        primary[i] = p[k];
        if (s != null) {
          secondary[i] = s[k];
        }
        i++;
      }
    }
    return new Steps(at, primary, secondary);
  }

  int size() {
    return at.length;
  }

  /**
   * The index of the step that holds budget {@code minutes}: the last with {@code at <= minutes}.
   */
  int indexAt(long minutes) {
    int i = Arrays.binarySearch(at, minutes);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  double primaryAt(long minutes) {
    return primary[indexAt(minutes)];
  }

  double secondaryAt(long minutes) {
    return secondary == null ? 0 : secondary[indexAt(minutes)];
  }

  double secondary(int i) {
    return secondary == null ? 0 : secondary[i];
  }

  /**
   * This function raised to at least ({@code p}, {@code s}) from budget {@code minutes} on: the
   * value of a plan of that many minutes, known to be feasible.
   */
  Steps raise(long minutes, double p, double s) {
    int n = at.length;
    long[] at2 = new long[n + 1];
    double[] p2 = new double[n + 1];
    double[] s2 = secondary == null ? null : new double[n + 1];
    int count = 0;
    int from = indexAt(minutes);
    for (int i = 0; i <= from; i++) {
      count = append(at2, p2, s2, count, at[i], primary[i], secondary(i));
    }
    for (int i = from; i < n; i++) {
      long where = Math.max(at[i], minutes);
      boolean higher = lexGreater(primary[i], secondary(i), p, s);
      count = append(at2, p2, s2, count, where, higher ? primary[i] : p, higher ? secondary(i) : s);
    }
    return new Steps(
        Arrays.copyOf(at2, count),
        Arrays.copyOf(p2, count),
        s2 == null ? null : Arrays.copyOf(s2, count));
  }

  /** Appends a step unless it repeats the value of the last one (steps hold only changes). */
  private static int append(
      long[] at, double[] p, double[] s, int count, long minutes, double pv, double sv) {
    if (count > 0 && p[count - 1] == pv && (s == null || s[count - 1] == sv)) {
      return count;
    }
    if (count > 0 && at[count - 1] == minutes) {
      count--;
    }
    at[count] = minutes;
    p[count] = pv;
    if (s != null) {
      s[count] = sv;
    }
    return count + 1;
  }

  static boolean lexGreater(double ap, double as, double bp, double bs) {
    return ap > bp || (ap == bp && as > bs);
  }
}
