package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Planner;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.unit.CalendarTime;
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
    Activity vision =
        Activity.builder()
            .id("write-vision")
            .by("alice")
            .kind(ActivityKind.FOUNDATION)
            .time(Effort.ofHours(6))
            .effects(Effect.on("checkout", 0.10), Effect.on("payments", 0.05))
            .build();
    Activity groom =
        Activity.builder()
            .id("groom-backlog")
            .by("alice")
            .kind(ActivityKind.OPTIMIZATION)
            .time(Effort.ofHours(3))
            .effects(
                Effect.builder()
                    .team("checkout")
                    .uplift(0.03)
                    .lasts(CalendarTime.ofWeeks(2))
                    .build())
            .build();
    Scenario scenario =
        Scenario.builder().organization(organization).activities(vision, groom).build();

    assertThat(organization.outputPerWeek("alice")).isEqualTo(140.0);
    Ranking ranking = Ranking.of(scenario, ScoringStrategy.leverage());
    assertThat(ranking.ids()).containsExactly("write-vision", "groom-backlog");
    assertThat(ranking.first().orElseThrow().output().leverage()).isCloseTo(24.0, within(1e-9));

    Planner planner = Planner.of(Effort.ofHours(8));
    assertThat(planner.plan(scenario, "alice").ids()).containsExactly("write-vision");

    Scenario quicker = scenario.withActivity(groom.toBuilder().time(Effort.ofHours(2)).build());
    assertThat(planner.plan(quicker, "alice").ids())
        .containsExactly("write-vision", "groom-backlog");
    assertThat(quicker.activity("groom-backlog").orElseThrow().toString())
        .startsWith("Activity{id=groom-backlog, ")
        .contains(", time=2h, ");
  }

  @Test
  void theReadmeMessagesAreTheLibrarysOwn() {
    assertThatThrownBy(() -> Team.of(null, 100))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: team id must not be null");
    assertThatThrownBy(() -> Manager.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: is required, but was not set; set it with id(String)");
    assertThatThrownBy(() -> Effect.on("checkout", -1.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("uplift: must be greater than -1");
  }
}
