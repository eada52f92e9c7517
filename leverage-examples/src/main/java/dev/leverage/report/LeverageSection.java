package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.report.chart.BarChart;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.scoring.Prerequisites;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.simulation.Distribution;
import dev.leverage.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Leverage per activity, best first: a bar per activity (output per hour of the manager's time),
 * with p10–p90 whiskers from a simulation when any estimate is uncertain, and the ranking as a
 * table.
 */
final class LeverageSection extends BuiltInSection {
  LeverageSection() {
    super("leverage", "Leverage per activity");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    Ranking ranking = context.ranking();
    if (ranking.entries().isEmpty()) {
      return Optional.empty();
    }
    Optional<SimulationResult> simulation =
        context.uncertain() ? Optional.of(context.simulation()) : Optional.empty();
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    int count = ranking.entries().size();
    Prerequisites prerequisites = Prerequisites.of(ranking);
    for (RankedActivity r : Summary.first(ranking.entries())) {
      String label =
          r.activity().id() + " (" + r.activity().by() + ", " + r.activity().kind().label() + ")";
      // An activity whose every estimate is a point has no range: no whisker.
      if (simulation.isPresent() && ReportContext.uncertain(r.activity())) {
        Distribution d = simulation.get().leverage(r.activity().id());
        bars.add(BarChart.Bar.of(label, r.output().leverage(), d.p10(), d.p90()));
      } else {
        bars.add(BarChart.Bar.of(label, r.output().leverage()));
      }
      rows.add(
          List.of(
              Integer.toString(r.rank()),
              r.activity().id(),
              r.activity().by(),
              r.activity().kind().label(),
              dev.leverage.unit.Effort.ofHours(r.output().hours()).toString(),
              Numbers.figure(r.output().output()),
              Numbers.figure(r.output().leverage()),
              prerequisites.credit(r.activity().id()).map(c -> c.summary()).orElse("")));
    }
    Chart chart =
        BarChart.of(
            ChartSpec.of("chart-leverage")
                .withTitle(
                    (Summary.cut(count)
                            ? "Leverage of the best "
                                + Summary.ROWS
                                + " of "
                                + count
                                + " activities"
                            : "Leverage per activity")
                        + ", horizon "
                        + context.scenario().horizon())
                .withCategoryAxis("Activity (manager, kind)")
                .withValueAxis("Leverage (" + context.unit() + " per hour of the manager's time)"),
            bars);
    return Optional.of(
        Html.paragraph(
                "Leverage is the output an activity creates over the horizon per hour of the"
                    + " manager's time. Between two activities, choose the one with the higher"
                    + " leverage; a negative bar is an activity that costs more output than it"
                    + " creates.")
            + Html.chart(
                chart,
                "Activities ranked by leverage, best at the top; the number at the end of each"
                    + " bar is its leverage. Times and uplifts given as estimates use their PERT"
                    + " means."
                    + simulation
                        .map(
                            result ->
                                " The whisker across the bar of each activity with estimates spans the p10 to p90 of the"
                                    + " leverage over "
                                    + result.samples()
                                    + " simulated samples (seed "
                                    + result.seed()
                                    + "): in 8 samples out of 10 the leverage fell inside it. The"
                                    + " longer the whisker, the less certain the activity's place"
                                    + " in the ranking.")
                        .orElse(""))
            + Html.table(
                (Summary.cut(count) ? "The best " + Summary.ROWS + " activities" : "Activities")
                    + " ranked by leverage (output in "
                    + context.unit()
                    + " over the horizon); Enables: for an activity that others require, those"
                    + " activities, and how many activities and how much output need it, directly"
                    + " or through others",
                List.of(
                    "#", "Activity", "By", "Kind", ">Hours", ">Output", ">Leverage/h", "Enables"),
                rows)
            + Summary.more(count, "activities", "leverage score --format csv"));
  }
}
