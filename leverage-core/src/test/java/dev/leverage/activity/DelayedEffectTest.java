package dev.leverage.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.DelayedAndFixedExample;
import dev.leverage.WorkedExample;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Effects that begin later ({@code starts}, §4) and activities done in a later week (§7). */
class DelayedEffectTest {
  private static final CalendarTime H = CalendarTime.ofWeeks(12);

  private static Effect step(double starts, Double lasts) {
    Effect.Builder effect =
        Effect.builder().team("checkout").uplift(0.1).starts(CalendarTime.ofWeeks(starts));
    if (lasts != null) {
      effect.lasts(CalendarTime.ofWeeks(lasts));
    }
    return effect.build();
  }

  @Test
  void aStepThatStartsLaterCountsOnlyWithinTheHorizon() {
    assertThat(step(4, null).weeks(H)).isEqualTo(8.0);
    assertThat(step(4, 3.0).weeks(H)).isEqualTo(3.0);
    assertThat(step(10, 3.0).weeks(H)).isEqualTo(2.0);
    assertThat(step(12, null).weeks(H)).isEqualTo(0.0);
    assertThat(step(20, null).weeks(H)).isEqualTo(0.0);
    assertThat(step(20, null).startsAfter(H)).isTrue();
    assertThat(step(4, null).startsAfter(H)).isFalse();
  }

  @Test
  void aDecayThatStartsLaterCountsTheRestOfTheHorizon() {
    Effect decay =
        Effect.builder()
            .team("checkout")
            .uplift(0.1)
            .halfLife(CalendarTime.ofWeeks(2))
            .starts(CalendarTime.ofWeeks(8))
            .build();
    // (2 / ln 2)(1 − 2^(−4/2)) = (2 / ln 2) · 0.75
    assertThat(decay.weeks(H)).isCloseTo(2 / Math.log(2) * 0.75, within(1e-12));
    assertThat(decay.weeks(H, 4)).isEqualTo(0.0);
  }

  @Test
  void doingTheActivityInALaterWeekDelaysEveryEffect() {
    Effect hire = step(4, null);
    assertThat(hire.weeks(H, 3)).isEqualTo(5.0);
    assertThat(hire.weeks(H, 3)).isEqualTo(step(7, null).weeks(H));
  }

  @Property(tries = 200)
  void aLaterStartIsNeverWorthMore(
      @ForAll @DoubleRange(min = 0, max = 20) double starts,
      @ForAll @DoubleRange(min = 0, max = 5) double later,
      @ForAll @IntRange(min = 0, max = 14) int doneIn) {
    Effect early = step(starts, null);
    Effect late = step(starts + later, null);
    assertThat(late.weeks(H, doneIn)).isLessThanOrEqualTo(early.weeks(H, doneIn));
    assertThat(early.weeks(H, doneIn + 1)).isLessThanOrEqualTo(early.weeks(H, doneIn));
    assertThat(early.weeks(H, doneIn)).isBetween(0.0, 12.0);
  }

  @Test
  void aDelayedEffectsContributionSaysTheWeekItStarts() {
    Scenario scenario = DelayedAndFixedExample.scenario();
    ActivityOutput hire = scenario.output(scenario.activity("hire").orElseThrow());
    assertThat(hire.output()).isCloseTo(80.0, within(1e-9));
    assertThat(hire.contributions().get(0).starts()).isEqualTo(4.0);
    ActivityOutput later =
        ActivityOutput.of(scenario.activity("hire").orElseThrow(), scenario.organization(), H, 2);
    assertThat(later.output()).isCloseTo(60.0, within(1e-9));
    assertThat(later.contributions().get(0).starts()).isEqualTo(6.0);
  }

  @Test
  void anEffectWithoutStartsIsTheSameAsBefore() {
    assertThat(WorkedExample.writeVision().effects().get(0).starts())
        .isEqualTo(CalendarTime.ofWeeks(0));
    Scenario scenario = WorkedExample.scenario();
    assertThat(scenario.output(WorkedExample.writeVision()).output()).isEqualTo(144.0);
  }
}
