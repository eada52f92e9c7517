package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.constraints.DoubleRange;

@PropertyDefaults(tries = 100)
class CompositeStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.composite(
        ScoringStrategy.leverage().weighted(2),
        ScoringStrategy.rice().weighted(1),
        ScoringStrategy.wsjf().weighted(1));
  }

  private static Scenario threeByReach() {
    return Scenarios.of(rice("low", 1, 10), rice("middle", 1, 40), rice("high", 2, 100));
  }

  private static Activity rice(String id, double hours, double reach) {
    return Scenarios.activity(id, hours)
        .attribute("reach", reach)
        .attribute("impact", 1)
        .attribute("confidence", 1)
        .attribute("ease", reach / 10)
        .build();
  }

  @Example
  void normalisesEachPartFromItsLowestToItsHighestScore() {
    // rice: low 10, middle 40, high 50 -> 0, 0.75, 1; ice: 1, 4, 10 -> 0, 1/3, 1
    ScoringStrategy composite =
        ScoringStrategy.composite(
            ScoringStrategy.rice().weighted(3), ScoringStrategy.ice().weighted(1));
    Scenario scenario = threeByReach();
    Score middle = Scenarios.score(composite, scenario, "middle");
    assertThat(middle.value()).isCloseTo(0.75 * 0.75 + 0.25 / 3, within(1e-12));
    assertThat(middle.terms())
        .extracting(Score.Term::label)
        .containsExactly(
            "rice (weight 0.75, normalised 0.75)",
            "ice (weight 0.25, normalised 0.3333333333333333)");
    assertThat(middle.inputs())
        .containsEntry("rice", 40.0)
        .containsEntry("rice.min", 10.0)
        .containsEntry("rice.max", 50.0)
        .containsEntry("ice", 4.0);
    assertThat(Scenarios.score(composite, scenario, "low").value()).isEqualTo(0);
    assertThat(Scenarios.score(composite, scenario, "high").value()).isCloseTo(1, within(1e-12));
  }

  @Example
  void givesEveryActivityFullMarksOnAPartThatScoresThemAllAlike() {
    Scenario scenario = Scenarios.of(rice("a", 1, 10), rice("b", 2, 20));
    ScoringStrategy composite = ScoringStrategy.composite(ScoringStrategy.leverage().weighted(1));
    assertThat(Ranking.of(scenario, composite).entries())
        .extracting(r -> r.score().value())
        .containsExactly(1.0, 1.0);
  }

  @Example
  void reportsEveryActivityAPartCannotScoreOnce() {
    Scenario scenario = Scenarios.of(rice("a", 1, 10), Scenarios.activity("bare", 1).build());
    ScoringStrategy composite =
        ScoringStrategy.composite(
            ScoringStrategy.leverage().weighted(1), ScoringStrategy.ice().weighted(1));
    assertThatThrownBy(() -> Ranking.of(scenario, composite))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).problems())
                    .hasSize(3)
                    .allSatisfy(p -> assertThat(p.message()).contains("'bare'", "'ice'")));
  }

  @Example
  void refusesWeightsThatAreNotPositiveAndFinite() {
    for (double weight : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ScoringStrategy.rice().weighted(weight))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith(
              "weights.rice: the weight of strategy 'rice' must be a finite number greater than"
                  + " 0, was");
    }
  }

  @Property
  void scoresBetweenZeroAndOne(@ForAll("scenarios") Scenario scenario) {
    for (RankedActivity entry : Ranking.of(scenario, strategy()).entries()) {
      assertThat(entry.score().value()).isBetween(-1e-12, 1 + 1e-12);
    }
  }

  @Property
  void dependsOnlyOnTheRatiosOfTheWeights(
      @ForAll("scenarios") Scenario scenario,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    ScoringStrategy scaled =
        ScoringStrategy.composite(
            ScoringStrategy.leverage().weighted(2 * factor),
            ScoringStrategy.rice().weighted(factor),
            ScoringStrategy.wsjf().weighted(factor));
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      assertThat(scaled.score(activity, context).value())
          .isCloseTo(strategy().score(activity, context).value(), within(1e-12));
    }
  }

  @Property
  void neverOrdersTwoActivitiesAgainstItsOnlyPart(@ForAll("scenarios") Scenario scenario) {
    ScoringStrategy alone = ScoringStrategy.composite(ScoringStrategy.rice().weighted(5));
    ScoringContext context = ScoringContext.of(scenario);
    List<Activity> activities = scenario.activities();
    for (Activity a : activities) {
      for (Activity b : activities) {
        double composite = alone.score(a, context).value() - alone.score(b, context).value();
        double rice =
            ScoringStrategy.rice().score(a, context).value()
                - ScoringStrategy.rice().score(b, context).value();
        assertThat(composite * rice).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property
  void agreesWithAReferenceWeightedMeanOfMinMaxNormalisedScores(
      @ForAll("scenarios") Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    ScoringStrategy[] parts = {
      ScoringStrategy.leverage(), ScoringStrategy.rice(), ScoringStrategy.wsjf()
    };
    double[] weights = {2, 1, 1};
    List<Activity> activities = scenario.activities();
    double[] expected = new double[activities.size()];
    for (int p = 0; p < parts.length; p++) {
      double[] raw = new double[activities.size()];
      for (int a = 0; a < raw.length; a++) {
        raw[a] = parts[p].score(activities.get(a), context).value();
      }
      double min = java.util.Arrays.stream(raw).min().orElseThrow();
      double max = java.util.Arrays.stream(raw).max().orElseThrow();
      for (int a = 0; a < raw.length; a++) {
        double normalised = max == min ? 1 : (raw[a] - min) / (max - min);
        expected[a] += weights[p] / 4 * normalised;
      }
    }
    for (int a = 0; a < activities.size(); a++) {
      assertThat(strategy().score(activities.get(a), context).value())
          .isCloseTo(expected[a], within(1e-12));
    }
  }
}
