package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.planning.Planner;
import dev.leverage.report.Report;
import dev.leverage.report.ReportContext;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leverage report FILE -o report.html}: the scenario as one self-contained HTML page. */
@Command(
    name = "report",
    header = "A self-contained HTML report with charts.",
    description = {
      "Writes a self-contained HTML report of a scenario file (YAML or JSON): charts of the"
          + " managers' output per week, leverage per activity, each manager's plan and frontier,"
          + " the influence map, and of coaching and portfolio alignment when the scenario has"
          + " them, with the figures as tables. It needs no network and prints well.",
      "",
      "When estimates are uncertain, leverage bars get p10-p90 whiskers from a simulation with a"
          + " fixed seed (so the same scenario gives the same file) and a tornado chart shows"
          + " which estimates matter most."
    },
    footer = {
      "",
      "Example:",
      "  leverage report my-week.yaml -o report.html",
      "  leverage report my-week.yaml -o report.html --samples 10000 --seed 7",
      "  leverage report my-week.yaml -o report.html --weeks 13"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioFile input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "HTML",
      defaultValue = "report.html",
      converter = OutputFile.Converter.class,
      description =
          "Where to write the report (default: ${DEFAULT-VALUE}): a new file, or a regular file"
              + " replaced whole (never a link, device or directory).")
  Path output;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "" + ReportContext.DEFAULT_SAMPLES,
      description =
          "How many samples the simulation behind the whiskers draws, 1 to 1000000"
              + " (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + ReportContext.DEFAULT_SEED,
      description =
          "The seed of that simulation, any 64-bit integer (default: ${DEFAULT-VALUE}): the same"
              + " scenario, samples and seed give the same report.")
  long seed;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Also schedule N weeks (a quarter is 13; at most 520), as plan --weeks N: a chart with a"
              + " bar per week, the schedule and what doing each top activity a week later costs."
              + " 1 (the default) reports the plan of the week only.")
  int weeks;

  @Override
  public Integer call() {
    if (samples < 1 || samples > Simulation.MAX_SAMPLES) {
      throw InvalidModelException.of(
          "--samples", "must be from 1 to " + Simulation.MAX_SAMPLES + ", was " + samples);
    }
    if (weeks < 1 || weeks > Planner.MAX_WEEKS) {
      throw InvalidModelException.of(
          "--weeks",
          "must be from 1 to " + Planner.MAX_WEEKS + " (ten years of weeks), was " + weeks);
    }
    Scenario scenario = input.read();
    ReportContext context = new ReportContext(scenario, input.name(), samples, seed, weeks);
    checkMemory(context);
    Report.Page page;
    try {
      page = Report.page(context, Report.sections());
    } catch (InvalidModelException e) {
      throw PlanCommand.underWeeksOption(e);
    }
    Output.write(spec, output, page.html());
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + output
                + " ("
                + (page.sections().isEmpty() ? Report.NOTHING : String.join(", ", page.sections()))
                + "). Open it in a browser.");
    return 0;
  }

  /**
   * Refuses a report whose simulation (one thread) and plans (one manager at a time) would not fit
   * in the heap.
   */
  private static void checkMemory(ReportContext context) {
    MemoryCheck.report(
        context.uncertain() ? context.simulator() : null, context.scenario(), context.weeks());
  }
}
