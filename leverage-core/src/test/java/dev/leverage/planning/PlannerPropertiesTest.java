package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of §7 of the model, checked against a brute-force planner. */
class PlannerPropertiesTest {
  private static final double EPSILON = 1e-6;

  @Provide
  Arbitrary<Instance> small() {
    return Instance.upTo(14, 3);
  }

  @Provide
  Arbitrary<Instance> medium() {
    return Instance.upTo(30, 3);
  }

  @Provide
  Arbitrary<Instance> independent() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 300),
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 2400),
            Arbitraries.of(true, false))
        .as(
            (n, seed, budget, fractional) ->
                Instance.random(n, new Random(seed), budget, 0.0, 1, fractional));
  }

  @Provide
  Arbitrary<Instance> allFit() {
    return Combinators.combine(Instance.upTo(14, 3), Arbitraries.integers().between(0, 5000))
        .as((instance, more) -> instance.withBudget(instance.totalMinutes() + more));
  }

  @Provide
  Arbitrary<Instance> forests() {
    return Instance.upTo(14, 1);
  }

  private static Plan plan(Instance instance, boolean foundationFirst) {
    return Planner.builder()
        .budget(instance.budget())
        .foundationFirst(foundationFirst)
        .build()
        .plan(Instance.MANAGER, instance.candidates());
  }

  @Property(tries = 200)
  void aPlanNeverExceedsItsBudget(
      @ForAll("medium") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    long minutes = plan.activities().stream().mapToLong(PlannedActivity::minutes).sum();
    assertThat(minutes).isLessThanOrEqualTo(instance.budgetMinutes());
    assertThat(plan.usedHours() + plan.unusedHours()).isCloseTo(plan.budgetHours(), within(1e-9));
  }

  @Property(tries = 200)
  void aPlanIsClosedUnderRequiresAndListsRequirementsFirst(
      @ForAll("medium") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    Set<String> done = new HashSet<>();
    for (PlannedActivity activity : plan.activities()) {
      assertThat(done).containsAll(activity.activity().requires());
      done.add(activity.id());
    }
  }

  @Property(tries = 200)
  void aPlanCreatesAsMuchOutputAsTheBestClosedSetThatFits(@ForAll("small") Instance instance) {
    Plan plan = plan(instance, false);
    double best = BruteForce.of(instance.candidates()).output(instance.budgetMinutes());
    assertThat(plan.exact()).isTrue();
    assertThat(plan.output()).isCloseTo(best, within(EPSILON));
  }

  @Property(tries = 200)
  void whenEverythingFitsThePlanIsExactAndTheBestClosedSet(
      @ForAll("allFit") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    BruteForce brute = BruteForce.of(instance.candidates());
    assertThat(plan.exact()).isTrue();
    if (foundationFirst) {
      double[] best = brute.foundationFirst(instance.budgetMinutes());
      assertThat(plan.foundationOutput()).isCloseTo(best[1], within(EPSILON));
      assertThat(plan.output()).isCloseTo(best[0], within(EPSILON));
    } else {
      assertThat(plan.output()).isCloseTo(brute.output(instance.budgetMinutes()), within(EPSILON));
    }
  }

  @Property(tries = 200)
  void whenEverythingFitsAndIsWorthSomethingEverythingIsPlannedExactly(
      @ForAll("allFit") Instance fits, @ForAll boolean foundationFirst) {
    Instance instance = fits.withOutputs(output -> Math.abs(output) + 1);
    Plan plan = plan(instance, foundationFirst);
    assertThat(plan.exact()).isTrue();
    assertThat(plan.gap()).isZero();
    assertThat(plan.ids())
        .containsExactlyInAnyOrderElementsOf(
            instance.candidates().stream().map(c -> c.activity().id()).toList());
    assertThat(plan.leftOut()).isEmpty();
  }

  @Property(tries = 200)
  void theFrontierHoldsExactlyTheBudgetsWhereTheBestOutputChanges(
      @ForAll("small") Instance week, @ForAll("forests") Instance forest, @ForAll long seed) {
    // A week of any requirements, and a forest at a budget of up to 240 million minutes.
    for (Instance instance : List.of(week, forest.stretched(100_000, seed))) {
      Frontier frontier = plan(instance, false).frontier();
      List<Frontier.Point> points = frontier.points();
      List<Long> steps = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        // The last point is the budget itself, a step only when the output changes there.
        if (points.get(i).output() != points.get(i - 1).output()) {
          steps.add(Math.round(points.get(i).hours() * 60));
        }
      }
      assertThat(frontier.exact()).isTrue();
      assertThat(steps)
          .as("%s", instance)
          .isEqualTo(BruteForce.of(instance.candidates()).changes(instance.budgetMinutes()));
    }
  }

  @Property(tries = 100)
  void aForestAtABudgetFarPastAWeekIsPlannedExactlyAndItsFrontierIsExact(
      @ForAll("forests") Instance week, @ForAll long seed, @ForAll boolean foundationFirst) {
    Instance instance = week.stretched(100_000, seed);
    Plan plan = plan(instance, foundationFirst);
    BruteForce brute = BruteForce.of(instance.candidates());
    assertThat(plan.exact()).isTrue();
    if (foundationFirst) {
      double[] best = brute.foundationFirst(instance.budgetMinutes());
      assertThat(plan.foundationOutput()).isCloseTo(best[1], within(EPSILON));
      assertThat(plan.output()).isCloseTo(best[0], within(EPSILON));
      return;
    }
    assertThat(plan.output()).isCloseTo(brute.output(instance.budgetMinutes()), within(EPSILON));
    Frontier frontier = plan.frontier();
    assertThat(frontier.exact()).isTrue();
    for (Frontier.Point point : frontier.points()) {
      long minutes = Math.round(point.hours() * 60);
      assertThat(point.output()).isCloseTo(brute.output(minutes), within(EPSILON));
      if (minutes > 0) {
        assertThat(frontier.at(Effort.ofMinutes(minutes - 1)))
            .isCloseTo(brute.output(minutes - 1), within(EPSILON));
      }
    }
  }

  @Property(tries = 100)
  void anyInstanceAtABudgetFarPastAWeekIsAPlanWhoseGapBoundsTheBest(
      @ForAll("medium") Instance week, @ForAll long seed) {
    Instance instance = week.stretched(100_000, seed);
    Plan plan = plan(instance, false);
    long minutes = plan.activities().stream().mapToLong(PlannedActivity::minutes).sum();
    assertThat(minutes).isLessThanOrEqualTo(instance.budgetMinutes());
    assertThat(plan.exact()).isEqualTo(plan.gap() == 0);
    if (instance.size() <= 16) {
      double best = BruteForce.of(instance.candidates()).output(instance.budgetMinutes());
      assertThat(plan.output()).isLessThanOrEqualTo(best + EPSILON);
      assertThat(plan.output() + plan.gap()).isGreaterThanOrEqualTo(best - EPSILON);
    }
    Frontier frontier = plan.frontier();
    assertThat(frontier.at(plan.budget())).isGreaterThanOrEqualTo(plan.output() - EPSILON);
  }

  @Property(tries = 200)
  void aFoundationFirstPlanMaximizesFoundationOutputThenOutput(@ForAll("small") Instance instance) {
    Plan plan = plan(instance, true);
    double[] best = BruteForce.of(instance.candidates()).foundationFirst(instance.budgetMinutes());
    assertThat(plan.exact()).isTrue();
    assertThat(plan.foundationOutput()).isCloseTo(best[1], within(EPSILON));
    assertThat(plan.output()).isCloseTo(best[0], within(EPSILON));
  }

  @Property(tries = 200)
  void independentCandidatesGetTheBestOutputOfTheWholeProgramInTheFewestMinutes(
      @ForAll("independent") Instance instance) {
    Plan plan = plan(instance, false);
    long used = Math.round(plan.usedHours() * 60);
    assertThat(used).isLessThanOrEqualTo(instance.budgetMinutes());
    assertThat(plan.output()).isCloseTo(plan.frontier().at(instance.budget()), within(EPSILON));
    if (used > 0) {
      assertThat(plan.frontier().at(Effort.ofMinutes(used - 1)))
          .isLessThan(plan.output() - 1e-9 * Math.max(1, plan.output()));
    }
  }

  @Property(tries = 200)
  void theFrontierIsTheBestOutputForEveryBudget(@ForAll("small") Instance instance) {
    Plan plan = plan(instance, false);
    BruteForce brute = BruteForce.of(instance.candidates());
    for (long minutes = 0; minutes <= instance.budgetMinutes(); minutes += 7) {
      assertThat(plan.frontier().at(Effort.ofMinutes(minutes)))
          .as("at %s minutes", minutes)
          .isCloseTo(brute.output(minutes), within(EPSILON));
    }
    for (Frontier.Point point : plan.frontier().points()) {
      long minutes = Math.round(point.hours() * 60);
      assertThat(point.output())
          .as("step at %s minutes", minutes)
          .isCloseTo(brute.output(minutes), within(EPSILON));
    }
  }

  @Property(tries = 200)
  void theFrontierNeverDecreasesAndEndsAtThePlansOutput(@ForAll("medium") Instance instance) {
    Plan plan = plan(instance, false);
    List<Frontier.Point> points = plan.frontier().points();
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).output()).isGreaterThanOrEqualTo(points.get(i - 1).output());
      assertThat(points.get(i).hours()).isGreaterThan(points.get(i - 1).hours());
      if (i < points.size() - 1) {
        assertThat(points.get(i).output()).isGreaterThan(points.get(i - 1).output());
      }
    }
    assertThat(points.get(0).hours()).isZero();
    assertThat(points.get(points.size() - 1).hours()).isEqualTo(plan.budgetHours());
    assertThat(plan.frontier().at(plan.budget())).isCloseTo(plan.output(), within(1e-9));
  }

  @Property(tries = 200)
  void moreBudgetNeverLowersTheOptimum(
      @ForAll("medium") Instance instance, @ForAll @IntRange(min = 0, max = 600) int more) {
    Plan plan = plan(instance, false);
    Plan larger = plan(instance.withBudget(instance.budgetMinutes() + more), false);
    assertThat(larger.output()).isGreaterThanOrEqualTo(plan.output() - EPSILON);
  }

  @Property(tries = 200)
  void anotherCandidateNeverLowersTheOptimum(@ForAll("medium") Instance instance) {
    List<ActivityOutput> fewer = new ArrayList<>(instance.candidates());
    ActivityOutput last = fewer.remove(fewer.size() - 1);
    boolean needed =
        fewer.stream().anyMatch(c -> c.activity().requires().contains(last.activity().id()));
    if (needed || fewer.isEmpty()) {
      return;
    }
    Plan without = plan(new Instance(fewer, instance.budgetMinutes()), false);
    Plan with = plan(instance, false);
    assertThat(with.output()).isGreaterThanOrEqualTo(without.output() - EPSILON);
  }

  @Property(tries = 200)
  void foundationFirstNeverHasLessFoundationOutput(@ForAll("medium") Instance instance) {
    Plan plain = plan(instance, false);
    Plan foundation = plan(instance, true);
    assertThat(foundation.foundationOutput())
        .isGreaterThanOrEqualTo(plain.foundationOutput() - EPSILON);
    assertThat(foundation.output()).isLessThanOrEqualTo(plain.output() + EPSILON);
  }

  @Property(tries = 200)
  void everyPlannedActivityNothingNeedsCreatesOutput(
      @ForAll("medium") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    Set<String> needed = new HashSet<>();
    plan.activities().forEach(a -> needed.addAll(a.activity().requires()));
    for (PlannedActivity activity : plan.activities()) {
      if (!needed.contains(activity.id())) {
        assertThat(activity.output()).as(activity.id()).isGreaterThan(0);
      }
    }
  }

  @Property(tries = 200)
  void thePlanDoesNotDependOnTheOrderOfTheCandidates(
      @ForAll("medium") Instance instance, @ForAll long seed, @ForAll boolean foundationFirst) {
    List<ActivityOutput> shuffled = new ArrayList<>(instance.candidates());
    Collections.shuffle(shuffled, new Random(seed));
    Plan plan = plan(instance, foundationFirst);
    Plan again = plan(new Instance(shuffled, instance.budgetMinutes()), foundationFirst);
    assertThat(again.ids()).isEqualTo(plan.ids());
    assertThat(again.leftOut()).isEqualTo(plan.leftOut());
  }

  @Property(tries = 200)
  void theExecutionOrderPutsFoundationWorkThenLeverageFirstAmongWhatIsReady(
      @ForAll("medium") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    Map<String, PlannedActivity> planned = new HashMap<>();
    plan.activities().forEach(a -> planned.put(a.id(), a));
    Set<String> early = new HashSet<>();
    for (PlannedActivity activity : plan.activities()) {
      if (activity.activity().isFoundation()) {
        Map<String, ActivityOutput> byId = new HashMap<>();
        planned.values().forEach(a -> byId.put(a.id(), a.activityOutput()));
        early.addAll(closure(activity.id(), byId));
      }
    }
    List<PlannedActivity> remaining = new ArrayList<>(plan.activities());
    Set<String> done = new HashSet<>();
    for (PlannedActivity next : plan.activities()) {
      PlannedActivity expected =
          remaining.stream()
              .filter(a -> done.containsAll(a.activity().requires()))
              .min(
                  (a, b) -> {
                    boolean fa = early.contains(a.id());
                    boolean fb = early.contains(b.id());
                    if (fa != fb) {
                      return fa ? -1 : 1;
                    }
                    int byLeverage = Double.compare(b.leverage(), a.leverage());
                    return byLeverage != 0 ? byLeverage : a.id().compareTo(b.id());
                  })
              .orElseThrow();
      assertThat(next.id()).isEqualTo(expected.id());
      remaining.remove(next);
      done.add(next.id());
    }
  }

  @Property(tries = 200)
  void everyLeftOutActivityHasTheReasonThatApplies(
      @ForAll("medium") Instance instance, @ForAll boolean foundationFirst) {
    Plan plan = plan(instance, foundationFirst);
    Map<String, ActivityOutput> byId = new HashMap<>();
    instance.candidates().forEach(c -> byId.put(c.activity().id(), c));
    Set<String> planned = new HashSet<>(plan.ids());
    assertThat(plan.leftOut().size() + planned.size()).isEqualTo(instance.size());
    long unused = Math.round(plan.unusedHours() * 60);
    for (LeftOut left : plan.leftOut()) {
      assertThat(planned).doesNotContain(left.id());
      Set<String> closure = closure(left.id(), byId);
      long closureMinutes =
          closure.stream().mapToLong(id -> Candidates.minutes(byId.get(id).hours())).sum();
      boolean requirementLeftOut = !planned.containsAll(left.activity().requires());
      switch (left.reason()) {
        case DOES_NOT_FIT -> assertThat(closureMinutes).isGreaterThan(instance.budgetMinutes());
        case REQUIREMENT_LEFT_OUT -> {
          assertThat(closureMinutes).isLessThanOrEqualTo(instance.budgetMinutes());
          assertThat(requirementLeftOut).isTrue();
        }
        case WORTH_LESS -> {
          assertThat(closureMinutes).isLessThanOrEqualTo(instance.budgetMinutes());
          assertThat(requirementLeftOut).isFalse();
          boolean fits = Candidates.minutes(left.activityOutput().hours()) <= unused;
          assertThat(fits && left.activityOutput().output() > EPSILON).isFalse();
        }
      }
    }
  }

  @Property(tries = 200)
  void anInexactPlanIsStillAPlanAndItsGapBoundsTheBest(
      @ForAll("small") Instance instance,
      @ForAll @IntRange(min = 1, max = 3) int nodes,
      @ForAll @IntRange(min = 1, max = 4000) int cells) {
    Plan plan =
        Planner.builder()
            .budget(instance.budget())
            .maxSearchNodes(nodes)
            .maxTableCells(cells)
            .build()
            .plan(Instance.MANAGER, instance.candidates());
    BruteForce brute = BruteForce.of(instance.candidates());
    double best = brute.output(instance.budgetMinutes());
    long minutes = plan.activities().stream().mapToLong(PlannedActivity::minutes).sum();
    assertThat(minutes).isLessThanOrEqualTo(instance.budgetMinutes());
    Set<String> done = new HashSet<>();
    for (PlannedActivity activity : plan.activities()) {
      assertThat(done).containsAll(activity.activity().requires());
      done.add(activity.id());
    }
    assertThat(plan.output()).isLessThanOrEqualTo(best + EPSILON);
    assertThat(plan.output() + plan.gap()).isGreaterThanOrEqualTo(best - EPSILON);
    if (plan.exact()) {
      assertThat(plan.output()).isCloseTo(best, within(EPSILON));
    }
    for (long at = 0; at <= instance.budgetMinutes(); at += 13) {
      double bestThere = brute.output(at);
      double output = plan.frontier().at(Effort.ofMinutes(at));
      assertThat(output).isLessThanOrEqualTo(bestThere + EPSILON);
      assertThat(output + plan.frontier().gap()).isGreaterThanOrEqualTo(bestThere - EPSILON);
    }
  }

  private static Set<String> closure(String id, Map<String, ActivityOutput> byId) {
    Set<String> closure = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (closure.add(next)) {
        todo.addAll(byId.get(next).activity().requires());
      }
    }
    return closure;
  }
}
