package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.unit.Effort;
import org.junit.jupiter.api.Test;

/** The "Using the library" snippet of README.md, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void theReadmeSnippetGivesTheFiguresItStates() {
    Organization organization =
        Organization.builder()
            .teams(Team.of("checkout", 100), Team.of("payments", 80))
            .managers(
                Manager.builder().id("alice").owns("checkout").influence("payments", 0.5).build())
            .build();
    Scenario scenario =
        Scenario.builder()
            .organization(organization)
            .activities(
                Activity.builder()
                    .id("write-vision")
                    .by("alice")
                    .kind(ActivityKind.FOUNDATION)
                    .time(Effort.ofHours(6))
                    .effects(Effect.on("checkout", 0.10), Effect.on("payments", 0.05))
                    .build())
            .build();

    assertThat(organization.outputPerWeek("alice")).isEqualTo(140.0);
    Ranking ranking = Ranking.of(scenario, ScoringStrategy.leverage());
    assertThat(ranking.first().orElseThrow().output().leverage()).isCloseTo(24.0, within(1e-9));
  }
}
