package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The help: a one-line summary per command that fits, and the same options on every command. */
class UsageHelpTest {

  private static List<String> commandNames() {
    return List.of(Calculator.class.getAnnotation(Command.class).subcommands()).stream()
        .map(c -> c.getAnnotation(Command.class).name())
        .filter(name -> !name.equals("help"))
        .toList();
  }

  @Test
  void theCommandListGivesEachCommandOneWholeLine() {
    String help = CalculatorRun.of("--help").out();
    List<String> lines = help.lines().toList();
    int start = lines.indexOf("Commands:");

    assertThat(start).isPositive();
    for (String name : commandNames()) {
      String line =
          lines.stream().filter(l -> l.startsWith("  " + name + " ")).findFirst().orElseThrow();
      int index = lines.indexOf(line);
      assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
      assertThat(line.strip()).as(line).endsWith(".");
      assertThat(lines.get(index + 1)).as("the line after " + name).matches("  [a-z]+ .*");
    }
  }

  @Test
  void everyLineOfTheTopLevelHelpFitsEightyColumns() {
    assertThat(CalculatorRun.of("--help").out().lines()).allMatch(l -> l.length() <= 80);
  }

  @Test
  void everyCommandTakesHelpVersionAndDebugAndEveryResultTakesCsvAndOutput() {
    for (String name : commandNames()) {
      CalculatorRun help = CalculatorRun.of(name, "--help");
      assertThat(help.status()).as(name).isZero();
      assertThat(help.out()).as(name).contains("--help", "--version", "--debug", "FILE");
      assertThat(help.out()).as(name).contains("--max-file-size", "-o, --output");
      if (!name.equals("report")) {
        assertThat(help.out()).as(name).contains("--format=FORMAT", "csv");
      }
    }
    assertThat(CalculatorRun.of("plan", "--version").out()).startsWith("leverage ");
  }
}
