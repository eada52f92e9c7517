package dev.leverage.report.chart;

/** A chart of the report, ready to draw. Implementations are immutable and thread-safe. */
public interface Chart {
  /** What the chart says besides its data: its id, title and axis labels. */
  ChartSpec spec();

  /**
   * The chart drawn {@code width} SVG pixels wide, as an SVG element (role {@code img}, class
   * {@code chart}) that scales to the width of its container; the same chart and width always give
   * the same text. The element's id is the spec's id at {@link ChartStyle#WIDTH}, and the spec's id
   * followed by {@code -} and the width at any other width, so that a page can hold both.
   */
  String svg(int width);

  /** The chart drawn {@link ChartStyle#WIDTH} wide, for a screen or a printed page. */
  default String svg() {
    return svg(ChartStyle.WIDTH);
  }
}
