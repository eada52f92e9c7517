package dev.leverage.planning;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.leverage.unit.Effort;
import java.util.List;
import org.immutables.value.Value;

/**
 * The best output for every budget from 0 to a plan's budget, at the resolution of one minute: the
 * curve of how much a week's output grows with the manager's time.
 *
 * <p>In the default mode the output never decreases as the budget grows. In foundation-first mode
 * each point is the total output of the foundation-first plan for that budget, which can fall where
 * a foundation activity starts to fit and displaces more output. When the frontier is not
 * {@linkplain #exact() exact}, each point is the output of a real plan and {@link #gap()} bounds
 * how far any point may be below the best. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Frontier {
  /** The default distance between {@link #points()}: 15 minutes. */
  public static final Effort DEFAULT_STEP = Effort.ofMinutes(15);

  Frontier() {}

  static Builder builder() {
    return new Builder();
  }

  /** Output by whole minute from 0; constant past its end (no plan can use more minutes). */
  abstract double[] outputs();

  /** The largest budget on the curve, in whole minutes. */
  abstract long budgetMinutes();

  /** True when the curve shows the foundation-first plans. */
  public abstract boolean foundationFirst();

  /** True when every point is proven to be the best output for its budget. */
  public abstract boolean exact();

  /** An upper bound on how far any point may be below the best; 0 when exact. */
  public abstract double gap();

  /** The largest budget on the curve. */
  public Effort budget() {
    return Effort.ofMinutes(budgetMinutes());
  }

  /**
   * The best output within {@code budget}, rounded to whole minutes like the plan's budget.
   *
   * @throws IllegalArgumentException if {@code budget} is beyond the curve's budget
   */
  public double at(Effort budget) {
    long minute = Math.round(budget.minutes());
    checkArgument(
        minute <= budgetMinutes(), "budget %s is beyond the frontier's %s", budget, budget());
    return outputAt(outputs(), minute);
  }

  /** The points every 15 minutes from 0, and at the budget itself. */
  public List<Point> points() {
    return points(DEFAULT_STEP);
  }

  /**
   * The points every {@code step} from 0, and at the budget itself.
   *
   * @throws IllegalArgumentException unless {@code step} is a whole number of minutes, at least 1
   */
  public List<Point> points(Effort step) {
    double minutes = step.minutes();
    checkArgument(
        minutes >= 1 && minutes == Math.rint(minutes),
        "step must be a whole number of minutes, at least 1, was %s",
        step);
    long every = (long) minutes;
    long last = budgetMinutes();
    double[] outputs = outputs();
    ImmutableList.Builder<Point> points = ImmutableList.builder();
    for (long minute = 0; minute <= last; minute += every) {
      points.add(new Point(minute / 60.0, outputAt(outputs, minute)));
    }
    if (last % every != 0) {
      points.add(new Point(last / 60.0, outputAt(outputs, last)));
    }
    return points.build();
  }

  private static double outputAt(double[] outputs, long minute) {
    return outputs[(int) Math.min(minute, outputs.length - 1)];
  }

  @Value.Check
  void check() {
    checkArgument(outputs().length >= 1, "a frontier has at least the point at 0");
    checkArgument(gap() >= 0 && (!exact() || gap() == 0), "gap must be 0 when exact");
  }

  /**
   * One point of the curve.
   *
   * @param hours the budget, in hours
   * @param output the best output within it, in output units
   */
  public record Point(double hours, double output) {}

  static class Builder extends ImmutableFrontier.Builder {
    Builder() {}
  }
}
