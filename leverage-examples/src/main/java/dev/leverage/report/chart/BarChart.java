package dev.leverage.report.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart, one bar per entry in the given order (the first on top), its value
 * printed at its end; a bar with a p10–p90 range gets a whisker with end caps, and its value label
 * moves beyond the whisker.
 *
 * <p>Immutable and thread-safe.
 */
public final class BarChart extends SpecChart {
  private final List<Bar> bars;

  private BarChart(ChartSpec spec, List<Bar> bars) {
    super(spec);
    this.bars = List.copyOf(bars);
  }

  /** A chart of {@code bars}, top to bottom. */
  public static BarChart of(ChartSpec spec, List<Bar> bars) {
    return new BarChart(spec, bars);
  }

  /**
   * One bar: its category label, its value and, when estimates were simulated, the p10–p90 range
   * drawn as a whisker.
   *
   * @param label the bar's label on the category axis
   * @param value the bar's length
   * @param p10 the low end of its whisker, if any
   * @param p90 the high end of its whisker, if any
   */
  public record Bar(String label, double value, OptionalDouble p10, OptionalDouble p90) {
    /** A bar without a whisker. */
    public static Bar of(String label, double value) {
      return new Bar(label, value, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A bar with a whisker from {@code p10} to {@code p90}. */
    public static Bar of(String label, double value, double p10, double p90) {
      return new Bar(label, value, OptionalDouble.of(p10), OptionalDouble.of(p90));
    }

    boolean hasRange() {
      return p10.isPresent() && p90.isPresent();
    }
  }

  @Override
  public String svg(int width) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      dataset.addValue(bar.value(), spec.valueAxis(), bar.label());
    }
    WhiskerBarRenderer renderer = new WhiskerBarRenderer(bars);
    renderer.setSeriesPaint(0, ChartStyle.BAR);
    ChartStyle.valueLabels(
        renderer,
        new StandardCategoryItemLabelGenerator("{2}", ChartStyle.numbers()),
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryPlot plot = ChartStyle.horizontalBars(dataset, renderer, spec);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    // Room for the value labels beyond the longest bars.
    axis.setUpperMargin(0.15);
    axis.setLowerMargin(0.15);
    return ChartStyle.svg(
        ChartStyle.chart(spec, plot), spec, width, ChartStyle.height(bars.size(), spec));
  }

  /** Draws each bar, then its p10–p90 whisker with end caps when the bar has a range. */
  private static final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<Bar> bars;

    private transient ValueAxis axis;
    private transient Rectangle2D area;

    WhiskerBarRenderer(List<Bar> bars) {
      this.bars = List.copyOf(bars);
    }

    /** Places the value label beyond the whisker's end, so that the whisker does not cross it. */
    @Override
    protected void drawItemLabel(
        Graphics2D g2,
        CategoryDataset data,
        int row,
        int column,
        CategoryPlot plot,
        CategoryItemLabelGenerator generator,
        Rectangle2D bar,
        boolean negative) {
      Bar b = bars.get(column);
      Rectangle2D at = bar;
      if (b.hasRange() && axis != null && area != null) {
        double p10 = axis.valueToJava2D(b.p10().getAsDouble(), area, plot.getRangeAxisEdge());
        double p90 = axis.valueToJava2D(b.p90().getAsDouble(), area, plot.getRangeAxisEdge());
        double left = Math.min(bar.getMinX(), Math.min(p10, p90));
        double right = Math.max(bar.getMaxX(), Math.max(p10, p90));
        at =
            negative
                ? new Rectangle2D.Double(left, bar.getY(), bar.getMaxX() - left, bar.getHeight())
                : new Rectangle2D.Double(
                    bar.getX(), bar.getY(), right - bar.getX(), bar.getHeight());
      }
      super.drawItemLabel(g2, data, row, column, plot, generator, at, negative);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
      Range range = super.findRangeBounds(dataset);
      for (Bar bar : bars) {
        if (bar.hasRange()) {
          range = Range.expandToInclude(range, bar.p10().getAsDouble());
          range = Range.expandToInclude(range, bar.p90().getAsDouble());
        }
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
      this.axis = rangeAxis;
      this.area = dataArea;
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      Bar bar = bars.get(column);
      if (pass != 0 || !bar.hasRange()) {
        return;
      }
      double w0 =
          calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double middle = w0 + state.getBarWidth() / 2;
      double cap = state.getBarWidth() / 3;
      double low =
          rangeAxis.valueToJava2D(bar.p10().getAsDouble(), dataArea, plot.getRangeAxisEdge());
      double high =
          rangeAxis.valueToJava2D(bar.p90().getAsDouble(), dataArea, plot.getRangeAxisEdge());
      g2.setPaint(ChartStyle.INK);
      g2.setStroke(new BasicStroke(1.5f));
      g2.draw(new Line2D.Double(low, middle, high, middle));
      g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
      g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
    }
  }
}
