package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.activity.Contribution;
import dev.leverage.internal.Numbers;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Prerequisites;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.Score;
import dev.leverage.scoring.ScoringStrategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leverage score FILE}: each manager's output rate, then activities ranked by score. */
@Command(
    name = "score",
    header = "Rank activities by leverage or another scoring strategy.",
    description =
        "Ranks the activities of a scenario file (YAML or JSON) by a scoring strategy, best"
            + " first, with each manager's output per week and each activity's contribution team"
            + " by team.",
    footer = {
      "",
      "Examples:",
      "  leverage score my-week.yaml --format json",
      "  leverage score my-week.yaml --format csv -o scores.csv",
      "  leverage score my-week.yaml --strategy rice",
      "  leverage score my-week.yaml --formula 'reach * impact * confidence / hours'",
      "  leverage score my-week.yaml --strategy mine --classpath my-strategy.jar"
    })
final class ScoreCommand implements Callable<Integer> {
  @Mixin ScenarioFile input;

  @Mixin Output output;

  @Option(
      names = "--strategy",
      paramLabel = "NAME",
      description =
          "The scoring strategy: leverage (default: output per hour), rice, ice, wsjf, formula"
              + " (with --formula), a plug-in's name, or a plug-in's class name (with"
              + " --classpath).")
  String strategy;

  @Option(
      names = "--formula",
      paramLabel = "EXPR",
      description =
          "Score by this formula over the activities' attributes and output, hours, leverage:"
              + " arithmetic and the functions ABS AVERAGE CEILING FLOOR LOG LOG10 MAX MIN ROUND"
              + " SQRT SUM. Implies --strategy formula.")
  String formula;

  @Mixin PluginPath plugins;

  @Override
  public Integer call() {
    Scenario scenario = input.readToScore(true);
    try (Strategies strategies = plugins.load()) {
      String name = strategy != null ? strategy : formula != null ? "formula" : "leverage";
      ScoringStrategy chosen = strategies.find(name, formula);
      return output.print(
          scenario,
          () -> table(scenario, chosen, formula == null ? "" : " '" + formula + "'"),
          () -> json(scenario, chosen, formula),
          () -> csv(scenario, chosen));
    } catch (InvalidModelException e) {
      throw Strategies.options(e);
    }
  }

  /** What the table shows for the hours and leverage of an activity without time. */
  static final String NO_TIME = "-";

  /** The teams listed with each manager's output; the rest are counted. */
  static final int TEAMS_LISTED = 10;

  /** The human-readable report: managers' output rates, then the ranking with breakdowns. */
  static String table(Scenario scenario, ScoringStrategy strategy) {
    return table(scenario, strategy, "");
  }

  /** The report, with {@code detail} after the strategy's name in the ranking's title. */
  static String table(Scenario scenario, ScoringStrategy strategy, String detail) {
    Ranking ranking = Ranking.of(scenario, strategy);
    Prerequisites prerequisites = Prerequisites.of(ranking);
    StringBuilder out = new StringBuilder();
    out.append("Managers' output (own teams + weighted influenced teams), ")
        .append(Labels.unit(scenario))
        .append(" per week\n");
    TextTable managers = new TextTable("Manager", ">Output/week", "Teams (weight)");
    for (String id : scenario.organization().managerIds()) {
      StringBuilder teams = new StringBuilder();
      Map<String, Double> weights = scenario.organization().weights(id);
      int listed = 0;
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        if (listed++ == TEAMS_LISTED) {
          teams.append(", and ").append(weights.size() - TEAMS_LISTED).append(" more");
          break;
        }
        teams
            .append(teams.length() == 0 ? "" : ", ")
            .append(weight.getKey())
            .append(" (")
            .append(Numbers.brief(weight.getValue()))
            .append(")");
      }
      managers.row(id, Numbers.figure(scenario.organization().outputPerWeek(id)), teams.toString());
    }
    out.append(managers.render()).append('\n');
    out.append("Activities ranked by ")
        .append(ranking.strategy())
        .append(detail)
        .append(
            strategy.name().equals("leverage") ? " (output per hour of the manager's time)" : "")
        .append(", horizon ")
        .append(Text.weeks(scenario.horizon()))
        .append('\n');
    boolean byLeverage = strategy.name().equals("leverage");
    TextTable table =
        byLeverage
            ? new TextTable("#", "Activity", "By", "Kind", ">Hours", ">Output", ">Leverage/h")
            : new TextTable(
                "#", "Activity", "By", "Kind", ">Hours", ">Output", ">Leverage/h", ">Score");
    for (RankedActivity r : ranking.entries()) {
      List<String> cells =
          new java.util.ArrayList<>(
              List.of(
                  Integer.toString(r.rank()),
                  r.activity().id(),
                  r.activity().by(),
                  r.activity().kind().label(),
                  r.output().hasHours() ? Text.hours(r.output().hours()) : NO_TIME,
                  Numbers.figure(r.output().output()),
                  r.output().hasHours() ? Numbers.figure(r.output().leverage()) : NO_TIME));
      if (!byLeverage) {
        cells.add(Numbers.figure(r.score().value()));
      }
      table.row(cells.toArray(String[]::new));
      if (!byLeverage) {
        table.detail(breakdown(r.score()));
      }
      for (Contribution c : r.output().contributions()) {
        table.detail(
            String.format(
                "%s: weight %s x %s/week x uplift %s x %s weeks = %s",
                c.team(),
                Numbers.brief(c.weight()),
                Numbers.brief(c.teamOutput()),
                Numbers.brief(c.uplift()),
                Numbers.brief(c.weeks()),
                Numbers.figure(c.output())));
      }
      prerequisites.credit(r.activity().id()).ifPresent(c -> table.detail(c.summary()));
    }
    out.append(table.render());
    out.append("  Output: ")
        .append(Labels.unit(scenario))
        .append(
            " over the horizon. Leverage: output per hour of effort."
                + " Hours are PERT means of estimates.\n");
    if (ranking.entries().stream().anyMatch(r -> !r.output().hasHours())) {
      out.append("  " + NO_TIME + ": no time in the spreadsheet, so no hours and no leverage.\n");
    }
    return out.toString();
  }

  /** How a score is made: {@code score: a 1.00 + b 2.00 = 3.00, with x 1, y 2}. */
  static String breakdown(Score score) {
    StringBuilder line = new StringBuilder("score: ");
    List<Score.Term> terms = score.terms();
    if (terms.size() == 1) {
      line.append(terms.get(0).label());
    } else {
      for (int i = 0; i < terms.size(); i++) {
        line.append(i == 0 ? "" : " + ")
            .append(terms.get(i).label())
            .append(' ')
            .append(Numbers.figure(terms.get(i).value()));
      }
    }
    line.append(" = ").append(Numbers.figure(score.value()));
    if (!score.inputs().isEmpty()) {
      line.append(", with ");
      StringBuilder inputs = new StringBuilder();
      score
          .inputs()
          .forEach(
              (name, value) ->
                  inputs
                      .append(inputs.length() == 0 ? "" : ", ")
                      .append(name)
                      .append(' ')
                      .append(Numbers.brief(value)));
      line.append(inputs);
    }
    return line.toString();
  }

  /** The ranking as CSV: one row per activity, best first. */
  static String csv(Scenario scenario, ScoringStrategy strategy) {
    CsvTable table =
        new CsvTable("rank", "id", "by", "kind", "hours", "output", "leverage", "score");
    for (RankedActivity r : Ranking.of(scenario, strategy).entries()) {
      table.row(
          r.rank(),
          r.activity().id(),
          r.activity().by(),
          r.activity().kind().label(),
          r.output().hasHours() ? r.output().hours() : null,
          r.output().output(),
          r.output().hasHours() ? r.output().leverage() : null,
          r.score().value());
    }
    return table.render();
  }

  /** The JSON of MODEL.md §11. */
  static String json(Scenario scenario, ScoringStrategy strategy) {
    return json(scenario, strategy, null);
  }

  /** The JSON of MODEL.md §11, with the {@code formula} when there is one. */
  static String json(Scenario scenario, ScoringStrategy strategy, String formula) {
    Ranking ranking = Ranking.of(scenario, strategy);
    Prerequisites prerequisites = Prerequisites.of(ranking);
    ObjectNode root = Json.object();
    root.put("strategy", ranking.strategy());
    if (formula != null) {
      root.put("formula", formula);
    }
    root.put("horizonWeeks", scenario.horizon().weeks());
    ArrayNode managers = root.putArray("managers");
    for (String id : scenario.organization().managerIds()) {
      managers
          .addObject()
          .put("id", id)
          .put("outputPerWeek", scenario.organization().outputPerWeek(id));
    }
    ArrayNode activities = root.putArray("activities");
    for (RankedActivity r : ranking.entries()) {
      ObjectNode a = activities.addObject();
      a.put("id", r.activity().id());
      a.put("by", r.activity().by());
      a.put("kind", r.activity().kind().label());
      if (r.output().hasHours()) {
        a.put("hours", r.output().hours());
      } else {
        a.putNull("hours");
      }
      a.put("output", r.output().output());
      a.put("score", r.score().value());
      a.put("rank", r.rank());
      if (r.output().hasHours()) {
        a.put("leverage", r.output().leverage());
      } else {
        a.putNull("leverage");
      }
      ArrayNode contributions = a.putArray("contributions");
      for (Contribution c : r.output().contributions()) {
        contributions
            .addObject()
            .put("team", c.team())
            .put("weight", c.weight())
            .put("output", c.output());
      }
      ObjectNode breakdown = a.putObject("breakdown");
      ArrayNode terms = breakdown.putArray("terms");
      for (Score.Term term : r.score().terms()) {
        terms.addObject().put("label", term.label()).put("value", term.value());
      }
      ObjectNode inputs = breakdown.putObject("inputs");
      r.score().inputs().forEach(inputs::put);
      prerequisites
          .credit(r.activity().id())
          .ifPresent(
              credit -> {
                ArrayNode enables = a.putArray("enables");
                credit.enables().forEach(enables::add);
                a.put("unlocks", credit.unlocks());
                a.put("unlocksOutput", credit.output());
                a.put("unlocksComplete", credit.complete());
              });
    }
    return Json.render(Labels.put(root, scenario));
  }
}
