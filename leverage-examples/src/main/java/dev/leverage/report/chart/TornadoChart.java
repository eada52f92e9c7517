package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

import dev.leverage.internal.Numbers;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A tornado chart: one horizontal bar per interval in the given order (the first on top), from its
 * value at one end to its value at the other, each end labelled "low" or "high" with its value, and
 * a dashed vertical marker at the centre value, explained under the title.
 *
 * <p>Immutable and thread-safe.
 */
public final class TornadoChart extends SpecChart {
  private final List<Interval> intervals;
  private final double centre;
  private final String centreLabel;

  private TornadoChart(
      ChartSpec spec, List<Interval> intervals, double centre, String centreLabel) {
    super(spec);
    this.intervals = List.copyOf(intervals);
    this.centre = centre;
    this.centreLabel = requireNonNull(centreLabel, "centreLabel");
  }

  /**
   * One bar: the value with one input at its low end ({@code atLow}) and at its high end ({@code
   * atHigh}).
   *
   * @param label the bar's label on the category axis
   * @param atLow the value with the input at its low end
   * @param atHigh the value with the input at its high end
   */
  public record Interval(String label, double atLow, double atHigh) {
    double min() {
      return Math.min(atLow, atHigh);
    }

    double max() {
      return Math.max(atLow, atHigh);
    }
  }

  /**
   * A bar per interval, top to bottom, around {@code centre} (the value with every input at its
   * middle), marked by a dashed line labelled {@code centreLabel}.
   */
  public static TornadoChart of(
      ChartSpec spec, List<Interval> intervals, double centre, String centreLabel) {
    return new TornadoChart(spec, intervals, centre, centreLabel);
  }

  @Override
  public String svg(int width) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Interval interval : intervals) {
      dataset.addValue(interval.max(), spec.valueAxis(), interval.label());
    }
    IntervalRenderer renderer = new IntervalRenderer(intervals, centre);
    CategoryPlot plot = ChartStyle.horizontalBars(dataset, renderer, spec);
    renderer.setMaximumBarWidth(0.5);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setAutoRangeIncludesZero(false);
    // Room for the end labels beside the widest bars.
    axis.setUpperMargin(0.3);
    axis.setLowerMargin(0.3);
    // The marker's label goes under the title, not into the plot, where it would cross a bar.
    plot.addRangeMarker(ChartStyle.dashedMarker(centre, null, 1.2f, 5f, 4f));
    JFreeChart chart = ChartStyle.chart(spec, plot);
    TextTitle key = new TextTitle("dashed line: " + centreLabel, ChartStyle.TICK);
    key.setPaint(ChartStyle.INK);
    chart.addSubtitle(key);
    return ChartStyle.svg(chart, spec, width, ChartStyle.height(intervals.size(), spec) + 20);
  }

  /** Draws each interval as a bar from its lower to its upper value, both ends labelled. */
  private static final class IntervalRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<Interval> intervals;
    private final double centre;

    IntervalRenderer(List<Interval> intervals, double centre) {
      this.intervals = intervals;
      this.centre = centre;
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
      Range range = new Range(centre, centre);
      for (Interval interval : intervals) {
        range = Range.expandToInclude(range, interval.min());
        range = Range.expandToInclude(range, interval.max());
      }
      return range;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      if (pass != 0) {
        return;
      }
      Interval interval = intervals.get(column);
      double w0 =
          calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double width = state.getBarWidth();
      double low = rangeAxis.valueToJava2D(interval.min(), dataArea, plot.getRangeAxisEdge());
      double high = rangeAxis.valueToJava2D(interval.max(), dataArea, plot.getRangeAxisEdge());
      Rectangle2D bar = new Rectangle2D.Double(low, w0, Math.max(1, high - low), width);
      g2.setPaint(ChartStyle.FIRST);
      g2.fill(bar);
      g2.setPaint(ChartStyle.INK);
      g2.setStroke(new BasicStroke(1f));
      g2.draw(bar);
      g2.setFont(ChartStyle.TICK);
      FontMetrics metrics = g2.getFontMetrics();
      double baseline = w0 + width / 2 + metrics.getAscent() / 2.0 - 1;
      boolean lowOnLeft = interval.atLow() <= interval.atHigh();
      String left = (lowOnLeft ? "low " : "high ") + Numbers.label(interval.min());
      String right = (lowOnLeft ? "high " : "low ") + Numbers.label(interval.max());
      g2.drawString(left, (float) (low - 4 - metrics.stringWidth(left)), (float) baseline);
      g2.drawString(right, (float) (high + 4), (float) baseline);
    }
  }
}
