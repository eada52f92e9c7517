package dev.leverage.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.SectionNineExample;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.unit.Effort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The views of the §8 example: the coach, bob's candidates, and the whole week's scenario. */
class CoachingPrioritiesViewsTest {
  private final Scenario example = SectionNineExample.scenario();
  private final CoachingPriorities priorities = CoachingPriorities.of(example);

  @Test
  void theCoachAndTheSetupAreTheScenarios() {
    assertThat(priorities.coach()).isEqualTo("carol");
    assertThat(priorities.coaching()).isEqualTo(SectionNineExample.coaching());
  }

  @Test
  void bobsCandidatesAreAllOfThemInRankOrder() {
    assertThat(priorities.candidatesOf("bob"))
        .extracting(CoachingCandidate::id)
        .containsExactlyElementsOf(priorities.ranking().ids());
    CoachingCandidate first = priorities.candidatesOf("bob").get(0);
    assertThat(priorities.ranked(first).activity().id()).isEqualTo("coach-bob-business-3");
    assertThat(priorities.ranked(first).rank()).isEqualTo(1);
  }

  @Test
  void theWholeWeekHoldsTheScenariosActivitiesAndEveryCandidate() {
    Activity vision =
        Activity.builder()
            .id("write-vision")
            .by("carol")
            .time(EffortEstimate.of(Effort.ofHours(6)))
            .build();
    Scenario withVision = example.withActivities(List.of(vision));

    Scenario week = CoachingPriorities.wholeWeek(withVision);

    assertThat(week.activities()).hasSize(1 + priorities.candidates().size());
    assertThat(week.activities().get(0)).isEqualTo(vision);
    assertThat(week.activities().stream().map(Activity::id))
        .containsAll(priorities.ranking().ids());
    assertThat(CoachingPriorities.of(withVision).wholeWeek()).isEqualTo(week);
  }

  @Test
  void aScenarioWithoutCoachingIsItsOwnWholeWeek() {
    Scenario without = Scenario.builder().organization(SectionNineExample.organization()).build();

    assertThat(CoachingPriorities.wholeWeek(without)).isSameAs(without);
  }
}
