package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.MemoryNeed;
import dev.leverage.activity.Activity;
import dev.leverage.organization.Manager;
import dev.leverage.planning.Planner;
import dev.leverage.report.ReportContext;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import dev.leverage.unit.Effort;

/**
 * Refuses, before it starts, what a command would need more memory for than the Java heap has left
 * (MODEL.md §10, §12): bad input (status 2) saying how much it needs, how much there is and what
 * lowers it, instead of an {@link OutOfMemoryError} half-way. Every command that reads a file,
 * plans or simulates checks here, from the library's own estimates ({@link
 * Planner#memoryBytes(int)}, {@link Simulation#memoryBytes(int)}).
 *
 * <p>Before refusing, the check collects garbage once and looks again: what a command read or
 * computed before (the parse of its file) is garbage that is counted as used until then.
 */
final class MemoryCheck {
  /**
   * About how many bytes of heap reading a scenario file holds at its peak, per byte of the file:
   * its text, the parsed document and the scenario built from it (measured: 22 for a 24 MB JSON
   * file of 100,000 activities, 24 for YAML; the same for a 46 MB file of a million teams).
   */
  static final long READING_BYTES_PER_BYTE = 24;

  /**
   * About how many bytes of heap the several-weeks scheduler holds per candidate-week: {@link
   * Planner#MAX_SCHEDULE_CELLS} of them are about 100 MB.
   */
  static final long SCHEDULE_BYTES_PER_CELL = 50;

  /**
   * What a report holds besides its simulation and plans, at most: the page (tables and charts are
   * summarised past {@code dev.leverage.report.Summary#ROWS} rows) and the charts being drawn.
   */
  static final long REPORT_PAGE_BYTES = 16L << 20;

  private MemoryCheck() {}

  /**
   * Checks that reading a file of {@code size} bytes, {@code name}, fits in the heap.
   *
   * @throws InvalidModelException saying how much reading it needs and how to lower it
   */
  static void reading(String name, long size) {
    check(
        READING_BYTES_PER_BYTE * size,
        "reading " + name + " (" + MemoryNeed.size(size) + ")",
        "read a smaller file (reading needs about "
            + READING_BYTES_PER_BYTE
            + " bytes of memory per byte of the file)");
  }

  /**
   * Checks that {@code simulation} of {@code scenario} fits in the heap.
   *
   * @throws InvalidModelException saying how much it needs and how to lower it: fewer threads when
   *     one thread would fit, else fewer activities
   */
  static void simulation(Simulation simulation, Scenario scenario) {
    int activities = scenario.activities().size();
    check(
        simulationBytes(simulation, scenario),
        "a simulation of "
            + activities
            + plural(activities, " activity", " activities")
            + " x "
            + simulation.samples()
            + plural(simulation.samples(), " sample", " samples")
            + " on "
            + simulation.threads()
            + plural(simulation.threads(), " thread", " threads"),
        lowerSimulation(simulation, scenario));
  }

  /** What a sure activity (every estimate a point) costs a simulation: its result, its counts. */
  static final long SURE_ACTIVITY_BYTES = 256;

  /**
   * {@link Simulation#memoryBytes(int)} of the activities with a three-point estimate, which alone
   * get histograms (about 9 KB each), and {@value #SURE_ACTIVITY_BYTES} bytes plus 40 per thread
   * for each of the others.
   */
  static long simulationBytes(Simulation simulation, Scenario scenario) {
    int uncertain = 0;
    for (Activity activity : scenario.activities()) {
      if (ReportContext.uncertain(activity)) {
        uncertain++;
      }
    }
    long sure = scenario.activities().size() - uncertain;
    return simulation.memoryBytes(uncertain)
        + sure * (SURE_ACTIVITY_BYTES + 40L * Math.max(1, simulation.threads()));
  }

  private static String lowerSimulation(Simulation simulation, Scenario scenario) {
    int activities = scenario.activities().size();
    String fewer =
        "simulate fewer activities with three-point estimates (each needs about "
            + kib(simulation.memoryBytes(activities + 1) - simulation.memoryBytes(activities))
            + ")";
    if (simulation.threads() <= 1) {
      return fewer;
    }
    long oneThread = simulationBytes(simulation.toBuilder().threads(1).build(), scenario);
    if (oneThread > 0.9 * simulationBytes(simulation, scenario)) {
      return fewer; // the threads' buffers are not what is large
    }
    return "lower --threads (with --threads 1 it needs about "
        + MemoryNeed.size(oneThread)
        + ") or "
        + fewer;
  }

  /**
   * Checks that {@code planner} planning {@code manager}'s activities in {@code scenario} fits in
   * the heap.
   *
   * @throws InvalidModelException saying how much planning needs and how to lower it
   */
  static void plan(Planner planner, Scenario scenario, String manager) {
    int candidates = scenario.activitiesOf(manager).size();
    Effort budget =
        planner
            .budget()
            .or(() -> scenario.organization().manager(manager).flatMap(Manager::budget))
            .orElse(Planner.DEFAULT_BUDGET);
    check(
        planningBytes(planner, candidates, budget),
        "planning " + candidates + plural(candidates, " activity", " activities") + " in " + budget,
        "plan fewer activities or a smaller --budget (the planner's tables grow with the budget"
            + " up to "
            + MemoryNeed.size(planner.maxTableCells() / 8 * 3)
            + "; each activity needs a few hundred bytes, and requirements among up to 8,192"
            + " activities a table of activities² bits)");
  }

  /**
   * {@link Planner#memoryBytes(int)} of a planner whose table limit is at most what a table over
   * every minute of {@code budget} takes ({@code candidates + 1,200} cells a minute, its javadoc
   * says): a week's plan is not charged for tables it can never fill.
   */
  static long planningBytes(Planner planner, int candidates, Effort budget) {
    double table = (candidates + 1_200.0) * (Math.ceil(budget.minutes()) + 1);
    long cells = table >= planner.maxTableCells() ? planner.maxTableCells() : (long) table;
    return planner.toBuilder().maxTableCells(cells).build().memoryBytes(candidates);
  }

  /**
   * Checks that {@code planner} scheduling {@code candidates} activities over {@code weeks} weeks
   * fits in the heap.
   *
   * @throws InvalidModelException saying how much the schedule needs and how to lower it
   */
  static void schedule(Planner planner, int candidates, int weeks) {
    check(
        scheduleBytes(planner, candidates, weeks),
        "scheduling "
            + candidates
            + plural(candidates, " activity", " activities")
            + " over "
            + weeks
            + plural(weeks, " week", " weeks"),
        "schedule fewer --weeks or fewer activities (each activity-week needs about "
            + SCHEDULE_BYTES_PER_CELL
            + " bytes)");
  }

  /** What scheduling {@code candidates} activities over {@code weeks} weeks holds, about. */
  static long scheduleBytes(Planner planner, int candidates, int weeks) {
    long cells = Math.min((long) candidates * weeks, Planner.MAX_SCHEDULE_CELLS);
    return planner.memoryBytes(candidates) + SCHEDULE_BYTES_PER_CELL * cells;
  }

  /**
   * Checks that a report fits in the heap: its simulation of {@code activities} activities (none
   * when {@code simulation} is null: every estimate is a point), the plan of a manager with {@code
   * mostCandidates} activities at a time (and their schedule over {@code weeks} weeks), and the
   * page.
   *
   * @throws InvalidModelException saying how much the report needs and how to lower it
   */
  static void report(Simulation simulation, Scenario scenario, int weeks) {
    int activities = scenario.activities().size();
    long simulating = simulation == null ? 0 : simulationBytes(simulation, scenario);
    long planning = 0;
    Planner planner = Planner.builder().build();
    for (Manager manager : scenario.organization().managers()) {
      int candidates = scenario.activitiesOf(manager.id()).size();
      if (candidates > 0) {
        Effort budget = manager.budget().orElse(Planner.DEFAULT_BUDGET);
        planning = Math.max(planning, planningBytes(planner, candidates, budget));
        if (weeks > 1) {
          planning = Math.max(planning, scheduleBytes(planner, candidates, weeks));
        }
      }
    }
    long bytes = simulating + planning + REPORT_PAGE_BYTES;
    check(
        bytes,
        "a report of " + activities + plural(activities, " activity", " activities"),
        "report on fewer activities"
            + (simulation == null
                ? ""
                : " (its simulation needs about "
                    + kib(
                        simulation.memoryBytes(activities + 1) - simulation.memoryBytes(activities))
                    + " per activity with three-point estimates, whatever --samples)"));
  }

  private static void check(long bytes, String what, String lower) {
    try {
      MemoryNeed.check(bytes, "", what, lower);
    } catch (InvalidModelException tooMuch) {
      // What is counted as used may be garbage (the parse of the scenario file): look again
      // once it is collected, before refusing.
      System.gc();
      MemoryNeed.check(bytes, "", what, lower);
    }
  }

  /** {@code bytes} in KiB, rounded up: {@code 9 KiB}. */
  private static String kib(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024) + " KiB";
  }

  private static String plural(long count, String one, String many) {
    return count == 1 ? one : many;
  }
}
