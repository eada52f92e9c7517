package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.organization.Manager;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.portfolio.Alignment;
import dev.leverage.portfolio.ObjectiveShare;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.simulation.Sensitivity;
import dev.leverage.simulation.SimulatedActivity;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import dev.leverage.simulation.Swing;

/**
 * Runs what every command of the calculator computes from a checked scenario (score, plan,
 * simulate, sensitivity, coach, portfolio) and asserts MODEL.md §10's law: a built scenario gives
 * finite numbers everywhere. Small enough to run on every input of a fuzz test.
 */
public final class EveryCommand {
  private EveryCommand() {}

  /** Asserts that every figure computed from {@code scenario} is finite. */
  public static void assertFinite(Scenario scenario) {
    for (Manager manager : scenario.organization().managers()) {
      assertThat(scenario.organization().outputPerWeek(manager.id())).isFinite();
    }
    for (RankedActivity ranked : Ranking.of(scenario, ScoringStrategy.leverage()).entries()) {
      assertThat(ranked.score().value()).isFinite();
      assertThat(ranked.output().output()).isFinite();
      assertThat(ranked.output().leverage()).isFinite();
    }
    for (Manager manager : scenario.organization().managers()) {
      if (scenario.activitiesOf(manager.id()).isEmpty()) {
        continue;
      }
      for (boolean foundationFirst : new boolean[] {false, true}) {
        Plan plan =
            Planner.builder()
                .foundationFirst(foundationFirst)
                .maxSearchNodes(2_000)
                .maxTableCells(2_000_000)
                .build()
                .plan(scenario, manager.id());
        assertThat(plan.output()).isFinite();
        assertThat(plan.gap()).isFinite();
        assertThat(plan.usedHours()).isLessThanOrEqualTo(plan.budgetHours() + 1e-9);
      }
    }
    SimulationResult result =
        Simulation.builder().samples(64).seed(7).threads(1).build().run(scenario);
    for (SimulatedActivity simulated : result.activities()) {
      assertThat(simulated.output().mean()).isFinite();
      assertThat(simulated.output().min()).isFinite();
      assertThat(simulated.output().max()).isFinite();
      assertThat(simulated.leverage().mean()).isFinite();
      assertThat(simulated.leverage().min()).isFinite();
      assertThat(simulated.leverage().max()).isFinite();
      assertThat(simulated.probabilityBest()).isBetween(0.0, 1.0);
    }
    for (Activity activity : scenario.activities()) {
      for (Swing swing : Sensitivity.of(scenario, activity).swings()) {
        assertThat(swing.leverageAtLow()).isFinite();
        assertThat(swing.leverageAtHigh()).isFinite();
      }
    }
    if (scenario.coaching().isPresent()) {
      CoachingPriorities priorities = CoachingPriorities.of(scenario);
      for (RankedActivity ranked : priorities.ranking().entries()) {
        assertThat(ranked.score().value()).isFinite();
      }
    }
    if (scenario.portfolio().isPresent()) {
      Alignment alignment = scenario.portfolio().get().alignment();
      for (ObjectiveShare share : alignment.objectives()) {
        assertThat(share.investmentShare()).isBetween(0.0, 1.0 + 1e-9);
        assertThat(share.targetShare()).isBetween(0.0, 1.0 + 1e-9);
      }
    }
  }
}
