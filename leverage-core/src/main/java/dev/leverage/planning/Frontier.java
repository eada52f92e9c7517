package dev.leverage.planning;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.leverage.unit.Effort;
import java.util.Arrays;
import java.util.List;

/**
 * The best output for every budget from 0 to a plan's budget, in whole minutes: the curve of how
 * much a week's output grows with the manager's time.
 *
 * <p>The curve is a step function and is held as one: only the budgets where the best output
 * changes are stored ({@link #points()}), never one point per minute, so its size depends on the
 * candidates, not on the budget. In the default mode the output never decreases as the budget
 * grows. In foundation-first mode each step is the total output of the foundation-first plan for
 * that budget, which can fall where a foundation activity starts to fit and displaces more output.
 * When the frontier is not {@linkplain #exact() exact}, each step is the output of a real plan and
 * {@link #gap()} bounds how far any budget's output may be below the best. Immutable and
 * thread-safe.
 */
public final class Frontier {
  private final long[] minutes;
  private final double[] outputs;
  private final long budgetMinutes;
  private final boolean foundationFirst;
  private final boolean exact;
  private final double gap;

  private Frontier(
      long[] minutes,
      double[] outputs,
      long budgetMinutes,
      boolean foundationFirst,
      boolean exact,
      double gap) {
    checkArgument(minutes.length >= 1 && minutes[0] == 0, "a frontier has its step at 0");
    checkArgument(gap >= 0 && (!exact || gap == 0), "gap must be 0 when exact, was %s", gap);
    this.minutes = minutes;
    this.outputs = outputs;
    this.budgetMinutes = budgetMinutes;
    this.foundationFirst = foundationFirst;
    this.exact = exact;
    this.gap = gap;
  }

  /**
   * The frontier of a step function: output {@code outputs[i]} from budget {@code minutes[i]} on,
   * up to {@code budgetMinutes}; steps that do not change the output are dropped.
   */
  static Frontier of(
      long[] minutes,
      double[] outputs,
      long budgetMinutes,
      boolean foundationFirst,
      boolean exact,
      double gap) {
    int count = 0;
    long[] at = new long[minutes.length];
    double[] out = new double[minutes.length];
    for (int i = 0; i < minutes.length && minutes[i] <= budgetMinutes; i++) {
      if (count == 0 || outputs[i] != out[count - 1]) {
        at[count] = minutes[i];
        out[count] = outputs[i];
        count++;
      }
    }
    return new Frontier(
        Arrays.copyOf(at, count),
        Arrays.copyOf(out, count),
        budgetMinutes,
        foundationFirst,
        exact,
        gap);
  }

  /** {@return true when the curve shows the foundation-first plans} */
  public boolean foundationFirst() {
    return foundationFirst;
  }

  /** {@return true when every point is proven to be the best output for its budget} */
  public boolean exact() {
    return exact;
  }

  /**
   * {@return an upper bound on how far the output at any budget may be below the best; 0 when
   * exact}
   */
  public double gap() {
    return gap;
  }

  /** {@return the largest budget on the curve} */
  public Effort budget() {
    return Effort.ofMinutes(budgetMinutes);
  }

  /**
   * {@return the best output within {@code budget}, rounded to whole minutes like the plan's
   * budget; a binary search over the steps}
   *
   * @param budget the time budget
   * @throws IllegalArgumentException if {@code budget} is beyond the curve's budget
   */
  public double at(Effort budget) {
    long minute = Math.round(budget.minutes());
    checkArgument(
        minute <= budgetMinutes, "budget %s is beyond the frontier's %s", budget, budget());
    int i = Arrays.binarySearch(minutes, minute);
    return outputs[i >= 0 ? i : -i - 2];
  }

  /**
   * {@return the steps of the curve: the point at budget 0, a point at every budget where the best
   * output changes (the output from that budget on), and the point at the budget itself; budgets in
   * ascending order}
   */
  public List<Point> points() {
    ImmutableList.Builder<Point> points = ImmutableList.builderWithExpectedSize(minutes.length + 1);
    for (int i = 0; i < minutes.length; i++) {
      points.add(new Point(minutes[i] / 60.0, outputs[i]));
    }
    if (minutes[minutes.length - 1] < budgetMinutes) {
      points.add(new Point(budgetMinutes / 60.0, outputs[outputs.length - 1]));
    }
    return points.build();
  }

  @Override
  public String toString() {
    return "Frontier{steps="
        + minutes.length
        + ", budget="
        + budget()
        + (foundationFirst ? ", foundation first" : "")
        + (exact ? ", exact" : ", gap=" + gap)
        + "}";
  }

  /**
   * One point of the curve.
   *
   * @param hours the budget, in hours
   * @param output the best output within it, in output units
   */
  public record Point(double hours, double output) {}
}
