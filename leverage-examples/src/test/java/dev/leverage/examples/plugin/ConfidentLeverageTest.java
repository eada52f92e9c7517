package dev.leverage.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.ScoringContext;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.scoring.ScoringStrategyContract;
import java.util.ServiceLoader;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;

/** The example plug-in keeps the contract of every strategy, and is found by ServiceLoader. */
@PropertyDefaults(tries = 100)
class ConfidentLeverageTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return new ConfidentLeverage();
  }

  @Property
  void isLeverageTimesConfidence(@ForAll("scenarios") Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      double expected =
          scenario.output(activity).leverage() * activity.attributes().get("confidence").pertMean();
      assertThat(strategy().score(activity, context).value())
          .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
  }

  @Example
  void refusesAConfidenceAboveOne() {
    Scenario scenario =
        dev.leverage.WorkedExample.scenario()
            .withActivities(
                dev.leverage.WorkedExample.scenario().activities().stream()
                    .map(a -> a.toBuilder().attribute("confidence", 80).build())
                    .toList());
    assertThatThrownBy(
            () -> strategy().score(scenario.activities().get(0), ScoringContext.of(scenario)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0].attributes.confidence: activity 'write-vision' has confidence 80.0,"
                + " but strategy 'confident-leverage' needs a confidence from 0 to 1");
  }

  @Example
  void isRegisteredForServiceLoader() {
    assertThat(ServiceLoader.load(ScoringStrategy.class).stream().map(p -> p.type().getName()))
        .contains(ConfidentLeverage.class.getName());
    assertThat(strategy().name()).isEqualTo("confident-leverage");
  }
}
