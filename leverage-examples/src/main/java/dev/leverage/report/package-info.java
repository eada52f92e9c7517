/**
 * The calculator's HTML report: one self-contained page (no network, no scripts) of {@link
 * dev.leverage.report.ReportSection sections}, each with inline SVG charts and the figures behind
 * them as tables.
 *
 * <p>Charts are drawn by JFreeChart onto JFreeSVG's SVG {@code Graphics2D}; the influence map, a
 * graph rather than a chart, is drawn on the same {@code Graphics2D}. A new section is one class
 * implementing {@link dev.leverage.report.ReportSection}, added to {@link
 * dev.leverage.report.Report#sections()}.
 */
package dev.leverage.report;
