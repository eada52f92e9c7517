/**
 * The report's charts, drawn by JFreeChart as inline SVG through JFreeSVG: one class per kind of
 * chart ({@link dev.leverage.report.chart.BarChart}, {@link
 * dev.leverage.report.chart.StackedBarChart}, {@link dev.leverage.report.chart.GroupedBarChart},
 * {@link dev.leverage.report.chart.SegmentChart}, {@link dev.leverage.report.chart.StepChart},
 * {@link dev.leverage.report.chart.TornadoChart}), each made from a {@link
 * dev.leverage.report.chart.ChartSpec} (its id, title and axis labels) and its data, all drawn in
 * one {@link dev.leverage.report.chart.ChartStyle}.
 *
 * <p>Every chart has a title, axis labels with units and its values printed on it, so that nothing
 * is told by colour alone. Numbers are printed by {@code dev.leverage.internal.Numbers#label}.
 */
package dev.leverage.report.chart;
