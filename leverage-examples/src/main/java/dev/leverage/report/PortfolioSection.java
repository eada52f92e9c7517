package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.portfolio.Alignment;
import dev.leverage.portfolio.Finding;
import dev.leverage.portfolio.ObjectiveShare;
import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.GroupedBarChart;
import dev.leverage.report.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Portfolio alignment (Torres): each objective's share of the investment against its weight, and
 * the findings, most serious first. Present when the scenario has a portfolio section.
 */
final class PortfolioSection extends BuiltInSection {
  PortfolioSection() {
    super("portfolio", "Portfolio alignment");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    if (context.scenario().portfolio().isEmpty()) {
      return Optional.empty();
    }
    Alignment alignment = context.scenario().portfolio().get().alignment();
    StringBuilder out = new StringBuilder();
    out.append(
        Html.paragraph(
            "Strategy: "
                + alignment.strategy()
                + ". The portfolio is "
                + (alignment.isAligned() ? "aligned" : "not aligned")
                + " with the company's objectives and vision"
                + (alignment.findings().isEmpty()
                    ? "."
                    : "; " + alignment.findings().size() + " findings below.")));
    List<String> objectives = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<Double> investments = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ObjectiveShare share : alignment.objectives()) {
      objectives.add(share.id());
      targets.add(100 * share.targetShare());
      investments.add(100 * share.investmentShare());
      rows.add(
          List.of(
              share.id(),
              Numbers.brief(share.weight()),
              percent(share.targetShare()),
              percent(share.investmentShare()),
              (share.deviation() >= 0 ? "+" : "") + percent(share.deviation())));
    }
    if (!objectives.isEmpty()) {
      Chart chart =
          GroupedBarChart.of(
              ChartSpec.of("chart-portfolio")
                  .withTitle("Investment against objectives' weights")
                  .withCategoryAxis("Objective")
                  .withValueAxis("Share (% of weight, % of investment)"),
              objectives,
              List.of(new Series("target", targets), new Series("invested", investments)));
      out.append(
          Html.chart(
              chart,
              "For each objective, the bar labelled 'target' is its weight as a share of all"
                  + " weights, the bar labelled 'invested' its share of the products' investment"
                  + " (development and marketing). A gap of more than "
                  + percent(alignment.tolerance())
                  + " points is a finding."));
      out.append(
          Html.table(
              "Objectives: normalised weight against share of investment (percent)",
              List.of("Objective", ">Weight", ">Target", ">Invested", ">Gap (points)"),
              rows));
    }
    if (alignment.findings().isEmpty()) {
      out.append(Html.paragraph("No findings."));
    } else {
      List<List<String>> findings = new ArrayList<>();
      for (Finding finding : alignment.findings()) {
        findings.add(
            List.of(
                finding.severity().label(),
                finding.subject(),
                finding.kind().label(),
                finding.message()));
      }
      out.append(
          Html.table(
              "Findings, most serious first",
              List.of("Severity", "Subject", "Rule", "Finding"),
              findings));
    }
    return Optional.of(out.toString());
  }

  private static String percent(double share) {
    return Numbers.brief(100 * share, 1);
  }
}
