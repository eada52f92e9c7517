package dev.leverage.report.chart;

import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Labels a bar or segment with its series' name and its value, "name: value"; none when empty. */
final class NamedValueLabels extends StandardCategoryItemLabelGenerator {
  private static final long serialVersionUID = 1L;

  NamedValueLabels() {
    super("{0}: {2}", ChartStyle.numbers());
  }

  @Override
  public String generateLabel(CategoryDataset dataset, int row, int column) {
    Number value = dataset.getValue(row, column);
    return value == null || value.doubleValue() == 0
        ? null
        : super.generateLabel(dataset, row, column);
  }
}
