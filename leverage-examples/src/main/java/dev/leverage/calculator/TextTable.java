package dev.leverage.calculator;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row, aligned columns, numbers right-aligned. Control characters in
 * cells are escaped.
 */
final class TextTable {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with {@code columns}; a column whose name starts with '>' is right-aligned. */
  TextTable(String... columns) {
    header = new ArrayList<>();
    right = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      right[i] = columns[i].startsWith(">");
      header.add(right[i] ? columns[i].substring(1) : columns[i]);
    }
  }

  /** Adds a row of cells, one per column. */
  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (String cell : cells) {
      row.add(Text.escape(cell));
    }
    rows.add(row);
    return this;
  }

  /** Adds a line that spans the table (a detail under the previous row). */
  TextTable detail(String text) {
    List<String> line = new ArrayList<>();
    line.add(Text.escape(text));
    rows.add(line);
    return this;
  }

  /** The table, indented by two spaces, one line per row. */
  String render() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
    }
    for (List<String> row : rows) {
      if (row.size() == width.length) {
        for (int i = 0; i < width.length; i++) {
          width[i] = Math.max(width[i], row.get(i).length());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    for (List<String> row : rows) {
      if (row.size() == width.length) {
        line(out, row, width);
      } else {
        out.append("      ").append(row.get(0)).append('\n');
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean last = i == cells.size() - 1;
      // A left-aligned last cell needs no padding: one very wide cell must not widen every line.
      String pad = last && !right[i] ? "" : " ".repeat(width[i] - cell.length());
      line.append(right[i] ? pad + cell : cell + pad);
      if (!last) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
