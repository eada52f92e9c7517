package dev.leverage.calculator;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.leverage.internal.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's main table for spreadsheets: RFC 4180 CSV (written by Jackson), one header row with
 * the JSON field names, then one row per record, lines ended by CRLF. Numbers are rounded to ten
 * significant digits without trailing zeros ({@code 144}, {@code 0.0375}, {@code 7.2} for
 * 7.199999999999999; {@link Numbers#significant}), hours as decimal hours, a missing value as an
 * empty cell.
 */
final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with {@code columns}. */
  CsvTable(String... columns) {
    this(List.of(columns));
  }

  /** A table with {@code columns}. */
  CsvTable(List<String> columns) {
    header = List.copyOf(columns);
  }

  /**
   * Adds a row: one cell per column, each a {@link String}, a {@link Number}, a {@link Boolean} or
   * null for an empty cell.
   */
  CsvTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell(cell));
    }
    rows.add(row);
    return this;
  }

  private static String cell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double || cell instanceof Float) {
      double value = ((Number) cell).doubleValue();
      return Double.isFinite(value) ? Numbers.significant(value) : "";
    }
    return Text.escape(cell.toString());
  }

  /** The table as CSV text. */
  String render() {
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(out)) {
      writer.write(header);
      for (List<String> row : rows) {
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV to a string", e);
    }
    return out.toString();
  }
}
