package dev.leverage.report.chart;

import java.util.List;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal grouped bar chart: for each category one bar per series (at most two), each labelled
 * with its series' name and value, so the bars read without a legend.
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupedBarChart extends SeriesChart {
  private GroupedBarChart(ChartSpec spec, List<String> categories, List<Series> series) {
    super(spec, categories, series);
  }

  /** A group of bars per category, top to bottom, one bar per series in order. */
  public static GroupedBarChart of(ChartSpec spec, List<String> categories, List<Series> series) {
    return new GroupedBarChart(spec, categories, series);
  }

  @Override
  public String svg(int width) {
    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.FIRST);
    renderer.setSeriesPaint(1, ChartStyle.BAR);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(ChartStyle.BAR);
    ChartStyle.valueLabels(
        renderer,
        new NamedValueLabels(true),
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryPlot plot =
        ChartStyle.horizontalBars(ChartStyle.dataset(categories, series), renderer, spec);
    renderer.setMaximumBarWidth(1.0);
    renderer.setItemMargin(0.1);
    plot.getRangeAxis().setUpperMargin(0.25);
    return ChartStyle.svg(
        ChartStyle.chart(spec, plot),
        spec,
        width,
        ChartStyle.height(categories.size() * series.size(), spec));
  }
}
