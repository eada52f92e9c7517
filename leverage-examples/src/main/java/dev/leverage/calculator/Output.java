package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.scenario.Scenario;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where and how a command prints its result (a picocli mixin): {@code --format table|json|csv} and
 * {@code -o FILE}, written safely as {@link OutputFile} says.
 */
final class Output {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), json, or csv (the main table, for spreadsheets).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      converter = OutputFile.Converter.class,
      description =
          "Write the result to FILE instead of standard output: a new file, or a regular file"
              + " replaced whole (never a link, device or directory).")
  Path file;

  /**
   * Prints the result in the format asked for, or writes it to the {@code -o} file; only the chosen
   * rendering is computed, and nothing is written unless it is complete.
   *
   * @return exit status 0
   */
  int print(Supplier<String> table, Supplier<String> json, Supplier<String> csv) {
    return print(null, table, json, csv);
  }

  /**
   * Prints as {@link #print(Supplier, Supplier, Supplier)}, a table under the title of {@code
   * scenario} when it has one (MODEL.md §9).
   *
   * @return exit status 0
   */
  int print(
      Scenario scenario, Supplier<String> table, Supplier<String> json, Supplier<String> csv) {
    String text =
        switch (format) {
          case TABLE -> (scenario == null ? "" : Labels.heading(scenario)) + table.get();
          case JSON -> json.get();
          case CSV -> csv.get();
        };
    if (file == null) {
      command.commandLine().getOut().print(text);
    } else {
      write(command, file, text);
      command
          .commandLine()
          .getOut()
          .println("Wrote " + file + " (" + format.name().toLowerCase(Locale.ROOT) + ").");
    }
    return 0;
  }

  /**
   * Writes {@code text} to {@code file}, the output of {@code command}.
   *
   * @throws InvalidModelException at {@code --output} when the file is refused, is the scenario
   *     file being read, or cannot be written
   */
  static void write(CommandSpec command, Path file, String text) {
    for (CommandSpec mixin : command.mixins().values()) {
      if (mixin.userObject() instanceof ScenarioFile input && input.isSameFile(file)) {
        throw InvalidModelException.of(
            "--output", "'" + file + "' is the scenario file being read; choose another path");
      }
    }
    try {
      OutputFile.write(file, text);
    } catch (InvalidModelException e) {
      throw e.under("--output");
    }
  }
}
