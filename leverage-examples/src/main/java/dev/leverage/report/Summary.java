package dev.leverage.report;

import java.util.List;

/**
 * How the report keeps large scenarios readable and small (issue 10: 100,000 activities under 10
 * MB): its tables and charts show the first {@value #ROWS} entries of a ranking, then a line saying
 * how many more there are and which command lists them all. A scenario within the limit is shown
 * whole, as before.
 */
final class Summary {
  /** At most this many activities (or managers, PMs, coaching steps) per table or chart. */
  static final int ROWS = 50;

  /** At most this many teams are named in one manager's cell, as {@code score} does. */
  static final int TEAMS = 10;

  private Summary() {}

  /** The first {@value #ROWS} of {@code all}, or all of them. */
  static <T> List<T> first(List<T> all) {
    return all.size() <= ROWS ? all : all.subList(0, ROWS);
  }

  /** Whether {@code count} entries are more than a table shows. */
  static boolean cut(int count) {
    return count > ROWS;
  }

  /**
   * "… and 99,950 more activities (see {@code leverage score --format csv} for all)." as a
   * paragraph when {@code count} is more than {@value #ROWS}, else nothing.
   *
   * @param count how many entries there are in all
   * @param things what they are, plural ({@code activities})
   * @param command the command that lists them all
   */
  static String more(int count, String things, String command) {
    if (!cut(count)) {
      return "";
    }
    return "<p class=\"more\">… and "
        + (count - ROWS)
        + " more "
        + Html.escape(things)
        + " (see <code>"
        + Html.escape(command)
        + "</code> for all).</p>\n";
  }
}
