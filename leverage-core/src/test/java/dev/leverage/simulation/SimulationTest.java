package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.uncertainty.PertDistribution;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private final Scenario scenario = UncertainExample.scenario();

  private static SimulationResult simulate(Scenario scenario, int samples, long seed, int threads) {
    return Simulation.builder().samples(samples).seed(seed).threads(threads).build().run(scenario);
  }

  @Test
  void theSameSeedGivesBitIdenticalResultsFor1And2And4Threads() {
    // 5000 samples make 5 chunks, the last one partial.
    SimulationResult one = simulate(scenario, 5000, 99, 1);
    for (int threads : new int[] {2, 4}) {
      SimulationResult many = simulate(scenario, 5000, 99, threads);
      for (int a = 0; a < scenario.activities().size(); a++) {
        String id = scenario.activities().get(a).id();
        assertThat(many.leverageSamples(a)).isEqualTo(one.leverageSamples(a));
        assertThat(many.output(id).samples()).isEqualTo(one.output(id).samples());
        assertThat(many.rankDistribution(id)).isEqualTo(one.rankDistribution(id));
        assertThat(many.probabilityBest(id)).isEqualTo(one.probabilityBest(id));
        assertThat(summary(many.leverage(id))).isEqualTo(summary(one.leverage(id)));
        assertThat(summary(many.output(id))).isEqualTo(summary(one.output(id)));
        for (String other : one.activityIds()) {
          assertThat(many.probabilityHigher(id, other)).isEqualTo(one.probabilityHigher(id, other));
        }
      }
    }
  }

  @Test
  void differentSeedsGiveDifferentSamples() {
    assertThat(simulate(scenario, 2000, 1, 1).leverageSamples(0))
        .isNotEqualTo(simulate(scenario, 2000, 2, 1).leverageSamples(0));
  }

  @Test
  void samplesMatchASlowReferenceThatRecomputesEachSampleWithTheDeterministicEngine() {
    int samples = 2500;
    long seed = 5;
    SimulationResult fast = simulate(scenario, samples, seed, 2);
    List<Activity> activities = scenario.activities();
    int count = activities.size();
    double[][] output = new double[count][samples];
    double[][] leverage = new double[count][samples];
    long[][] ranks = new long[count][count];
    for (int c = 0; c * Simulation.CHUNK_SIZE < samples; c++) {
      int from = c * Simulation.CHUNK_SIZE;
      int to = Math.min(samples, from + Simulation.CHUNK_SIZE);
      for (int a = 0; a < count; a++) {
        // The documented contract: one generator per chunk and activity position.
        SplittableRandom random = ActivitySampler.random(seed, c, a);
        for (int i = from; i < to; i++) {
          Activity drawn = drawPoints(activities.get(a), random);
          output[a][i] = scenario.output(drawn).output();
          leverage[a][i] = scenario.output(drawn).leverage();
        }
      }
      for (int i = from; i < to; i++) {
        List<Activity> drawn = new ArrayList<>();
        for (int a = 0; a < count; a++) {
          drawn.add(withLeverage(activities.get(a), leverage[a][i]));
        }
        Ranking ranking = Ranking.of(scenario.withActivities(drawn), ScoringStrategy.leverage());
        for (int a = 0; a < count; a++) {
          ranks[a][ranking.find(activities.get(a).id()).orElseThrow().rank() - 1]++;
        }
      }
    }
    for (int a = 0; a < count; a++) {
      String id = activities.get(a).id();
      double[] fastOutput = fast.output(id).samples();
      double[] fastLeverage = fast.leverageSamples(a);
      for (int i = 0; i < samples; i++) {
        assertThat(fastOutput[i]).isCloseTo(output[a][i], within(1e-12 * Math.abs(output[a][i])));
        assertThat(fastLeverage[i])
            .isCloseTo(leverage[a][i], within(1e-12 * Math.abs(leverage[a][i])));
      }
      // Quantiles and means of the stored-nothing simulation equal those of the samples.
      for (double p : new double[] {0.1, 0.5, 0.9}) {
        assertThat(fast.leverage(id).quantile(p))
            .isEqualTo(DistributionTest.sortedQuantile(fastLeverage, p));
      }
      assertThat(fast.leverage(id).p10())
          .isEqualTo(DistributionTest.sortedQuantile(fastLeverage, 0.1));
      assertThat(fast.output(id).p90()).isEqualTo(DistributionTest.sortedQuantile(fastOutput, 0.9));
      Distribution stored = Distribution.of(fastLeverage);
      assertThat(summary(fast.leverage(id))).isEqualTo(summary(stored));
      assertThat(summary(fast.output(id))).isEqualTo(summary(Distribution.of(fastOutput)));
      for (int r = 0; r < count; r++) {
        assertThat(fast.rankDistribution(id).get(r)).isEqualTo((double) ranks[a][r] / samples);
      }
      assertThat(fast.probabilityBest(id)).isEqualTo((double) ranks[a][0] / samples);
      for (int b = 0; b < count; b++) {
        long higher = 0;
        for (int i = 0; i < samples; i++) {
          higher += leverage[a][i] > leverage[b][i] ? 1 : 0;
        }
        assertThat(fast.probabilityHigher(id, activities.get(b).id()))
            .isEqualTo((double) higher / samples);
      }
    }
  }

  @Test
  void meanOutputConvergesToTheOutputAtThePertMeansWithinFourStandardErrors() {
    // Output is linear in the uplifts, so its expectation is the deterministic output (§5).
    SimulationResult result = simulate(scenario, 100_000, 11, 2);
    for (Activity activity : scenario.activities()) {
      Distribution output = result.output(activity.id());
      double[] samples = output.samples();
      double mean = output.mean();
      double variance =
          Arrays.stream(samples).map(x -> (x - mean) * (x - mean)).sum() / samples.length;
      double standardError = Math.sqrt(variance / samples.length);
      assertThat(mean)
          .as(activity.id())
          .isCloseTo(scenario.output(activity).output(), within(4 * standardError));
    }
    // groom-backlog takes a certain 3h, so its mean leverage is its mean output over 3h.
    assertThat(result.leverage("groom-backlog").mean())
        .isCloseTo(result.output("groom-backlog").mean() / 3, within(1e-12));
  }

  @Test
  void quantilesAreOrderedForEveryActivity() {
    SimulationResult result = simulate(scenario, 3000, 8, 2);
    for (SimulatedActivity activity : result.activities()) {
      for (Distribution distribution : List.of(activity.output(), activity.leverage())) {
        assertThat(distribution.min()).isLessThanOrEqualTo(distribution.p10());
        assertThat(distribution.p10()).isLessThanOrEqualTo(distribution.p50());
        assertThat(distribution.p50()).isLessThanOrEqualTo(distribution.p90());
        assertThat(distribution.p90()).isLessThanOrEqualTo(distribution.max());
        assertThat(distribution.count()).isEqualTo(3000);
      }
    }
  }

  @Test
  void pointEstimatesGiveZeroWidthDistributionsAtTheDeterministicValues() {
    Scenario certain = WorkedExample.scenario();
    SimulationResult result = simulate(certain, 1500, 3, 2);
    for (Activity activity : certain.activities()) {
      SimulatedActivity simulated = result.activity(activity.id());
      assertThat(simulated.output().isPoint()).isTrue();
      assertThat(simulated.leverage().isPoint()).isTrue();
      assertThat(simulated.leverage().p90() - simulated.leverage().p10()).isZero();
      assertThat(simulated.output().mean())
          .isCloseTo(certain.output(activity).output(), within(1e-12));
      assertThat(simulated.leverage().mean())
          .isCloseTo(certain.output(activity).leverage(), within(1e-12));
    }
    assertThat(result.probabilityBest("write-vision")).isEqualTo(1.0);
    assertThat(result.rankDistribution("groom-backlog")).containsExactly(0.0, 1.0);
  }

  @Test
  void probabilitiesLieInZeroToOneAndTheChancesOfRankingFirstSumToOne() {
    SimulationResult result = simulate(scenario, 4000, 21, 2);
    double best = 0;
    int count = result.activityIds().size();
    double[] perRank = new double[count];
    for (SimulatedActivity activity : result.activities()) {
      assertThat(activity.probabilityBest()).isBetween(0.0, 1.0);
      List<Double> ranks = result.rankDistribution(activity.id());
      assertThat(ranks).allMatch(p -> p >= 0 && p <= 1).hasSize(count);
      assertThat(ranks.stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, within(1e-12));
      assertThat(ranks.get(0)).isEqualTo(activity.probabilityBest());
      best += activity.probabilityBest();
      for (int r = 0; r < count; r++) {
        perRank[r] += ranks.get(r);
      }
    }
    assertThat(best).isCloseTo(1.0, within(1e-12));
    assertThat(perRank).containsOnly(new double[] {1.0}, within(1e-12));
    // The overlap is real: both write-vision and fix-search rank first in some samples.
    assertThat(result.probabilityBest("write-vision")).isBetween(0.5, 0.99);
    assertThat(result.probabilityBest("fix-search")).isBetween(0.01, 0.5);
    assertThat(result.probabilityBest("groom-backlog")).isZero();
  }

  @Test
  void theChancesOfAAboveBAndBAboveASumToOneWhenTiesAreImpossible() {
    SimulationResult result = simulate(scenario, 4000, 34, 2);
    for (String a : result.activityIds()) {
      assertThat(result.probabilityHigher(a, a)).isZero();
      for (String b : result.activityIds()) {
        double ab = result.probabilityHigher(a, b);
        assertThat(ab).isBetween(0.0, 1.0);
        if (!a.equals(b)) {
          assertThat(ab + result.probabilityHigher(b, a)).isCloseTo(1.0, within(1e-12));
        }
      }
    }
    assertThat(result.probabilityHigher("write-vision", "fix-search")).isBetween(0.5, 0.99);
  }

  @Test
  void tiedActivitiesRankByIdLikeTheRankingAndNeitherIsHigher() {
    Activity twin = WorkedExample.scenario().activities().get(1).toBuilder().build();
    Scenario tied =
        WorkedExample.scenario()
            .withActivities(
                List.of(
                    twin.toBuilder().id("b-groom").build(),
                    twin.toBuilder().id("a-groom").build()));
    SimulationResult result = simulate(tied, 1000, 1, 2);
    assertThat(result.probabilityBest("a-groom")).isEqualTo(1.0);
    assertThat(result.probabilityBest("b-groom")).isZero();
    assertThat(result.probabilityHigher("a-groom", "b-groom")).isZero();
    assertThat(result.probabilityHigher("b-groom", "a-groom")).isZero();
  }

  @Test
  void progressRisesStrictlyToTheTotalOfTwoPassesOverTheUncertainActivities() {
    List<long[]> calls = new ArrayList<>();
    Simulation.builder()
        .samples(3000)
        .seed(1)
        .threads(2)
        .build()
        .run(scenario, (done, total) -> calls.add(new long[] {done, total}));
    // Three uncertain activities, 3000 samples, two passes: 3 chunks, then 3 activities.
    long total = 2L * 3 * 3000;
    assertThat(calls).hasSize(6);
    assertThat(calls)
        .extracting(call -> call[0])
        .isSorted()
        .doesNotHaveDuplicates()
        .endsWith(total);
    assertThat(calls).extracting(call -> call[1]).containsOnly(total);
  }

  @Test
  void samplesMustBeFromOneToTheCap() {
    for (int samples : new int[] {0, -5, Simulation.MAX_SAMPLES + 1}) {
      assertThatThrownBy(() -> Simulation.builder().samples(samples).seed(1).build())
          .isInstanceOf(InvalidModelException.class)
          .extracting(e -> ((InvalidModelException) e).problems())
          .isEqualTo(List.of(Problem.at("samples", "must be from 1 to 1000000, was " + samples)));
    }
    assertThatThrownBy(() -> Simulation.builder().threads(0).seed(1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("threads: must be at least 1, was 0");
    assertThat(Simulation.builder().seed(1).build().samples()).isEqualTo(10_000);
    assertThat(Simulation.builder().seed(1).build().threads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void anUnknownActivityNamesTheClosestOne() {
    SimulationResult result = simulate(scenario, 100, 1, 1);
    assertThatThrownBy(() -> result.probabilityHigher("write-vison", "fix-search"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown activity 'write-vison', did you mean 'write-vision'?");
  }

  @Test
  void aScenarioWithoutActivitiesSimulatesToNothing() {
    SimulationResult result =
        simulate(WorkedExample.scenario().withActivities(List.of()), 100, 1, 2);
    assertThat(result.activities()).isEmpty();
    assertThat(result.samples()).isEqualTo(100);
    assertThat(result.seed()).isEqualTo(1);
  }

  /** The activity with each uncertain estimate replaced by a draw, in the documented order. */
  private static Activity drawPoints(Activity activity, SplittableRandom random) {
    double hours = PertDistribution.of(activity.time().hours()).sample(random);
    List<Effect> effects = new ArrayList<>();
    for (Effect effect : activity.effects()) {
      double uplift = PertDistribution.of(effect.uplift()).sample(random);
      effects.add(effect.toBuilder().uplift(uplift).build());
    }
    return activity.toBuilder().time(Effort.ofHours(hours)).replaceEffects(effects).build();
  }

  /** An activity of 1 hour whose only effect gives it {@code leverage}, for ranking references. */
  private static Activity withLeverage(Activity activity, double leverage) {
    // checkout is alice's own team (weight 1, output 100) over the 12-week horizon.
    return activity.toBuilder()
        .time(Effort.ofHours(1))
        .replaceEffects(List.of(Effect.on("checkout", leverage / 1200)))
        .build();
  }

  private static List<Double> summary(Distribution distribution) {
    return List.of(
        distribution.mean(),
        distribution.p10(),
        distribution.p50(),
        distribution.p90(),
        distribution.quantile(0.37),
        distribution.min(),
        distribution.max());
  }
}
