package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Distribution;
import dev.leverage.simulation.Sensitivity;
import dev.leverage.simulation.SimulatedActivity;
import dev.leverage.simulation.SimulationResult;
import dev.leverage.simulation.Swing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leverage simulate FILE}: the distribution of every activity's output and leverage when
 * each three-point estimate is drawn from its PERT distribution, and the chance that each ranks
 * first (MODEL.md §5).
 */
@Command(
    name = "simulate",
    header = "How sure the ranking is, when estimates are three-point ranges.",
    description = {
      "How sure is the ranking? Draws every three-point estimate {low, likely, high} of a"
          + " scenario file from its PERT distribution, many times, and shows each activity's"
          + " leverage and output (mean, p10, p50, p90) and its chance of ranking first.",
      "",
      "PERT: low + (high - low) * B with B ~ Beta(1 + 4 (likely - low)/(high - low), 1 + 4 (high"
          + " - likely)/(high - low)); its mean is (low + 4 likely + high) / 6."
    },
    footer = {
      "",
      "Examples:",
      "  leverage simulate my-week.yaml",
      "  leverage simulate my-week.yaml --samples 100000 --seed 42 --sensitivity",
      "  leverage simulate my-week.yaml --format json",
      "  leverage simulate my-week.yaml --seed 42 --format csv -o simulation.csv",
      "",
      "The same --seed and --samples give the same numbers, whatever --threads."
    })
final class SimulateCommand implements Callable<Integer> {
  /** Most likely to rank first, then by mean leverage, then by id. */
  private static final Comparator<SimulatedActivity> ORDER =
      Comparator.comparingDouble(SimulatedActivity::probabilityBest)
          .thenComparingDouble(a -> a.leverage().mean())
          .reversed()
          .thenComparing(SimulatedActivity::id);

  @Mixin ScenarioFile input;

  @Mixin SimulationOptions options;

  @Option(
      names = "--sensitivity",
      description =
          "Also show, for each activity, how far each estimate moves its leverage: from low to"
              + " high with the others at their PERT means, widest swing first (a tornado).")
  boolean sensitivity;

  @Option(
      names = "--rank-distribution",
      paramLabel = "ID",
      split = ",",
      description =
          "Also show the chance of each rank of these activities (comma-separated ids; each costs"
              + " about one more pass over every activity's draws).")
  List<String> rankDistribution = new ArrayList<>();

  @Mixin Output output;

  @Override
  public Integer call() {
    Scenario scenario = input.readToScore(false);
    checkRankIds(scenario, rankDistribution);
    SimulationResult result = options.run(scenario);
    List<Sensitivity> sensitivities =
        sensitivity
            ? scenario.activities().stream().map(a -> Sensitivity.of(scenario, a)).toList()
            : List.of();
    Map<String, List<Double>> ranks = new LinkedHashMap<>();
    for (String id : rankDistribution) {
      ranks.computeIfAbsent(id, result::rankDistribution);
    }
    return output.print(
        scenario,
        () -> table(scenario, result, sensitivities, ranks),
        () -> json(scenario, result, sensitivities, ranks),
        () -> csv(scenario, result));
  }

  /** Every id of {@code --rank-distribution} must name an activity. */
  static void checkRankIds(Scenario scenario, List<String> ids) {
    List<String> known = scenario.activities().stream().map(Activity::id).toList();
    List<Problem> problems = new ArrayList<>();
    for (String id : ids) {
      if (scenario.activity(id).isEmpty()) {
        problems.add(Problem.at("--rank-distribution", Spelling.unknown("activity", id, known)));
      }
    }
    InvalidModelException.throwIfAny(problems);
  }

  /** The readable report without rank distributions. */
  static String table(Scenario scenario, SimulationResult result, List<Sensitivity> sensitivities) {
    return table(scenario, result, sensitivities, Map.of());
  }

  /**
   * The readable report: one row per activity, then the chance of each rank and the tornado when
   * asked for.
   */
  static String table(
      Scenario scenario,
      SimulationResult result,
      List<Sensitivity> sensitivities,
      Map<String, List<Double>> ranks) {
    StringBuilder out = new StringBuilder();
    out.append(header(result)).append('\n');
    out.append("Activities by their chance of ranking first, horizon ")
        .append(Text.weeks(scenario.horizon()))
        .append('\n');
    TextTable table =
        new TextTable(
            "Activity",
            "By",
            ">P(best)",
            ">Leverage/h",
            ">p10",
            ">p50",
            ">p90",
            ">Output",
            ">p10",
            ">p50",
            ">p90");
    for (SimulatedActivity a : ordered(result)) {
      Distribution leverage = a.leverage();
      Distribution output = a.output();
      table.row(
          a.id(),
          scenario.activity(a.id()).orElseThrow().by(),
          percent(a.probabilityBest()),
          Numbers.figure(leverage.mean()),
          Numbers.figure(leverage.p10()),
          Numbers.figure(leverage.p50()),
          Numbers.figure(leverage.p90()),
          Numbers.figure(output.mean()),
          Numbers.figure(output.p10()),
          Numbers.figure(output.p50()),
          Numbers.figure(output.p90()));
    }
    out.append(table.render());
    out.append(
        "  Leverage/h: output per hour of the manager's time. Output: "
            + Labels.unit(scenario)
            + " over the horizon.\n"
            + "  Both are means over the samples, with their percentiles p10, p50, p90.\n"
            + "  P(best): the share of samples in which the activity ranks first by leverage"
            + " (ties by id).\n");
    if (!ranks.isEmpty()) {
      out.append('\n').append(rankTable(ranks));
    }
    if (!sensitivities.isEmpty()) {
      Map<String, Sensitivity> byId = new HashMap<>();
      sensitivities.forEach(s -> byId.put(s.activity(), s));
      List<Sensitivity> inOrder = new ArrayList<>();
      for (SimulatedActivity a : ordered(result)) {
        if (byId.containsKey(a.id())) {
          inOrder.add(byId.get(a.id()));
        }
      }
      out.append('\n').append(tornado(inOrder));
    }
    return out.toString();
  }

  /** The chance of each rank of the activities asked for, ranks with no chance left out. */
  static String rankTable(Map<String, List<Double>> ranks) {
    StringBuilder out =
        new StringBuilder("Chance of each rank (ranks that never happen left out)\n");
    TextTable table = new TextTable("Activity", ">Rank", ">Chance");
    for (Map.Entry<String, List<Double>> entry : ranks.entrySet()) {
      boolean first = true;
      List<Double> chances = entry.getValue();
      for (int r = 0; r < chances.size(); r++) {
        if (chances.get(r) > 0) {
          table.row(first ? entry.getKey() : "", Integer.toString(r + 1), percent(chances.get(r)));
          first = false;
        }
      }
    }
    return out.append(table.render()).toString();
  }

  /** {@code 10000 samples, seed 42 (repeat with --seed 42)}. */
  static String header(SimulationResult result) {
    return "Simulated "
        + result.samples()
        + " samples of every estimate, seed "
        + result.seed()
        + " (repeat with --seed "
        + result.seed()
        + " --samples "
        + result.samples()
        + ")";
  }

  /** Each activity's swings, widest first. */
  static String tornado(List<Sensitivity> sensitivities) {
    StringBuilder out = new StringBuilder();
    out.append("Sensitivity: leverage with one estimate at its low and at its high, the others")
        .append(" at their PERT means\n");
    TextTable table =
        new TextTable(
            "Activity", "Estimate", ">Low", ">High", ">Leverage/h at low", ">at high", ">Swing");
    int certain = 0;
    for (Sensitivity s : sensitivities) {
      if (s.swings().isEmpty()) {
        certain++;
        continue;
      }
      boolean first = true;
      for (Swing swing : s.swings()) {
        boolean time = swing.input().equals("time");
        table.row(
            first ? s.activity() : "",
            swing.label(),
            time ? Text.hours(swing.estimate().low()) : Numbers.brief(swing.estimate().low()),
            time ? Text.hours(swing.estimate().high()) : Numbers.brief(swing.estimate().high()),
            Numbers.figure(swing.leverageAtLow()),
            Numbers.figure(swing.leverageAtHigh()),
            Numbers.figure(swing.width()));
        first = false;
      }
    }
    out.append(table.render());
    out.append("  Widest swing first: the estimates worth narrowing down before deciding.\n");
    if (certain > 0) {
      out.append("  ")
          .append(certain)
          .append(certain == 1 ? " activity has" : " activities have")
          .append(" no uncertain estimate and no swing.\n");
    }
    return out.toString();
  }

  /** One row per activity, most likely best first, as the table. */
  static String csv(Scenario scenario, SimulationResult result) {
    CsvTable table =
        new CsvTable(
            "id",
            "by",
            "probabilityBest",
            "leverageMean",
            "leverageP10",
            "leverageP50",
            "leverageP90",
            "outputMean",
            "outputP10",
            "outputP50",
            "outputP90",
            "leverageAtMeans");
    for (SimulatedActivity a : ordered(result)) {
      Activity activity = scenario.activity(a.id()).orElseThrow();
      table.row(
          a.id(),
          activity.by(),
          a.probabilityBest(),
          a.leverage().mean(),
          a.leverage().p10(),
          a.leverage().p50(),
          a.leverage().p90(),
          a.output().mean(),
          a.output().p10(),
          a.output().p50(),
          a.output().p90(),
          scenario.output(activity).leverage());
    }
    return table.render();
  }

  /** The JSON of MODEL.md §11, with added fields, without rank distributions. */
  static String json(Scenario scenario, SimulationResult result, List<Sensitivity> sensitivities) {
    return json(scenario, result, sensitivities, Map.of());
  }

  /**
   * The JSON of MODEL.md §11, with added fields: {@code rankDistribution} for the activities in
   * {@code ranks}.
   */
  static String json(
      Scenario scenario,
      SimulationResult result,
      List<Sensitivity> sensitivities,
      Map<String, List<Double>> ranks) {
    Map<String, Sensitivity> byId = new HashMap<>();
    sensitivities.forEach(s -> byId.put(s.activity(), s));
    ObjectNode root = Json.object();
    root.put("samples", result.samples());
    root.put("seed", result.seed());
    root.put("horizonWeeks", scenario.horizon().weeks());
    ArrayNode activities = root.putArray("activities");
    for (SimulatedActivity a : ordered(result)) {
      Activity activity = scenario.activity(a.id()).orElseThrow();
      ObjectNode node = activities.addObject();
      node.put("id", a.id());
      node.put("by", activity.by());
      summary(node.putObject("output"), a.output());
      summary(node.putObject("leverage"), a.leverage());
      node.put("probabilityBest", a.probabilityBest());
      node.put("leverageAtMeans", scenario.output(activity).leverage());
      if (ranks.containsKey(a.id())) {
        ArrayNode chances = node.putArray("rankDistribution");
        ranks.get(a.id()).forEach(chances::add);
      }
      Sensitivity s = byId.get(a.id());
      if (s != null) {
        ArrayNode swings = node.putArray("sensitivity");
        for (Swing swing : s.swings()) {
          swings
              .addObject()
              .put("input", swing.input())
              .put("label", swing.label())
              .put("low", swing.estimate().low())
              .put("likely", swing.estimate().likely())
              .put("high", swing.estimate().high())
              .put("leverageAtLow", swing.leverageAtLow())
              .put("leverageAtHigh", swing.leverageAtHigh())
              .put("swing", swing.width());
        }
      }
    }
    return Json.render(Labels.put(root, scenario));
  }

  static void summary(ObjectNode node, Distribution distribution) {
    node.put("mean", distribution.mean());
    node.put("p10", distribution.p10());
    node.put("p50", distribution.p50());
    node.put("p90", distribution.p90());
  }

  static String percent(double probability) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * probability);
  }

  private static List<SimulatedActivity> ordered(SimulationResult result) {
    return result.activities().stream().sorted(ORDER).toList();
  }
}
