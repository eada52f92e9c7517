package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.organization.Organization;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.Series;
import dev.leverage.report.chart.StackedBarChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each manager's output per week, split into the teams they (or their reports) own and the weighted
 * output of the teams they influence.
 */
final class ManagersOutputSection extends BuiltInSection {
  ManagersOutputSection() {
    super("output", "Managers' output per week");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    Organization organization = context.scenario().organization();
    int count = organization.managerIds().size();
    if (count == 0) {
      return Optional.empty();
    }
    List<String> managers =
        new ArrayList<>(Summary.first(new ArrayList<>(organization.managerIds())));
    List<Double> owned = new ArrayList<>();
    List<Double> influenced = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (String manager : managers) {
      double own = 0;
      double rest = 0;
      StringBuilder teams = new StringBuilder();
      Map<String, Double> weights = organization.weights(manager);
      int named = 0;
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        double output =
            weight.getValue() * organization.team(weight.getKey()).orElseThrow().output();
        if (weight.getValue() == 1.0) {
          own += output;
        } else {
          rest += output;
        }
        if (named++ == Summary.TEAMS) {
          teams.append(", and ").append(weights.size() - Summary.TEAMS).append(" more");
        }
        if (named > Summary.TEAMS) {
          continue;
        }
        teams
            .append(teams.length() == 0 ? "" : ", ")
            .append(weight.getKey())
            .append(" (")
            .append(Numbers.brief(weight.getValue()))
            .append(")");
      }
      owned.add(own);
      influenced.add(rest);
      rows.add(
          List.of(
              manager,
              Numbers.figure(organization.outputPerWeek(manager)),
              Numbers.figure(own),
              Numbers.figure(rest),
              teams.toString()));
    }
    Chart chart =
        StackedBarChart.of(
            ChartSpec.of("chart-output")
                .withTitle("Managers' output per week")
                .withCategoryAxis("Manager")
                .withValueAxis("Output (" + context.unit() + " per week)"),
            managers,
            List.of(new Series("owned", owned), new Series("influenced", influenced)));
    return Optional.of(
        Html.paragraph(
                "A manager's output is the output of the teams they and their reports own (weight"
                    + " 1) plus, for every team they influence, the team's output times the"
                    + " strongest influence weight on it in their report subtree.")
            + Html.chart(
                chart,
                "Each bar is one manager's output per week: the segment labelled 'owned' comes"
                    + " from teams owned in the manager's report subtree, the segment labelled"
                    + " 'influenced' from weighted influenced teams.")
            + Html.table(
                (Summary.cut(count) ? "The first " + Summary.ROWS + " managers: output" : "Output")
                    + " per week by manager, with every team that counts and its weight",
                List.of("Manager", ">Output/week", ">Owned", ">Influenced", "Teams (weight)"),
                rows)
            + Summary.more(count, "managers", "leverage score"));
  }
}
