package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads option values in the model's units, so that a command declares {@code Effort budget} and
 * never parses text: effort ({@code 40h}, {@code 6h30m}), calendar time ({@code 12w}, {@code 10d})
 * file sizes ({@code 64MiB}) and paths.
 *
 * <p>A value that cannot be read throws {@link InvalidModelException}; the calculator reports it at
 * the option's name with exit status 2.
 */
final class Converters {
  private Converters() {}

  /** Registers every converter with {@code commandLine} and its subcommands. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Effort.class, Converters::effort);
    commandLine.registerConverter(CalendarTime.class, CalendarTime::parse);
    commandLine.registerConverter(FileSize.class, FileSize::parse);
    commandLine.registerConverter(Path.class, Converters::path);
  }

  /**
   * A path on this system.
   *
   * @throws InvalidModelException for text that cannot name a file here: empty, or with a NUL
   */
  static Path path(String text) {
    if (text.isBlank()) {
      throw InvalidModelException.of("", "is empty; give the path of a file");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw InvalidModelException.of("", "'" + text + "' cannot name a file: " + e.getReason());
    }
  }

  /**
   * Effort given on the command line, such as a budget: more than 0 hours.
   *
   * @throws InvalidModelException for calendar units, no unit, or 0 or less
   */
  static Effort effort(String text) {
    if (text.strip().startsWith("-")) {
      throw InvalidModelException.of(
          "", "must be more than 0 hours, was " + text.strip() + "; write it like 40h or 6h30m");
    }
    Effort effort;
    try {
      effort = Effort.parse(text);
    } catch (ArithmeticException e) {
      throw InvalidModelException.of(
          "", "'" + text.strip() + "' is past the largest effort supported; write a smaller one");
    }
    if (!(effort.hours() > 0)) {
      throw InvalidModelException.of(
          "", "must be more than 0 hours, was " + effort + "; write it like 40h or 6h30m");
    }
    return effort;
  }
}
