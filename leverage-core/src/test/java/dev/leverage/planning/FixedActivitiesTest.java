package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.DelayedAndFixedExample;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Commitment;
import dev.leverage.organization.Manager;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed activities in the single-week plan (§7): first, their hours off the budget. */
class FixedActivitiesTest {
  private final Scenario scenario = DelayedAndFixedExample.scenario();

  @Test
  void fixedActivitiesComeFirstAndTheRestFitsTheHoursLeft() {
    // 40h: one-to-ones (5h) and review (2h) are fixed; 33h left fit all three candidates (13h).
    Plan plan = Planner.builder().build().plan(scenario, "alice");
    assertThat(plan.ids())
        .containsExactly("one-to-ones", "review", "write-vision", "hire", "groom-backlog");
    assertThat(plan.usedHours()).isEqualTo(20.0);
    assertThat(plan.output()).isEqualTo(24 + 24 + 144 + 80 + 6.0);
  }

  @Test
  void theFixedHoursComeOffABudgetThatThenBinds() {
    // 13h: 7h fixed, 6h left: write-vision (144) beats hire + groom-backlog (7h, does not fit).
    Plan plan = Planner.of(Effort.ofHours(13)).plan(scenario, "alice");
    assertThat(plan.ids()).containsExactly("one-to-ones", "review", "write-vision");
    assertThat(plan.unusedHours()).isEqualTo(0.0);
    assertThat(plan.leftOut()).extracting(LeftOut::id).contains("hire", "groom-backlog");
    assertThat(plan.exact()).isTrue();
  }

  @Test
  void aFixedActivityIsPlannedEvenWhenItsOutputIsNegative() {
    Scenario harmful =
        scenario.toBuilder()
            .replaceActivities(
                scenario.activities().stream()
                    .map(
                        a ->
                            a.id().equals("review")
                                ? a.toBuilder()
                                    .replaceEffects(
                                        List.of(dev.leverage.activity.Effect.on("payments", -0.05)))
                                    .build()
                                : a)
                    .toList())
            .build();
    assertThat(Planner.builder().build().plan(harmful, "alice").ids()).contains("review");
  }

  @Test
  void fixedHoursAboveTheManagersBudgetNameThatBudget() {
    Scenario tight =
        scenario.withOrganization(
            scenario.organization().toBuilder()
                .replaceManagers(
                    List.of(
                        scenario.organization().manager("alice").orElseThrow().toBuilder()
                            .budget(Effort.ofHours(6))
                            .build()))
                .build());
    assertThatThrownBy(() -> Planner.builder().build().plan(tight, "alice"))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).problems())
        .asList()
        .singleElement()
        .satisfies(
            p -> {
              Problem problem = (Problem) p;
              assertThat(problem.path()).isEqualTo("managers[0].budget");
              assertThat(problem.message())
                  .contains("one-to-ones, review")
                  .contains("take 7h, more than the budget of 6h");
            });
    assertThatThrownBy(() -> Planner.of(Effort.ofHours(6)).plan(scenario, "alice"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("budget: the fixed activities");
  }

  @Test
  void aFixedActivityMayNotRequireACandidate() {
    Activity review = scenario.activity("review").orElseThrow();
    assertThatThrownBy(
            () ->
                scenario.toBuilder()
                    .replaceActivities(
                        scenario.activities().stream()
                            .map(
                                a ->
                                    a.id().equals("review")
                                        ? review.toBuilder().requires("hire").build()
                                        : a)
                            .toList())
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("activities[4].requires[1]")
        .hasMessageContaining("fixed activity 'review' requires 'hire', which is not fixed");
  }

  @Test
  void aCandidateMayRequireAFixedActivity() {
    Scenario needing =
        scenario.toBuilder()
            .replaceActivities(
                scenario.activities().stream()
                    .map(a -> a.id().equals("hire") ? a.toBuilder().requires("review").build() : a)
                    .toList())
            .build();
    Plan plan = Planner.builder().build().plan(needing, "alice");
    assertThat(plan.ids()).contains("hire");
    assertThat(plan.activities().get(3).activity().requires()).contains("review");
  }

  @Test
  void onlyFixedActivitiesMakeAPlanOfThemAlone() {
    Scenario onlyFixed =
        scenario.toBuilder()
            .replaceActivities(scenario.activities().stream().filter(Activity::isFixed).toList())
            .build();
    Plan plan = Planner.builder().build().plan(onlyFixed, "alice");
    assertThat(plan.ids()).containsExactly("one-to-ones", "review");
    assertThat(plan.activities().get(0).activity().fixed()).contains(Commitment.WEEKLY);
  }

  @Test
  void managersWithoutABudgetGetTheDefaultWhoseProblemIsThePlanners() {
    assertThat(Planner.budgetPath(scenario, "alice", false)).isEqualTo("budget");
    assertThat(Planner.budgetPath(scenario, "alice", true)).isEqualTo("managers[0].budget");
    assertThat(Manager.builder().id("x").build().budget()).isEmpty();
  }
}
