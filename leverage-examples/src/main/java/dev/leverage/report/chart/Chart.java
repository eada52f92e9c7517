package dev.leverage.report.chart;

/** A chart of the report, ready to draw. Implementations are immutable and thread-safe. */
public interface Chart {
  /** What the chart says besides its data: its id, title and axis labels. */
  ChartSpec spec();

  /**
   * The chart as an SVG element (role {@code img}, class {@code chart}) that scales to the width of
   * its container; the same chart always gives the same text.
   */
  String svg();
}
