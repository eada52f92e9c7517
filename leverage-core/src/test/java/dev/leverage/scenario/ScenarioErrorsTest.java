package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import org.junit.jupiter.api.Test;

/** Cross-references of a scenario, MODEL.md §4, §9 and §10: each problem names its path. */
class ScenarioErrorsTest {
  private static final Organization ORGANIZATION = WorkedExample.organization();

  @Test
  void anUnknownManagerIsRejectedWithTheClosestKnownName() {
    assertProblems(
        scenario(activity("plan").by("alise")),
        Problem.at("activities[0].by", "unknown manager 'alise', did you mean 'alice'?"));
  }

  @Test
  void anEffectOnAnUnknownTeamIsRejectedWithTheClosestKnownName() {
    assertProblems(
        scenario(activity("plan").effects(Effect.on("checkout", 0.1), Effect.on("paymnts", 0.1))),
        Problem.at(
            "activities[0].effects[1].team", "unknown team 'paymnts', did you mean 'payments'?"));
  }

  @Test
  void anUnknownRequirementIsRejectedWithTheClosestKnownName() {
    assertProblems(
        scenario(activity("write-vision"), activity("groom").requires("write-visoin")),
        Problem.at(
            "activities[1].requires[0]",
            "unknown activity 'write-visoin', did you mean 'write-vision'?"));
  }

  @Test
  void duplicateActivityIdsAreRejectedNamingTheFirstUse() {
    assertProblems(
        scenario(activity("plan"), activity("groom"), activity("plan")),
        Problem.at(
            "activities[2].id",
            "duplicate activity id 'plan', already used by activities[0]; ids are unique per"
                + " kind"));
  }

  @Test
  void requirementsThatFormACycleAreRejectedNamingEveryActivityInIt() {
    assertProblems(
        scenario(
            activity("vision").requires("strategy"),
            activity("strategy").requires("scope"),
            activity("scope").requires("vision")),
        Problem.at(
            "activities[0].requires[0]",
            "requirements form a cycle vision -> strategy -> scope -> vision; remove one of these"
                + " requirements"));
  }

  @Test
  void anActivityCanOnlyRequireActivitiesOfTheSameManager() {
    Organization twoManagers =
        ORGANIZATION.toBuilder().managers(Manager.builder().id("bob").build()).build();
    assertProblems(
        Scenario.builder()
            .organization(twoManagers)
            .activities(
                activity("vision").build(), activity("groom").by("bob").requires("vision").build()),
        Problem.at(
            "activities[1].requires[0]",
            "activity 'vision' is done by 'alice', but 'groom' is done by 'bob'; an activity can"
                + " only require activities of the same manager"));
  }

  @Test
  void theHorizonMustBeLongerThanZero() {
    assertProblems(
        scenario(activity("plan")).horizon(CalendarTime.ofWeeks(0)),
        Problem.at("horizon", "must be longer than 0, was 0d"));
  }

  @Test
  void aRequirementCycleIsReportedTogetherWithEveryOtherProblem() {
    assertProblems(
        scenario(
            activity("vision").requires("strategy").effects(Effect.on("serch", 0.1)),
            activity("strategy").requires("vision").requires("scop"),
            activity("scope").by("alise")),
        Problem.at("activities[0].effects[0].team", "unknown team 'serch', did you mean 'search'?"),
        Problem.at("activities[2].by", "unknown manager 'alise', did you mean 'alice'?"),
        Problem.at("activities[1].requires[1]", "unknown activity 'scop', did you mean 'scope'?"),
        Problem.at(
            "activities[0].requires[0]",
            "requirements form a cycle vision -> strategy -> vision; remove one of these"
                + " requirements"));
  }

  @Test
  void askingForTheActivitiesOfAnUnknownManagerNamesTheClosestOne() {
    Scenario scenario = WorkedExample.scenario();
    assertThatThrownBy(() -> scenario.activitiesOf("alise"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown manager 'alise', did you mean 'alice'?");
  }

  private static Activity.Builder activity(String id) {
    return Activity.builder().id(id).by("alice").time(Effort.ofHours(2));
  }

  private static Scenario.Builder scenario(Activity.Builder... activities) {
    Scenario.Builder scenario = Scenario.builder().organization(ORGANIZATION);
    for (Activity.Builder activity : activities) {
      scenario.activities(activity.build());
    }
    return scenario;
  }

  private static void assertProblems(Scenario.Builder scenario, Problem... problems) {
    assertThatThrownBy(scenario::build)
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.problems()).containsExactly(problems));
  }
}
