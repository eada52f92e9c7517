package dev.leverage.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.leverage.unit.Effort;
import java.util.List;

/**
 * A manager's schedule over several weeks (§7 of the model): which activities to do in which week,
 * each week within the weekly budget, requirements no later than what needs them, every effect
 * counted from the week its activity is done in.
 *
 * <p>Among all such schedules it creates the most output over the horizon (in foundation-first
 * mode: the most foundation output, then the most output), or, when not {@link #exact()}, it is the
 * best found and {@link #upperBound()} bounds the best there is. Fixed activities are in the first
 * week ({@code once}) or in every week ({@code weekly}, its output counted once, in the first
 * week). Immutable and thread-safe.
 *
 * @param manager the id of the manager whose time is scheduled
 * @param budget the budget of every week
 * @param foundationFirst true when the schedule secures foundation output first
 * @param weeks the weeks, the first is week 1
 * @param leftOut the candidates done in no week, each with its reason
 * @param exact true when no schedule is better (up to one part in a billion)
 * @param upperBound a proven upper bound on the output of the best schedule (in foundation-first
 *     mode, of the best among those with the most foundation output); the output when exact
 */
public record Schedule(
    String manager,
    Effort budget,
    boolean foundationFirst,
    List<Week> weeks,
    List<LeftOut> leftOut,
    boolean exact,
    double upperBound) {

  /**
   * Copies the lists.
   *
   * @param manager the id of the manager whose time is scheduled
   * @param budget the budget of every week
   * @param foundationFirst true when the schedule secures foundation output first
   * @param weeks the weeks, the first is week 1
   * @param leftOut the candidates done in no week, each with its reason
   * @param exact true when no schedule is better
   * @param upperBound a proven upper bound on the output of the best schedule
   */
  public Schedule {
    requireNonNull(manager, "manager");
    requireNonNull(budget, "budget");
    weeks = ImmutableList.copyOf(weeks);
    leftOut = ImmutableList.copyOf(leftOut);
  }

  /** {@return the output of the whole schedule, in output units} */
  public double output() {
    double total = 0;
    for (Week week : weeks) {
      total += week.output();
    }
    return total;
  }

  /** {@return the output of the foundation activities of the schedule, in output units} */
  public double foundationOutput() {
    double total = 0;
    for (Week week : weeks) {
      for (ScheduledActivity a : week.activities()) {
        if (a.activity().activity().isFoundation()) {
          total += a.output();
        }
      }
    }
    return total;
  }

  /** {@return how much better the best schedule may be: the upper bound less the output, ≥ 0} */
  public double gap() {
    return Math.max(0, upperBound - output());
  }

  /**
   * One week of a {@link Schedule}: its activities in execution order (every requirement done this
   * week before what needs it, then foundation first, then leverage descending, then id).
   *
   * @param week the week's number, from 1
   * @param activities what is done in it, fixed activities first
   */
  public record Week(int week, List<ScheduledActivity> activities) {
    /**
     * Copies the list.
     *
     * @param week the week's number, from 1
     * @param activities what is done in it, fixed activities first
     */
    public Week {
      activities = ImmutableList.copyOf(activities);
    }

    /** {@return the hours the week's activities take, in whole minutes} */
    public double usedHours() {
      long minutes = 0;
      for (ScheduledActivity a : activities) {
        minutes += a.minutes();
      }
      return minutes / 60.0;
    }

    /** {@return the output of the week's activities (a weekly activity's only in week 1)} */
    public double output() {
      double total = 0;
      for (ScheduledActivity a : activities) {
        total += a.output();
      }
      return total;
    }

    /** {@return the ids of the week's activities, in execution order} */
    public List<String> ids() {
      return activities.stream().map(ScheduledActivity::id).toList();
    }
  }

  /**
   * An activity in a week of a {@link Schedule}.
   *
   * @param activity the activity with its output when done in this week
   * @param minutes the minutes planned for it (its PERT-mean time, in whole minutes)
   * @param output what it adds to the schedule's output in this week: its output from this week on,
   *     or 0 for a weekly commitment after week 1
   */
  public record ScheduledActivity(
      dev.leverage.activity.ActivityOutput activity, int minutes, double output) {
    /**
     * Checks that the activity is given.
     *
     * @param activity the activity with its output when done in this week
     * @param minutes the minutes planned for it
     * @param output what it adds to the schedule's output in this week
     */
    public ScheduledActivity {
      requireNonNull(activity, "activity");
    }

    /** {@return the activity's id} */
    public String id() {
      return activity.activity().id();
    }

    /** {@return the hours planned for it} */
    public double hours() {
      return minutes / 60.0;
    }
  }
}
