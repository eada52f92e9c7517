package dev.leverage.planning;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What doing a planned activity one week later than planned costs (§7 of the model): done a week
 * later, every effect begins a week later and counts a week less within the horizon.
 *
 * <p>The figure is the activity's own output in its week less its output a week later, everything
 * else unchanged (it does not plan again). Fixed activities have no delay cost: they are committed.
 * Immutable and thread-safe.
 *
 * @param id the activity's id
 * @param week the week it is planned in, from 1
 * @param output its output done in that week, in output units
 * @param weekLater its output done one week later, in output units
 */
public record DelayCost(String id, int week, double output, double weekLater) {

  /**
   * Checks that the id is given.
   *
   * @param id the activity's id
   * @param week the week it is planned in, from 1
   * @param output its output done in that week
   * @param weekLater its output done one week later
   */
  public DelayCost {
    requireNonNull(id, "id");
  }

  /** {@return what the week's delay costs: {@code output - weekLater}, in output units} */
  public double cost() {
    return output - weekLater;
  }

  /**
   * {@return the delay costs of the activities of {@code plan} (done in week 1) that lose output
   * when done a week later, most costly first, ties by id}
   *
   * @param scenario the scenario planned (its organization and horizon count the output)
   * @param plan a plan of one of its managers
   */
  public static List<DelayCost> of(Scenario scenario, Plan plan) {
    List<DelayCost> costs = new ArrayList<>();
    for (PlannedActivity planned : plan.activities()) {
      add(costs, scenario, planned.activity(), 1, planned.output());
    }
    return sorted(costs);
  }

  /**
   * {@return the delay costs of the activities of {@code schedule} that lose output when done a
   * week later than their week, most costly first, ties by id}
   *
   * @param scenario the scenario scheduled (its organization and horizon count the output)
   * @param schedule a schedule of one of its managers
   */
  public static List<DelayCost> of(Scenario scenario, Schedule schedule) {
    List<DelayCost> costs = new ArrayList<>();
    for (Schedule.Week week : schedule.weeks()) {
      for (Schedule.ScheduledActivity scheduled : week.activities()) {
        ActivityOutput done = scheduled.activity();
        add(costs, scenario, done.activity(), week.week(), done.output());
      }
    }
    return sorted(costs);
  }

  private static void add(
      List<DelayCost> costs, Scenario scenario, Activity activity, int week, double output) {
    requireNonNull(scenario, "scenario");
    if (activity.isFixed()) {
      return;
    }
    // Week w (from 1) begins effects at w - 1; a week later at w.
    double later =
        ActivityOutput.of(activity, scenario.organization(), scenario.horizon(), week).output();
    if (output - later > 0) {
      costs.add(new DelayCost(activity.id(), week, output, later));
    }
  }

  private static List<DelayCost> sorted(List<DelayCost> costs) {
    costs.sort(Comparator.comparingDouble((DelayCost c) -> -c.cost()).thenComparing(DelayCost::id));
    return List.copyOf(costs);
  }
}
