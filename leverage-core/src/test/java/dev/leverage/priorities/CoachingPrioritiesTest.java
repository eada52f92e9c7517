package dev.leverage.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.coaching.SectionNineExample;
import dev.leverage.organization.Manager;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoachingPrioritiesTest {
  private final CoachingPriorities priorities =
      CoachingPriorities.of(SectionNineExample.scenario());

  @Test
  void everyStepBelowTheTargetBecomesACandidateRankedByLeverageThenId() {
    assertThat(priorities.ranking().ids())
        .containsExactly(
            "coach-bob-business-3",
            "coach-bob-business-4",
            "coach-bob-communication-3",
            "coach-bob-communication-4",
            "coach-bob-empathy-4",
            "coach-bob-productKnowledge-4",
            "coach-bob-technology-4",
            "coach-bob-business-5");
  }

  @Test
  void candidateNumbersFollowSectionEight() {
    // uplift = 0.03 · importance · (5 − k) / 4 on checkout (100 per week) for 12 weeks, in 6 hours
    Map<String, double[]> expected =
        Map.of(
            "coach-bob-business-3", new double[] {0.03375, 40.5, 6.75},
            "coach-bob-business-4", new double[] {0.0225, 27, 4.5},
            "coach-bob-business-5", new double[] {0.01125, 13.5, 2.25},
            "coach-bob-communication-3", new double[] {0.0225, 27, 4.5},
            "coach-bob-communication-4", new double[] {0.015, 18, 3},
            "coach-bob-empathy-4", new double[] {0.015, 18, 3},
            "coach-bob-technology-4", new double[] {0.015, 18, 3},
            "coach-bob-productKnowledge-4", new double[] {0.015, 18, 3});
    assertThat(priorities.candidates()).hasSize(expected.size());
    for (RankedActivity ranked : priorities.ranking().entries()) {
      double[] numbers = expected.get(ranked.activity().id());
      assertThat(ranked.activity().effects()).hasSize(1);
      Effect effect = ranked.activity().effects().get(0);
      assertThat(effect.team()).isEqualTo("checkout");
      assertThat(effect.uplift().pertMean()).isCloseTo(numbers[0], within(1e-12));
      assertThat(effect.lasts()).isEmpty();
      assertThat(ranked.output().output()).isCloseTo(numbers[1], within(1e-9));
      assertThat(ranked.output().leverage()).isCloseTo(numbers[2], within(1e-9));
      assertThat(ranked.score().value()).isCloseTo(numbers[2], within(1e-9));
    }
  }

  @Test
  void aCandidateIsACoachingActivityOfTheCoachRequiringTheStepBelow() {
    Activity second = priorities.candidate("coach-bob-business-4").orElseThrow().activity();
    assertThat(second.by()).isEqualTo("carol");
    assertThat(second.kind()).isEqualTo(ActivityKind.COACHING);
    assertThat(second.hours()).isEqualTo(6.0);
    assertThat(second.requires()).containsExactly("coach-bob-business-3");
    assertThat(priorities.candidate("coach-bob-business-3").orElseThrow().activity().requires())
        .isEmpty();
    CoachingCandidate last = priorities.candidate("coach-bob-business-5").orElseThrow();
    assertThat(last.productManager()).isEqualTo("bob");
    assertThat(last.characteristic()).isEqualTo(Characteristic.BUSINESS);
    assertThat(last.fromLevel()).isEqualTo(4);
    assertThat(last.toLevel()).isEqualTo(5);
    assertThat(last.isFirstStep()).isFalse();
  }

  @Test
  void bobsFirstPriorityIsBusinessTheWeakestMostImportantCharacteristic() {
    assertThat(priorities.firstPriority("bob"))
        .map(CoachingCandidate::id)
        .hasValue("coach-bob-business-3");
    assertThat(priorities.firstPriorities()).containsOnlyKeys("bob");
  }

  @Test
  void theCandidateScenarioHoldsOnlyTheCandidatesSoPlanningAppliesUnchanged() {
    Scenario scenario = priorities.scenario();
    assertThat(scenario.activities()).hasSize(8);
    assertThat(scenario.activitiesOf("carol")).hasSize(8);
    assertThat(scenario.coaching()).isPresent();
  }

  @Test
  void candidatesOfAnUnknownProductManagerNameTheClosestOne() {
    assertThatThrownBy(() -> priorities.candidatesOf("bbo"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown product manager 'bbo', did you mean 'bob'?");
  }

  @Test
  void aProductManagerAtEveryTargetHasNoFirstPriority() {
    ProductManager.Builder builder = ProductManager.builder().id("erin");
    for (Characteristic c : Characteristic.values()) {
      builder.skill(c, 4);
    }
    ProductManager strong = builder.build();
    Scenario scenario =
        SectionNineExample.scenario().toBuilder()
            .organization(
                SectionNineExample.organization().toBuilder()
                    .replaceManagers(
                        List.of(
                            Manager.builder().id("carol").reports("bob", "erin").build(),
                            Manager.owning("bob", "checkout"),
                            Manager.owning("erin", "payments")))
                    .build())
            .productManagers(strong)
            .build();
    CoachingPriorities both = CoachingPriorities.of(scenario);
    assertThat(both.candidatesOf("erin")).isEmpty();
    assertThat(both.firstPriority("erin")).isEmpty();
    assertThat(both.firstPriorities()).containsOnlyKeys("bob");
  }

  @Test
  void aScenarioWithoutCoachingSaysWhatToAdd() {
    Scenario scenario = Scenario.builder().organization(SectionNineExample.organization()).build();
    assertThatThrownBy(() -> CoachingPriorities.of(scenario))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("coaching: the scenario has no coaching section; add one that names the coach");
  }
}
