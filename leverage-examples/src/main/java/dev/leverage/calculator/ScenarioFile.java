package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.file.ActivityCsvReader;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario file a command reads (a picocli mixin): the {@code FILE} parameter, activities from
 * a spreadsheet's CSV added to it ({@code --activities}, {@code --column}) and the limit on the
 * size of each file. A {@code FILE} ending in {@code .csv} is activities alone (MODEL.md §9
 * "Spreadsheets").
 */
final class ScenarioFile {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "The scenario file (.yaml, .yml or .json), or a spreadsheet's activities alone (.csv).")
  Path file;

  @Option(
      names = "--activities",
      paramLabel = "CSV",
      description =
          "Add the activities of this CSV file (one header row: id, time, by, kind, requires,"
              + " fixed, and numbers such as reach or jobSize) to the scenario.")
  Path activities;

  @Option(
      names = "--column",
      paramLabel = "HEADER=FIELD",
      description =
          "Read the CSV column named HEADER as FIELD (id, by, kind, time, requires, fixed, or"
              + " an attribute such as jobSize), e.g. --column 'Issue key=id'. Repeatable.")
  Map<String, String> columns = new LinkedHashMap<>();

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
    boolean csv = isCsv(file);
    if (!columns.isEmpty() && !csv && activities == null) {
      throw InvalidModelException.of(
          "--column",
          "maps the columns of a CSV file, but none is read; give one as FILE or with"
              + " --activities FILE.csv");
    }
    ActivityCsvReader reader = csv || activities != null ? csvReader() : null;
    Scenario scenario =
        csv ? Input.activities(file, maxFileSize, reader, null) : Input.scenario(file, maxFileSize);
    return activities == null
        ? scenario
        : Input.activities(activities, maxFileSize, reader, scenario);
  }

  private ActivityCsvReader csvReader() {
    ActivityCsvReader reader = ActivityCsvReader.of();
    try {
      for (Map.Entry<String, String> column : columns.entrySet()) {
        reader = reader.withColumn(column.getKey(), column.getValue());
      }
    } catch (InvalidModelException e) {
      throw e.under("--column");
    }
    return reader;
  }

  private static boolean isCsv(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
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
