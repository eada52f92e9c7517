package dev.leverage.report;

import java.util.Optional;

/**
 * One section of the {@link Report}: a heading, and a body of HTML with its charts and tables.
 *
 * <p>Implementations must escape every piece of scenario text they put into the body with {@link
 * Html#escape}; the SVG of a chart of {@code dev.leverage.report.chart} has its text escaped
 * already. They must be deterministic: the same context gives the same HTML.
 */
public interface ReportSection {

  /** The section's anchor in the page: lowercase letters, digits and dashes. */
  String id();

  /** The section's heading. */
  String title();

  /**
   * The section's body, or empty to leave the section out when the scenario has nothing for it (no
   * portfolio, no estimates, …).
   */
  Optional<String> body(ReportContext context);
}
