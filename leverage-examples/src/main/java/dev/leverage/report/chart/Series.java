package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A series of a {@link StackedBarChart} or {@link GroupedBarChart}: its name, printed on each of
 * its bars, and one value per category.
 *
 * @param name the series' name
 * @param values one value per category, in the categories' order
 */
public record Series(String name, List<Double> values) {
  /** Copies the values. */
  public Series {
    requireNonNull(name, "name");
    values = List.copyOf(values);
  }
}
