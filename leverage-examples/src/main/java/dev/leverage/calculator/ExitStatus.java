package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a run ends (MODEL.md §10): 0 success; 2 bad input, with every problem on standard error (the
 * first {@value #PROBLEMS_SHOWN}, then how many more) and never a stack trace; 1 a defect of the
 * calculator, one line saying so and how to report it, with the stack trace only under {@code
 * --debug}. Every echoed value has its control characters escaped.
 */
final class ExitStatus {
  static final int SUCCESS = 0;
  static final int DEFECT = 1;
  static final int BAD_INPUT = 2;

  /** How many problems are listed; the rest are counted. */
  static final int PROBLEMS_SHOWN = 100;

  private ExitStatus() {}

  /** Reports what a command threw: bad input (2) or a defect of the calculator (1). */
  static int afterExecution(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof Input.BadInput bad) {
      return badInput(err, name(command), bad.source(), bad.problems());
    }
    if (e instanceof InvalidModelException invalid) {
      return badInput(err, name(command), null, invalid);
    }
    return defect(err, name(command), e, debug(parsed));
  }

  /**
   * Reports a command line that cannot be read: the mistake, a suggestion when one is close, and
   * where to find the command's help; never the whole help.
   */
  static int afterParsing(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    if (e.getCause() instanceof InvalidModelException invalid) {
      return badInput(err, name(command), null, invalid.under(argumentName(e.getArgSpec())));
    }
    if (e.getCause() instanceof RuntimeException failure
        && !(failure instanceof CommandLine.TypeConversionException)) {
      return defect(err, name(command), failure, List.of(args).contains("--debug"));
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      err.println(name(command) + ": " + Text.escape(unmatched(unmatched)));
      suggest(unmatched, err);
    } else {
      err.println(name(command) + ": " + Text.escape(e.getMessage()));
    }
    err.println("See '" + name(command) + " --help'.");
    err.flush();
    return BAD_INPUT;
  }

  /**
   * {@code unknown option '--fromat'}, {@code unknown command 'scor'}, or, when neither, the extra
   * arguments.
   */
  private static String unmatched(UnmatchedArgumentException e) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    List<String> parts = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (String argument : e.getUnmatched()) {
      if (resemblesOption(argument)) {
        parts.add("unknown option '" + argument + "'");
      } else if (parts.isEmpty() && extra.isEmpty() && !spec.subcommands().isEmpty()) {
        parts.add("unknown command '" + argument + "'");
      } else {
        extra.add("'" + argument + "'");
      }
    }
    if (parts.isEmpty()) {
      parts.add(
          (extra.size() == 1 ? "unexpected argument " : "unexpected arguments ")
              + String.join(", ", extra));
    }
    return String.join("; ", parts);
  }

  /**
   * Prints picocli's suggestion for the first unmatched argument, else the option whose name is
   * closest to it.
   */
  private static void suggest(UnmatchedArgumentException e, PrintWriter err) {
    StringWriter picocli = new StringWriter();
    PrintWriter suggestions = new PrintWriter(picocli);
    UnmatchedArgumentException.printSuggestions(e, suggestions);
    suggestions.flush();
    if (!picocli.toString().isBlank()) {
      err.print(Text.escape(picocli.toString(), true));
      return;
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String first = e.getUnmatched().get(0);
    if (resemblesOption(first)) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      Spelling.closest(name, spec.optionsMap().keySet())
          .ifPresent(
              closest ->
                  err.println(
                      "Did you mean: " + spec.qualifiedName() + " " + Text.escape(closest) + "?"));
    }
  }

  private static boolean resemblesOption(String argument) {
    return argument.length() > 1 && argument.startsWith("-") && !argument.matches("-[\\d.].*");
  }

  /** Reports an error that escaped picocli, such as running out of memory: a defect. */
  static int afterError(Throwable e, String[] args, PrintWriter err) {
    return defect(err, "leverage", e, List.of(args).contains("--debug"));
  }

  private static int badInput(
      PrintWriter err, String command, String source, InvalidModelException invalid) {
    List<Problem> problems = invalid.problems();
    int count = problems.size();
    err.println(
        command
            + ": "
            + count
            + (count == 1 ? " problem" : " problems")
            + (source == null ? "" : " in " + Text.escape(source))
            + ":");
    for (Problem problem : problems.subList(0, Math.min(count, PROBLEMS_SHOWN))) {
      err.println("  " + Text.escape(problem.toString()));
    }
    if (count > PROBLEMS_SHOWN) {
      err.println("  … and " + (count - PROBLEMS_SHOWN) + " more");
    }
    err.flush();
    return BAD_INPUT;
  }

  private static int defect(PrintWriter err, String command, Throwable e, boolean debug) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    err.println(
        command
            + ": internal error, a defect of the calculator and not of your input ("
            + Text.escape(e.getClass().getName() + where)
            + (e instanceof OutOfMemoryError ? ", out of memory" : "")
            + "); please report it with the command, its input files and "
            + (debug ? "the stack trace below" : "what the same command prints with --debug"));
    if (debug) {
      StringWriter stackTrace = new StringWriter();
      e.printStackTrace(new PrintWriter(stackTrace));
      err.print(Text.escape(stackTrace.toString(), true));
    }
    err.flush();
    return DEFECT;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static String name(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }

  private static String argumentName(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      return option.longestName();
    }
    return argument == null ? "" : argument.paramLabel();
  }
}
