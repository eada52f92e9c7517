package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.DelayedAndFixedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leverage breakdown says when a delayed effect starts, and when it starts too late. */
class DelayedEffectBreakdownTest {
  private final Scenario scenario = DelayedAndFixedExample.scenario();

  @Test
  void aDelayedEffectSaysTheWeekItStartsIn() {
    Score score = Scenarios.score(ScoringStrategy.leverage(), scenario, "hire");
    assertThat(score.terms())
        .extracting(Score.Term::label)
        .containsExactly("checkout (weight 1, starts in week 5)");
    assertThat(score.value()).isEqualTo(20.0);
  }

  @Test
  void anEffectStartingPastTheHorizonIsWorthNothingAndSaysSo() {
    Activity late =
        scenario.activity("hire").orElseThrow().toBuilder()
            .replaceEffects(
                List.of(
                    Effect.builder()
                        .team("checkout")
                        .uplift(0.1)
                        .starts(CalendarTime.ofWeeks(13))
                        .build()))
            .build();
    Scenario scenario = this.scenario.withActivities(List.of(late));
    Score score = Scenarios.score(ScoringStrategy.leverage(), scenario, "hire");
    assertThat(score.value()).isEqualTo(0.0);
    assertThat(score.terms())
        .extracting(Score.Term::label)
        .containsExactly(
            "checkout (weight 1, starts in week 14, after the 12-week horizon: worth 0)");
  }

  @Test
  void anEffectStartingAtOnceKeepsItsPlainLabel() {
    Score score = Scenarios.score(ScoringStrategy.leverage(), scenario, "write-vision");
    assertThat(score.terms())
        .extracting(Score.Term::label)
        .containsExactly("checkout (weight 1)", "payments (weight 0.5)");
  }
}
