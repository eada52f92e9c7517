package dev.leverage.report;

import static java.util.Objects.requireNonNull;

import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;

/**
 * What a report is made from: the scenario and the name of the file it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scenario the scenario to report on
 * @param source where the scenario came from, as shown in the report (a file name); any text
 */
public record ReportContext(Scenario scenario, String source) {

  /** Checks that both are given. */
  public ReportContext {
    requireNonNull(scenario, "scenario");
    requireNonNull(source, "source");
  }

  /** Returns the context of {@code scenario}, read from {@code source}. */
  public static ReportContext of(Scenario scenario, String source) {
    return new ReportContext(scenario, source);
  }

  /** The scenario's activities ranked by leverage, best first. */
  public Ranking ranking() {
    return Ranking.of(scenario, ScoringStrategy.leverage());
  }
}
