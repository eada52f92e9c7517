package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Commitment;
import dev.leverage.file.CsvColumns.Column;
import dev.leverage.file.CsvColumns.Kind;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?(%?)");

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
    List<Column> numeric = numericColumns(header, rows);
    List<String> managers =
        base.<List<String>>map(s -> List.copyOf(s.organization().managerIds()))
            .orElseGet(() -> named(header, rows));
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
      String id = cellText(cells, idColumn);
      Integer sameRow = id.isEmpty() ? null : rowOf.putIfAbsent(id, row);
      Integer sameActivity = scenarioIds.get(id);
      if (sameRow != null || sameActivity != null) {
        problems.add(
            Problem.at(
                cell(row, idColumn),
                "duplicate activity id '"
                    + id
                    + "', already used by "
                    + (sameActivity != null
                        ? "activities[" + sameActivity + "] of the scenario"
                        : "row " + sameRow)
                    + "; ids are unique"));
      }
      Optional<Activity> activity = activity(row, cells, header, numeric, managers, base, problems);
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
        all.add(inRows(p, first, activityRows, header));
      }
      throw new InvalidModelException(all);
    }
  }

  private static Scenario alone(List<String> managers) {
    List<Manager> list = managers.stream().map(m -> Manager.builder().id(m).build()).toList();
    return Scenario.builder().organization(Organization.builder().managers(list).build()).build();
  }

  /** The managers the {@code by} cells name, in order, or {@value #DEFAULT_MANAGER}. */
  private static List<String> named(CsvColumns header, List<List<String>> rows) {
    Set<String> named = new LinkedHashSet<>();
    header
        .field("by")
        .ifPresent(
            by -> {
              for (int r = 1; r < rows.size(); r++) {
                String cell = cellText(rows.get(r), by);
                if (!cell.isEmpty()) {
                  named.add(cell);
                }
              }
            });
    return named.isEmpty() ? List.of(DEFAULT_MANAGER) : List.copyOf(named);
  }

  /**
   * The attribute columns read: every strict one, and every lenient one whose non-empty cells are
   * all numbers.
   */
  private static List<Column> numericColumns(CsvColumns header, List<List<String>> rows) {
    List<Column> numeric = new ArrayList<>();
    for (Column column : header.all()) {
      if (column.kind() == Kind.ATTRIBUTE) {
        numeric.add(column);
      } else if (column.kind() == Kind.ATTRIBUTE_IF_NUMBERS) {
        boolean numbers = true;
        boolean any = false;
        for (int r = 1; r < rows.size() && numbers; r++) {
          String cell = cellText(rows.get(r), column);
          any |= !cell.isEmpty();
          numbers = cell.isEmpty() || NUMBER.matcher(cell).matches();
        }
        if (numbers && any) {
          numeric.add(column);
        }
      }
    }
    return numeric;
  }

  private static Optional<Activity> activity(
      int row,
      List<String> cells,
      CsvColumns header,
      List<Column> numeric,
      List<String> managers,
      Optional<Scenario> base,
      List<Problem> problems) {
    int before = problems.size();
    if (cells.size() > header.all().size()
        && cells.subList(header.all().size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
      problems.add(
          Problem.at(
              "row " + row,
              "has "
                  + cells.size()
                  + " cells, but the header names "
                  + header.all().size()
                  + " columns; quote a cell that holds a comma (\"a, b\")"));
    }
    Column idColumn = header.field("id").orElseThrow();
    String id = cellText(cells, idColumn);
    if (id.isEmpty()) {
      problems.add(Problem.at(cell(row, idColumn), "missing id: every activity needs one"));
    }
    Optional<Column> byColumn = header.field("by");
    String by = byColumn.map(c -> cellText(cells, c)).orElse("");
    if (by.isEmpty()) {
      if (managers.size() == 1) {
        by = managers.get(0);
      } else {
        problems.add(
            Problem.at(
                byColumn.map(c -> cell(row, c)).orElse("row " + row),
                "missing by: "
                    + (base.isPresent() ? "the scenario has " : "the rows name ")
                    + managers.size()
                    + " managers, so say who does this activity (one of "
                    + String.join(", ", managers)
                    + ")"));
      }
    }
    Activity.Builder activity = Activity.builder();
    header
        .field("kind")
        .ifPresent(
            column -> {
              String kind = cellText(cells, column);
              if (!kind.isEmpty()) {
                try {
                  activity.kind(ActivityKind.parse(kind));
                } catch (InvalidModelException e) {
                  e.problems().forEach(p -> problems.add(p.under(cell(row, column))));
                }
              }
            });
    Optional<Column> timeColumn = header.field("time");
    String timeText = timeColumn.map(c -> cellText(cells, c)).orElse("");
    if (timeText.isEmpty()) {
      activity.noTime("row " + row);
    } else {
      time(row, timeText, timeColumn.get(), problems).ifPresent(activity::time);
    }
    header
        .field("requires")
        .ifPresent(
            column -> {
              for (String required : cellText(cells, column).split(";")) {
                if (!required.isBlank()) {
                  activity.requires(required.strip());
                }
              }
            });
    header
        .field("fixed")
        .filter(column -> !cellText(cells, column).isEmpty())
        .ifPresent(
            column -> {
              try {
                activity.fixed(Commitment.parse(cellText(cells, column)));
              } catch (InvalidModelException e) {
                e.problems().forEach(p -> problems.add(p.under(cell(row, column))));
              }
            });
    for (Column column : numeric) {
      String text = cellText(cells, column);
      if (text.isEmpty()) {
        continue;
      }
      number(text)
          .ifPresentOrElse(
              value -> activity.attribute(column.name(), value),
              () -> problems.add(Problem.at(cell(row, column), notANumber(text))));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(activity.id(id).by(by).build());
    } catch (InvalidModelException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.at(pathOf(row, p.path(), header), p.message()));
      }
      return Optional.empty();
    }
  }

  private static Optional<Effort> time(
      int row, String text, Column column, List<Problem> problems) {
    try {
      Matcher number = NUMBER.matcher(text);
      if (number.matches() && number.group(4).isEmpty()) {
        double hours = Double.parseDouble(text);
        if (!Double.isFinite(hours)) {
          problems.add(
              Problem.at(cell(row, column), "must be a finite number, was '" + text + "'"));
          return Optional.empty();
        }
        return Optional.of(Effort.ofHours(hours));
      }
      return Optional.of(Effort.parse(text));
    } catch (InvalidModelException e) {
      e.problems().forEach(p -> problems.add(p.under(cell(row, column))));
      return Optional.empty();
    }
  }

  /** A number as a spreadsheet writes it: {@code 3}, {@code -0.5}, {@code 1e3}, {@code 80%}. */
  private static Optional<Double> number(String text) {
    Matcher matcher = NUMBER.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    boolean percent = !matcher.group(4).isEmpty();
    double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
    value = percent ? value / 100 : value;
    return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
  }

  private static String notANumber(String text) {
    if (NUMBER.matcher(text).matches()) {
      return "must be a finite number, was '" + text + "', beyond the largest number";
    }
    if (text.matches("[-+]?[\\d.,]*\\d,\\d[\\d.,]*%?")) {
      return "not a number, was '"
          + text
          + "'; write numbers with a decimal point and no thousands separators (1234.5)";
    }
    return "not a number, was '" + text + "'";
  }

  /** Maps a problem of a built scenario back to the row and column it came from. */
  private static Problem inRows(Problem p, int first, List<Integer> rows, CsvColumns header) {
    Matcher matcher = Pattern.compile("activities\\[(\\d+)](?:\\.(.*))?").matcher(p.path());
    if (!matcher.matches()) {
      return p;
    }
    int index = Integer.parseInt(matcher.group(1));
    if (index < first) {
      return p;
    }
    int row = rows.get(index - first);
    String rest = matcher.group(2) == null ? "" : matcher.group(2);
    return Problem.at(pathOf(row, rest, header), p.message());
  }

  /** {@code row 4, column 'impact'} for the path of a value of the activity in row 4. */
  private static String pathOf(int row, String path, CsvColumns header) {
    Matcher attribute = Pattern.compile("attributes\\.([^.\\[]+).*").matcher(path);
    Optional<Column> column =
        attribute.matches()
            ? header.attribute(attribute.group(1))
            : header.field(path.replaceAll("[.\\[].*", ""));
    return column.map(c -> cell(row, c)).orElse("row " + row);
  }

  private static String cell(int row, Column column) {
    return "row " + row + ", " + column.label();
  }

  private static String cellText(List<String> cells, Column column) {
    return column.index() < cells.size() ? cells.get(column.index()).strip() : "";
  }
}
