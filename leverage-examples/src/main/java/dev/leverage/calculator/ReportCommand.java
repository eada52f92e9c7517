package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.report.Report;
import dev.leverage.report.ReportContext;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage report FILE -o report.html}: the scenario as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a self-contained HTML report of a scenario file (YAML or JSON): charts of the",
      "managers' output per week, leverage per activity, each manager's plan and frontier, the",
      "influence map, and of coaching and portfolio alignment when the scenario has them, with",
      "the figures as tables. It needs no network and prints well. When estimates are",
      "uncertain, leverage bars get p10-p90 whiskers from a simulation with a fixed seed (so the",
      "same scenario gives the same file) and a tornado chart shows which estimates matter most."
    },
    footer = {
      "",
      "Example:",
      "  leverage report my-week.yaml -o report.html",
      "  leverage report my-week.yaml -o report.html --samples 10000 --seed 7"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "HTML",
      defaultValue = "report.html",
      description = "Where to write the report (default: ${DEFAULT-VALUE}); replaced if it exists.")
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

  @Override
  public Integer call() {
    if (samples < 1 || samples > Simulation.MAX_SAMPLES) {
      throw InvalidModelException.of(
          "--samples", "must be from 1 to " + Simulation.MAX_SAMPLES + ", was " + samples);
    }
    Scenario scenario = Input.scenario(file);
    Path target = output.toAbsolutePath().normalize();
    Path directory = target.getParent();
    if (Files.isDirectory(target)) {
      throw InvalidModelException.of(
          "--output", "'" + output + "' is a directory; give the path of an .html file");
    }
    if (directory == null || !Files.isDirectory(directory)) {
      throw InvalidModelException.of(
          "--output",
          "the directory of '" + output + "' does not exist; create it or choose another path");
    }
    Report.Page page =
        Report.page(
            new ReportContext(scenario, file.getFileName().toString(), samples, seed),
            Report.sections());
    write(target, page.html());
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + output
                + " ("
                + String.join(", ", page.sections())
                + "). Open it in a browser.");
    return 0;
  }

  /**
   * Writes {@code html} to a new file beside {@code target}, then moves it into place, so that
   * {@code target} is either untouched or complete.
   */
  static void write(Path target, String html) {
    Path temporary =
        target.resolveSibling(
            "." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Files.writeString(temporary, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw InvalidModelException.of(
          "--output",
          "cannot write '" + target + "': " + e.getClass().getSimpleName() + " " + e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Only left behind when the write failed and the directory refuses deletes as well.
      }
    }
  }
}
