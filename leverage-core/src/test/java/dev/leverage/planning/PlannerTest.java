package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static ActivityOutput candidate(String id, double hours, double output, String... needs) {
    return candidate(id, ActivityKind.OTHER, hours, output, needs);
  }

  private static ActivityOutput candidate(
      String id, ActivityKind kind, double hours, double output, String... needs) {
    Activity activity =
        Activity.builder()
            .id(id)
            .by("m")
            .kind(kind)
            .time(Effort.ofHours(hours))
            .requires(needs)
            .build();
    return new ActivityOutput(activity, activity.hours(), output, List.of());
  }

  private static Plan plan(double budgetHours, ActivityOutput... candidates) {
    return Planner.of(Effort.ofHours(budgetHours)).plan("m", List.of(candidates));
  }

  @Test
  void alicesWeekHoldsBothActivitiesVisionFirstForAnOutputOf150() {
    Plan plan = Planner.builder().build().plan(WorkedExample.scenario(), "alice");
    assertThat(plan.ids()).containsExactly("write-vision", "groom-backlog");
    assertThat(plan.output()).isCloseTo(150.0, within(1e-9));
    assertThat(plan.foundationOutput()).isCloseTo(144.0, within(1e-9));
    assertThat(plan.budgetHours()).isEqualTo(40.0);
    assertThat(plan.usedHours()).isEqualTo(9.0);
    assertThat(plan.unusedHours()).isEqualTo(31.0);
    assertThat(plan.activities())
        .extracting(PlannedActivity::cumulativeHours)
        .containsExactly(6.0, 9.0);
    assertThat(plan.leftOut()).isEmpty();
    assertThat(plan.exact()).isTrue();
    assertThat(plan.gap()).isZero();
    assertThat(plan.manager()).isEqualTo("alice");
  }

  @Test
  void alicesFrontierGrowsAsHerActivitiesStartToFit() {
    Frontier frontier =
        Planner.builder().build().plan(WorkedExample.scenario(), "alice").frontier();
    assertThat(frontier.at(Effort.ofHours(2.75))).isZero();
    assertThat(frontier.at(Effort.ofHours(3))).isCloseTo(6.0, within(1e-9));
    assertThat(frontier.at(Effort.ofHours(6))).isCloseTo(144.0, within(1e-9));
    assertThat(frontier.at(Effort.ofHours(9))).isCloseTo(150.0, within(1e-9));
    assertThat(frontier.at(Effort.ofHours(40))).isCloseTo(150.0, within(1e-9));
    assertThat(frontier.points())
        .containsExactly(
            new Frontier.Point(0, 0),
            new Frontier.Point(3, 6),
            new Frontier.Point(6, 144),
            new Frontier.Point(9, 150),
            new Frontier.Point(40, 150));
  }

  @Test
  void twoFiveHourActivitiesWorth40BeatOneSixHourActivityWorth60InTenHours() {
    Plan plan =
        plan(10, candidate("big", 6, 60), candidate("small-1", 5, 40), candidate("small-2", 5, 40));
    assertThat(plan.ids()).containsExactlyInAnyOrder("small-1", "small-2");
    assertThat(plan.output()).isEqualTo(80.0);
    assertThat(plan.unusedHours()).isZero();
    assertThat(plan.leftOut())
        .singleElement()
        .satisfies(
            left -> {
              assertThat(left.id()).isEqualTo("big");
              assertThat(left.reason()).isEqualTo(LeftOut.Reason.WORTH_LESS);
              assertThat(left.explanation())
                  .isEqualTo(
                      "needs 6h for 60 but 0m are left, and the planned activities are worth more in"
                          + " that time");
            });
  }

  @Test
  void theManagersBudgetIsTheDefaultAndFortyHoursWithoutOne() {
    Scenario scenario = WorkedExample.scenario();
    Organization organization =
        scenario.organization().toBuilder()
            .replaceManagers(
                List.of(
                    scenario.organization().manager("alice").orElseThrow().toBuilder()
                        .budget(Effort.ofHours(7))
                        .build()))
            .build();
    Scenario tight = scenario.toBuilder().organization(organization).build();
    assertThat(Planner.builder().build().plan(tight, "alice").ids())
        .containsExactly("write-vision");
    assertThat(Planner.of(Effort.ofHours(4)).plan(tight, "alice").ids())
        .containsExactly("groom-backlog");
    assertThat(Planner.builder().build().plan("m", List.of(candidate("a", 1, 1))).budgetHours())
        .isEqualTo(40.0);
  }

  @Test
  void aNegativeActivityIsPlannedOnlyWhenWhatNeedsItIsWorthMore() {
    ActivityOutput setup = candidate("setup", 1, -10);
    assertThat(plan(10, setup, candidate("launch", 2, 25, "setup")).ids())
        .containsExactly("setup", "launch");
    Plan notWorthIt = plan(10, setup, candidate("launch", 2, 10, "setup"));
    assertThat(notWorthIt.ids()).isEmpty();
    assertThat(notWorthIt.leftOut())
        .extracting(LeftOut::id, LeftOut::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("launch", LeftOut.Reason.REQUIREMENT_LEFT_OUT),
            org.assertj.core.groups.Tuple.tuple("setup", LeftOut.Reason.WORTH_LESS));
    assertThat(notWorthIt.leftOut().get(1).explanation())
        .isEqualTo("its output is -10, so planning it would not raise the plan's output");
  }

  @Test
  void anActivityLongerThanTheBudgetWithItsRequirementsDoesNotFit() {
    Plan plan = plan(4, candidate("prepare", 3, 5), candidate("deliver", 2, 50, "prepare"));
    assertThat(plan.ids()).containsExactly("prepare");
    assertThat(plan.leftOut())
        .singleElement()
        .satisfies(
            left -> {
              assertThat(left.reason()).isEqualTo(LeftOut.Reason.DOES_NOT_FIT);
              assertThat(left.reason().label()).isEqualTo("does not fit");
              assertThat(left.explanation())
                  .isEqualTo("takes 5h with its requirements, more than the 4h budget");
            });
  }

  @Test
  void foundationFirstSecuresTheVisionBeforeTheBacklog() {
    ActivityOutput vision = candidate("vision", ActivityKind.FOUNDATION, 6, 30);
    ActivityOutput backlog = candidate("backlog", ActivityKind.OPTIMIZATION, 6, 90);
    assertThat(plan(8, vision, backlog).ids()).containsExactly("backlog");
    Plan plan =
        Planner.builder()
            .budget(Effort.ofHours(8))
            .foundationFirst(true)
            .build()
            .plan("m", List.of(vision, backlog));
    assertThat(plan.ids()).containsExactly("vision");
    assertThat(plan.foundationFirst()).isTrue();
    assertThat(plan.leftOut().get(0).explanation()).endsWith("foundation work comes first");
  }

  @Test
  void aRequirementComesFirstEvenBeforeFoundationWork() {
    Plan plan =
        plan(
            20,
            candidate("research", 2, 4),
            candidate("vision", ActivityKind.FOUNDATION, 4, 40, "research"),
            candidate("strategy", ActivityKind.FOUNDATION, 3, 15),
            candidate("quick-win", 1, 30));
    assertThat(plan.ids()).containsExactly("strategy", "research", "vision", "quick-win");
  }

  @Test
  void durationsArePlannedInWholeMinutes() {
    ActivityOutput odd = candidate("odd", 1.0 / 120, 1); // 30 seconds: rounds up to 1 minute
    ActivityOutput tiny = candidate("tiny", 1.0 / 600, 1); // 6 seconds: at least 1 minute
    Plan plan = Planner.of(Effort.ofMinutes(2)).plan("m", List.of(odd, tiny));
    assertThat(plan.activities()).extracting(PlannedActivity::minutes).containsExactly(1, 1);
    assertThat(Planner.of(Effort.ofMinutes(1)).plan("m", List.of(odd, tiny)).ids()).hasSize(1);
  }

  @Test
  void aSearchCutShortSaysSoAndBoundsTheGapUnlessItsBoundAlreadyMeetsThePlan() {
    int inexact = 0;
    for (int seed = 1; seed <= 20; seed++) {
      Instance instance = Instance.random(40, new Random(seed), 1200, 0.9, 3, true);
      Plan exact = Planner.of(instance.budget()).plan("m", instance.candidates());
      Plan cut =
          Planner.builder()
              .budget(instance.budget())
              .maxSearchNodes(1)
              .build()
              .plan("m", instance.candidates());
      assertThat(exact.exact()).isTrue();
      assertThat(cut.output()).isLessThanOrEqualTo(exact.output() + 1e-9);
      assertThat(cut.output() + cut.gap()).isGreaterThanOrEqualTo(exact.output() - 1e-9);
      // A gap of 0 is a proof: the plan is then exact.
      assertThat(cut.exact()).isEqualTo(cut.gap() == 0);
      if (!cut.exact()) {
        inexact++;
        assertThat(cut.gap()).isPositive();
        assertThat(cut.frontier().exact()).isFalse();
      }
    }
    assertThat(inexact).isPositive();
  }

  @Test
  void aTableTooLargeIsSolvedInCoarserUnitsAndSaysSo() {
    Instance instance = Instance.random(200, new Random(3), 2400, 0.5, 1, true);
    Plan exact = Planner.of(instance.budget()).plan("m", instance.candidates());
    Plan coarse =
        Planner.builder()
            .budget(instance.budget())
            .maxTableCells(20_000)
            .build()
            .plan("m", instance.candidates());
    assertThat(coarse.exact()).isFalse();
    assertThat(coarse.gap()).isPositive();
    assertThat(coarse.usedHours()).isLessThanOrEqualTo(40.0);
    assertThat(coarse.output()).isLessThanOrEqualTo(exact.output());
    assertThat(coarse.output() + coarse.gap()).isGreaterThanOrEqualTo(exact.output());
  }

  @Test
  void aBudgetOfZeroIsRejected() {
    assertThatThrownBy(() -> Planner.of(Effort.ZERO))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).problems())
        .isEqualTo(List.of(Problem.at("budget", "must be more than 0 hours, was 0m; try 40h")));
  }

  @Test
  void anUnknownManagerIsRejectedWithTheClosestName() {
    assertThatThrownBy(() -> Planner.builder().build().plan(WorkedExample.scenario(), "alcie"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown manager 'alcie', did you mean 'alice'?");
  }

  @Test
  void aManagerWithoutActivitiesIsRejected() {
    Scenario scenario = WorkedExample.scenario();
    Scenario withBob =
        scenario.toBuilder()
            .organization(
                scenario.organization().toBuilder()
                    .teams(Team.of("mobile", 10))
                    .managers(Manager.owning("bob", "mobile"))
                    .build())
            .build();
    assertThatThrownBy(() -> Planner.builder().build().plan(withBob, "bob"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities: manager 'bob' has no activities to plan; add activities with 'by: bob'"
                + " or plan another manager");
  }

  @Test
  void candidatesOfAnotherManagerOrOutsideRequirementsAreRejectedTogether() {
    Activity other = Activity.builder().id("x").by("someone").time(Effort.ofHours(1)).build();
    List<ActivityOutput> candidates = new ArrayList<>();
    candidates.add(new ActivityOutput(other, 1, 1, List.of()));
    candidates.add(candidate("y", 1, 1));
    assertThatThrownBy(() -> Planner.builder().build().plan("m", candidates))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("activities[0].by: activity 'x' is done by 'someone'");
    assertThatThrownBy(() -> plan(5, candidate("y", 1, 1, "z")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("activities[0].requires[0]: unknown activity 'z'");
  }
}
