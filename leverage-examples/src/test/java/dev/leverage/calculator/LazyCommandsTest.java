package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run builds only the commands its arguments name, the others being placeholders (start-up time):
 * what it prints and its exit status must be those of the command line with every command.
 */
class LazyCommandsTest {
  @ParameterizedTest(name = "leverage {0}")
  @ValueSource(
      strings = {
        "--help",
        "-h",
        "-V",
        "help",
        "help score",
        "help nothing",
        "scor",
        "--bogus",
        "score --help",
        "plan --help",
        "simulate --help",
        "compare --help",
        "strategies --help",
        "coach --help",
        "portfolio --help",
        "report --help",
        "score",
        "plan --budget 2d",
        "--example",
        "--example week --print"
      })
  void aRunPrintsWhatTheCommandLineWithEveryCommandPrints(String line) {
    String[] args = line.split(" ");
    StringWriter lazyOut = new StringWriter();
    StringWriter lazyErr = new StringWriter();
    int lazy = Calculator.run(args, new PrintWriter(lazyOut), new PrintWriter(lazyErr));

    StringWriter fullOut = new StringWriter();
    StringWriter fullErr = new StringWriter();
    PrintWriter out = new PrintWriter(new TerminalWriter(new PrintWriter(fullOut)));
    PrintWriter err = new PrintWriter(new TerminalWriter(new PrintWriter(fullErr)));
    int full = Calculator.commandLine(out, err).execute(args);
    out.flush();
    err.flush();

    assertThat(lazyOut).hasToString(fullOut.toString());
    assertThat(lazyErr).hasToString(fullErr.toString());
    assertThat(lazy).isEqualTo(full);
  }

  @Test
  void everyCommandIsThereByNameWhenNoneIsBuilt() {
    PrintWriter none = new PrintWriter(new StringWriter());
    assertThat(Calculator.commandLine(none, none, Set.of()).getSubcommands().keySet())
        .containsExactlyElementsOf(Calculator.commandLine(none, none).getSubcommands().keySet())
        .contains("score", "plan", "simulate", "compare", "strategies", "coach", "portfolio")
        .contains("report", "help");
  }
}
