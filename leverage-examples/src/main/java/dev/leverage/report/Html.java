package dev.leverage.report;

import java.util.List;

/**
 * Escaping for the report's HTML, and the small building blocks of its built-in sections (tables,
 * paragraphs, figures).
 *
 * <p>A {@link ReportSection} of your own escapes every piece of scenario text it puts into its body
 * with {@link #escape}.
 */
public final class Html {
  private Html() {}

  /** Returns {@code text} safe to place in HTML or SVG text and in quoted attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A table with a caption; a column whose header starts with '&gt;' holds numbers and is
   * right-aligned. Every header and cell is escaped.
   */
  static String table(String caption, List<String> columns, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<table>\n<caption>");
    out.append(escape(caption)).append("</caption>\n<thead><tr>");
    boolean[] numeric = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      numeric[i] = column.startsWith(">");
      out.append(numeric[i] ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
          .append(escape(numeric[i] ? column.substring(1) : column))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "expected " + columns.size() + " cells, got " + row.size());
      }
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(numeric[i] ? "<td class=\"num\">" : "<td>")
            .append(escape(row.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /** A paragraph of escaped {@code text}. */
  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>\n";
  }

  /** A figure: the chart's SVG, then its caption (escaped), which says how to read it. */
  static String chart(String svg, String caption) {
    return "<figure class=\"chart\">\n"
        + svg
        + "\n<figcaption>"
        + escape(caption)
        + "</figcaption>\n</figure>\n";
  }
}
