package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.WorkedExample;
import dev.leverage.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** What doing a planned activity a week later costs, on the worked example of MODEL.md §9. */
class DelayCostTest {
  private final Scenario scenario = WorkedExample.scenario();

  @Test
  void aWeekLaterEveryEffectCountsAWeekLessAndAShortEffectLosesNothing() {
    // write-vision: 144 in week 1; a week later 100·0.10·11 + 80·0.5·0.05·11 = 110 + 22 = 132.
    // groom-backlog lasts 2 weeks, well inside the horizon either way: no cost, not listed.
    Plan plan = Planner.builder().build().plan(scenario, "alice");

    assertThat(DelayCost.of(scenario, plan))
        .singleElement()
        .satisfies(
            cost -> {
              assertThat(cost.id()).isEqualTo("write-vision");
              assertThat(cost.week()).isEqualTo(1);
              assertThat(cost.output()).isCloseTo(144.0, within(1e-9));
              assertThat(cost.weekLater()).isCloseTo(132.0, within(1e-9));
              assertThat(cost.cost()).isCloseTo(12.0, within(1e-9));
            });
  }

  @Test
  void aScheduleCostsTheSameAsThePlanWhenEverythingIsDoneInWeekOne() {
    Schedule schedule = Planner.builder().build().schedule(scenario, "alice", 3);

    assertThat(DelayCost.of(scenario, schedule))
        .isEqualTo(DelayCost.of(scenario, Planner.builder().build().plan(scenario, "alice")));
  }
}
