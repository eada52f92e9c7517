package dev.leverage.scoring;

import static dev.leverage.Tolerance.assertNear;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.LeverageDomain;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.scenario.Scenario;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The leverage strategy: its score is the activity's output per hour, broken down by team ({@link
 * LeverageStrategyTest} runs the shared contract).
 */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
class LeverageStrategyProperties {

  ScoringStrategy strategy() {
    return ScoringStrategy.leverage();
  }

  @Property(tries = 200)
  void theScoreIsTheLeverageWithOneTermPerContribution(@ForAll Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      ActivityOutput output = scenario.output(activity);
      Score score = strategy().score(activity, context);
      assertThat(score.value()).isEqualTo(output.leverage());
      assertThat(score.inputs())
          .containsEntry("output", output.output())
          .containsEntry("hours", output.hours());
      assertThat(score.terms()).hasSameSizeAs(output.contributions());
      for (int i = 0; i < score.terms().size(); i++) {
        assertNear(
            score.terms().get(i).value(), output.contributions().get(i).output() / output.hours());
        assertThat(score.terms().get(i).label())
            .startsWith(output.contributions().get(i).team() + " ");
      }
    }
  }

  @Example
  void theStrategyIsNamedLeverage() {
    assertThat(strategy().name()).isEqualTo("leverage");
  }
}
