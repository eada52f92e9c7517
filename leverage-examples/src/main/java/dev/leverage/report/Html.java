package dev.leverage.report;

import dev.leverage.report.chart.Chart;
import dev.leverage.report.chart.ChartStyle;
import java.util.List;

/**
 * Escaping for the report's HTML, and the small building blocks of its built-in sections (tables,
 * paragraphs, figures).
 *
 * <p>A {@link ReportSection} of your own escapes every piece of scenario text it puts into its body
 * with {@link #escape}.
 */
public final class Html {
  /** A table of at most this many rows is kept whole on one printed page. */
  static final int SHORT_TABLE = 25;

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
    // The box scrolls a wide table sideways on a narrow screen, not the page; a short table is
    // kept on one printed page, with its caption.
    StringBuilder out =
        new StringBuilder(
            rows.size() <= SHORT_TABLE
                ? "<div class=\"table short\">\n<table>\n<caption>"
                : "<div class=\"table\">\n<table>\n<caption>");
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
    return out.append("</tbody>\n</table>\n</div>\n").toString();
  }

  /** A paragraph of escaped {@code text}. */
  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>\n";
  }

  /** A list of escaped {@code items}; none when there are none. */
  static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ul>\n");
    for (String item : items) {
      out.append("<li>").append(escape(item)).append("</li>\n");
    }
    return out.append("</ul>\n").toString();
  }

  /**
   * A figure of {@code chart}, drawn twice, for a wide page and for a phone (the stylesheet shows
   * one), then its caption (escaped), which says how to read it.
   */
  static String chart(Chart chart, String caption) {
    return chart(chart.svg(), chart.svg(ChartStyle.NARROW), caption);
  }

  /** A figure of a drawing made for a wide page ({@code wide}) and for a phone ({@code narrow}). */
  static String chart(String wide, String narrow, String caption) {
    return "<figure class=\"chart\">\n<div class=\"wide\">"
        + wide
        + "</div>\n<div class=\"narrow\">"
        + narrow
        + "</div>\n<figcaption>"
        + escape(caption)
        + "</figcaption>\n</figure>\n";
  }
}
