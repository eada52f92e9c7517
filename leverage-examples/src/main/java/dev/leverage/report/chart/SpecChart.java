package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

/** What every kind of chart holds: its spec. */
abstract class SpecChart implements Chart {
  final ChartSpec spec;

  SpecChart(ChartSpec spec) {
    this.spec = requireNonNull(spec, "spec");
  }

  @Override
  public final ChartSpec spec() {
    return spec;
  }
}
