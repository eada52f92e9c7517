package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.scenario.Scenario;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;

@PropertyDefaults(tries = 100)
class LeverageStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.leverage();
  }

  @Property(tries = 200)
  void isTheOutputPerHourWhateverTheAttributes(@ForAll("roughScenarios") Scenario scenario) {
    for (Activity activity : scenario.activities()) {
      ActivityOutput output = scenario.output(activity);
      assertThat(Scenarios.score(strategy(), scenario, activity.id()).value())
          .isEqualTo(output.output() / activity.hours());
    }
  }
}
