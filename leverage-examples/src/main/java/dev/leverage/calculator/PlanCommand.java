package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Numbers;
import dev.leverage.planning.DelayCost;
import dev.leverage.planning.Frontier;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Plan;
import dev.leverage.planning.PlannedActivity;
import dev.leverage.planning.Planner;
import dev.leverage.planning.Schedule;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
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
            + " them; then what was left out and why. With --weeks N, a schedule of which"
            + " activities to do in which week over N weeks.",
    footer = {
      "",
      "Examples:",
      "  leverage plan my-week.yaml",
      "  leverage plan my-week.yaml --manager sam --budget 6h --foundation-first",
      "  leverage plan my-week.yaml --frontier --format json",
      "  leverage plan my-week.yaml --weeks 13 --format json",
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

  @Option(
      names = "--delay-costs",
      description =
          "Also print what doing each of the top planned activities a week later than planned"
              + " costs (its effects begin a week later); with --format json, every one as"
              + " delayCosts.")
  boolean delayCosts;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      description =
          "Schedule N weeks (a quarter is 13; at most 520): which activities to do in which"
              + " week, each week within the budget, effects counted from the week done."
              + " 1 (the default) is the plan of one week.")
  Integer weeks;

  @Mixin Output output;

  @Override
  public Integer call() {
    if (weeks != null && (weeks < 1 || weeks > Planner.MAX_WEEKS)) {
      throw InvalidModelException.of(
          "--weeks",
          "must be from 1 to "
              + Planner.MAX_WEEKS
              + " (ten years of weeks), was "
              + weeks
              + "; a quarter is 13");
    }
    Scenario scenario = input.read();
    if (weeks != null && weeks > 1) {
      if (frontier) {
        throw InvalidModelException.of(
            "--frontier", "the frontier is of one week's plan; leave out --weeks or --frontier");
      }
      Schedule schedule =
          schedule(scenario, manager, Optional.ofNullable(budget), foundationFirst, weeks);
      List<DelayCost> costs = delayCosts ? DelayCost.of(scenario, schedule) : List.of();
      return output.print(
          scenario,
          () -> ScheduleView.table(schedule, scenario) + delayCosts(costs, true),
          () -> ScheduleView.json(schedule, scenario, delayCosts ? costs : null),
          () -> ScheduleView.csv(schedule));
    }
    Plan plan = plan(scenario, manager, Optional.ofNullable(budget), foundationFirst);
    return output.print(
        scenario,
        () ->
            table(plan, frontier, scenario)
                + (delayCosts ? delayCosts(DelayCost.of(scenario, plan), false) : ""),
        () -> json(plan, frontier, scenario, delayCosts),
        () -> csv(plan));
  }

  /** Plans {@code manager} (default: the first with activities) in {@code scenario}. */
  static Plan plan(
      Scenario scenario, String manager, Optional<Effort> budget, boolean foundationFirst) {
    String who = manager(scenario, manager);
    Scenario week = CoachingPriorities.wholeWeek(scenario);
    Planner planner = planner(budget, foundationFirst);
    MemoryCheck.plan(planner, week, who);
    return planner.plan(week, who);
  }

  /** Schedules {@code manager} (default: the first with activities) over {@code weeks} weeks. */
  static Schedule schedule(
      Scenario scenario,
      String manager,
      Optional<Effort> budget,
      boolean foundationFirst,
      int weeks) {
    String who = manager(scenario, manager);
    Scenario week = CoachingPriorities.wholeWeek(scenario);
    Planner planner = planner(budget, foundationFirst);
    MemoryCheck.schedule(planner, week.activitiesOf(who).size(), weeks);
    try {
      return planner.schedule(week, who, weeks);
    } catch (InvalidModelException e) {
      throw underWeeksOption(e);
    }
  }

  /** {@code manager} checked against the scenario, else the first manager with activities. */
  private static String manager(Scenario scenario, String manager) {
    if (manager != null && scenario.organization().manager(manager).isEmpty()) {
      throw scenario.unknownManager(manager).under("--manager");
    }
    return manager == null ? defaultManager(scenario) : manager;
  }

  private static Planner planner(Optional<Effort> budget, boolean foundationFirst) {
    Planner.Builder planner = Planner.builder().foundationFirst(foundationFirst);
    budget.ifPresent(planner::budget);
    return planner.build();
  }

  /** {@code e} with a problem of the planner's {@code weeks} at the option {@code --weeks}. */
  static InvalidModelException underWeeksOption(InvalidModelException e) {
    return e.problems().stream().anyMatch(p -> p.path().equals("weeks"))
        ? new InvalidModelException(
            e.problems().stream()
                .map(p -> p.path().equals("weeks") ? Problem.at("--weeks", p.message()) : p)
                .toList())
        : e;
  }

  private static String defaultManager(Scenario scenario) {
    for (String id : scenario.organization().managerIds()) {
      if (!scenario.activitiesOf(id).isEmpty()) {
        return id;
      }
    }
    if (scenario.coaching().isPresent()) {
      return scenario.coaching().get().coach();
    }
    throw InvalidModelException.of(
        "activities", "the scenario has no activities to plan; add some under activities");
  }

  /** The readable plan: the schedule in execution order, then what was left out and why. */
  static String table(Plan plan, boolean withFrontier, Scenario scenario) {
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
    ScheduleView.appendLeftOut(out, plan.leftOut());
    out.append(
        "  Hours: PERT means rounded to whole minutes. Output: "
            + Labels.unit(scenario)
            + " over the horizon."
            + " Leverage: output per hour.\n");
    if (withFrontier) {
      out.append('\n').append(frontierTable(plan.frontier()));
    }
    return out.toString();
  }

  /** How many of the planned activities {@link #delayCosts} lists, most costly first. */
  static final int DELAY_COSTS_SHOWN = 5;

  /**
   * What doing each of the top planned activities a week later costs (its output done in its week
   * less its output done a week later, §7: every effect begins a week later), most costly first.
   */
  static String delayCosts(List<DelayCost> costs, boolean weeks) {
    if (costs.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\nWhat doing it a week later costs\n");
    TextTable table =
        weeks
            ? new TextTable("Activity", ">Week", ">Output then", ">A week later", ">Cost")
            : new TextTable("Activity", ">Output now", ">A week later", ">Cost");
    for (DelayCost cost : costs.subList(0, Math.min(DELAY_COSTS_SHOWN, costs.size()))) {
      List<String> cells = new ArrayList<>();
      cells.add(cost.id());
      if (weeks) {
        cells.add(Integer.toString(cost.week()));
      }
      cells.add(Numbers.figure(cost.output()));
      cells.add(Numbers.figure(cost.weekLater()));
      cells.add(Numbers.figure(cost.cost()));
      table.row(cells.toArray(String[]::new));
    }
    out.append(table.render());
    out.append(
        weeks
            ? "  A week later every effect begins a week later and counts a week less within the"
                + " horizon; the rest of the schedule unchanged.\n"
            : "  A week later every effect begins a week later and counts a week less within the"
                + " horizon (plan --weeks N schedules the weeks).\n");
    return out.toString();
  }

  /** Adds {@code delayCosts}, every one, most costly first, to a JSON result. */
  static ObjectNode putDelayCosts(ObjectNode root, List<DelayCost> costs) {
    ArrayNode array = root.putArray("delayCosts");
    for (DelayCost cost : costs) {
      array
          .addObject()
          .put("id", cost.id())
          .put("week", cost.week())
          .put("output", cost.output())
          .put("weekLater", cost.weekLater())
          .put("cost", cost.cost());
    }
    return root;
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
  static String json(Plan plan, boolean withFrontier, Scenario scenario, boolean delayCosts) {
    ObjectNode root = node(plan, withFrontier);
    if (delayCosts) {
      putDelayCosts(root, DelayCost.of(scenario, plan));
    }
    return Json.render(Labels.put(root, scenario));
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
        out.append(table(Planner.builder().build().plan(scenario, id), false, scenario))
            .append('\n');
      }
    }
    return out.toString();
  }
}
