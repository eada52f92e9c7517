package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Contribution;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Numbers;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leverage coach FILE}: what each product manager should work on first, and every coaching
 * step ranked by leverage (MODEL.md §8).
 */
@Command(
    name = "coach",
    header = "What each product manager should work on first.",
    description =
        "Turns every level step below a product manager's targets into a candidate activity of"
            + " the coach (sections productManagers and coaching of a scenario file), ranks the"
            + " candidates by leverage, gives each PM's first priority (the highest-leverage first"
            + " step) and plans the coach's budget.",
    footer = {
      "",
      "Examples:",
      "  leverage coach my-team.yaml --pm bob --format json",
      "  leverage coach my-team.yaml --format csv -o coaching.csv",
      "",
      "A step from level k to k + 1 takes hoursPerLevel and lifts each team the PM owns",
      "by elasticity x importance x (5 - k) / 4 over the horizon."
    })
final class CoachCommand implements Callable<Integer> {
  @Mixin ScenarioFile input;

  @Option(
      names = "--pm",
      paramLabel = "ID",
      description = "Show only the candidates and first priority of product manager ID.")
  String pm;

  @Mixin Output output;

  @Override
  public Integer call() {
    Scenario scenario = input.read();
    Optional<String> only = Optional.ofNullable(pm);
    return output.print(
        scenario,
        () -> table(scenario, only),
        () -> json(scenario, only),
        () -> csv(scenario, only));
  }

  private static CoachingPriorities priorities(Scenario scenario, Optional<String> pm) {
    CoachingPriorities priorities = CoachingPriorities.of(scenario);
    if (pm.isPresent()) {
      try {
        priorities.candidatesOf(pm.get());
      } catch (InvalidModelException e) {
        throw e.under("--pm");
      }
    }
    return priorities;
  }

  /**
   * The other first steps of {@code first}'s PM with the same leverage as {@code first}, their
   * first priority (to one part in a billion): a tie that only the ids settle.
   */
  static List<String> tiedWith(CoachingPriorities priorities, CoachingCandidate first) {
    double leverage = priorities.ranked(first).output().leverage();
    return priorities.candidatesOf(first.productManager()).stream()
        .filter(c -> c.isFirstStep() && !c.equals(first))
        .filter(
            c ->
                Math.abs(priorities.ranked(c).output().leverage() - leverage)
                    <= 1e-9 * Math.max(1, Math.abs(leverage)))
        .map(CoachingCandidate::id)
        .toList();
  }

  private static List<CoachingCandidate> candidates(
      CoachingPriorities priorities, Optional<String> pm) {
    return pm.map(priorities::candidatesOf).orElseGet(priorities::candidates);
  }

  /**
   * The exact best plan of the coach's budget (MODEL.md §7, default 40h): the coach's whole week,
   * every coaching candidate with the coach's own activities, or only {@code pm}'s candidates;
   * empty when there is no candidate.
   */
  static Optional<Plan> plan(CoachingPriorities priorities, Optional<String> pm) {
    List<Activity> activities =
        candidates(priorities, pm).stream().map(CoachingCandidate::activity).toList();
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    Planner planner = Planner.builder().build();
    if (pm.isEmpty()) {
      // The coach's whole week (§7): coaching competes with the coach's own activities.
      Scenario week = priorities.wholeWeek();
      MemoryCheck.plan(planner, week, priorities.coach());
      return Optional.of(planner.plan(week, priorities.coach()));
    }
    Scenario only = priorities.scenario().withActivities(activities);
    MemoryCheck.plan(planner, only, priorities.coach());
    return Optional.of(planner.plan(only, priorities.coach()));
  }

  /** The readable report: each PM's first priority, then the ranked candidates. */
  static String table(Scenario scenario, Optional<String> pm) {
    CoachingPriorities priorities = priorities(scenario, pm);
    String coach = priorities.coach();
    StringBuilder out = new StringBuilder();
    out.append("What each product manager should work on first (coach: ")
        .append(coach)
        .append(")\n");
    TextTable first =
        new TextTable("PM", "First priority", "Characteristic", ">Level", ">Leverage/h");
    for (ProductManager each : scenario.productManagers()) {
      if (pm.isPresent() && !pm.get().equals(each.id())) {
        continue;
      }
      CoachingCandidate c = priorities.firstPriorities().get(each.id());
      if (c == null) {
        first.row(each.id(), "(none: every characteristic at its target)", "", "", "");
      } else {
        first.row(
            each.id(),
            c.id(),
            c.characteristic().label(),
            c.fromLevel() + " -> " + c.toLevel(),
            Numbers.figure(priorities.ranked(c).output().leverage()));
        List<String> tied = tiedWith(priorities, c);
        if (!tied.isEmpty()) {
          first.detail(
              "tie: "
                  + String.join(", ", tied)
                  + (tied.size() == 1 ? " has" : " have")
                  + " the same leverage; "
                  + c.id()
                  + " comes first only by id, so choose between them");
        }
      }
    }
    out.append(first.render()).append('\n');
    out.append("Coaching steps ranked by leverage (output per hour of ")
        .append(coach)
        .append("'s time), horizon ")
        .append(Text.weeks(scenario.horizon()))
        .append('\n');
    TextTable table =
        new TextTable(
            "#", "Candidate", "PM", "Characteristic", ">Level", ">Hours", ">Output", ">Leverage/h");
    double elasticity = priorities.coaching().elasticity().pertMean();
    for (CoachingCandidate c : candidates(priorities, pm)) {
      RankedActivity r = priorities.ranked(c);
      table.row(
          Integer.toString(r.rank()),
          c.id(),
          c.productManager(),
          c.characteristic().label(),
          c.fromLevel() + " -> " + c.toLevel(),
          Text.hours(r.output().hours()),
          Numbers.figure(r.output().output()),
          Numbers.figure(r.output().leverage()));
      double teams = 0;
      for (Contribution contribution : r.output().contributions()) {
        teams += contribution.teamOutput();
      }
      table.detail(
          String.format(
              "uplift %s = elasticity %s x importance %s x (5 - %d)/4, on %s's teams (%s/week)"
                  + " for %s weeks",
              Numbers.brief(
                  priorities.coaching().uplift(c.characteristic(), c.fromLevel()).pertMean()),
              Numbers.brief(elasticity),
              Numbers.brief(priorities.coaching().importance(c.characteristic())),
              c.fromLevel(),
              c.productManager(),
              Numbers.brief(teams),
              Numbers.brief(scenario.horizon().weeks())));
    }
    out.append(table.render());
    out.append(
        "  Each step requires the one below it. Output: "
            + Labels.unit(scenario)
            + " over the horizon."
            + " Leverage: output per hour of the coach's time.\n");
    Optional<Plan> plan = plan(priorities, pm);
    if (plan.isPresent()) {
      out.append(
          pm.isEmpty()
              ? "\nThe whole week of " + coach + " (coaching and own activities, one budget)\n"
              : "\nCoaching plan within " + coach + "'s budget\n");
      out.append(PlanCommand.table(plan.get(), false, scenario));
    }
    return out.toString();
  }

  /** The candidates as CSV, in rank order, each PM's first priority marked. */
  static String csv(Scenario scenario, Optional<String> pm) {
    CoachingPriorities priorities = priorities(scenario, pm);
    CsvTable table =
        new CsvTable(
            "rank",
            "id",
            "pm",
            "characteristic",
            "fromLevel",
            "toLevel",
            "hours",
            "output",
            "leverage",
            "requires",
            "firstPriority");
    for (CoachingCandidate c : candidates(priorities, pm)) {
      RankedActivity r = priorities.ranked(c);
      table.row(
          r.rank(),
          c.id(),
          c.productManager(),
          c.characteristic().label(),
          c.fromLevel(),
          c.toLevel(),
          r.output().hours(),
          r.output().output(),
          r.output().leverage(),
          r.activity().requires().stream().findFirst().orElse(null),
          c.equals(priorities.firstPriorities().get(c.productManager())));
    }
    return table.render();
  }

  /** The JSON of MODEL.md §11. */
  static String json(Scenario scenario, Optional<String> pm) {
    CoachingPriorities priorities = priorities(scenario, pm);
    ObjectNode root = Json.object();
    root.put("coach", priorities.coach());
    root.put("horizonWeeks", scenario.horizon().weeks());
    ArrayNode candidates = root.putArray("candidates");
    for (CoachingCandidate c : candidates(priorities, pm)) {
      RankedActivity r = priorities.ranked(c);
      candidates
          .addObject()
          .put("id", c.id())
          .put("pm", c.productManager())
          .put("characteristic", c.characteristic().label())
          .put("fromLevel", c.fromLevel())
          .put("toLevel", c.toLevel())
          .put("hours", r.output().hours())
          .put("output", r.output().output())
          .put("leverage", r.output().leverage())
          .put("rank", r.rank())
          .put("requires", r.activity().requires().stream().findFirst().orElse(null));
    }
    ArrayNode first = root.putArray("firstPriorities");
    for (Map.Entry<String, CoachingCandidate> e : priorities.firstPriorities().entrySet()) {
      if (pm.isEmpty() || pm.get().equals(e.getKey())) {
        ObjectNode node = first.addObject().put("pm", e.getKey()).put("id", e.getValue().id());
        ArrayNode tied = node.putArray("tiedWith");
        tiedWith(priorities, e.getValue()).forEach(tied::add);
      }
    }
    Optional<Plan> plan = plan(priorities, pm);
    if (plan.isPresent()) {
      root.set("plan", PlanCommand.node(plan.get(), false));
    } else {
      root.putNull("plan");
    }
    return Json.render(Labels.put(root, scenario));
  }
}
