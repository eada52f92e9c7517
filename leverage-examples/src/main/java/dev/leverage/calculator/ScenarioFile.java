package dev.leverage.calculator;

import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario file a command reads (a picocli mixin): the {@code FILE} parameter and the limit on
 * its size.
 */
final class ScenarioFile {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "64MiB",
      description =
          "Refuse a FILE larger than SIZE, such as 64MiB or 1GiB (default: ${DEFAULT-VALUE},"
              + " at most 1GiB).")
  FileSize maxFileSize;

  /**
   * The scenario in the file.
   *
   * @throws Input.BadInput naming the file, with every problem found in it
   */
  Scenario read() {
    return Input.scenario(file, maxFileSize);
  }

  /**
   * The scenario in the file, which must have something to score: activities, or when {@code
   * organizationAlone}, at least a team and a manager whose output can be shown.
   *
   * @throws Input.BadInput naming the file, with every problem found in it, or saying there is
   *     nothing to score
   */
  Scenario readToScore(boolean organizationAlone) {
    return Input.toScore(file, read(), organizationAlone);
  }

  /** The file's name without its directory, as a report's title shows it. */
  String name() {
    return file.getFileName().toString();
  }

  /** True when {@code other} is this very file (under any name). */
  boolean isSameFile(Path other) {
    try {
      return Files.exists(other) && Files.isSameFile(file, other);
    } catch (IOException e) {
      return false;
    }
  }
}
