package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DisagreementTest {

  /** A scenario whose activities score {@code scores[i]} under strategy "x" and "y". */
  private static Ranking ranking(String name, String attribute, Scenario scenario) {
    ScoringStrategy strategy =
        ScoringStrategy.named(
            name,
            (activity, context) ->
                Score.single(attribute, context.attribute(activity, attribute, name), Map.of()));
    return Ranking.of(scenario, strategy);
  }

  private static Scenario scenario(double[] x, double[] y) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      activities.add(
          Scenarios.activity("a" + i, 1).attribute("x", x[i]).attribute("y", y[i]).build());
    }
    return Scenarios.of(activities.toArray(new Activity[0]));
  }

  private static double tau(double[] x, double[] y) {
    Scenario scenario = scenario(x, y);
    return Disagreement.kendallTau(ranking("x", "x", scenario), ranking("y", "y", scenario));
  }

  @Example
  void isOneWhenStrategiesAgreeAndMinusOneWhenTheyReverse() {
    assertThat(tau(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1);
    assertThat(tau(new double[] {1, 2, 3, 4}, new double[] {40, 30, 20, 10})).isEqualTo(-1);
  }

  @Example
  void countsConcordantAndDiscordantPairs() {
    // pairs (0,1) (0,2) (0,3) (1,2) (1,3) (2,3): one swapped -> (5 - 1) / 6
    assertThat(tau(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
        .isCloseTo(4.0 / 6, within(1e-12));
  }

  @Example
  void leavesTiesOutAsTauBDoes() {
    // x ties (0,1); y has no ties: C = 5, D = 0, P = 6, Tx = 1 -> 5 / sqrt(5 * 6)
    assertThat(tau(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 4}))
        .isCloseTo(5 / Math.sqrt(30), within(1e-12));
    assertThat(tau(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    assertThat(tau(new double[] {1}, new double[] {1})).isNaN();
  }

  @Example
  void namesTheActivitiesWhoseRankMovesMost() {
    Scenario scenario = scenario(new double[] {4, 3, 2, 1}, new double[] {1, 3, 2, 4});
    Disagreement disagreement =
        Disagreement.of(List.of(ranking("x", "x", scenario), ranking("y", "y", scenario)));
    assertThat(disagreement.mostMoved())
        .extracting(Disagreement.Mover::activity)
        .containsExactly("a0", "a3");
    assertThat(disagreement.mostMoved().get(0).ranks())
        .containsExactly(Map.entry("x", 1), Map.entry("y", 4));
    assertThat(disagreement.mostMoved().get(0).spread()).isEqualTo(3);
    assertThat(disagreement.movers())
        .extracting(Disagreement.Mover::spread)
        .containsExactly(3, 3, 0, 0);
    assertThat(disagreement.pairs()).hasSize(1);
    assertThat(disagreement.pairs().get(0).a()).isEqualTo("x");
  }

  @Example
  void namesNoMoverWhenAllAgree() {
    Scenario scenario = scenario(new double[] {1, 2}, new double[] {5, 6});
    Disagreement disagreement =
        Disagreement.of(List.of(ranking("x", "x", scenario), ranking("y", "y", scenario)));
    assertThat(disagreement.mostMoved()).isEmpty();
  }

  @Example
  void refusesRankingsOfDifferentActivitiesOrTwiceTheSameStrategy() {
    Scenario scenario = scenario(new double[] {1, 2}, new double[] {5, 6});
    Ranking x = ranking("x", "x", scenario);
    Ranking fewer =
        Ranking.of(
            ScoringContext.of(scenario),
            ScoringStrategy.named("y", (a, c) -> Score.single("y", 1, Map.of())),
            List.of(scenario.activities().get(0)));
    assertThatThrownBy(() -> Disagreement.of(List.of(x, fewer)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Disagreement.of(List.of(x, x)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two rankings by strategy 'x'");
  }

  @Provide
  Arbitrary<double[][]> scores() {
    return Arbitraries.integers()
        .between(2, 9)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(0, 4)
                    .map(Integer::doubleValue)
                    .array(double[].class)
                    .ofSize(n)
                    .array(double[][].class)
                    .ofSize(2));
  }

  @Property(tries = 300)
  void agreesWithTheDefinitionOverEveryPair(@ForAll("scores") double[][] scores) {
    double[] x = scores[0];
    double[] y = scores[1];
    int n = x.length;
    // Reference: tau-b as the cosine of sign vectors over all ordered pairs.
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sx = Math.signum(x[i] - x[j]);
        double sy = Math.signum(y[i] - y[j]);
        dot += sx * sy;
        xx += sx * sx;
        yy += sy * sy;
      }
    }
    double expected = xx == 0 || yy == 0 ? Double.NaN : dot / Math.sqrt(xx * yy);
    double actual = tau(x, y);
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(1e-12));
      assertThat(tau(y, x)).isCloseTo(actual, within(1e-12));
      assertThat(actual).isBetween(-1.0, 1.0);
    }
  }
}
