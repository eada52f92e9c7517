package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The leverage calculator: scores, plans and explains where a manager's hours create the most
 * output.
 *
 * <p>Exit status: 0 on success, 2 on bad input (every problem printed as {@code path: message} on
 * standard error, never a stack trace), 1 on an internal error.
 */
@Command(
    name = "leverage",
    mixinStandardHelpOptions = true,
    versionProvider = Calculator.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "The managerial leverage calculator: a manager's output is their own teams' output plus"
          + " the output of the teams they influence; leverage is the output an activity creates"
          + " per hour of the manager's time.",
      "",
      "Without a command, runs a built-in example scenario."
    },
    subcommands = {
      ScoreCommand.class,
      PlanCommand.class,
      SimulateCommand.class,
      CompareCommand.class,
      StrategiesCommand.class,
      CoachCommand.class,
      PortfolioCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  leverage                          run the built-in example",
      "  leverage --example week --print   print the example's scenario file, to start your own",
      "  leverage score my-week.yaml       rank activities by leverage",
      "  leverage score my-week.yaml --format json",
      "  leverage plan my-week.yaml        the best use of the manager's budget",
      "  leverage score my-backlog.yaml --strategy rice",
      "  leverage simulate my-week.yaml    how sure is the ranking, with three-point estimates",
      "  leverage compare my-week.yaml A B how likely A's leverage beats B's",
      "  leverage strategies my-backlog.yaml   where RICE, ICE, WSJF and leverage disagree",
      "  leverage coach my-team.yaml       what each PM should work on first",
      "  leverage portfolio my-team.yaml   is the portfolio aligned?",
      "  leverage report my-week.yaml -o report.html   a self-contained HTML report with charts",
      "",
      "Exit status: 0 success, 2 bad input (all problems listed), 1 internal error."
    })
public final class Calculator implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--example",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "NAME",
      description =
          "Run the built-in example NAME (default: ${DEFAULT-VALUE}); without NAME, list them.",
      defaultValue = Examples.DEFAULT)
  String example;

  @Option(
      names = "--print",
      description = "Print the example's scenario file instead of running it.")
  boolean print;

  private Calculator() {}

  /** Runs the calculator and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the calculator with {@code args}, printing to {@code System.out} and {@code System.err},
   * and returns its exit status instead of exiting: for notebooks and JShell.
   */
  public static int run(String... args) {
    return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** Runs the calculator with {@code args}, writing to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Calculator());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(Calculator::handle);
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    String source = null;
    if (e instanceof Input.BadInput bad) {
      source = bad.source();
      e = bad.problems();
    }
    if (e instanceof InvalidModelException invalid) {
      int count = invalid.problems().size();
      err.println(
          "leverage "
              + commandLine.getCommandName()
              + ": "
              + count
              + (count == 1 ? " problem" : " problems")
              + (source == null ? "" : " in " + source)
              + ":");
      for (Problem problem : invalid.problems()) {
        err.println("  " + problem);
      }
      err.flush();
      return 2;
    }
    err.println("leverage: internal error: " + e);
    e.printStackTrace(err);
    err.flush();
    return 1;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (example.isEmpty()) {
      out.print(Examples.list());
      return 0;
    }
    Examples.Example chosen = Examples.find(example);
    if (print) {
      out.print(chosen.text());
      return 0;
    }
    out.print(chosen.run());
    return 0;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Calculator.class.getPackage().getImplementationVersion();
      return new String[] {
        "leverage " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
