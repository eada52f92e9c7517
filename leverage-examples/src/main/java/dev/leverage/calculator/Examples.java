package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import dev.leverage.file.ScenarioReader;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.ScoringStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The built-in example scenarios, run by {@code leverage} without a command. */
final class Examples {
  static final String DEFAULT = "week";

  /** A built-in example: its scenario file and the reports its run prints. */
  record Example(
      String name,
      String title,
      String resource,
      List<Function<Scenario, String>> sections,
      String yourOwn) {

    /** An example whose own version is scored with {@code leverage score}. */
    Example(String name, String title, String resource, List<Function<Scenario, String>> sections) {
      this(
          name,
          title,
          resource,
          sections,
          "Your own week: leverage --example "
              + name
              + " --print > my-week.yaml, edit it, then leverage score my-week.yaml;\n"
              + "charts to open in a browser: leverage report my-week.yaml -o report.html.");
    }

    /** The example's scenario file. */
    String text() {
      try (InputStream in = Examples.class.getResourceAsStream("examples/" + resource)) {
        if (in == null) {
          throw new IllegalStateException("missing example resource " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The scenario, read like any file. */
    Scenario scenario() {
      return ScenarioReader.yaml().read(text());
    }

    /** The story (the file's leading comments) followed by every section. */
    String run() {
      Scenario scenario = scenario();
      StringBuilder out = new StringBuilder();
      out.append("Built-in example '").append(name).append("': ").append(title).append("\n\n");
      for (String line : text().split("\n")) {
        if (!line.startsWith("#")) {
          break;
        }
        out.append("  ").append(line.substring(1).strip()).append('\n');
      }
      out.append('\n');
      for (Function<Scenario, String> section : sections) {
        out.append(section.apply(scenario)).append('\n');
      }
      out.append(yourOwn).append('\n').append("All commands: leverage --help\n");
      return out.toString();
    }
  }

  private static final List<Example> ALL =
      List.of(
          new Example(
              "week",
              "a group product manager's week",
              "week.yaml",
              List.of(
                  scenario -> ScoreCommand.table(scenario, ScoringStrategy.leverage()),
                  PlanCommand::recommended)),
          new Example(
              "pm-lead",
              "a head of product coaching three product managers",
              "pm-lead.yaml",
              List.of(
                  scenario -> CoachCommand.table(scenario, Optional.empty()),
                  PortfolioCommand::table),
              "Your own team: leverage --example pm-lead --print > my-team.yaml, edit it, then"
                  + " leverage coach my-team.yaml and leverage portfolio my-team.yaml;\n"
                  + "charts to open in a browser: leverage report my-team.yaml -o report.html."),
          new Example(
              "backlog",
              "one backlog scored by leverage, RICE, ICE and WSJF",
              "backlog.yaml",
              List.of(
                  scenario -> ScoreCommand.table(scenario, ScoringStrategy.rice()),
                  Examples::strategies),
              "Your own backlog: leverage --example backlog --print > my-backlog.yaml, edit it,"
                  + " then leverage strategies my-backlog.yaml."));

  /** The comparison of the strategies, as {@code leverage strategies FILE} prints it. */
  private static String strategies(Scenario scenario) {
    try (Strategies strategies = Strategies.load(null)) {
      return StrategiesCommand.table(
          scenario, StrategiesCommand.compare(scenario, strategies, false, null));
    }
  }

  private Examples() {}

  /** The example called {@code name}. */
  static Example find(String name) {
    return ALL.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidModelException.of("--example", Spelling.unknown("example", name, names())));
  }

  /** The names of all examples. */
  static List<String> names() {
    return ALL.stream().map(Example::name).toList();
  }

  /** One line per example. */
  static String list() {
    StringBuilder out =
        new StringBuilder("Built-in examples (run one with leverage --example NAME):\n");
    for (Example example : ALL) {
      out.append(String.format("  %-10s %s%n", example.name(), example.title()));
    }
    return out.toString();
  }
}
