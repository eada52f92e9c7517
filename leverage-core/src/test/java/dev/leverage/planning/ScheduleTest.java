package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.DelayedAndFixedExample;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several weeks (§7): the library's {@link Planner#schedule} on the delayed-and-fixed example. */
class ScheduleTest {
  private final Scenario scenario = DelayedAndFixedExample.scenario();

  @Test
  void theMoreValuableWorkGoesFirstBecauseEveryWeekOfDelayCostsOutput() {
    // 13h a week: week 1 has 6h after one-to-ones (5h, weekly) and review (2h, once), weeks 2-3
    // have 8h. write-vision is worth 12 a week of the 12-week horizon (144, 132, 120), hire 10 a
    // week from its start 4 weeks later (80, 70, 60), groom-backlog 6 in any week.
    // Vision first (144), then hire and groom (70 + 6) beats hire first (80 + 132 + 6).
    Schedule schedule = Planner.of(Effort.ofHours(13)).schedule(scenario, "alice", 3);
    assertThat(schedule.weeks()).hasSize(3);
    assertThat(schedule.weeks().get(0).ids())
        .containsExactly("one-to-ones", "review", "write-vision");
    assertThat(schedule.weeks().get(1).ids()).startsWith("one-to-ones", "hire");
    // groom-backlog is worth 6 in week 2 or 3: either is best.
    assertThat(weekOf(schedule, "groom-backlog")).isBetween(2, 3);
    assertThat(schedule.output()).isCloseTo(24 + 24 + 144 + 70 + 6, within(1e-9));
    assertThat(schedule.exact()).isTrue();
    assertThat(schedule.upperBound()).isEqualTo(schedule.output());
    assertThat(schedule.gap()).isEqualTo(0.0);
    assertThat(schedule.leftOut()).isEmpty();
  }

  @Test
  void aWeeklyCommitmentTakesItsHoursEveryWeekAndCountsItsOutputOnce() {
    Schedule schedule = Planner.of(Effort.ofHours(13)).schedule(scenario, "alice", 3);
    for (Schedule.Week week : schedule.weeks()) {
      Schedule.ScheduledActivity first = week.activities().get(0);
      assertThat(first.id()).isEqualTo("one-to-ones");
      assertThat(first.output()).isEqualTo(week.week() == 1 ? 24.0 : 0.0);
    }
    assertThat(schedule.weeks().get(0).usedHours()).isEqualTo(13.0);
    assertThat(schedule.weeks().get(1).usedHours() + schedule.weeks().get(2).usedHours())
        .isEqualTo(5 + 4 + 3 + 5.0);
  }

  @Test
  void aDelayedActivityDoneLaterCarriesItsOutputOfThatWeek() {
    Schedule schedule = Planner.of(Effort.ofHours(13)).schedule(scenario, "alice", 3);
    Schedule.ScheduledActivity hire = schedule.weeks().get(1).activities().get(1);
    assertThat(hire.output()).isCloseTo(70.0, within(1e-9));
    assertThat(hire.activity().contributions().get(0).starts()).isEqualTo(5.0);
  }

  @Test
  void oneWeekHasTheOutputOfTheSingleWeekPlan() {
    for (double hours : new double[] {7, 10, 13, 20, 40}) {
      Planner planner = Planner.of(Effort.ofHours(hours));
      Plan plan = planner.plan(scenario, "alice");
      Schedule schedule = planner.schedule(scenario, "alice", 1);
      assertThat(schedule.output()).as("%sh", hours).isCloseTo(plan.output(), within(1e-9));
      assertThat(schedule.weeks().get(0).ids()).containsExactlyInAnyOrderElementsOf(plan.ids());
    }
    Planner first = Planner.builder().budget(Effort.ofHours(9)).foundationFirst(true).build();
    assertThat(first.schedule(WorkedExample.scenario(), "alice", 1).foundationOutput())
        .isEqualTo(first.plan(WorkedExample.scenario(), "alice").foundationOutput());
  }

  @Test
  void anActivityLongerThanEveryWeekIsLeftOutWithThatReason() {
    // 10h a week: 3h in week 1 and 5h later after the fixed activities; write-vision takes 6h.
    Schedule schedule = Planner.of(Effort.ofHours(10)).schedule(scenario, "alice", 2);
    assertThat(schedule.leftOut())
        .extracting(LeftOut::id, LeftOut::reason)
        .contains(org.assertj.core.groups.Tuple.tuple("write-vision", LeftOut.Reason.DOES_NOT_FIT));
  }

  @Test
  void weeksOutOfRangeAreRefusedAtWeeks() {
    Planner planner = Planner.builder().build();
    for (int weeks : new int[] {0, -1, Planner.MAX_WEEKS + 1}) {
      assertThatThrownBy(() -> planner.schedule(scenario, "alice", weeks))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith("weeks: must be from 1 to 520");
    }
    assertThat(planner.schedule(scenario, "alice", Planner.MAX_WEEKS).weeks()).hasSize(520);
  }

  @Test
  void tooManyCandidateWeeksAreRefusedUpFrontSayingHowToLowerThem() {
    assertThatThrownBy(() -> Scheduling.checkSize(10_000, 520))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("needs 5200000 candidate-weeks")
        .hasMessageContaining("schedule fewer weeks or fewer candidates");
  }

  @Test
  void fixedHoursAboveTheBudgetNameTheManagersBudget() {
    Scenario tight =
        scenario.withOrganization(
            scenario.organization().toBuilder()
                .replaceManagers(
                    List.of(
                        scenario.organization().manager("alice").orElseThrow().toBuilder()
                            .budget(Effort.ofHours(6))
                            .build()))
                .build());
    assertThatThrownBy(() -> Planner.builder().build().schedule(tight, "alice", 4))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).problems().get(0))
        .extracting(Problem::path)
        .isEqualTo("managers[0].budget");
  }

  @Test
  void aRequirementIsDoneInTheSameWeekOrEarlier() {
    Scenario needing =
        scenario.withActivities(
            scenario.activities().stream()
                .map(
                    a ->
                        a.id().equals("groom-backlog")
                            ? a.toBuilder().requires("write-vision").build()
                            : a)
                .toList());
    Schedule schedule = Planner.of(Effort.ofHours(13)).schedule(needing, "alice", 3);
    int vision = weekOf(schedule, "write-vision");
    int groom = weekOf(schedule, "groom-backlog");
    assertThat(vision).isPositive();
    assertThat(groom).isGreaterThanOrEqualTo(vision);
    Activity groomed =
        schedule.weeks().get(groom - 1).activities().stream()
            .filter(a -> a.id().equals("groom-backlog"))
            .findFirst()
            .orElseThrow()
            .activity()
            .activity();
    assertThat(groomed.requires()).containsExactly("write-vision");
  }

  private static int weekOf(Schedule schedule, String id) {
    for (Schedule.Week week : schedule.weeks()) {
      if (week.ids().contains(id)) {
        return week.week();
      }
    }
    return -1;
  }
}
