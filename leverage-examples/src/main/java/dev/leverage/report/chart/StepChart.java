package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart of a step function: its points joined by horizontal-then-vertical steps, with a
 * dashed vertical marker at one value of the horizontal axis. The spec's category axis is the
 * horizontal axis, its value axis the vertical one.
 *
 * <p>Immutable and thread-safe.
 */
public final class StepChart extends SpecChart {
  private static final int HEIGHT = 340;

  private final List<Point> points;
  private final double marker;
  private final String markerLabel;

  private StepChart(ChartSpec spec, List<Point> points, double marker, String markerLabel) {
    super(spec);
    this.points = List.copyOf(points);
    this.marker = marker;
    this.markerLabel = requireNonNull(markerLabel, "markerLabel");
  }

  /**
   * A point of the step function.
   *
   * @param x its horizontal value
   * @param y its vertical value
   */
  public record Point(double x, double y) {}

  /** The step function through {@code points}, x ascending, without a marker. */
  public static StepChart of(ChartSpec spec, List<Point> points) {
    return new StepChart(spec, points, Double.NaN, "");
  }

  /** A copy with a dashed vertical marker at {@code x}, labelled {@code label}. */
  public StepChart withMarker(double x, String label) {
    return new StepChart(spec, points, x, label);
  }

  @Override
  public String svg(int width) {
    XYSeries series = new XYSeries("curve", false, true);
    for (Point point : points) {
      series.add(point.x(), point.y());
    }
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setSeriesPaint(0, ChartStyle.BAR);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setDefaultShapesVisible(false);
    NumberAxis x = ChartStyle.valueAxis(spec.categoryAxis());
    NumberAxis y = ChartStyle.valueAxis(spec.valueAxis());
    x.setLowerMargin(0);
    y.setUpperMargin(0.12);
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    if (!Double.isNaN(marker)) {
      ValueMarker line = ChartStyle.dashedMarker(marker, markerLabel, 1.5f, 6f, 4f);
      line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      line.setLabelOffset(new RectangleInsets(4, 4, 4, 6));
      plot.addDomainMarker(line);
    }
    return ChartStyle.svg(ChartStyle.chart(spec, plot), spec, width, HEIGHT);
  }
}
