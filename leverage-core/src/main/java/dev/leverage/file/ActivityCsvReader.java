package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.file.CsvColumns.Column;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads activities from a spreadsheet's CSV (MODEL.md §9 "Spreadsheets"): RFC 4180, one header row,
 * one activity per row; alone, or added to a scenario.
 *
 * <p>Columns: {@code id} (required), {@code by}, {@code kind}, {@code time} (an effort such as
 * {@code 90m} or {@code 1h30m}; a bare number is hours; a column {@code hours}, as the calculator's
 * CSV output has it, is the time), {@code requires} (ids separated by {@code ;}), {@code fixed};
 * every other column whose cells are numbers is an attribute, named by its header in lower camel
 * case ({@code Job Size} is {@code jobSize}), an empty cell being a missing value. Header names are
 * matched ignoring case, spaces, {@code -} and {@code _}; {@link #withColumn(String, String)} maps
 * a column to a field or an attribute by name (a Jira export's {@code Issue key} to {@code id}).
 * Columns named {@code output} and {@code leverage} are left out: the model computes them.
 *
 * <p>Every problem is reported at once, at {@code row 4, column 'impact'}, rows numbered as a
 * spreadsheet numbers them (the header is row 1). Activities read alone are done by the managers
 * their {@code by} cells name, or by {@value #DEFAULT_MANAGER} when none is named; added to a
 * scenario, a row without {@code by} is done by the scenario's manager when it has one.
 *
 * <p>Reading needs Jackson's CSV format ({@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-csv}), an optional dependency of
 * leverage-core; without it, {@code read} throws {@link IllegalStateException} saying what to add.
 * Immutable and thread-safe.
 */
public final class ActivityCsvReader {
  /** The longest text read unless set: 64 Mi characters. */
  public static final long DEFAULT_MAX_CHARACTERS = ScenarioReader.DEFAULT_MAX_CHARACTERS;

  /** Who does the activities read alone when no row names a manager. */
  public static final String DEFAULT_MANAGER = "me";

  private final ImmutableMap<String, String> columns;
  private final long maxCharacters;

  private ActivityCsvReader(ImmutableMap<String, String> columns, long maxCharacters) {
    this.columns = columns;
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be at least 1, was " + maxCharacters);
    }
    this.maxCharacters = maxCharacters;
  }

  /** {@return a reader that matches columns by their header names} */
  public static ActivityCsvReader of() {
    return new ActivityCsvReader(ImmutableMap.of(), DEFAULT_MAX_CHARACTERS);
  }

  /**
   * Returns a copy of this reader that reads the column named {@code header} (matched ignoring
   * case, spaces, {@code -} and {@code _}) as {@code field}: one of {@code id}, {@code by}, {@code
   * kind}, {@code time}, {@code requires}, {@code fixed}, or an attribute name such as {@code
   * jobSize}, whose cells must then all be numbers.
   *
   * @param header the column's name, as the header row has it
   * @param field the field or attribute the column holds
   * @return a reader with this mapping added
   * @throws InvalidModelException if {@code field} is neither a field nor an attribute name, or
   *     {@code header} is blank or already mapped
   */
  public ActivityCsvReader withColumn(String header, String field) {
    requireNonNull(header, "header");
    requireNonNull(field, "field");
    List<Problem> problems = new ArrayList<>();
    if (header.isBlank()) {
      problems.add(Problem.at("", "the column to map has no name; name it as the header does"));
    }
    CsvColumns.checkTarget(field)
        .ifPresent(p -> problems.add(Problem.at("", "cannot map '" + header + "': " + p)));
    columns.keySet().stream()
        .filter(h -> CsvColumns.loose(h).equals(CsvColumns.loose(header)))
        .findFirst()
        .ifPresent(
            h ->
                problems.add(
                    Problem.at(
                        "",
                        "column '"
                            + header
                            + "' is mapped twice (to '"
                            + columns.get(h)
                            + "' and to '"
                            + field
                            + "'); map it once")));
    InvalidModelException.throwIfAny(problems);
    return new ActivityCsvReader(
        ImmutableMap.<String, String>builder().putAll(columns).put(header, field).build(),
        maxCharacters);
  }

  /** {@return the columns mapped by name: header as given to its field or attribute, in order} */
  public Map<String, String> columns() {
    return columns;
  }

  /** {@return the longest text, in characters, this reader reads before it gives up} */
  public long maxCharacters() {
    return maxCharacters;
  }

  /**
   * {@return a copy of this reader that reads at most {@code maxCharacters}, at least 1}
   *
   * @param maxCharacters the most characters to read, at least 1
   */
  public ActivityCsvReader withMaxCharacters(long maxCharacters) {
    return new ActivityCsvReader(columns, maxCharacters);
  }

  /**
   * Reads the activities in {@code text} alone: a scenario with no teams, whose managers are the
   * ones the {@code by} cells name (or {@value #DEFAULT_MANAGER}).
   *
   * @param text the CSV text
   * @return a scenario of these activities and their managers
   * @throws InvalidModelException with every problem, each at its row and column
   * @throws IllegalStateException if Jackson's CSV format is not on the class or module path
   */
  public Scenario read(CharSequence text) {
    return read(Optional.empty(), text);
  }

  /**
   * Reads the activities in {@code in} alone, up to its end, without closing it.
   *
   * @param in the CSV text
   * @return a scenario of these activities and their managers
   * @throws InvalidModelException with every problem, each at its row and column
   * @throws IOException if {@code in} cannot be read
   * @throws IllegalStateException if Jackson's CSV format is not on the class or module path
   */
  public Scenario read(Reader in) throws IOException {
    return read(Optional.empty(), text(in));
  }

  /**
   * Returns {@code scenario} with the activities in {@code text} added after its own.
   *
   * @param scenario the scenario to add to
   * @param text the CSV text
   * @return the scenario with the activities added
   * @throws InvalidModelException with every problem, each at its row and column
   * @throws IllegalStateException if Jackson's CSV format is not on the class or module path
   */
  public Scenario addTo(Scenario scenario, CharSequence text) {
    return read(Optional.of(requireNonNull(scenario, "scenario")), text);
  }

  /**
   * Returns {@code scenario} with the activities in {@code in} added after its own; reads {@code
   * in} up to its end, without closing it.
   *
   * @param scenario the scenario to add to
   * @param in the CSV text
   * @return the scenario with the activities added
   * @throws InvalidModelException with every problem, each at its row and column
   * @throws IOException if {@code in} cannot be read
   * @throws IllegalStateException if Jackson's CSV format is not on the class or module path
   */
  public Scenario addTo(Scenario scenario, Reader in) throws IOException {
    return read(Optional.of(requireNonNull(scenario, "scenario")), text(in));
  }

  private String text(Reader in) throws IOException {
    requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
      if (text.length() > maxCharacters) {
        throw tooLong();
      }
    }
    return text.toString();
  }

  private InvalidModelException tooLong() {
    return InvalidModelException.of(
        "",
        "the text is longer than "
            + maxCharacters
            + " characters, the most a CSV file may have here; split it or raise the limit");
  }

  private Scenario read(Optional<Scenario> base, CharSequence source) {
    requireNonNull(source, "text");
    if (source.length() > maxCharacters) {
      throw tooLong();
    }
    Jackson.requireCsv();
    String text = source.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvRows.Parsed parsed = CsvRows.parse(text);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    List<List<String>> rows = parsed.rows();
    if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
      problems.add(
          Problem.at(
              "row 1",
              "no header row: the first row names the columns, such as id,time,reach,impact"));
      throw new InvalidModelException(problems);
    }
    CsvColumns header = CsvColumns.of(rows.get(0), columns, problems);
    if (header.field("id").isEmpty()) {
      problems.add(
          Problem.at(
              "row 1",
              "no id column: name a column 'id', or map one to id (a Jira export's 'Issue key')"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    List<Column> numeric = ActivityRows.numericColumns(header, rows);
    List<String> managers =
        base.<List<String>>map(s -> List.copyOf(s.organization().managerIds()))
            .orElseGet(() -> ActivityRows.named(header, rows));
    Map<String, Integer> scenarioIds = new HashMap<>();
    base.ifPresent(
        s -> {
          for (int i = 0; i < s.activities().size(); i++) {
            scenarioIds.putIfAbsent(s.activities().get(i).id(), i);
          }
        });
    Map<String, Integer> rowOf = new HashMap<>();
    List<Activity> activities = new ArrayList<>();
    List<Integer> activityRows = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue; // an empty row, such as a spreadsheet's trailing ones
      }
      int row = r + 1;
      Column idColumn = header.field("id").orElseThrow();
      String id = ActivityRows.cellText(cells, idColumn);
      Integer sameRow = id.isEmpty() ? null : rowOf.putIfAbsent(id, row);
      Integer sameActivity = scenarioIds.get(id);
      if (sameRow != null || sameActivity != null) {
        problems.add(
            Problem.at(
                ActivityRows.cell(row, idColumn),
                "duplicate activity id '"
                    + id
                    + "', already used by "
                    + (sameActivity != null
                        ? "activities[" + sameActivity + "] of the scenario"
                        : "row " + sameRow)
                    + "; ids are unique"));
      }
      Optional<Activity> activity =
          ActivityRows.activity(row, cells, header, numeric, managers, base, problems);
      if (activity.isEmpty() || sameRow != null || sameActivity != null) {
        continue;
      }
      activities.add(activity.get());
      activityRows.add(row);
    }
    if (activities.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.at("row 2", "no activities: every row after the header is empty"));
    }
    InvalidModelException.throwIfAny(problems);
    Scenario scenario = base.orElseGet(() -> alone(managers));
    int first = scenario.activities().size();
    try {
      return scenario.toBuilder().activities(activities).build();
    } catch (InvalidModelException e) {
      List<Problem> all = new ArrayList<>();
      for (Problem p : e.problems()) {
        all.add(ActivityRows.inRows(p, first, activityRows, header));
      }
      throw new InvalidModelException(all);
    }
  }

  private static Scenario alone(List<String> managers) {
    List<Manager> list = managers.stream().map(m -> Manager.builder().id(m).build()).toList();
    return Scenario.builder().organization(Organization.builder().managers(list).build()).build();
  }
}
