package dev.leverage.report;

import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Numbers;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.report.chart.BarChart;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coaching product managers (Torres): each PM's characteristics against their targets, each PM's
 * first priority, and the best coaching steps by leverage of the coach's time. Present when the
 * scenario has a coaching section.
 */
final class CoachingSection extends BuiltInSection {
  /** The chart shows at most this many steps; the table below it the first {@link Summary#ROWS}. */
  static final int CHART_STEPS = 12;

  CoachingSection() {
    super("coaching", "Coaching product managers");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    Scenario scenario = context.scenario();
    if (scenario.coaching().isEmpty() || scenario.productManagers().isEmpty()) {
      return Optional.empty();
    }
    CoachingPriorities priorities = CoachingPriorities.of(scenario);
    StringBuilder out = new StringBuilder();
    out.append(
        Html.paragraph(
            "Coaching raises a product manager's characteristics one level at a time. Each step"
                + " below a target is a candidate activity of the coach, "
                + priorities.coach()
                + ": it lifts the output of the teams the PM owns, more for early steps and"
                + " important characteristics. A PM's first priority is their best first step."));

    List<String> columns = new ArrayList<>(List.of("PM"));
    for (Characteristic c : Characteristic.values()) {
      columns.add(">" + c.label());
    }
    List<List<String>> skills = new ArrayList<>();
    List<ProductManager> pms = scenario.productManagers();
    for (ProductManager pm : Summary.first(pms)) {
      List<String> row = new ArrayList<>(List.of(pm.id()));
      for (Characteristic c : Characteristic.values()) {
        row.add(pm.level(c) + " / " + pm.target(c));
      }
      skills.add(row);
    }
    out.append(
        Html.table(
            "Characteristics of each product manager: level / target (levels 1 to 5)",
            columns,
            skills));
    out.append(Summary.more(pms.size(), "product managers", "leverage coach --format json"));

    List<List<String>> first = new ArrayList<>();
    for (ProductManager pm : Summary.first(pms)) {
      Optional<CoachingCandidate> c = priorities.firstPriority(pm.id());
      first.add(
          c.isEmpty()
              ? List.of(pm.id(), "none: every characteristic at its target", "", "")
              : List.of(
                  pm.id(),
                  c.get().characteristic().label(),
                  c.get().fromLevel() + " → " + c.get().toLevel(),
                  Numbers.figure(priorities.ranked(c.get()).output().leverage())));
    }
    out.append(
        Html.table(
            "First priority of each product manager",
            List.of("PM", "Characteristic", ">Step", ">Leverage/h"),
            first));
    out.append(Summary.more(pms.size(), "product managers", "leverage coach --format json"));

    List<CoachingCandidate> candidates = priorities.candidates();
    if (!candidates.isEmpty()) {
      List<BarChart.Bar> bars = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      for (CoachingCandidate c : Summary.first(candidates)) {
        RankedActivity r = priorities.ranked(c);
        String step = c.fromLevel() + " → " + c.toLevel();
        if (bars.size() < CHART_STEPS) {
          bars.add(
              BarChart.Bar.of(
                  c.productManager() + ": " + c.characteristic().label() + " " + step,
                  r.output().leverage()));
        }
        rows.add(
            List.of(
                Integer.toString(r.rank()),
                c.productManager(),
                c.characteristic().label(),
                step,
                Effort.ofHours(r.output().hours()).toString(),
                Numbers.figure(r.output().output()),
                Numbers.figure(r.output().leverage())));
      }
      Chart chart =
          BarChart.of(
              ChartSpec.of("chart-coaching")
                  .withTitle(
                      candidates.size() > CHART_STEPS
                          ? "Best " + CHART_STEPS + " of " + candidates.size() + " coaching steps"
                          : "Coaching steps by leverage")
                  .withCategoryAxis("Step (PM: characteristic, level)")
                  .withValueAxis(
                      "Leverage ("
                          + context.unit()
                          + " per hour of "
                          + priorities.coach()
                          + "'s time)"),
              bars);
      out.append(
          Html.chart(
              chart,
              "Coaching steps ranked by leverage, best at the top; the number at the end of each"
                  + " bar is its leverage. Each step requires the step below it."));
      out.append(
          Html.table(
              (Summary.cut(candidates.size())
                      ? "The best " + Summary.ROWS + " coaching steps"
                      : "Every coaching step")
                  + " ranked by leverage (output over the horizon)",
              List.of("#", "PM", "Characteristic", ">Step", ">Hours", ">Output", ">Leverage/h"),
              rows));
      out.append(Summary.more(candidates.size(), "coaching steps", "leverage coach --format csv"));
    }
    return Optional.of(out.toString());
  }
}
