package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;

@PropertyDefaults(tries = 100)
class IceStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.ice();
  }

  @Example
  void multipliesImpactConfidenceAndEaseWhateverTheHours() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("quick-win", 1)
                .attribute("impact", 3)
                .attribute("confidence", 0.5)
                .attribute("ease", 8)
                .build(),
            Scenarios.activity("slow-win", 30)
                .attribute("impact", 3)
                .attribute("confidence", 0.5)
                .attribute("ease", 8)
                .build());
    assertThat(Scenarios.score(strategy(), scenario, "quick-win").value())
        .isCloseTo(12, within(1e-12));
    assertThat(Scenarios.score(strategy(), scenario, "slow-win").value())
        .isCloseTo(12, within(1e-12));
    assertThat(Scenarios.score(strategy(), scenario, "quick-win").inputs())
        .containsOnlyKeys("impact", "confidence", "ease");
  }

  @Example
  void needsEaseEvenWhenTheOtherAttributesAreThere() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("quick-win", 1)
                .attribute("impact", 3)
                .attribute("confidence", 0.5)
                .build());
    assertThatThrownBy(() -> Scenarios.score(strategy(), scenario, "quick-win"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0].attributes: activity 'quick-win' has no attribute 'ease', which"
                + " strategy 'ice' needs; add it under attributes");
  }

  @Property(tries = 200)
  void isTheProductOfItsThreeAttributes(@ForAll("scenarios") Scenario scenario) {
    for (Activity activity : scenario.activities()) {
      double expected = 1;
      for (String name : new String[] {"impact", "confidence", "ease"}) {
        expected *= ScoringArbitraries.attribute(activity, name).orElseThrow();
      }
      assertThat(Scenarios.score(strategy(), scenario, activity.id()).value()).isEqualTo(expected);
    }
  }
}
