package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.planning.Frontier;
import dev.leverage.planning.Plan;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.StepChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget → best output curve of each manager with activities: for every budget up to the
 * manager's own, the output of the best plan (a step at each budget where it changes), with the
 * budget marked.
 */
final class FrontierSection extends BuiltInSection {
  /** At most this many managers get a chart; the table has the milestones of every plan shown. */
  static final int CHARTS = 10;

  FrontierSection() {
    super("frontier", "Budget and best output");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    PlanSection.Plans all = PlanSection.plans(context);
    List<Plan> plans = all.shown();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out =
        new StringBuilder(
            Html.paragraph(
                "How the week's best output grows with the manager's time: each point is the"
                    + " output of the best plan for that budget. Where the curve is flat, more"
                    + " hours buy nothing; a steep step is an activity that starts to fit."));
    List<List<String>> rows = new ArrayList<>();
    int index = 0;
    for (Plan plan : plans) {
      Frontier frontier = plan.frontier();
      List<StepChart.Point> points = new ArrayList<>();
      for (Frontier.Point point : frontier.points()) {
        points.add(new StepChart.Point(point.hours(), point.output()));
      }
      // With fixed commitments the curve is over the hours they leave, not the whole budget.
      double free = frontier.budget().hours();
      String budget = PlanSection.hours(free);
      String after =
          free < plan.budgetHours()
              ? " (the hours left of "
                  + PlanSection.hours(plan.budgetHours())
                  + " after the fixed commitments)"
              : "";
      for (double hours : milestones(free)) {
        rows.add(
            List.of(
                plan.manager(),
                PlanSection.hours(hours),
                Numbers.figure(frontier.at(dev.leverage.unit.Effort.ofHours(hours)))));
      }
      if (index >= CHARTS) {
        continue;
      }
      Chart chart =
          StepChart.of(
                  ChartSpec.of("chart-frontier-" + index++)
                      .withTitle("Best output by budget: " + plan.manager())
                      .withCategoryAxis("Budget (hours of the manager's week)")
                      .withValueAxis("Best output (" + context.unit() + " over the horizon)"),
                  points)
              .withMarker(free, "budget " + budget);
      out.append(
          Html.chart(
              chart,
              "Best output of "
                  + plan.manager()
                  + " for every budget from 0 to "
                  + budget
                  + after
                  + ", a step at each budget where it changes; the dashed line marks the budget"
                  + (frontier.exact()
                      ? "."
                      : "; not proven best, each point may be up to "
                          + Numbers.figure(frontier.gap())
                          + " below the best.")));
    }
    if (plans.size() > CHARTS) {
      out.append(
          Html.paragraph(
              "Charts of the first "
                  + CHARTS
                  + " managers; the table below has every manager's best output at a quarter,"
                  + " half, three quarters and all of their budget."));
    }
    out.append(
        Html.table(
            "Best output ("
                + context.unit()
                + " over the horizon) at a quarter, half, three quarters and"
                + " all of each budget",
            List.of("Manager", ">Budget", ">Best output"),
            rows));
    out.append(all.more());
    return Optional.of(out.toString());
  }

  private static List<Double> milestones(double budget) {
    List<Double> hours = new ArrayList<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      hours.add(Math.min(budget, Math.round(budget * quarter / 4 * 4) / 4.0));
    }
    return hours;
  }
}
