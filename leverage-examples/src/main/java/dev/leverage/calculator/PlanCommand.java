package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.internal.Numbers;
import dev.leverage.planning.Frontier;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Plan;
import dev.leverage.planning.PlannedActivity;
import dev.leverage.planning.Planner;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leverage plan FILE}: the best set of a manager's activities for a time budget. */
@Command(
    name = "plan",
    header = "The best set of activities for a manager's budget.",
    description =
        "Plans a manager's week: the activities that fit the budget, with everything they"
            + " require, and create the most output (exactly, not greedily), in the order to do"
            + " them; then what was left out and why.",
    footer = {
      "",
      "Examples:",
      "  leverage plan my-week.yaml",
      "  leverage plan my-week.yaml --manager sam --budget 6h --foundation-first",
      "  leverage plan my-week.yaml --frontier --format json",
      "  leverage plan my-week.yaml --format csv -o plan.csv"
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin ScenarioFile input;

  @Option(
      names = "--manager",
      paramLabel = "ID",
      description = "The manager to plan (default: the first manager with activities).")
  String manager;

  @Option(
      names = "--budget",
      paramLabel = "EFFORT",
      description = "Hours to plan, like 40h or 6h30m (default: the manager's budget, else 40h).")
  Effort budget;

  @Option(
      names = "--foundation-first",
      description = "Secure the most foundation output (vision, strategy) first, then output.")
  boolean foundationFirst;

  @Option(
      names = "--frontier",
      description =
          "Also print the best output for every budget up to this one: each budget where it"
              + " changes.")
  boolean frontier;

  @Mixin Output output;

  @Override
  public Integer call() {
    Scenario scenario = input.read();
    Plan plan = plan(scenario, manager, Optional.ofNullable(budget), foundationFirst);
    return output.print(() -> table(plan, frontier), () -> json(plan, frontier), () -> csv(plan));
  }

  /** Plans {@code manager} (default: the first with activities) in {@code scenario}. */
  static Plan plan(
      Scenario scenario, String manager, Optional<Effort> budget, boolean foundationFirst) {
    if (manager != null && scenario.organization().manager(manager).isEmpty()) {
      throw scenario.unknownManager(manager).under("--manager");
    }
    String who = manager == null ? defaultManager(scenario) : manager;
    Planner.Builder planner = Planner.builder().foundationFirst(foundationFirst);
    budget.ifPresent(planner::budget);
    return planner.build().plan(scenario, who);
  }

  private static String defaultManager(Scenario scenario) {
    for (String id : scenario.organization().managerIds()) {
      if (!scenario.activitiesOf(id).isEmpty()) {
        return id;
      }
    }
    throw InvalidModelException.of(
        "activities", "the scenario has no activities to plan; add some under activities");
  }

  /** The readable plan: the schedule in execution order, then what was left out and why. */
  static String table(Plan plan, boolean withFrontier) {
    StringBuilder out = new StringBuilder();
    out.append("Plan for ")
        .append(plan.manager())
        .append(plan.foundationFirst() ? ", foundation first" : "")
        .append(": ")
        .append(Text.hours(plan.budgetHours()))
        .append(" budget, ")
        .append(Text.hours(plan.usedHours()))
        .append(" used, ")
        .append(Text.hours(plan.unusedHours()))
        .append(" unused; output ")
        .append(Numbers.figure(plan.output()));
    if (plan.foundationFirst()) {
      out.append(" (foundation ").append(Numbers.figure(plan.foundationOutput())).append(')');
    }
    out.append('\n');
    if (plan.activities().isEmpty()) {
      out.append("  Nothing fits or creates output within the budget.\n");
    } else {
      TextTable schedule =
          new TextTable("#", "Activity", "Kind", ">Hours", ">Output", ">Leverage/h", ">Cumulative");
      int step = 1;
      for (PlannedActivity activity : plan.activities()) {
        schedule.row(
            Integer.toString(step++),
            activity.id(),
            activity.activity().kind().label(),
            Text.hours(activity.hours()),
            Numbers.figure(activity.output()),
            Numbers.figure(activity.leverage()),
            Text.hours(activity.cumulativeHours()));
      }
      out.append(schedule.render());
    }
    if (plan.exact()) {
      out.append("  The best plan within the budget (exact).\n");
    } else {
      out.append("  Not solved exactly (the instance is past the exact solver's limits):")
          .append(" the best plan may create up to ")
          .append(Numbers.figure(plan.gap()))
          .append(plan.foundationFirst() ? " more (foundation) output.\n" : " more output.\n");
    }
    if (!plan.leftOut().isEmpty()) {
      out.append("\nLeft out\n");
      TextTable left = new TextTable("Activity", "Kind", ">Hours", ">Output", "Reason");
      for (LeftOut activity : plan.leftOut()) {
        left.row(
            activity.id(),
            activity.activity().kind().label(),
            Text.hours(activity.activityOutput().hours()),
            Numbers.figure(activity.activityOutput().output()),
            activity.reason().label());
        left.detail(activity.explanation());
      }
      out.append(left.render());
    }
    out.append(
        "  Hours: PERT means rounded to whole minutes. Output: value units over the horizon."
            + " Leverage: output per hour.\n");
    if (withFrontier) {
      out.append('\n').append(frontierTable(plan.frontier()));
    }
    return out.toString();
  }

  private static String frontierTable(Frontier frontier) {
    StringBuilder out = new StringBuilder();
    out.append("Best output for each budget")
        .append(frontier.foundationFirst() ? " (foundation-first plans)" : "")
        .append(": from each budget listed up to the next\n");
    TextTable table = new TextTable(">Budget", ">Output");
    for (Frontier.Point point : frontier.points()) {
      table.row(Text.hours(point.hours()), Numbers.figure(point.output()));
    }
    out.append(table.render());
    if (!frontier.exact()) {
      out.append("  Not exact: each point may be up to ")
          .append(Numbers.figure(frontier.gap()))
          .append(" below the best.\n");
    }
    return out.toString();
  }

  /** The schedule as CSV: one row per planned activity, in execution order. */
  static String csv(Plan plan) {
    CsvTable table =
        new CsvTable("step", "id", "kind", "hours", "output", "leverage", "cumulativeHours");
    int step = 1;
    for (PlannedActivity activity : plan.activities()) {
      table.row(
          step++,
          activity.id(),
          activity.activity().kind().label(),
          activity.hours(),
          activity.output(),
          activity.leverage(),
          activity.cumulativeHours());
    }
    return table.render();
  }

  /**
   * The JSON of MODEL.md §11, with the schedule, what was left out and, on request, the frontier.
   */
  static String json(Plan plan, boolean withFrontier) {
    return Json.render(node(plan, withFrontier));
  }

  /** The plan as a JSON object, also for commands that embed a plan (such as coach). */
  static ObjectNode node(Plan plan, boolean withFrontier) {
    ObjectNode root = Json.object();
    root.put("manager", plan.manager());
    root.put("budgetHours", plan.budgetHours());
    root.put("usedHours", plan.usedHours());
    root.put("unusedHours", plan.unusedHours());
    root.put("output", plan.output());
    root.put("foundationOutput", plan.foundationOutput());
    root.put("foundationFirst", plan.foundationFirst());
    root.put("exact", plan.exact());
    root.put("gap", plan.gap());
    ArrayNode ids = root.putArray("activities");
    plan.ids().forEach(ids::add);
    ArrayNode schedule = root.putArray("schedule");
    for (PlannedActivity activity : plan.activities()) {
      schedule
          .addObject()
          .put("id", activity.id())
          .put("kind", activity.activity().kind().label())
          .put("hours", activity.hours())
          .put("output", activity.output())
          .put("leverage", activity.leverage())
          .put("cumulativeHours", activity.cumulativeHours());
    }
    ArrayNode leftOut = root.putArray("leftOut");
    for (LeftOut activity : plan.leftOut()) {
      leftOut
          .addObject()
          .put("id", activity.id())
          .put("reason", activity.reason().key())
          .put("explanation", activity.explanation());
    }
    if (withFrontier) {
      ArrayNode points = root.putArray("frontier");
      for (Frontier.Point point : plan.frontier().points()) {
        points.addObject().put("hours", point.hours()).put("output", point.output());
      }
    }
    return root;
  }

  /**
   * The recommended plan of every manager with a stated budget, for the built-in example: a section
   * of the no-argument run.
   */
  static String recommended(Scenario scenario) {
    StringBuilder out = new StringBuilder();
    out.append("Recommended plans for the week (the exact best use of each budget)\n");
    for (String id : scenario.organization().managerIds()) {
      if (scenario.organization().manager(id).orElseThrow().budget().isPresent()
          && !scenario.activitiesOf(id).isEmpty()) {
        out.append(table(Planner.builder().build().plan(scenario, id), false)).append('\n');
      }
    }
    return out.toString();
  }
}
