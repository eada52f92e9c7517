package dev.leverage.planning;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Commitment;
import dev.leverage.internal.Numbers;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a {@link Schedule} (§7, several weeks): the fixed activities first, the other candidates
 * as a {@link ScheduleProblem} whose outputs are those of §4 with every effect delayed by the week
 * done in, solved by {@link ScheduleOptimum}. Stateless.
 */
final class Scheduling {
  private Scheduling() {}

  static Schedule schedule(
      Planner planner,
      Scenario scenario,
      String manager,
      Effort budget,
      String budgetPath,
      List<Activity> activities,
      int weeks) {
    Commitments commitments = Commitments.of(activities.stream().map(scenario::output).toList());
    long budgetMinutes = Math.round(budget.minutes());
    long onceMinutes = commitments.fixedMinutes - commitments.weeklyMinutes;
    Problem over = commitments.overBudget(manager, budgetMinutes, budgetPath);
    if (over != null) {
      throw new InvalidModelException(List.of(over));
    }
    checkSize(commitments.free.size(), weeks);

    List<List<Schedule.ScheduledActivity>> byWeek = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      List<Schedule.ScheduledActivity> week = new ArrayList<>();
      for (ActivityOutput fixed : commitments.fixed) {
        boolean weekly = fixed.activity().fixed().get() == Commitment.WEEKLY;
        if (w == 0 || weekly) {
          week.add(
              new Schedule.ScheduledActivity(
                  fixed, Candidates.minutes(fixed.hours()), w == 0 ? fixed.output() : 0));
        }
      }
      byWeek.add(week);
    }
    List<LeftOut> leftOut = new ArrayList<>();
    double fixedOutput = 0;
    for (ActivityOutput fixed : commitments.fixed) {
      fixedOutput += fixed.output();
    }
    boolean exact = true;
    double upperBound = fixedOutput;
    if (!commitments.free.isEmpty()) {
      Candidates c = Candidates.of(commitments.free);
      int[] capacity = new int[weeks];
      for (int w = 0; w < weeks; w++) {
        long left = budgetMinutes - commitments.weeklyMinutes - (w == 0 ? onceMinutes : 0);
        capacity[w] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, left));
      }
      ActivityOutput[][] outputs = new ActivityOutput[c.n][weeks];
      double[][] output = new double[c.n][weeks];
      for (int i = 0; i < c.n; i++) {
        Activity activity = c.items.get(i).activity();
        for (int w = 0; w < weeks; w++) {
          outputs[i][w] =
              w == 0
                  ? c.items.get(i)
                  : ActivityOutput.of(activity, scenario.organization(), scenario.horizon(), w);
          output[i][w] = outputs[i][w].output();
        }
      }
      ScheduleProblem problem =
          ScheduleProblem.of(c.minutes, capacity, output, c.foundation, c.requires);
      ScheduleOptimum optimum =
          ScheduleOptimum.find(problem, planner.foundationFirst(), Planner.MAX_SCHEDULE_NODES);
      exact = optimum.exact;
      upperBound += optimum.upperBound;
      for (int w = 0; w < weeks; w++) {
        int week = w;
        for (int i :
            ExecutionOrder.of(
                c, j -> optimum.week[j] == week, j -> output[j][week] / c.items.get(j).hours())) {
          byWeek
              .get(w)
              .add(
                  new Schedule.ScheduledActivity(
                      withOriginalRequirements(commitments, c.items.get(i), outputs[i][w]),
                      c.minutes[i],
                      output[i][w]));
        }
      }
      int largest = 0;
      for (int cap : capacity) {
        largest = Math.max(largest, cap);
      }
      for (int i = 0; i < c.n; i++) {
        if (optimum.week[i] < 0) {
          leftOut.add(leftOut(c, i, optimum.week, largest, budget, commitments));
        }
      }
      leftOut.sort(Comparator.comparing(LeftOut::id));
    }
    List<Schedule.Week> schedule = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      schedule.add(new Schedule.Week(w + 1, byWeek.get(w)));
    }
    Schedule result =
        new Schedule(
            manager, budget, planner.foundationFirst(), schedule, leftOut, exact, upperBound);
    if (exact) {
      result =
          new Schedule(
              manager, budget, planner.foundationFirst(), schedule, leftOut, true, result.output());
    }
    return result;
  }

  /** The most weeks a schedule may have: ten years. */
  static void checkSize(int candidates, int weeks) {
    if (weeks < 1 || weeks > Planner.MAX_WEEKS) {
      throw InvalidModelException.of(
          "weeks",
          "must be from 1 to "
              + Planner.MAX_WEEKS
              + " (ten years of weeks), was "
              + weeks
              + "; a quarter is 13");
    }
    long cells = (long) candidates * weeks;
    if (cells > Planner.MAX_SCHEDULE_CELLS) {
      throw InvalidModelException.of(
          "weeks",
          "scheduling "
              + candidates
              + " candidates over "
              + weeks
              + " weeks needs "
              + cells
              + " candidate-weeks, more than the "
              + Planner.MAX_SCHEDULE_CELLS
              + " a schedule may hold (about "
              + Numbers.format(Math.ceil(cells * 48.0 / (1 << 20)))
              + " MiB); schedule fewer weeks or fewer candidates");
    }
  }

  /** The candidate with its own requirements (those on fixed activities included). */
  private static ActivityOutput withOriginalRequirements(
      Commitments commitments, ActivityOutput free, ActivityOutput inWeek) {
    Activity original = commitments.originalOf(free).activity();
    return new ActivityOutput(original, inWeek.hours(), inWeek.output(), inWeek.contributions());
  }

  private static LeftOut leftOut(
      Candidates c, int i, int[] week, int largest, Effort budget, Commitments commitments) {
    ActivityOutput original = commitments.originalOf(c.items.get(i));
    if (c.minutes[i] > largest) {
      return new LeftOut(
          original,
          LeftOut.Reason.DOES_NOT_FIT,
          "takes "
              + Numbers.format(c.minutes[i] / 60.0)
              + "h, more than the "
              + Numbers.format(largest / 60.0)
              + "h a week leaves after the fixed activities (budget "
              + budget
              + ")");
    }
    for (int r : c.requires[i]) {
      if (week[r] < 0) {
        return new LeftOut(
            original,
            LeftOut.Reason.REQUIREMENT_LEFT_OUT,
            "requires '" + c.items.get(r).activity().id() + "', which is left out");
      }
    }
    return new LeftOut(
        original,
        LeftOut.Reason.WORTH_LESS,
        "what the schedule does with its hours is worth more, in every week");
  }
}
