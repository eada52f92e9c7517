package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.internal.Numbers;
import dev.leverage.portfolio.Alignment;
import dev.leverage.portfolio.Finding;
import dev.leverage.portfolio.ObjectiveShare;
import dev.leverage.portfolio.Severity;
import dev.leverage.scenario.Scenario;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code leverage portfolio FILE}: whether the product portfolio is aligned (MODEL.md §8). */
@Command(
    name = "portfolio",
    header = "Whether the product portfolio serves the company's objectives.",
    description =
        "Checks the portfolio section of a scenario file: each objective's share of investment"
            + " against its weight (weights are normalised by their sum), products serving no"
            + " objective, vision themes outside the company vision, roadmap items without a"
            + " serving pillar, and the rules of the strategy (focus: one shared vision;"
            + " diversification: a vision and a PM per product).",
    footer = {
      "",
      "Examples:",
      "  leverage portfolio my-team.yaml --format json",
      "  leverage portfolio my-team.yaml --format csv -o objectives.csv"
    })
final class PortfolioCommand implements Callable<Integer> {
  @Mixin ScenarioFile input;

  @Mixin Output output;

  @Override
  public Integer call() {
    Scenario scenario = input.read();
    return output.print(scenario, () -> table(scenario), () -> json(scenario), () -> csv(scenario));
  }

  private static Alignment alignment(Scenario scenario) {
    return scenario
        .portfolio()
        .orElseThrow(
            () ->
                InvalidModelException.of(
                    "portfolio",
                    "the scenario has no portfolio section; add one with strategy, objectives"
                        + " and products"))
        .alignment();
  }

  /** The readable report: objectives' shares against weights, then the findings. */
  static String table(Scenario scenario) {
    Alignment alignment = alignment(scenario);
    StringBuilder out = new StringBuilder();
    out.append("Portfolio alignment (strategy: ")
        .append(alignment.strategy())
        .append("): ")
        .append(summary(alignment))
        .append("\n\n");
    out.append("Objectives: normalised weight against share of investment (tolerance ")
        .append(percent(alignment.tolerance()))
        .append(" points)\n");
    TextTable objectives =
        new TextTable(
            "Objective", ">Weight", ">Target share", ">Investment share", ">Gap (points)");
    for (ObjectiveShare share : alignment.objectives()) {
      objectives.row(
          share.id(),
          Numbers.brief(share.weight()),
          percent(share.targetShare()) + "%",
          percent(share.investmentShare()) + "%",
          (share.deviation() >= 0 ? "+" : "") + percent(share.deviation()));
    }
    out.append(objectives.render()).append('\n');
    if (alignment.findings().isEmpty()) {
      out.append("No findings: the portfolio is aligned.\n");
      return out.toString();
    }
    out.append("Findings, most serious first\n");
    TextTable findings = new TextTable("Severity", "Subject", "Rule");
    for (Finding finding : alignment.findings()) {
      findings.row(finding.severity().label(), finding.subject(), finding.kind().label());
      findings.detail(finding.message());
    }
    out.append(findings.render());
    return out.toString();
  }

  private static String summary(Alignment alignment) {
    if (alignment.isAligned()) {
      return alignment.findings().isEmpty()
          ? "aligned"
          : "aligned, " + alignment.findings().size() + " to note";
    }
    StringBuilder out = new StringBuilder("not aligned");
    for (Severity severity : Severity.values()) {
      long count = alignment.findings().stream().filter(f -> f.severity() == severity).count();
      if (count > 0) {
        out.append(", ")
            .append(count)
            .append(' ')
            .append(severity.label())
            .append(severity == Severity.WARNING && count > 1 ? "s" : "");
      }
    }
    return out.toString();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", share * 100);
  }

  /** The objectives as CSV: normalised weight, target and investment shares, gap in points. */
  static String csv(Scenario scenario) {
    CsvTable table = new CsvTable("id", "weight", "targetShare", "investmentShare", "deviation");
    for (ObjectiveShare share : alignment(scenario).objectives()) {
      table.row(
          share.id(),
          share.weight(),
          share.targetShare(),
          share.investmentShare(),
          share.deviation());
    }
    return table.render();
  }

  /** The JSON of MODEL.md §11. */
  static String json(Scenario scenario) {
    Alignment alignment = alignment(scenario);
    ObjectNode root = Json.object();
    root.put("strategy", alignment.strategy().label());
    root.put("tolerance", alignment.tolerance());
    root.put("aligned", alignment.isAligned());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : alignment.findings()) {
      findings
          .addObject()
          .put("severity", finding.severity().label())
          .put("subject", finding.subject())
          .put("message", finding.message())
          .put("kind", finding.kind().label());
    }
    ArrayNode objectives = root.putArray("objectives");
    for (ObjectiveShare share : alignment.objectives()) {
      objectives
          .addObject()
          .put("id", share.id())
          .put("weight", share.weight())
          .put("investmentShare", share.investmentShare())
          .put("targetShare", share.targetShare());
    }
    return Json.render(Labels.put(root, scenario));
  }
}
