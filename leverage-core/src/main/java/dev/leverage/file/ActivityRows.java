package dev.leverage.file;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Commitment;
import dev.leverage.file.CsvColumns.Column;
import dev.leverage.file.CsvColumns.Kind;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a spreadsheet's CSV read as activities, for {@link ActivityCsvReader}: each row's
 * cells to an activity, every problem at its {@code row 4, column 'impact'}, and problems of the
 * built scenario mapped back to the rows they came from.
 */
final class ActivityRows {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?(%?)");

  private ActivityRows() {}

  /**
   * The managers the {@code by} cells name, in order, or {@value
   * ActivityCsvReader#DEFAULT_MANAGER}.
   */
  static List<String> named(CsvColumns header, List<List<String>> rows) {
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
    return named.isEmpty() ? List.of(ActivityCsvReader.DEFAULT_MANAGER) : List.copyOf(named);
  }

  /**
   * The attribute columns read: every strict one, and every lenient one whose non-empty cells are
   * all numbers.
   */
  static List<Column> numericColumns(CsvColumns header, List<List<String>> rows) {
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

  static Optional<Activity> activity(
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
  static Problem inRows(Problem p, int first, List<Integer> rows, CsvColumns header) {
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

  static String cell(int row, Column column) {
    return "row " + row + ", " + column.label();
  }

  static String cellText(List<String> cells, Column column) {
    return column.index() < cells.size() ? cells.get(column.index()).strip() : "";
  }
}
