package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Commitment;
import dev.leverage.coaching.SectionNineExample;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's builder and its copies with one part changed. */
class ScenarioBuildersTest {
  private static final Organization ORGANIZATION =
      Organization.builder().teams(Team.of("t", 10)).managers(Manager.owning("m", "t")).build();

  private static Activity activity(String id, double hours) {
    return Activity.builder().id(id).by("m").time(Effort.ofHours(hours)).build();
  }

  @Test
  void theHorizonIsTwelveWeeksUnlessSet() {
    Scenario scenario = Scenario.builder().organization(ORGANIZATION).build();

    assertThat(scenario.horizon()).isEqualTo(CalendarTime.ofWeeks(12));
    assertThat(scenario.withHorizon(CalendarTime.ofWeeks(4)).horizon())
        .isEqualTo(CalendarTime.ofWeeks(4));
  }

  @Test
  void withActivityReplacesTheActivityOfThatIdWhereverItIsAndAppendsANewOne() {
    Scenario scenario =
        Scenario.builder()
            .organization(ORGANIZATION)
            .activities(activity("a", 1), activity("b", 2))
            .build();

    assertThat(scenario.withActivity(activity("a", 5)).activities())
        .containsExactly(activity("a", 5), activity("b", 2));
    assertThat(scenario.withActivity(activity("b", 5)).activities())
        .containsExactly(activity("a", 1), activity("b", 5));
    assertThat(scenario.withActivity(activity("c", 1)).activities())
        .containsExactly(activity("a", 1), activity("b", 2), activity("c", 1));
  }

  @Test
  void withOrganizationKeepsTheRest() {
    Scenario scenario =
        Scenario.builder().organization(ORGANIZATION).activities(activity("a", 1)).build();
    Organization bigger = ORGANIZATION.withTeam(Team.of("u", 5));

    Scenario changed = scenario.withOrganization(bigger);

    assertThat(changed.organization()).isEqualTo(bigger);
    assertThat(changed.activities()).isEqualTo(scenario.activities());
  }

  @Test
  void coachingAndPortfolioCanBeClearedAndProductManagersReplaced() {
    Scenario example = SectionNineExample.scenario();

    Scenario cleared = example.toBuilder().clearCoaching().clearPortfolio().build();
    assertThat(cleared.coaching()).isEmpty();
    assertThat(cleared.portfolio()).isEmpty();
    assertThat(cleared.productManagers()).isEqualTo(example.productManagers());

    Scenario none = cleared.toBuilder().replaceProductManagers(List.of()).build();
    assertThat(none.productManagers()).isEmpty();
    Scenario again = none.toBuilder().productManagers(example.productManagers()).build();
    assertThat(again.productManagers()).isEqualTo(example.productManagers());
  }

  @Test
  void aFixedActivityRequiringOneThatIsNotFixedIsRefusedAtTheRequirement() {
    Activity fixed =
        Activity.builder()
            .id("one-to-ones")
            .by("m")
            .time(Effort.ofHours(1))
            .fixed(Commitment.WEEKLY)
            .requires("prep")
            .build();

    assertThatThrownBy(
            () ->
                Scenario.builder()
                    .organization(ORGANIZATION)
                    .activities(activity("prep", 1), fixed)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("activities[1].requires[0]"));
    Activity fixedPrep = activity("prep", 1).toBuilder().fixed(Commitment.ONCE).build();
    assertThat(
            Scenario.builder()
                .organization(ORGANIZATION)
                .activities(fixedPrep, fixed)
                .build()
                .activities())
        .hasSize(2);
  }
}
