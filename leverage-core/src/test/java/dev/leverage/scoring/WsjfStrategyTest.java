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
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

@PropertyDefaults(tries = 100)
class WsjfStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.wsjf();
  }

  private static Activity.Builder costOfDelay(String id, double hours) {
    return Scenarios.activity(id, hours)
        .attribute("businessValue", 8)
        .attribute("timeCriticality", 5)
        .attribute("riskReduction", 3);
  }

  @Example
  void dividesTheCostOfDelayByTheJobSizeWithOneTermPerPart() {
    Scenario scenario = Scenarios.of(costOfDelay("migrate", 10).attribute("jobSize", 4).build());
    Score score = Scenarios.score(strategy(), scenario, "migrate");
    assertThat(score.value()).isCloseTo(4, within(1e-12));
    assertThat(score.terms())
        .containsExactly(
            new Score.Term("businessValue / jobSize", 2),
            new Score.Term("timeCriticality / jobSize", 1.25),
            new Score.Term("riskReduction / jobSize", 0.75));
    assertThat(score.inputs()).containsEntry("jobSize", 4.0);
  }

  @Example
  void usesTheActivitysHoursWithoutAJobSize() {
    Scenario scenario = Scenarios.of(costOfDelay("migrate", 8).build());
    Score score = Scenarios.score(strategy(), scenario, "migrate");
    assertThat(score.value()).isCloseTo(2, within(1e-12));
    assertThat(score.terms().get(0).label()).isEqualTo("businessValue / hours");
  }

  @Example
  void refusesANegativeJobSize() {
    Scenario scenario = Scenarios.of(costOfDelay("migrate", 8).attribute("jobSize", -2).build());
    assertThatThrownBy(() -> Scenarios.score(strategy(), scenario, "migrate"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "activities[0].attributes.jobSize: activity 'migrate' has jobSize -2, but strategy"
                + " 'wsjf' divides by it");
  }

  @Property(tries = 200)
  void isInverselyProportionalToJobSize(
      @ForAll("scenarios") Scenario scenario,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    int i = index % scenario.activities().size();
    Activity activity = scenario.activities().get(i);
    double jobSize = ScoringArbitraries.attribute(activity, "jobSize").orElseGet(activity::hours);
    Scenario scaled = ScoringArbitraries.with(scenario, i, "jobSize", jobSize * factor);
    double before = Scenarios.score(strategy(), scenario, activity.id()).value();
    double after = Scenarios.score(strategy(), scaled, activity.id()).value();
    assertThat(after * factor).isCloseTo(before, within(1e-12 * Math.max(1, before)));
  }
}
