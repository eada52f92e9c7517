package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

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
public final class StackedBarChart implements Chart {
  private final ChartSpec spec;
  private final List<String> categories;
  private final List<Series> series;

  private StackedBarChart(ChartSpec spec, List<String> categories, List<Series> series) {
    this.spec = requireNonNull(spec, "spec");
    this.categories = List.copyOf(categories);
    this.series = List.copyOf(series);
  }

  /** A bar per category, top to bottom, stacking the series in order from the axis outwards. */
  public static StackedBarChart of(ChartSpec spec, List<String> categories, List<Series> series) {
    return new StackedBarChart(spec, categories, series);
  }

  @Override
  public ChartSpec spec() {
    return spec;
  }

  @Override
  public String svg() {
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.FIRST);
    renderer.setSeriesPaint(1, ChartStyle.SECOND);
    ChartStyle.outlined(renderer, ChartStyle.BAR);
    ChartStyle.valueLabels(
        renderer,
        new NamedValueLabels(),
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
        ChartStyle.chart(spec, plot), spec.id(), ChartStyle.height(categories.size()));
  }
}
