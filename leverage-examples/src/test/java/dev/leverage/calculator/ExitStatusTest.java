package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.internal.Numbers;
import dev.leverage.unit.CalendarTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Exit statuses and messages (MODEL.md §10): 2 for bad input with at most 100 problems listed, 1
 * for a defect in one line (its stack trace only with --debug), usage mistakes without the whole
 * help, and control characters escaped wherever a value is echoed.
 */
class ExitStatusTest {
  private static final String WEEK = resource("worked-example.yaml");

  @TempDir Path dir;

  @Test
  void moreThanAHundredProblemsListTheFirstHundredThenHowManyMore() throws IOException {
    StringBuilder yaml = new StringBuilder("teams:\n");
    for (int i = 0; i < 250; i++) {
      yaml.append("  - {id: t").append(i).append(", output: -1}\n");
    }
    Path file = Files.writeString(dir.resolve("many.yaml"), yaml + "managers: [{id: m}]\n");

    CalculatorRun run = CalculatorRun.of("score", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("250 problems in", "teams[99].output", "  … and 150 more\n");
    assertThat(run.err()).doesNotContain("teams[100].output");
    assertThat(run.err().lines()).hasSize(102);
  }

  /** Runs the execution handler on {@code failure} as if the command {@code args} had thrown it. */
  private static String defect(Exception failure, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        Calculator.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);
    CommandLine command = parsed.subcommand().commandSpec().commandLine();
    int status = ExitStatus.afterExecution(failure, command, parsed);
    assertThat(status).isEqualTo(1);
    return err.toString();
  }

  @Test
  void aDefectIsOneLineSayingSoAndHowToReportIt() {
    String err = defect(new IllegalStateException("boom"), "score", WEEK);

    assertThat(err.lines()).hasSize(1);
    assertThat(err)
        .startsWith(
            "leverage score: internal error, a defect of the calculator and not of your input")
        .contains("java.lang.IllegalStateException", "please report it", "--debug")
        .doesNotContain("\tat ");
  }

  @Test
  void withDebugADefectAlsoPrintsItsStackTrace() {
    String err = defect(new IllegalStateException("boom"), "score", WEEK, "--debug");

    assertThat(err.lines().findFirst().orElseThrow()).contains("the stack trace below");
    assertThat(err).contains("java.lang.IllegalStateException: boom", "\tat ");
  }

  @Test
  void anErrorThatEscapesTheCommandIsADefectToo() {
    StringWriter err = new StringWriter();

    int status =
        ExitStatus.afterError(
            new OutOfMemoryError("Java heap space"), new String[] {"score"}, new PrintWriter(err));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("internal error", "out of memory").doesNotContain("\tat ");
  }

  @Test
  void anUnknownOptionNamesTheMistakeASuggestionAndWhereHelpIs() {
    CalculatorRun run = CalculatorRun.of("score", WEEK, "--fromat", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "leverage score: unknown option '--fromat'\n"
                + "Did you mean: leverage score --format?\n"
                + "See 'leverage score --help'.\n");
  }

  @Test
  void anUnknownCommandSuggestsTheClosest() {
    CalculatorRun run = CalculatorRun.of("scor", WEEK);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("leverage: unknown command 'scor'\nDid you mean: leverage score")
        .endsWith("See 'leverage --help'.\n")
        .doesNotContain("Usage:");
  }

  @Test
  void aMissingFileOrAnExtraArgumentSaysSoWithoutTheWholeHelp() {
    CalculatorRun missing = CalculatorRun.of("plan");
    CalculatorRun extra = CalculatorRun.of("plan", WEEK, "more.yaml");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("FILE").doesNotContain("Usage:");
    assertThat(missing.err().lines()).hasSize(2);
    assertThat(extra.status()).isEqualTo(2);
    assertThat(extra.err()).contains("unexpected argument 'more.yaml'").doesNotContain("Usage:");
  }

  @Test
  void anEmptyFileNameOrAnEffortPastRangeIsBadInputInPlainWords() {
    CalculatorRun empty = CalculatorRun.of("score", "");
    CalculatorRun vast = CalculatorRun.of("plan", WEEK, "--budget", "PT300000000H");

    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).contains("FILE: is empty; give the path of a file");
    assertThat(vast.status()).isEqualTo(2);
    assertThat(vast.err()).contains("--budget: ").doesNotContain("Exception", "\tat ");
  }

  @Test
  void controlCharactersInAnEchoedFileNameAreEscaped() throws IOException {
    Path file;
    try {
      file = Files.writeString(dir.resolve("x\u001b]2;pwned\u0007.yaml"), "teams: 3\n");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return; // a file system that refuses such names cannot echo them either
    }

    CalculatorRun run = CalculatorRun.of("score", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("x\\u001b]2;pwned\\u0007.yaml")
        .doesNotContain("\u001b", "\u0007");
  }

  @Test
  void controlCharactersInAnEchoedOptionValueAreEscaped() {
    CalculatorRun run = CalculatorRun.of("plan", WEEK, "--manager", "al\u001b[2Jice\u009b");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("al\\u001b[2Jice\\u009b").doesNotContain("\u001b", "\u009b");
  }

  @Test
  void textIsEscapedOnOneLineAndTheTerminalKeepsOnlyLineBreaksAndTabs() throws IOException {
    assertThat(Text.escape("a\u001b]2;t\u0007b\nc\td\u202e\u0000\u007f"))
        .isEqualTo("a\\u001b]2;t\\u0007b\\u000ac\\u0009d\\u202e\\u0000\\u007f");
    assertThat(Text.escape("plain, ünïcode ✓")).isEqualTo("plain, ünïcode ✓");
    StringWriter out = new StringWriter();
    try (TerminalWriter terminal = new TerminalWriter(out)) {
      terminal.write("row\r\n\tcell \u001b[31mred\u001b[0m\n");
    }
    assertThat(out).hasToString("row\r\n\tcell \\u001b[31mred\\u001b[0m\n");
  }

  @Test
  void aTableEscapesItsCells() {
    String table = new TextTable("Id", ">N").row("a\u001b[2J", "1").detail("x\ny").render();

    assertThat(table).contains("a\\u001b[2J", "x\\u000ay").doesNotContain("\u001b");
  }

  @Test
  void aVastHorizonPrintsAsANumberNotAWrongInteger() {
    // The longest calendar time the library supports is a million weeks (1e307 is refused).
    CalendarTime vast = CalendarTime.ofWeeks(CalendarTime.MAX_WEEKS);

    assertThat(Text.weeks(vast)).isEqualTo("1000000w");
    assertThat(Text.weeks(CalendarTime.ofWeeks(12))).isEqualTo("12w");
    assertThat(Text.hours(1e300)).isEqualTo("1.0E300h");
    assertThat(Numbers.figure(1e300)).isEqualTo("1.0E300");
    assertThat(Numbers.brief(-1e20)).isEqualTo("-1.0E20");
  }

  @Test
  void aScenarioWithAVastHorizonNeverPrintsItAsAWrongInteger() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("vast.yaml"),
            "horizon: 1"
                + "0".repeat(307)
                + "w\nteams: [{id: t, output: 1}]\nmanagers: [{id: m, owns: [t]}]\n"
                + "activities: [{id: a, time: 1h, effects: [{team: t, uplift: 0.1, lasts: 1w}]}]\n");

    CalculatorRun run = CalculatorRun.of("score", file.toString());

    if (run.status() == 0) {
      assertThat(run.out()).contains("horizon 1.0E307w");
    } else {
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("horizon");
    }
    assertThat(run.out() + run.err()).doesNotContain(Long.toString(Long.MAX_VALUE / 7));
  }
}
