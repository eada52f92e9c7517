package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import org.junit.jupiter.api.Test;

class WorkedExampleTest {
  private final Scenario scenario = WorkedExample.scenario();

  @Test
  void alicesOutputRateIsHerTeamPlusTheWeightedTeamsSheInfluences() {
    assertThat(scenario.organization().outputPerWeek("alice")).isEqualTo(155.0);
  }

  @Test
  void writeVisionCreates144UnitsAt24PerHour() {
    ActivityOutput output = scenario.output(scenario.activity("write-vision").orElseThrow());
    assertThat(output.output()).isCloseTo(144.0, within(1e-9));
    assertThat(output.leverage()).isCloseTo(24.0, within(1e-9));
    assertThat(output.contributions())
        .extracting(Contribution::team, Contribution::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("checkout", 1.0),
            org.assertj.core.groups.Tuple.tuple("payments", 0.5));
    assertThat(output.contributions().get(0).output()).isCloseTo(120.0, within(1e-9));
    assertThat(output.contributions().get(1).output()).isCloseTo(24.0, within(1e-9));
  }

  @Test
  void groomBacklogCreates6UnitsAt2PerHour() {
    ActivityOutput output = scenario.output(scenario.activity("groom-backlog").orElseThrow());
    assertThat(output.output()).isCloseTo(6.0, within(1e-9));
    assertThat(output.leverage()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void leverageRanksWriteVisionFirst() {
    Ranking ranking = Ranking.of(scenario, ScoringStrategy.leverage());
    assertThat(ranking.ids()).containsExactly("write-vision", "groom-backlog");
    assertThat(ranking.entries().get(0).score().value()).isCloseTo(24.0, within(1e-9));
    assertThat(ranking.strategy()).isEqualTo("leverage");
  }
}
