package dev.leverage;

import com.google.common.testing.EqualsTester;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Score;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public values are equal exactly when they are built from equal parts. */
class ValueEqualityTest {

  @Test
  void problemsAreEqualByPathAndMessage() {
    new EqualsTester()
        .addEqualityGroup(Problem.at("uplift", "too low"), new Problem("uplift", "too low"))
        .addEqualityGroup(Problem.at("time", "too low"))
        .addEqualityGroup(Problem.at("uplift", "too high"))
        .addEqualityGroup(Problem.at("uplift", "too low").under("effects[0]"))
        .testEquals();
  }

  @Test
  void effortsAreEqualByHoursWhateverTheirForm() {
    new EqualsTester()
        .addEqualityGroup(Effort.ofHours(1.5), Effort.ofMinutes(90), Effort.parse("1h30m"))
        .addEqualityGroup(Effort.ofHours(2), Effort.parse("PT2H"))
        .addEqualityGroup(Effort.ZERO, Effort.ofHours(0), Effort.ofHours(-0.0))
        .testEquals();
  }

  @Test
  void calendarTimesAreEqualByWeeksWhateverTheirForm() {
    new EqualsTester()
        .addEqualityGroup(
            CalendarTime.ofWeeks(2), CalendarTime.ofDays(14), CalendarTime.parse("P2W"))
        .addEqualityGroup(CalendarTime.ofWeeks(3), CalendarTime.parse("3w"))
        .addEqualityGroup(CalendarTime.ofWeeks(0), CalendarTime.ofDays(-0.0))
        .testEquals();
  }

  @Test
  void estimatesAreEqualByTheirThreeValues() {
    new EqualsTester()
        .addEqualityGroup(Estimate.of(1, 2, 3), new Estimate(1, 2, 3))
        .addEqualityGroup(Estimate.of(1, 2, 4))
        .addEqualityGroup(Estimate.of(2), Estimate.of(2, 2, 2))
        .addEqualityGroup(Estimate.of(0), Estimate.of(-0.0))
        .testEquals();
  }

  @Test
  void teamsAreEqualByIdAndOutput() {
    new EqualsTester()
        .addEqualityGroup(Team.of("checkout", 100), new Team("checkout", 100))
        .addEqualityGroup(Team.of("checkout", 80))
        .addEqualityGroup(Team.of("payments", 100))
        .addEqualityGroup(Team.of("search", 0), Team.of("search", -0.0))
        .testEquals();
  }

  @Test
  void managersAreEqualByIdTeamsInfluencesReportsAndBudget() {
    new EqualsTester()
        .addEqualityGroup(alice().build(), alice().build(), alice().owns("checkout").build())
        .addEqualityGroup(alice().id("bob").build())
        .addEqualityGroup(alice().owns("search").build())
        .addEqualityGroup(
            Manager.builder().id("alice").owns("checkout").influence("payments", 0.25).build())
        .addEqualityGroup(alice().reports("carol").build())
        .addEqualityGroup(alice().budget(Effort.ofHours(40)).build())
        .testEquals();
  }

  @Test
  void organizationsAreEqualByTeamsAndManagers() {
    new EqualsTester()
        .addEqualityGroup(WorkedExample.organization(), WorkedExample.organization())
        .addEqualityGroup(
            WorkedExample.organization().toBuilder().teams(Team.of("mobile", 10)).build())
        .addEqualityGroup(
            Organization.builder()
                .teams(WorkedExample.organization().teams())
                .managers(Manager.owning("alice", "checkout"))
                .build())
        .testEquals();
  }

  @Test
  void effectsAreEqualByTeamUpliftAndDuration() {
    new EqualsTester()
        .addEqualityGroup(
            Effect.on("checkout", 0.1),
            Effect.builder().team("checkout").uplift(Estimate.of(0.1)).build())
        .addEqualityGroup(Effect.on("payments", 0.1))
        .addEqualityGroup(Effect.on("checkout", 0.2))
        .addEqualityGroup(
            Effect.builder().team("checkout").uplift(0.1).lasts(CalendarTime.ofWeeks(2)).build(),
            Effect.builder().team("checkout").uplift(0.1).lasts(CalendarTime.ofDays(14)).build())
        .addEqualityGroup(
            Effect.builder().team("checkout").uplift(0.1).halfLife(CalendarTime.ofWeeks(2)).build())
        .testEquals();
  }

  @Test
  void activitiesAreEqualWhenBuiltFromEqualParts() {
    new EqualsTester()
        .addEqualityGroup(plan().build(), plan().build(), plan().kind(ActivityKind.OTHER).build())
        .addEqualityGroup(plan().id("groom").build())
        .addEqualityGroup(plan().by("bob").build())
        .addEqualityGroup(plan().kind(ActivityKind.FOUNDATION).build())
        .addEqualityGroup(plan().time(Effort.ofHours(3)).build())
        .addEqualityGroup(plan().requires("vision").build())
        .addEqualityGroup(plan().effects(Effect.on("checkout", 0.1)).build())
        .addEqualityGroup(plan().attribute("reach", 100).build())
        .testEquals();
  }

  @Test
  void scenariosAreEqualWhenBuiltFromEqualParts() {
    Scenario scenario = WorkedExample.scenario();
    new EqualsTester()
        .addEqualityGroup(
            scenario, WorkedExample.scenario(), scenario.withActivities(scenario.activities()))
        .addEqualityGroup(scenario.toBuilder().horizon(CalendarTime.ofWeeks(6)).build())
        .addEqualityGroup(scenario.withActivities(scenario.activities().subList(0, 1)))
        .testEquals();
  }

  @Test
  void outputsScoresAndRanksAreEqualWhenComputedFromEqualParts() {
    Scenario scenario = WorkedExample.scenario();
    Activity vision = scenario.activities().get(0);
    Activity groom = scenario.activities().get(1);
    ActivityOutput output = scenario.output(vision);
    Contribution contribution = output.contributions().get(0);
    Score score = Score.single("leverage", 24, Map.of("hours", 6.0));
    new EqualsTester()
        .addEqualityGroup(output, WorkedExample.scenario().output(vision))
        .addEqualityGroup(scenario.output(groom))
        .addEqualityGroup(contribution, new Contribution("checkout", 1, 100, 0.1, 12, 120))
        .addEqualityGroup(new Contribution("checkout", 1, 100, 0.1, 12, 121))
        .addEqualityGroup(
            score, Score.of(24, List.of(new Score.Term("leverage", 24)), Map.of("hours", 6.0)))
        .addEqualityGroup(Score.single("leverage", 24, Map.of()))
        .addEqualityGroup(new Score.Term("leverage", 24), new Score.Term("leverage", 24))
        .addEqualityGroup(
            new RankedActivity(1, vision, score, output),
            new RankedActivity(1, vision, score, scenario.output(vision)))
        .addEqualityGroup(new RankedActivity(2, vision, score, output))
        .testEquals();
  }

  private static Manager.Builder alice() {
    return Manager.builder().id("alice").owns("checkout").influence("payments", 0.5);
  }

  private static Activity.Builder plan() {
    return Activity.builder().id("plan").by("alice").time(Effort.ofHours(2));
  }
}
