package dev.leverage.planning;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;

/**
 * One activity of a {@link Plan}, in execution order, with the time planned for it and the time
 * planned up to and including it.
 *
 * <p>Planning works in whole minutes: the time of an activity is the PERT mean of its estimate
 * rounded to the nearest minute (half a minute up), and at least one minute. Immutable and
 * thread-safe.
 *
 * @param activityOutput the activity with its output, breakdown and leverage
 * @param minutes the minutes planned for it, at least 1
 * @param cumulativeMinutes the minutes planned for it and every activity before it
 */
public record PlannedActivity(ActivityOutput activityOutput, int minutes, long cumulativeMinutes) {

  /** {@return the activity planned} */
  public Activity activity() {
    return activityOutput.activity();
  }

  /** {@return the activity's id} */
  public String id() {
    return activityOutput.activity().id();
  }

  /** {@return the hours planned for it: {@code minutes / 60}} */
  public double hours() {
    return minutes / 60.0;
  }

  /** {@return the hours planned for it and every activity before it} */
  public double cumulativeHours() {
    return cumulativeMinutes / 60.0;
  }

  /** {@return the output it creates, in output units} */
  public double output() {
    return activityOutput.output();
  }

  /**
   * {@return its leverage: output per hour of the manager's time (at the unrounded PERT-mean
   * hours)}
   */
  public double leverage() {
    return activityOutput.leverage();
  }
}
