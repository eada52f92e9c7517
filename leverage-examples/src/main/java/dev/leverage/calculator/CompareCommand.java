package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Distribution;
import dev.leverage.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code leverage compare FILE A B}: the leverage of two activities at the PERT means, their ratio,
 * and from simulation the probability that A's leverage exceeds B's (MODEL.md §5, §11).
 */
@Command(
    name = "compare",
    header = "How likely activity A's leverage beats activity B's.",
    description =
        "How sure are we that A beats B? Gives the leverage of activities A and B at the PERT"
            + " means of their estimates, the ratio A/B, and, by simulating every estimate of the"
            + " scenario file (as simulate does), the probability that A's leverage exceeds B's.",
    footer = {
      "",
      "Examples:",
      "  leverage compare my-week.yaml write-product-vision cut-v2-scope",
      "  leverage compare my-week.yaml write-product-vision cut-v2-scope --seed 42",
      "",
      "With the same --seed and --samples, compare and simulate draw the same samples."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin ScenarioFile input;

  @Parameters(index = "1", paramLabel = "A", description = "The id of the first activity.")
  String a;

  @Parameters(index = "2", paramLabel = "B", description = "The id of the second activity.")
  String b;

  @Mixin SimulationOptions options;

  @Mixin Output output;

  @Override
  public Integer call() {
    Scenario scenario = input.read();
    checkIds(scenario, a, b);
    Comparison comparison = Comparison.of(scenario, options.run(scenario), a, b);
    return output.print(
        scenario,
        () -> table(scenario, comparison),
        () -> json(scenario, comparison),
        () -> csv(scenario, comparison));
  }

  /** Both ids must name activities of the scenario, and different ones. */
  static void checkIds(Scenario scenario, String a, String b) {
    List<String> ids = scenario.activities().stream().map(Activity::id).toList();
    List<Problem> problems = new ArrayList<>();
    if (scenario.activity(a).isEmpty()) {
      problems.add(Problem.at("A", unknown(a, ids)));
    }
    if (scenario.activity(b).isEmpty()) {
      problems.add(Problem.at("B", unknown(b, ids)));
    }
    if (problems.isEmpty() && a.equals(b)) {
      problems.add(
          Problem.at("B", "is activity '" + a + "' again; compare two different activities"));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Says that {@code id} is no activity: with the closest id when one is close, else with a few ids
   * that look most like it (those sharing the longest start with it first, then in file order).
   */
  static String unknown(String id, List<String> ids) {
    String message = Spelling.unknown("activity", id, ids);
    if (Spelling.closest(id, ids).isPresent() || ids.size() <= FEW) {
      return message;
    }
    List<String> few =
        ids.stream()
            .sorted(Comparator.comparingInt((String known) -> -likeness(id, known)))
            .limit(FEW)
            .toList();
    return message
        + "; the scenario's "
        + ids.size()
        + " activities include "
        + String.join(", ", few)
        + " (leverage score FILE lists them all)";
  }

  private static final int FEW = 8;

  /**
   * How much {@code known} looks like {@code id}: containment, then the length of the shared start.
   */
  private static int likeness(String id, String known) {
    String a = id.toLowerCase(Locale.ROOT);
    String b = known.toLowerCase(Locale.ROOT);
    int prefix = 0;
    while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return (a.contains(b) || b.contains(a) ? 1000 : 0) + prefix;
  }

  /** The figures of one comparison. */
  record Comparison(
      String a,
      String b,
      double leverageA,
      double leverageB,
      double probabilityAHigher,
      double probabilityBHigher,
      SimulationResult result) {

    static Comparison of(Scenario scenario, SimulationResult result, String a, String b) {
      return new Comparison(
          a,
          b,
          scenario.output(scenario.activity(a).orElseThrow()).leverage(),
          scenario.output(scenario.activity(b).orElseThrow()).leverage(),
          result.probabilityHigher(a, b),
          result.probabilityHigher(b, a),
          result);
    }

    /** A's leverage over B's at the PERT means; not finite when B's is 0. */
    double ratio() {
      return leverageA / leverageB;
    }
  }

  /** The readable report. */
  static String table(Scenario scenario, Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append(SimulateCommand.header(c.result())).append('\n');
    out.append("Leverage, output per hour of the manager's time, horizon ")
        .append(Text.weeks(scenario.horizon()))
        .append('\n');
    TextTable table =
        new TextTable("", "Activity", "By", ">At means", ">Mean", ">p10", ">p50", ">p90");
    row(table, "A", c.a(), scenario, c.leverageA(), c.result().leverage(c.a()));
    row(table, "B", c.b(), scenario, c.leverageB(), c.result().leverage(c.b()));
    out.append(table.render());
    out.append("  Ratio A/B at the PERT means: ")
        .append(Double.isFinite(c.ratio()) ? Numbers.figure(c.ratio()) : "undefined (B's is 0)")
        .append('\n');
    out.append("  P(A's leverage > B's) = ")
        .append(SimulateCommand.percent(c.probabilityAHigher()))
        .append(", P(B's > A's) = ")
        .append(SimulateCommand.percent(c.probabilityBHigher()))
        .append(ties(c) ? ", the rest are ties" : "")
        .append('\n');
    return out.toString();
  }

  /** True when some samples tie: the two shares miss 1 by more than rounding. */
  private static boolean ties(Comparison c) {
    return c.probabilityAHigher() + c.probabilityBHigher() < 1 - 0.5 / c.result().samples();
  }

  private static void row(
      TextTable table,
      String label,
      String id,
      Scenario scenario,
      double atMeans,
      Distribution leverage) {
    table.row(
        label,
        id,
        scenario.activity(id).orElseThrow().by(),
        Numbers.figure(atMeans),
        Numbers.figure(leverage.mean()),
        Numbers.figure(leverage.p10()),
        Numbers.figure(leverage.p50()),
        Numbers.figure(leverage.p90()));
  }

  /** A row for A and one for B: leverage at the means, its distribution, P(higher). */
  static String csv(Scenario scenario, Comparison c) {
    CsvTable table =
        new CsvTable(
            "activity",
            "id",
            "by",
            "leverageAtMeans",
            "leverageMean",
            "leverageP10",
            "leverageP50",
            "leverageP90",
            "probabilityHigher");
    csvRow(table, "A", c.a(), scenario, c.leverageA(), c.result(), c.probabilityAHigher());
    csvRow(table, "B", c.b(), scenario, c.leverageB(), c.result(), c.probabilityBHigher());
    return table.render();
  }

  private static void csvRow(
      CsvTable table,
      String label,
      String id,
      Scenario scenario,
      double atMeans,
      SimulationResult result,
      double probabilityHigher) {
    Distribution leverage = result.leverage(id);
    table.row(
        label,
        id,
        scenario.activity(id).orElseThrow().by(),
        atMeans,
        leverage.mean(),
        leverage.p10(),
        leverage.p50(),
        leverage.p90(),
        probabilityHigher);
  }

  /** The JSON of MODEL.md §11, with added fields. */
  static String json(Scenario scenario, Comparison c) {
    ObjectNode root = Json.object();
    root.put("a", c.a());
    root.put("b", c.b());
    root.put("leverageA", c.leverageA());
    root.put("leverageB", c.leverageB());
    if (Double.isFinite(c.ratio())) {
      root.put("ratio", c.ratio());
    } else {
      root.putNull("ratio");
    }
    root.put("probabilityAHigher", c.probabilityAHigher());
    root.put("probabilityBHigher", c.probabilityBHigher());
    root.put("samples", c.result().samples());
    root.put("seed", c.result().seed());
    SimulateCommand.summary(root.putObject("leverageDistributionA"), c.result().leverage(c.a()));
    SimulateCommand.summary(root.putObject("leverageDistributionB"), c.result().leverage(c.b()));
    return Json.render(Labels.put(root, scenario));
  }
}
