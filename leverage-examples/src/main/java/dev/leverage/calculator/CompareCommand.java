package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Distribution;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage compare FILE A B}: the leverage of two activities at the PERT means, their ratio,
 * and from simulation the probability that A's leverage exceeds B's (MODEL.md §5, §11).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "How sure are we that A beats B? Gives the leverage of activities A and B at the PERT"
            + " means of their estimates, the ratio A/B, and, by simulating every estimate of the"
            + " scenario file (as simulate does), the probability that A's leverage exceeds B's.",
    footer = {
      "",
      "Examples:",
      "  leverage compare my-week.yaml write-product-vision cut-v2-scope",
      "  leverage compare my-week.yaml write-product-vision cut-v2-scope --seed 42 --format json",
      "",
      "With the same --seed and --samples, compare and simulate draw the same samples."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The scenario file (.yaml, .yml or .json).")
  Path file;

  @Parameters(index = "1", paramLabel = "A", description = "The id of the first activity.")
  String a;

  @Parameters(index = "2", paramLabel = "B", description = "The id of the second activity.")
  String b;

  @Mixin SimulationOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json.")
  Format format;

  @Override
  public Integer call() {
    Scenario scenario = Input.scenario(file);
    checkIds(scenario, a, b);
    Simulation simulation = options.simulation();
    SimulationResult result;
    try (ProgressDisplay progress = ProgressDisplay.onStandardError()) {
      result = simulation.run(scenario, progress);
    }
    Comparison comparison = Comparison.of(scenario, result, a, b);
    String text = format == Format.JSON ? json(comparison) : table(scenario, comparison);
    spec.commandLine().getOut().print(text);
    return 0;
  }

  /** Both ids must name activities of the scenario, and different ones. */
  static void checkIds(Scenario scenario, String a, String b) {
    List<String> ids = scenario.activities().stream().map(Activity::id).toList();
    List<Problem> problems = new ArrayList<>();
    if (scenario.activity(a).isEmpty()) {
      problems.add(Problem.at("A", Spelling.unknown("activity", a, ids)));
    }
    if (scenario.activity(b).isEmpty()) {
      problems.add(Problem.at("B", Spelling.unknown("activity", b, ids)));
    }
    if (problems.isEmpty() && a.equals(b)) {
      problems.add(
          Problem.at("B", "is activity '" + a + "' again; compare two different activities"));
    }
    InvalidModelException.throwIfAny(problems);
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
        .append(scenario.horizon())
        .append('\n');
    TextTable table =
        new TextTable("", "Activity", "By", ">At means", ">Mean", ">p10", ">p50", ">p90");
    row(table, "A", c.a(), scenario, c.leverageA(), c.result().leverage(c.a()));
    row(table, "B", c.b(), scenario, c.leverageB(), c.result().leverage(c.b()));
    out.append(table.render());
    out.append("  Ratio A/B at the PERT means: ")
        .append(Double.isFinite(c.ratio()) ? Text.figure(c.ratio()) : "undefined (B's is 0)")
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
        Text.figure(atMeans),
        Text.figure(leverage.mean()),
        Text.figure(leverage.p10()),
        Text.figure(leverage.p50()),
        Text.figure(leverage.p90()));
  }

  /** The JSON of MODEL.md §11, with added fields. */
  static String json(Comparison c) {
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
    return Json.render(root);
  }
}
