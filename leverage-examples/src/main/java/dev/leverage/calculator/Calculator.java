package dev.leverage.calculator;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The leverage calculator: scores, plans and explains where a manager's hours create the most
 * output.
 *
 * <p>Exit status (MODEL.md §10): 0 on success, 2 on bad input (every problem printed as {@code
 * path: message} on standard error, never a stack trace), 1 on a defect of the calculator.
 */
@Command(
    name = "leverage",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Calculator.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "The managerial leverage calculator.",
    description = {
      "A manager's output is their own teams' output plus the output of the teams they"
          + " influence; leverage is the output an activity creates per hour of the manager's"
          + " time.",
      "",
      "Without a command, runs a built-in example scenario."
    },
    footer = {
      "",
      "Examples:",
      "  leverage                            run the built-in example",
      "  leverage --example week --print     its scenario file, to start your own",
      "  leverage score my-week.yaml         rank activities by leverage",
      "  leverage score my-week.yaml --format csv -o scores.csv",
      "  leverage plan my-week.yaml          the best use of the manager's budget",
      "  leverage score my-backlog.yaml --strategy rice",
      "  leverage simulate my-week.yaml      how sure the ranking is",
      "  leverage compare my-week.yaml A B   how likely A's leverage beats B's",
      "  leverage strategies my-backlog.yaml where RICE, ICE, WSJF, leverage disagree",
      "  leverage coach my-team.yaml         what each PM should work on first",
      "  leverage portfolio my-team.yaml     is the portfolio aligned?",
      "  leverage report my-week.yaml -o report.html",
      "",
      "Each command's --help tells more: leverage score --help.",
      "",
      "Exit status: 0 success; 2 bad input (every problem listed); 1 a defect of the",
      "calculator (run again with --debug for its stack trace, and report it)."
    })
public final class Calculator implements Callable<Integer> {
  /**
   * The commands, in the order of the help. A run builds only the ones it names (picocli reads
   * every option of a command by reflection, most of a short run's start-up); the others are
   * placeholders with the same name and summary, which is all the help and the suggestions use.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ScoreCommand.class,
          PlanCommand.class,
          SimulateCommand.class,
          CompareCommand.class,
          StrategiesCommand.class,
          CoachCommand.class,
          PortfolioCommand.class,
          ReportCommand.class,
          CommandLine.HelpCommand.class);

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

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, also print its stack trace (for a defect report).")
  boolean debug;

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

  /**
   * Runs the calculator with {@code args}, writing to {@code out} and {@code err}; control
   * characters on their way there are escaped.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    PrintWriter safeOut = new PrintWriter(new TerminalWriter(out));
    PrintWriter safeErr = new PrintWriter(new TerminalWriter(err));
    Set<String> words = new HashSet<>();
    for (String arg : args) {
      words.add(arg);
    }
    CommandLine commandLine = commandLine(safeOut, safeErr, words);
    int status;
    try {
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      status = ExitStatus.afterError(e, args, safeErr);
    }
    safeOut.flush();
    safeErr.flush();
    return status;
  }

  /** The calculator's command line with every command, printing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * The calculator's command line, printing to {@code out} and {@code err}, with the commands among
   * {@code words} built and the others as placeholders; all built when {@code words} is null.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Set<String> words) {
    CommandLine commandLine = new CommandLine(new Calculator());
    for (Class<?> type : COMMANDS) {
      Command command = type.getAnnotation(Command.class);
      if (words == null || words.contains(command.name())) {
        commandLine.addSubcommand(type);
      } else {
        commandLine.addSubcommand(command.name(), placeholder(command));
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(commandLine);
    commandLine.setExecutionExceptionHandler(ExitStatus::afterExecution);
    commandLine.setParameterExceptionHandler(ExitStatus::afterParsing);
    return commandLine;
  }

  /** A command's name and summary only: it lists the command in the help, and never runs. */
  private static CommandSpec placeholder(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name());
    spec.usageMessage().header(command.header()).description(command.description());
    return spec;
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
