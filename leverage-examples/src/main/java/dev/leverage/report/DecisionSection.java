package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Plan;
import dev.leverage.planning.PlannedActivity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision first: for every manager with activities, the plan of the week (what to do, in
 * order), its hours and output, the reasons that decide it, and, when there are three-point
 * estimates, how often each planned activity is in the best plan when the estimates are drawn at
 * random.
 */
final class DecisionSection extends BuiltInSection {
  /** At most this many reasons per manager. */
  static final int REASONS = 4;

  /** A left-out activity in the best plan at least this often is worth naming as a close call. */
  static final double CLOSE_CALL = 0.25;

  DecisionSection() {
    super("decision", "The decision: what to do this week");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    PlanSection.Plans all = PlanSection.plans(context);
    List<Plan> plans = all.shown();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (Plan plan : plans) {
      Optional<PlanOdds> odds = PlanOdds.of(context, plan);
      out.append("<h3>")
          .append(Html.escape(headline(plan)))
          .append("</h3>\n")
          .append(Html.list(reasons(plan, odds)))
          .append(steps(plan, odds));
    }
    out.append(all.more());
    return Optional.of(out.toString());
  }

  /** "maya: 3 activities, output 226.14 in 12h of 12h". */
  static String headline(Plan plan) {
    int count = plan.activities().size();
    return plan.manager()
        + ": "
        + (count == 0 ? "nothing fits" : count + (count == 1 ? " activity" : " activities"))
        + ", "
        + outputIn(plan.output(), plan.usedHours())
        + " of "
        + PlanSection.hours(plan.budgetHours())
        + (plan.exact() ? "" : " (up to " + Numbers.figure(plan.gap()) + " more may be possible)");
  }

  /** "output 165.60 in 6h". */
  private static String outputIn(double output, double hours) {
    return "output " + Numbers.figure(output) + " in " + PlanSection.hours(hours);
  }

  /** The few reasons that decide the plan, most telling first. */
  static List<String> reasons(Plan plan, Optional<PlanOdds> odds) {
    List<String> reasons = new ArrayList<>();
    plan.activities().stream()
        .max(Comparator.comparingDouble(PlannedActivity::leverage))
        .ifPresent(
            best ->
                reasons.add(
                    best.id()
                        + " has the highest leverage of the plan, "
                        + Numbers.figure(best.leverage())
                        + " per hour: "
                        + outputIn(best.output(), best.hours())
                        + "."));
    // Who requires each planned activity, in plan order: one pass, not one per activity.
    Map<String, List<String>> requirers = new HashMap<>();
    for (PlannedActivity other : plan.activities()) {
      for (String required : other.activity().requires()) {
        requirers.computeIfAbsent(required, id -> new ArrayList<>()).add(other.id());
      }
    }
    for (PlannedActivity activity : plan.activities()) {
      List<String> requiredBy = requirers.getOrDefault(activity.id(), List.of());
      if (!requiredBy.isEmpty()) {
        reasons.add(
            activity.id()
                + " is in the plan because "
                + String.join(", ", requiredBy)
                + (requiredBy.size() == 1 ? " requires" : " require")
                + " it.");
        break;
      }
    }
    plan.leftOut().stream()
        .max(Comparator.comparingDouble((LeftOut left) -> left.activityOutput().leverage()))
        .ifPresent(
            left ->
                reasons.add(
                    left.id()
                        + " (leverage "
                        + Numbers.figure(left.activityOutput().leverage())
                        + ") is left out: "
                        + left.explanation()
                        + (left.explanation().endsWith(".") ? "" : ".")));
    if (odds.isPresent()) {
      for (LeftOut left : plan.leftOut()) {
        double share = odds.get().share(left.id());
        if (share >= CLOSE_CALL) {
          reasons.add(
              left.id()
                  + " is a close call: left out, but in the best plan in "
                  + percent(share)
                  + " of the draws of the estimates; a better estimate of it may change the plan.");
          break;
        }
      }
    }
    if (plan.activities().isEmpty()) {
      reasons.add("No activity fits the budget of " + PlanSection.hours(plan.budgetHours()) + ".");
    }
    return reasons.size() <= REASONS ? reasons : reasons.subList(0, REASONS);
  }

  private static String steps(Plan plan, Optional<PlanOdds> odds) {
    if (plan.activities().isEmpty()) {
      return "";
    }
    List<String> columns = new ArrayList<>(List.of(">#", "Do", "Kind", ">Hours", ">Output"));
    odds.ifPresent(o -> columns.add(">In best plan"));
    List<List<String>> rows = new ArrayList<>();
    int step = 1;
    for (PlannedActivity activity : plan.activities()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(step++),
                  activity.id(),
                  activity.activity().kind().label(),
                  PlanSection.hours(activity.hours()),
                  Numbers.figure(activity.output())));
      odds.ifPresent(o -> row.add(percent(o.share(activity.id()))));
      rows.add(row);
    }
    String caption =
        "Plan of "
            + plan.manager()
            + " in the order to do it"
            + odds.map(
                    o ->
                        "; in best plan: the share of "
                            + o.draws()
                            + " random draws of the three-point estimates (seed "
                            + o.seed()
                            + ") whose best plan for the same budget holds the activity")
                .orElse("");
    return Html.table(caption, columns, rows);
  }

  static String percent(double share) {
    return Numbers.brief(100 * share, 0) + "%";
  }
}
