package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

@PropertyDefaults(tries = 100)
class RiceStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.rice();
  }

  @Example
  void multipliesReachImpactAndConfidenceAndDividesByEffort() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("launch", 8)
                .attribute("reach", 1000)
                .attribute("impact", 2)
                .attribute("confidence", 0.8)
                .attribute("effort", 4)
                .build());
    Score score = Scenarios.score(strategy(), scenario, "launch");
    assertThat(score.value()).isCloseTo(400, within(1e-9));
    assertThat(score.inputs())
        .containsExactly(
            java.util.Map.entry("reach", 1000.0),
            java.util.Map.entry("impact", 2.0),
            java.util.Map.entry("confidence", 0.8),
            java.util.Map.entry("effort", 4.0));
    assertThat(score.terms())
        .extracting(Score.Term::label)
        .containsExactly("reach * impact * confidence / effort");
  }

  @Example
  void dividesByTheActivitysHoursWhenItHasNoEffortAttribute() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("launch", 8)
                .attribute("reach", 1000)
                .attribute("impact", 2)
                .attribute("confidence", 0.8)
                .build());
    Score score = Scenarios.score(strategy(), scenario, "launch");
    assertThat(score.value()).isCloseTo(200, within(1e-9));
    assertThat(score.inputs()).containsEntry("hours", 8.0).doesNotContainKey("effort");
  }

  @Example
  void namesTheActivityEveryMissingAttributeAndTheStrategy() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("other", 1).build(),
            Scenarios.activity("launch", 8).attribute("impact", 2).build());
    assertThatThrownBy(() -> Scenarios.score(strategy(), scenario, "launch"))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).problems())
        .asList()
        .containsExactly(
            Problem.at(
                "activities[1].attributes",
                "activity 'launch' has no attribute 'reach', which strategy 'rice' needs; add it"
                    + " under attributes"),
            Problem.at(
                "activities[1].attributes",
                "activity 'launch' has no attribute 'confidence', which strategy 'rice' needs;"
                    + " add it under attributes"));
  }

  @Example
  void refusesAnEffortOfZeroNamingWhereItIs() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("launch", 8)
                .attribute("reach", 1)
                .attribute("impact", 1)
                .attribute("confidence", 1)
                .attribute("effort", 0)
                .build());
    assertThatThrownBy(() -> Ranking.of(scenario, strategy()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0].attributes.effort: activity 'launch' has effort 0, but strategy 'rice'"
                + " divides by it; effort must be greater than 0 (leave it out to use the"
                + " activity's hours)");
  }

  @Example
  void refusesAScoreTooLargeToBeANumber() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("launch", 8)
                .attribute("reach", 1e300)
                .attribute("impact", 1e300)
                .attribute("confidence", 1)
                .build());
    assertThatThrownBy(() -> Scenarios.score(strategy(), scenario, "launch"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "activities[0].attributes.reach: strategy 'rice' gives activity 'launch' the score"
                + " Infinity");
  }

  @Property(tries = 200)
  void isLinearInReach(
      @ForAll("scenarios") Scenario scenario,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    int i = index % scenario.activities().size();
    Activity activity = scenario.activities().get(i);
    double reach = ScoringArbitraries.attribute(activity, "reach").orElseThrow();
    Scenario scaled = ScoringArbitraries.with(scenario, i, "reach", reach * factor);
    double before = Scenarios.score(strategy(), scenario, activity.id()).value();
    double after = Scenarios.score(strategy(), scaled, activity.id()).value();
    assertThat(after).isCloseTo(before * factor, within(1e-12 * Math.max(1, Math.abs(after))));
  }

  @Property(tries = 200)
  void isReachTimesImpactTimesConfidenceOverEffortOrHours(@ForAll("scenarios") Scenario scenario) {
    for (Activity activity : scenario.activities()) {
      double reach = ScoringArbitraries.attribute(activity, "reach").orElseThrow();
      double impact = ScoringArbitraries.attribute(activity, "impact").orElseThrow();
      double confidence = ScoringArbitraries.attribute(activity, "confidence").orElseThrow();
      double effort = ScoringArbitraries.attribute(activity, "effort").orElse(activity.hours());
      assertThat(Scenarios.score(strategy(), scenario, activity.id()).value())
          .isEqualTo(reach * impact * confidence / effort);
    }
  }
}
