package dev.leverage.report.chart;

import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Labels a bar or segment with its series' name and its value, "name: value"; a zero, none unless
 * zeros are labelled (a grouped bar of 0 is a finding worth reading; an empty segment is not).
 */
final class NamedValueLabels extends StandardCategoryItemLabelGenerator {
  private static final long serialVersionUID = 1L;
  private final boolean zeros;

  NamedValueLabels(boolean zeros) {
    super("{0}: {2}", ChartStyle.numbers());
    this.zeros = zeros;
  }

  @Override
  public String generateLabel(CategoryDataset dataset, int row, int column) {
    Number value = dataset.getValue(row, column);
    return value == null || (value.doubleValue() == 0 && !zeros)
        ? null
        : super.generateLabel(dataset, row, column);
  }
}
