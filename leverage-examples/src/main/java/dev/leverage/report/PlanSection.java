package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Plan;
import dev.leverage.planning.PlannedActivity;
import dev.leverage.planning.Planner;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.ChartStyle;
import dev.leverage.report.chart.SegmentChart;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The recommended plan of each manager with activities, within the manager's budget (else 40h), of
 * the whole week (the coach's coaching candidates compete with the coach's own activities, as in
 * {@code leverage plan}): a bar of the week per manager, its activities in execution order and the
 * hours left unused, and the plans as a table.
 */
final class PlanSection extends BuiltInSection {
  PlanSection() {
    super("plan", "Recommended plan of the week");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    Plans all = plans(context);
    List<Plan> plans = all.shown();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    List<String> managers = new ArrayList<>();
    List<List<SegmentChart.Segment>> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    int moreLeftOut = 0;
    for (Plan plan : plans) {
      managers.add(plan.manager() + " (" + hours(plan.budgetHours()) + ")");
      List<SegmentChart.Segment> segments = new ArrayList<>();
      int step = 1;
      double restHours = 0;
      for (PlannedActivity activity : plan.activities()) {
        // A plan is bounded by its budget, but a long budget of short activities can hold
        // thousands: the bar shows the first ones and one segment for the rest; the table all.
        if (step <= Summary.ROWS) {
          segments.add(
              SegmentChart.Segment.of(
                  activity.id() + " " + hours(activity.hours()),
                  Integer.toString(step),
                  activity.hours(),
                  activity.activity().kind().label()));
        } else {
          restHours += activity.hours();
        }
        rows.add(
            List.of(
                plan.manager(),
                Integer.toString(step++),
                activity.id(),
                activity.activity().kind().label(),
                hours(activity.hours()),
                Numbers.figure(activity.output()),
                Numbers.figure(activity.leverage()),
                hours(activity.cumulativeHours())));
      }
      if (restHours > 0) {
        int rest = plan.activities().size() - Summary.ROWS;
        segments.add(
            SegmentChart.Segment.of(
                rest + " more activities " + hours(restHours),
                "+" + rest,
                restHours,
                "more activities"));
      }
      if (plan.unusedHours() > 0) {
        segments.add(
            SegmentChart.Segment.spare(
                "unused " + hours(plan.unusedHours()),
                hours(plan.unusedHours()),
                plan.unusedHours(),
                "unused"));
      }
      bars.add(segments);
      if (plan.unusedHours() > 0) {
        rows.add(
            List.of(
                plan.manager(),
                "",
                "unused",
                "",
                hours(plan.unusedHours()),
                "",
                "",
                hours(plan.budgetHours())));
      }
      List<LeftOut> leftOut = plan.leftOut();
      if (Summary.cut(leftOut.size())) {
        // Many left out: the ones with the highest leverage, then how many more.
        leftOut = new ArrayList<>(leftOut);
        leftOut.sort(
            Comparator.comparingDouble((LeftOut left) -> -left.activityOutput().leverage())
                .thenComparing(LeftOut::id));
        leftOut = Summary.first(leftOut);
        moreLeftOut += plan.leftOut().size() - Summary.ROWS;
      }
      for (LeftOut left : leftOut) {
        rows.add(
            List.of(
                plan.manager(),
                "–",
                left.id(),
                left.activity().kind().label(),
                hours(left.activityOutput().hours()),
                Numbers.figure(left.activityOutput().output()),
                Numbers.figure(left.activityOutput().leverage()),
                "left out: " + left.reason().label()));
      }
    }
    SegmentChart chart =
        SegmentChart.of(
            ChartSpec.of("chart-plan")
                .withTitle("Recommended plan of the week")
                .withCategoryAxis("Manager (budget)")
                .withValueAxis("Hours of the manager's week"),
            managers,
            bars);
    StringBuilder summary = new StringBuilder();
    for (Plan plan : plans) {
      summary
          .append(summary.length() == 0 ? "" : "; ")
          .append(plan.manager())
          .append(": output ")
          .append(Numbers.figure(plan.output()))
          .append(" from ")
          .append(hours(plan.usedHours()))
          .append(" of ")
          .append(hours(plan.budgetHours()))
          .append(plan.exact() ? "" : " (not proven best: up to " + Numbers.figure(plan.gap()))
          .append(plan.exact() ? "" : " more may be possible)");
    }
    return Optional.of(
        Html.paragraph(
                "The plan is the set of a manager's activities that fits the manager's weekly"
                    + " budget (40h when none is stated), includes everything they require, and"
                    + " creates the most output over the horizon; it is found exactly, not"
                    + " greedily. "
                    + summary
                    + ".")
            + Html.chart(
                chart,
                "Each bar is one manager's week, read from the axis outwards: its activities in"
                    + " the order to do them (requirements first, then foundation, then by"
                    + " leverage), each labelled with its id and hours, coloured by its kind (see"
                    + " the legend); the white dashed segment is time the plan leaves unused."
                    + footnote(chart, bar -> bar.substring(0, bar.lastIndexOf(" ("))))
            + Html.table(
                "Plans in execution order (output in "
                    + context.unit()
                    + " over the horizon); activities"
                    + " left out at the end, with the reason",
                List.of(
                    "Manager",
                    ">#",
                    "Activity",
                    "Kind",
                    ">Hours",
                    ">Output",
                    ">Leverage/h",
                    "Cumulative / reason"),
                rows)
            + (moreLeftOut == 0
                ? ""
                : Html.paragraph(
                    "… and "
                        + moreLeftOut
                        + " more activities left out (the table shows each manager's "
                        + Summary.ROWS
                        + " left out with the highest leverage; see leverage plan --format json"
                        + " for all)."))
            + all.more());
  }

  /**
   * Names every segment too short for its label on a phone (the narrowest the chart is drawn), so
   * that each segment is named on the chart or here; {@code barName} names a bar from its category.
   */
  static String footnote(SegmentChart chart, UnaryOperator<String> barName) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, SegmentChart.Segment> entry : chart.unnamed(ChartStyle.NARROW)) {
      SegmentChart.Segment segment = entry.getValue();
      String manager = barName.apply(entry.getKey());
      names.add(
          segment.spare()
              ? manager + ": " + segment.label()
              : manager + " " + segment.shortLabel() + ": " + segment.label());
    }
    return names.isEmpty()
        ? ""
        : " Segments too short for their names (a short segment shows its step, the table's #,"
            + " or nothing): "
            + String.join("; ", names)
            + ".";
  }

  /**
   * The plans a report shows: of every manager with activities in the whole week, in the
   * organization's order, the first {@link Summary#ROWS}; and how many managers have a plan.
   */
  record Plans(List<Plan> shown, int managers) {
    /** "… and N more managers' plans …" when more managers have activities than are shown. */
    String more() {
      return Summary.more(managers, "managers' plans", "leverage plan FILE --manager ID");
    }
  }

  /** The plans of {@code context}'s whole week, each planned once. */
  static Plans plans(ReportContext context) {
    Scenario week = context.wholeWeek();
    List<String> managers = managersWithActivities(week);
    Planner planner = Planner.builder().build();
    List<Plan> shown = new ArrayList<>();
    for (String manager : Summary.first(managers)) {
      shown.add(planner.plan(week, manager));
    }
    return new Plans(shown, managers.size());
  }

  /** The managers of {@code scenario} with activities to plan, in the organization's order. */
  static List<String> managersWithActivities(Scenario scenario) {
    List<String> managers = new ArrayList<>();
    for (String manager : scenario.organization().managerIds()) {
      if (!scenario.activitiesOf(manager).isEmpty()) {
        managers.add(manager);
      }
    }
    return managers;
  }

  static String hours(double hours) {
    return Effort.ofMinutes(Math.round(hours * 60)).toString();
  }
}
