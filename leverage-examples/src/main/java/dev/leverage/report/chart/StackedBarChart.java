package dev.leverage.report.chart;

import java.util.List;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal stacked bar chart: one bar per category, one segment per series (at most two); each
 * segment is labelled with its series' name and value, so the segments read without a legend.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackedBarChart extends SeriesChart {
  private StackedBarChart(ChartSpec spec, List<String> categories, List<Series> series) {
    super(spec, categories, series);
  }

  /** A bar per category, top to bottom, stacking the series in order from the axis outwards. */
  public static StackedBarChart of(ChartSpec spec, List<String> categories, List<Series> series) {
    return new StackedBarChart(spec, categories, series);
  }

  @Override
  public String svg(int width) {
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.FIRST);
    renderer.setSeriesPaint(1, ChartStyle.SECOND);
    ChartStyle.outlined(renderer, ChartStyle.BAR);
    ChartStyle.valueLabels(
        renderer,
        new NamedValueLabels(false),
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    // A segment too short for its label gets it just past the segment's end instead.
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot =
        ChartStyle.horizontalBars(ChartStyle.dataset(categories, series), renderer, spec);
    // Wide bars, so that each segment's label fits inside it.
    renderer.setMaximumBarWidth(1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    plot.getRangeAxis().setUpperMargin(0.2);
    return ChartStyle.svg(
        ChartStyle.chart(spec, plot), spec, width, ChartStyle.height(categories.size(), spec));
  }
}
