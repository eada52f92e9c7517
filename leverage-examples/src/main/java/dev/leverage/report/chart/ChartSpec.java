package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

/**
 * What every chart says besides its data: the id of its SVG element, its title and the labels of
 * its axes (with units). Made with {@link #of} and the {@code with*} copies:
 *
 * <pre>{@code
 * ChartSpec.of("chart-plan")
 *     .withTitle("Recommended plan of the week")
 *     .withCategoryAxis("Manager (budget)")
 *     .withValueAxis("Hours of the manager's week")
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChartSpec {
  private final String id;
  private final String title;
  private final String categoryAxis;
  private final String valueAxis;

  private ChartSpec(String id, String title, String categoryAxis, String valueAxis) {
    this.id = requireNonNull(id, "id");
    this.title = requireNonNull(title, "title");
    this.categoryAxis = requireNonNull(categoryAxis, "categoryAxis");
    this.valueAxis = requireNonNull(valueAxis, "valueAxis");
  }

  /**
   * A chart whose SVG element has id {@code id}, unique in the page, with no title or axis labels
   * yet.
   */
  public static ChartSpec of(String id) {
    return new ChartSpec(id, "", "", "");
  }

  /** A copy with {@code title} on top of the chart. */
  public ChartSpec withTitle(String title) {
    return new ChartSpec(id, title, categoryAxis, valueAxis);
  }

  /**
   * A copy whose category axis (the bars' labels; a step chart's horizontal axis) is labelled
   * {@code label}.
   */
  public ChartSpec withCategoryAxis(String label) {
    return new ChartSpec(id, title, label, valueAxis);
  }

  /** A copy whose value axis (the bars' lengths; a step chart's vertical axis) is {@code label}. */
  public ChartSpec withValueAxis(String label) {
    return new ChartSpec(id, title, categoryAxis, label);
  }

  /** The id of the chart's SVG element. */
  public String id() {
    return id;
  }

  /** The chart's title. */
  public String title() {
    return title;
  }

  /** The label of the category axis. */
  public String categoryAxis() {
    return categoryAxis;
  }

  /** The label of the value axis. */
  public String valueAxis() {
    return valueAxis;
  }
}
