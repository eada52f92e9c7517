package dev.leverage.report.chart;

import java.util.List;

/** A chart of a value per category for each of a few series: grouped or stacked bars. */
abstract class SeriesChart extends SpecChart {
  final List<String> categories;
  final List<Series> series;

  SeriesChart(ChartSpec spec, List<String> categories, List<Series> series) {
    super(spec);
    this.categories = List.copyOf(categories);
    this.series = List.copyOf(series);
  }
}
