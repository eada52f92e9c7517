package dev.leverage.file;

import com.google.common.collect.ImmutableSet;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each column of an activities CSV holds (MODEL.md §9 "Spreadsheets"): a field of the
 * activity, an attribute, or nothing the model reads. Header names are matched ignoring case,
 * spaces, {@code -} and {@code _}; a mapping names a column's field or attribute outright.
 */
final class CsvColumns {
  /** The fields a column can hold, besides attributes. */
  static final ImmutableSet<String> FIELDS =
      ImmutableSet.of("id", "by", "kind", "time", "requires", "fixed");

  /**
   * The attributes the built-in strategies read: a column of one of these names is always read as
   * numbers, and a cell that is not one is reported.
   */
  static final ImmutableSet<String> KNOWN_ATTRIBUTES =
      ImmutableSet.of(
          "reach",
          "impact",
          "confidence",
          "effort",
          "ease",
          "businessValue",
          "timeCriticality",
          "riskReduction",
          "jobSize");

  /**
   * Columns the model computes, as the calculator's {@code --format csv} writes them: {@code hours}
   * is the time, {@code output} and {@code leverage} are left out.
   */
  private static final String HOURS = "hours";

  private static final ImmutableSet<String> COMPUTED = ImmutableSet.of("output", "leverage");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What one column holds. */
  enum Kind {
    /** A field of {@link #FIELDS}. */
    FIELD,
    /** An attribute whose every non-empty cell must be a number. */
    ATTRIBUTE,
    /** An attribute when every non-empty cell is a number; otherwise left out, such as a title. */
    ATTRIBUTE_IF_NUMBERS,
    /** Nothing the model reads. */
    IGNORED
  }

  /** Column {@code index} (from 0) with {@code header} as written holds {@code name}. */
  record Column(int index, String header, Kind kind, String name) {
    /** {@code column 'Job Size'}, or {@code column 3} when the header cell is empty. */
    String label() {
      return label(index, header);
    }

    static String label(int index, String header) {
      return header.isBlank() ? "column " + (index + 1) : "column '" + header.strip() + "'";
    }
  }

  private final List<Column> columns;

  private CsvColumns(List<Column> columns) {
    this.columns = columns;
  }

  List<Column> all() {
    return columns;
  }

  /** The column that holds {@code field}, if one does. */
  Optional<Column> field(String field) {
    return columns.stream()
        .filter(c -> c.kind() == Kind.FIELD && c.name().equals(field))
        .findFirst();
  }

  /** The column that holds attribute {@code name}, if one does. */
  Optional<Column> attribute(String name) {
    return columns.stream()
        .filter(
            c ->
                (c.kind() == Kind.ATTRIBUTE || c.kind() == Kind.ATTRIBUTE_IF_NUMBERS)
                    && c.name().equals(name))
        .findFirst();
  }

  /** Header names as matched: lowercase, without spaces, {@code -} and {@code _}. */
  static String loose(String header) {
    return header.strip().replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a mapping's target: a field, or an attribute name usable in formulas.
   *
   * @return the problem with it, if any
   */
  static Optional<String> checkTarget(String target) {
    if (FIELDS.contains(target) || NAME.matcher(target).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + target
            + "' is neither a field ("
            + String.join(", ", FIELDS)
            + ") nor an attribute name (a letter or '_', then letters, digits and '_', such as"
            + " jobSize)");
  }

  /**
   * Reads the header row, with {@code mapping} (header as given, matched loosely, to its field or
   * attribute), adding every problem found to {@code problems}.
   */
  static CsvColumns of(List<String> header, Map<String, String> mapping, List<Problem> problems) {
    Map<String, String> mapped = new LinkedHashMap<>();
    mapping.forEach((from, to) -> mapped.put(loose(from), to));
    Map<String, String> known = new HashMap<>();
    FIELDS.forEach(f -> known.put(loose(f), f));
    KNOWN_ATTRIBUTES.forEach(a -> known.put(loose(a), a));
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String cell = header.get(i);
      String key = loose(cell);
      String target = mapped.get(key);
      if (target != null) {
        Kind kind = FIELDS.contains(target) ? Kind.FIELD : Kind.ATTRIBUTE;
        columns.add(new Column(i, cell, kind, target));
      } else if (known.containsKey(key)) {
        String name = known.get(key);
        columns.add(new Column(i, cell, FIELDS.contains(name) ? Kind.FIELD : Kind.ATTRIBUTE, name));
      } else if (key.equals(HOURS)) {
        columns.add(new Column(i, cell, Kind.FIELD, "time"));
      } else if (COMPUTED.contains(key) || key.isEmpty()) {
        columns.add(new Column(i, cell, Kind.IGNORED, ""));
      } else {
        Optional<String> name = attributeName(cell);
        columns.add(
            new Column(
                i,
                cell,
                name.isPresent() ? Kind.ATTRIBUTE_IF_NUMBERS : Kind.IGNORED,
                name.orElse("")));
      }
    }
    for (String from : mapping.keySet()) {
      if (header.stream().noneMatch(h -> loose(h).equals(loose(from)))) {
        problems.add(
            Problem.at(
                "row 1",
                "the column mapping names '"
                    + from
                    + "', but no column has that name"
                    + Spelling.closest(from, header)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse("")
                    + " (columns: "
                    + String.join(", ", header.stream().map(String::strip).toList())
                    + ")"));
      }
    }
    return new CsvColumns(withoutClashes(columns, problems));
  }

  /**
   * Two columns that give the same field or the same strict attribute are a problem; columns read
   * only when they hold numbers are left out when their name is taken (a Jira export repeats
   * columns such as {@code Sprint}).
   */
  private static List<Column> withoutClashes(List<Column> columns, List<Problem> problems) {
    Map<String, Column> strict = new HashMap<>();
    Map<String, Integer> lenient = new HashMap<>();
    for (Column column : columns) {
      String key = column.kind() == Kind.FIELD ? "field " + column.name() : column.name();
      if (column.kind() == Kind.FIELD || column.kind() == Kind.ATTRIBUTE) {
        Column first = strict.putIfAbsent(key, column);
        if (first != null) {
          problems.add(
              Problem.at(
                  "row 1, " + column.label(),
                  "both "
                      + first.label()
                      + " and this column give "
                      + (column.kind() == Kind.FIELD ? "the " + column.name() : column.name())
                      + "; keep one, or map one to another name"));
        }
      } else if (column.kind() == Kind.ATTRIBUTE_IF_NUMBERS) {
        lenient.merge(column.name(), 1, Integer::sum);
      }
    }
    List<Column> kept = new ArrayList<>();
    for (Column column : columns) {
      boolean taken =
          column.kind() == Kind.ATTRIBUTE_IF_NUMBERS
              && (strict.containsKey(column.name()) || lenient.get(column.name()) > 1);
      kept.add(taken ? new Column(column.index(), column.header(), Kind.IGNORED, "") : column);
    }
    return kept;
  }

  /**
   * The attribute name of a header: its words in lower camel case ({@code Story Points} is {@code
   * storyPoints}, {@code RICE score} is {@code riceScore}); words are runs of ASCII letters and
   * digits.
   */
  static Optional<String> attributeName(String header) {
    String[] words = header.strip().split("[^A-Za-z0-9]+");
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      String w = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      if (name.length() == 0) {
        name.append(Character.toLowerCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        name.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      }
    }
    if (name.length() == 0) {
      return Optional.empty();
    }
    if (Character.isDigit(name.charAt(0))) {
      name.insert(0, '_');
    }
    return Optional.of(name.toString());
  }
}
