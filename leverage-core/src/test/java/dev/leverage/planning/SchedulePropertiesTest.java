package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.ActivityOutput;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The laws of several-weeks planning (§7 of the model), checked against a brute-force scheduler.
 */
class SchedulePropertiesTest {
  private static final double EPSILON = 1e-6;
  private static final long NODES = 1_000_000;

  /** Up to 7 candidates over up to 3 weeks: small enough for the brute force. */
  @Provide
  Arbitrary<ScheduleProblem> small() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(1, 3),
            Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as((n, weeks, seed, declining) -> arbitrary(seed, n, weeks, declining));
  }

  /** Up to 20 candidates over up to 6 weeks, worth no more when done later (as §4 makes them). */
  @Provide
  Arbitrary<ScheduleProblem> medium() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 20),
            Arbitraries.integers().between(1, 6),
            Arbitraries.longs())
        .as((n, weeks, seed) -> arbitrary(seed, n, weeks, true));
  }

  /** Up to 24 candidates over up to 8 weeks, with outputs that may rise or fall by week. */
  @Provide
  Arbitrary<ScheduleProblem> mixed() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 24),
            Arbitraries.integers().between(1, 8),
            Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as((n, weeks, seed, declining) -> arbitrary(seed, n, weeks, declining));
  }

  private static ScheduleProblem arbitrary(long seed, int n, int weeks, boolean declining) {
    return ScheduleInstances.arbitrary(new Random(seed), n, weeks, declining);
  }

  @Property(tries = 300)
  void theScheduleHasTheBestOutputOfAllSchedules(@ForAll("small") ScheduleProblem problem) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    ScheduleBruteForce brute = ScheduleBruteForce.solve(problem, false);
    assertThat(optimum.exact).isTrue();
    assertThat(problem.isFeasible(optimum.week)).isTrue();
    assertThat(optimum.output).isCloseTo(brute.bestOutput, within(EPSILON));
    assertThat(optimum.upperBound).isCloseTo(brute.bestOutput, within(EPSILON));
  }

  @Property(tries = 300)
  void foundationFirstSecuresTheMostFoundationOutputThenTheMostOutput(
      @ForAll("small") ScheduleProblem problem) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, true, NODES);
    ScheduleBruteForce brute = ScheduleBruteForce.solve(problem, true);
    assertThat(optimum.exact).isTrue();
    assertThat(problem.isFeasible(optimum.week)).isTrue();
    assertThat(optimum.foundationOutput).isCloseTo(brute.bestFoundation, within(EPSILON));
    assertThat(optimum.output).isCloseTo(brute.bestOutput, within(EPSILON));
  }

  @Property(tries = 200)
  void everyWeekKeepsItsBudgetAndRequirementsComeNoLater(
      @ForAll("mixed") ScheduleProblem problem, @ForAll boolean foundationFirst) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, foundationFirst, 2_000);
    long[] used = new long[problem.weeks];
    for (int i = 0; i < problem.n; i++) {
      int week = optimum.week[i];
      assertThat(week).isBetween(-1, problem.weeks - 1);
      if (week >= 0) {
        used[week] += problem.minutes[i];
        for (int r : problem.requires[i]) {
          assertThat(optimum.week[r]).as("requirement %d of %d", r, i).isBetween(0, week);
        }
      }
    }
    for (int w = 0; w < problem.weeks; w++) {
      assertThat(used[w]).as("week %d", w).isLessThanOrEqualTo(problem.capacity[w]);
    }
    assertThat(optimum.output).isCloseTo(problem.output(optimum.week), within(1e-9));
  }

  @Property(tries = 100)
  void moreTimeEveryWeekNeverLowersTheOptimum(
      @ForAll("medium") ScheduleProblem problem, @ForAll @IntRange(min = 0, max = 30) int more) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    ScheduleOptimum larger = ScheduleOptimum.find(withMoreTime(problem, more), false, NODES);
    assertThat(optimum.exact && larger.exact).isTrue();
    assertThat(larger.output).isGreaterThanOrEqualTo(optimum.output - EPSILON);
  }

  @Property(tries = 100)
  void moreWeeksNeverLowerTheOptimum(@ForAll("medium") ScheduleProblem problem) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    ScheduleOptimum fewer =
        ScheduleOptimum.find(firstWeeks(problem, problem.weeks - 1), false, NODES);
    assertThat(optimum.output).isGreaterThanOrEqualTo(fewer.output - EPSILON);
  }

  @Property(tries = 100)
  void aCandidateThatNeverAddsOutputIsNotDone(@ForAll("medium") ScheduleProblem problem) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    boolean[] needed = new boolean[problem.n];
    for (int i = 0; i < problem.n; i++) {
      if (optimum.week[i] >= 0) {
        for (int r : problem.requires[i]) {
          needed[r] = true;
        }
      }
    }
    for (int i = 0; i < problem.n; i++) {
      if (optimum.week[i] >= 0 && !needed[i]) {
        assertThat(problem.output(i, optimum.week[i])).as("candidate %d", i).isGreaterThan(0);
      }
    }
  }

  @Property(tries = 300)
  void aStoppedSearchGivesAFeasibleScheduleAndAnUpperBoundOnTheBest(
      @ForAll("small") ScheduleProblem problem,
      @ForAll boolean foundationFirst,
      @ForAll @IntRange(min = 1, max = 4) int nodes) {
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, foundationFirst, nodes);
    ScheduleBruteForce brute = ScheduleBruteForce.solve(problem, foundationFirst);
    assertThat(problem.isFeasible(optimum.week)).isTrue();
    if (foundationFirst) {
      assertThat(optimum.foundationOutput).isLessThanOrEqualTo(brute.bestFoundation + EPSILON);
      assertThat(optimum.foundationUpperBound)
          .isGreaterThanOrEqualTo(brute.bestFoundation - EPSILON);
    } else {
      assertThat(optimum.output).isLessThanOrEqualTo(brute.bestOutput + EPSILON);
    }
    assertThat(optimum.upperBound).isGreaterThanOrEqualTo(brute.bestOutput - EPSILON);
    if (optimum.exact) {
      assertThat(optimum.output).isCloseTo(brute.bestOutput, within(EPSILON));
    }
  }

  @Property(tries = 200)
  void oneWeekIsTheSingleWeekPlan(
      @ForAll("plannerInstances") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan =
        Planner.builder()
            .budget(instance.budget())
            .foundationFirst(foundationFirst)
            .build()
            .plan(Instance.MANAGER, instance.candidates());
    ScheduleOptimum optimum =
        ScheduleOptimum.find(
            oneWeek(instance.candidates(), instance.budgetMinutes()), foundationFirst, NODES);
    assertThat(plan.exact() && optimum.exact).isTrue();
    assertThat(optimum.output).isCloseTo(plan.output(), within(EPSILON));
    assertThat(optimum.foundationOutput).isCloseTo(plan.foundationOutput(), within(EPSILON));
  }

  @Provide
  Arbitrary<Instance> plannerInstances() {
    return Instance.upTo(14, 3);
  }

  @Test
  void fortyCandidatesOverAQuarterAreScheduledExactly() {
    for (int seed = 0; seed < 3; seed++) {
      ScheduleProblem problem =
          ScheduleInstances.realistic(new Random(seed), 40, 13, 30 * 60, true);
      ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
      assertThat(optimum.exact).as("seed %d", seed).isTrue();
      assertThat(problem.isFeasible(optimum.week)).isTrue();
    }
  }

  @Test
  void theSameCandidateIsWorthLessLaterSoTheMoreValuableGoesFirst() {
    // Two candidates of 6h, one 6h week each: a (loses 10 a week) first, then b (loses 2 a week).
    ScheduleProblem problem =
        ScheduleProblem.of(
            new int[] {360, 360},
            new int[] {360, 360},
            new double[][] {{100, 90}, {50, 48}},
            new boolean[2],
            new int[][] {{}, {}});
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    assertThat(optimum.week).containsExactly(0, 1);
    assertThat(optimum.output).isEqualTo(148.0);
  }

  @Test
  void aRequirementWorthNothingIsDoneFirstForWhatItUnlocks() {
    // b requires a (worth 0); both fit one week: a in week 0 with b, or a first.
    ScheduleProblem problem =
        ScheduleProblem.of(
            new int[] {300, 300},
            new int[] {300, 300, 300},
            new double[][] {{0, 0, 0}, {90, 80, 70}},
            new boolean[2],
            new int[][] {{}, {0}});
    ScheduleOptimum optimum = ScheduleOptimum.find(problem, false, NODES);
    assertThat(optimum.week).containsExactly(0, 1);
    assertThat(optimum.output).isEqualTo(80.0);
  }

  @Test
  void foundationWorkComesFirstWhenAsked() {
    // One 5h week: vision (foundation, 30) or backlog (50); foundation first takes the vision.
    ScheduleProblem problem =
        ScheduleProblem.of(
            new int[] {300, 300},
            new int[] {300},
            new double[][] {{30}, {50}},
            new boolean[] {true, false},
            new int[][] {{}, {}});
    assertThat(ScheduleOptimum.find(problem, false, NODES).week).containsExactly(-1, 0);
    assertThat(ScheduleOptimum.find(problem, true, NODES).week).containsExactly(0, -1);
  }

  private static ScheduleProblem withMoreTime(ScheduleProblem p, int more) {
    int[] capacity = Arrays.stream(p.capacity).map(c -> c + more).toArray();
    return ScheduleProblem.of(p.minutes, capacity, outputs(p, p.weeks), p.foundation, p.requires);
  }

  private static ScheduleProblem firstWeeks(ScheduleProblem p, int weeks) {
    return ScheduleProblem.of(
        p.minutes, Arrays.copyOf(p.capacity, weeks), outputs(p, weeks), p.foundation, p.requires);
  }

  private static double[][] outputs(ScheduleProblem p, int weeks) {
    double[][] output = new double[p.n][weeks];
    for (int i = 0; i < p.n; i++) {
      for (int w = 0; w < weeks; w++) {
        output[i][w] = p.output(i, w);
      }
    }
    return output;
  }

  private static ScheduleProblem oneWeek(List<ActivityOutput> candidates, long budgetMinutes) {
    int n = candidates.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(candidates.get(i).activity().id(), i);
    }
    int[] minutes = new int[n];
    double[][] output = new double[n][1];
    boolean[] foundation = new boolean[n];
    int[][] requires = new int[n][];
    for (int i = 0; i < n; i++) {
      ActivityOutput candidate = candidates.get(i);
      minutes[i] = Candidates.minutes(candidate.hours());
      output[i][0] = candidate.output();
      foundation[i] = candidate.activity().isFoundation();
      requires[i] = candidate.activity().requires().stream().mapToInt(index::get).toArray();
    }
    return ScheduleProblem.of(
        minutes, new int[] {(int) budgetMinutes}, output, foundation, requires);
  }
}
