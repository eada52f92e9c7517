package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.SectionNineExample;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Planner;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builders of the model's values: methods named by a plural add, {@code replace*} methods
 * replace, {@code toBuilder()} and {@code with*} copies change one thing, and a missing required
 * field is an {@link InvalidModelException} at its path.
 */
class BuildersTest {

  @Test
  void pluralMethodsAddAndReplaceMethodsReplace() {
    Manager manager =
        Manager.builder()
            .id("alice")
            .owns("checkout")
            .owns(List.of("search"))
            .influence("payments", 0.5)
            .influences(Map.of("mobile", 0.25))
            .build();
    assertThat(manager.owns()).containsExactly("checkout", "search");
    assertThat(manager.influences()).containsOnlyKeys("payments", "mobile");

    Manager changed =
        manager.toBuilder()
            .replaceOwns(List.of("web"))
            .replaceInfluences(Map.of("payments", 0.75))
            .build();
    assertThat(changed.owns()).containsExactly("web");
    assertThat(changed.influences()).containsExactly(Map.entry("payments", 0.75));
  }

  @Test
  void aMapEntryAddedAgainReplacesTheEarlierOne() {
    Manager manager =
        Manager.builder().id("alice").influence("payments", 0.5).influence("payments", 0.8).build();
    assertThat(manager.influences()).containsExactly(Map.entry("payments", 0.8));

    Coaching coaching =
        Coaching.builder()
            .coach("carol")
            .importance(Characteristic.BUSINESS, 2)
            .importance(Map.of(Characteristic.BUSINESS, 1.5, Characteristic.EMPATHY, 0.5))
            .build();
    assertThat(coaching.importance())
        .containsOnly(
            Map.entry(Characteristic.BUSINESS, 1.5), Map.entry(Characteristic.EMPATHY, 0.5));
  }

  @Test
  void toBuilderBuildsAnEqualValue() {
    Scenario scenario = SectionNineExample.scenario();
    assertThat(scenario.toBuilder().build()).isEqualTo(scenario);
    assertThat(scenario.organization().toBuilder().build()).isEqualTo(scenario.organization());
    for (Manager manager : scenario.organization().managers()) {
      assertThat(manager.toBuilder().build()).isEqualTo(manager);
    }
    for (Activity activity : WorkedExample.scenario().activities()) {
      assertThat(activity.toBuilder().build()).isEqualTo(activity);
      for (Effect effect : activity.effects()) {
        assertThat(effect.toBuilder().build()).isEqualTo(effect);
      }
    }
    assertThat(SectionNineExample.bob().toBuilder().build()).isEqualTo(SectionNineExample.bob());
    assertThat(SectionNineExample.coaching().toBuilder().build())
        .isEqualTo(SectionNineExample.coaching());
    Portfolio portfolio =
        Portfolio.builder()
            .strategy(PortfolioStrategy.FOCUS)
            .objectives(Objective.of("growth", 1))
            .products(Product.builder().id("app").pm("bob").serves("growth").build())
            .tolerance(0.2)
            .build();
    assertThat(portfolio.toBuilder().build()).isEqualTo(portfolio);
    Planner planner = Planner.builder().budget(Effort.ofHours(8)).foundationFirst(true).build();
    assertThat(planner.toBuilder().build()).isEqualTo(planner);
    Simulation simulation = Simulation.builder().seed(7).samples(100).threads(2).build();
    assertThat(simulation.toBuilder().build()).isEqualTo(simulation);
  }

  @Test
  void aCopyChangesOnlyWhatItNames() {
    Scenario scenario = WorkedExample.scenario();
    Organization organization = scenario.organization();

    Organization faster = organization.withTeam(Team.of("checkout", 120));
    assertThat(faster.teams()).hasSize(organization.teams().size());
    assertThat(faster.team("checkout").orElseThrow().output()).isEqualTo(120);
    assertThat(organization.withTeam(Team.of("mobile", 10)).teamIds()).endsWith("mobile");

    Activity longer =
        scenario.activity("groom-backlog").orElseThrow().toBuilder()
            .time(Effort.ofHours(4))
            .build();
    Scenario changed = scenario.withActivity(longer).withHorizon(CalendarTime.ofWeeks(6));
    assertThat(changed.activities())
        .extracting(Activity::id)
        .containsExactly("write-vision", "groom-backlog");
    assertThat(changed.activity("groom-backlog").orElseThrow().hours()).isEqualTo(4);
    assertThat(changed.horizon()).isEqualTo(CalendarTime.ofWeeks(6));
    assertThat(changed.organization()).isEqualTo(organization);

    Manager alice = organization.manager("alice").orElseThrow();
    assertThat(alice.withBudget(Effort.ofHours(20)).budget()).contains(Effort.ofHours(20));
    assertThat(alice.withBudget(Effort.ofHours(20)).toBuilder().clearBudget().build().budget())
        .isEmpty();
  }

  @Test
  void missingRequiredFieldsAreReportedTogetherAtTheirPaths() {
    assertThatThrownBy(() -> Activity.builder().build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("id", "by", "time"));
    assertThatThrownBy(() -> Effect.builder().uplift(0.1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("team: is required, but was not set; set it with team(String)");
    assertThatThrownBy(() -> Simulation.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("seed: is required, but was not set; set it with seed(long)");
  }

  @Test
  void aBuilderCanBuildMoreThanOnceAndKeepsNoLinkToItsValues() {
    Manager.Builder builder = Manager.builder().id("alice").owns("checkout");
    Manager first = builder.build();
    builder.owns("search");
    assertThat(first.owns()).containsExactly("checkout");
    assertThat(builder.build().owns()).containsExactly("checkout", "search");
  }

  @Test
  void valuesPrintTheirDurationsWithUnits() {
    Scenario scenario = WorkedExample.scenario();
    assertThat(scenario.activities().get(0).toString()).contains("time=6h");
    assertThat(scenario.toString()).contains("horizon=12w");
    Activity uncertain =
        scenario.activities().get(1).toBuilder()
            .time(Effort.ofHours(1), Effort.ofMinutes(90), Effort.ofHours(4))
            .build();
    assertThat(uncertain.toString()).contains("time={low: 1h, likely: 1h30m, high: 4h}");
    assertThat(SectionNineExample.coaching().toString()).contains("hoursPerLevel=6h");
  }
}
