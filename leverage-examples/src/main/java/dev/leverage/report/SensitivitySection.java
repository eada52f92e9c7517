package dev.leverage.report;

import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.TornadoChart;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.simulation.Sensitivity;
import dev.leverage.simulation.Swing;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which estimates move leverage most: a tornado chart for each of the top-ranked activities with
 * uncertain estimates, one bar per estimate from the leverage at its low to the leverage at its
 * high, widest on top; left out when every estimate is a point.
 */
final class SensitivitySection extends BuiltInSection {
  /** How many activities get a tornado chart, best-ranked first. */
  static final int ACTIVITIES = 3;

  SensitivitySection() {
    super("sensitivity", "Which estimates matter");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    List<Activity> uncertain = new ArrayList<>();
    for (RankedActivity r : context.ranking().entries()) {
      if (uncertain.size() < ACTIVITIES && ReportContext.uncertain(r.activity())) {
        uncertain.add(r.activity());
      }
    }
    if (uncertain.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out =
        new StringBuilder(
            Html.paragraph(
                "For the best-ranked activities with three-point estimates: how far each estimate"
                    + " alone moves the activity's leverage when it goes from its low to its high"
                    + " value, every other estimate staying at its PERT mean. Narrow the widest"
                    + " bar first: that estimate is the one worth a closer look."));
    List<List<String>> rows = new ArrayList<>();
    for (Activity activity : uncertain) {
      Sensitivity sensitivity = Sensitivity.of(context.scenario(), activity);
      List<TornadoChart.Interval> intervals = new ArrayList<>();
      for (Swing swing : sensitivity.swings()) {
        intervals.add(
            new TornadoChart.Interval(
                swing.label() + " " + range(swing), swing.leverageAtLow(), swing.leverageAtHigh()));
        rows.add(
            List.of(
                activity.id(),
                swing.label(),
                value(swing, swing.estimate().low()),
                value(swing, swing.estimate().likely()),
                value(swing, swing.estimate().high()),
                Numbers.figure(swing.leverageAtLow()),
                Numbers.figure(swing.leverageAtHigh()),
                Numbers.figure(swing.width())));
      }
      if (sensitivity.swings().size() == 1) {
        // One bar is no ranking: a sentence says it without taking a whole chart.
        Swing swing = sensitivity.swings().get(0);
        out.append(
            Html.paragraph(
                activity.id()
                    + " ("
                    + activity.by()
                    + ") has one uncertain estimate, its "
                    + swing.label()
                    + " "
                    + range(swing)
                    + ": its leverage goes from "
                    + Numbers.label(swing.leverageAtLow())
                    + " at the low end to "
                    + Numbers.label(swing.leverageAtHigh())
                    + " at the high end, "
                    + Numbers.label(sensitivity.leverage())
                    + " at the PERT mean."));
        continue;
      }
      Chart chart =
          TornadoChart.of(
              ChartSpec.of("chart-sensitivity-" + activity.id())
                  .withTitle("Sensitivity of " + activity.id() + " (" + activity.by() + ")")
                  .withCategoryAxis("Estimate (low–high)")
                  .withValueAxis("Leverage (output per hour)"),
              intervals,
              sensitivity.leverage(),
              "every estimate at its PERT mean, " + Numbers.label(sensitivity.leverage()));
      out.append(
          Html.chart(
              chart,
              "Tornado chart of "
                  + activity.id()
                  + ": each bar spans the leverage with one estimate at its low and at its high"
                  + " (ends labelled), the widest on top; the dashed line is the leverage with"
                  + " every estimate at its PERT mean."));
    }
    out.append(
        Html.table(
            "Leverage with each estimate at its low and its high (" + context.unit() + " per hour)",
            List.of(
                "Activity",
                "Estimate",
                ">Low",
                ">Likely",
                ">High",
                ">Leverage at low",
                ">Leverage at high",
                ">Swing"),
            rows));
    return Optional.of(out.toString());
  }

  private static boolean isTime(Swing swing) {
    return swing.input().equals("time");
  }

  private static String range(Swing swing) {
    Estimate e = swing.estimate();
    return "(" + value(swing, e.low()) + "–" + value(swing, e.high()) + ")";
  }

  private static String value(Swing swing, double value) {
    return isTime(swing) ? Effort.ofHours(value).toString() : Numbers.label(value);
  }
}
