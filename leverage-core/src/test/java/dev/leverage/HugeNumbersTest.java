package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.simulation.SimulatedActivity;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * MODEL.md §10: a number that would make any computed quantity (an output, a sum of outputs, a
 * leverage, an investment share, a PERT mean, a coaching uplift, a simulated sample) infinite or
 * NaN is bad input, refused when the scenario is built, at the path of the value that caused it; so
 * every command computes only finite numbers.
 */
class HugeNumbersTest {

  private static Scenario.Builder oneTeam(double output, Activity... activities) {
    return Scenario.builder()
        .organization(
            Organization.builder()
                .teams(Team.of("a", output))
                .managers(Manager.owning("m", "a"))
                .build())
        .activities(List.of(activities));
  }

  private static Activity activity(String id, double hours, Estimate uplift) {
    return Activity.builder()
        .id(id)
        .by("m")
        .time(Effort.ofHours(hours))
        .effects(Effect.builder().team("a").uplift(uplift).build())
        .build();
  }

  private static InvalidModelException refusal(Supplier<?> build) {
    try {
      build.get();
    } catch (InvalidModelException e) {
      return e;
    }
    throw new AssertionError("was not refused");
  }

  @Example
  void aHugeTeamOutputIsRefusedAtTheTeamsOutput() {
    InvalidModelException e =
        refusal(() -> oneTeam(1e299, activity("x", 1, Estimate.of(10))).build());
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                "teams[0].output",
                "team 'a' output 1.0E299 makes the output of activity 'x' about 1e301 (weight 1 ×"
                    + " team 'a' output 1.0E299 × uplift 10 × 12 weeks), beyond ±1e300, the"
                    + " largest the model computes with; use a smaller value"));
  }

  @Example
  void aHugeUpliftIsRefusedAtTheUplift() {
    InvalidModelException e =
        refusal(() -> oneTeam(100, activity("x", 1, Estimate.of(1e299))).build());
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("activities[0].effects[0].uplift");
    assertThat(e.problems().get(0).message())
        .startsWith("uplift 1.0E299 makes the output of activity 'x' about 1e302");
  }

  @Example
  void aTinyTimeThatMakesLeverageHugeIsRefusedAtTheTime() {
    InvalidModelException e =
        refusal(() -> oneTeam(100, activity("x", 1e-299, Estimate.of(0.1))).build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("activities[0].time");
    assertThat(e.problems().get(0).message()).contains("makes the leverage of activity 'x'");
  }

  @Example
  void anUpliftWhoseSamplesCouldOverflowIsRefusedThoughItsMeanIsFinite() {
    // PERT mean (0 + 4 + 1e300) / 6 is about 1.7e299 × 100 × 12 = 2e302: too large already; and the
    // high end alone reaches 1.2e303 in a simulated sample.
    Estimate uplift = Estimate.of(0, 1, 1e299);
    InvalidModelException e = refusal(() -> oneTeam(10, activity("x", 1, uplift)).build());
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("activities[0].effects[0].uplift");
  }

  @Example
  void outputsThatAreEachFiniteButAddUpPastTheBoundAreRefused() {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      activities.add(activity("x" + i, 1, Estimate.of(1e298))); // 1.2e299 each
    }
    InvalidModelException e =
        refusal(() -> oneTeam(1, activities.toArray(Activity[]::new)).build());
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message())
        .contains("makes the outputs of all activities together (a plan's total) about 1e300")
        .doesNotContain("Infinity");
    // 8 × 1.2e299 = 9.6e299 is within the bound.
    oneTeam(1, activities.subList(0, 8).toArray(Activity[]::new)).build();
  }

  @Example
  void aHugeCoachingElasticityIsRefusedAtTheElasticity() {
    Scenario.Builder scenario = coached(Coaching.builder().coach("carol").elasticity(1e308));
    InvalidModelException e = refusal(scenario::build);
    assertThat(e.problems()).extracting(Problem::path).containsOnly("coaching.elasticity");
    assertThat(e.problems().get(0).message()).contains("coaching step 'coach-bob-");
  }

  @Example
  void aHugeImportanceIsRefusedAtTheImportance() {
    Scenario.Builder scenario =
        coached(
            Coaching.builder()
                .coach("carol")
                .elasticity(0.03)
                .importance(Characteristic.BUSINESS, 1e302));
    InvalidModelException e = refusal(scenario::build);
    assertThat(e.problems()).extracting(Problem::path).containsOnly("coaching.importance.business");
  }

  @Example
  void aCoachingStepTooShortForItsUpliftIsRefusedAtTheHoursPerLevel() {
    Scenario.Builder scenario =
        coached(
            Coaching.builder()
                .coach("carol")
                .hoursPerLevel(EffortEstimate.ofHours(1e-299))
                .elasticity(1));
    InvalidModelException e = refusal(scenario::build);
    assertThat(e.problems()).extracting(Problem::path).containsOnly("coaching.hoursPerLevel");
  }

  private static Scenario.Builder coached(Coaching.Builder coaching) {
    ProductManager.Builder bob = ProductManager.builder().id("bob");
    for (Characteristic c : Characteristic.values()) {
      bob.skill(c, 2);
    }
    return Scenario.builder()
        .organization(
            Organization.builder()
                .teams(Team.of("a", 100))
                .managers(Manager.builder().id("carol").reports("bob").build())
                .managers(Manager.owning("bob", "a"))
                .build())
        .productManagers(bob.build())
        .coaching(coaching.build());
  }

  @Example
  void teamOutputsThatAddUpPastTheBoundAreRefusedAtTheLargest() {
    InvalidModelException e =
        refusal(
            () ->
                Organization.builder()
                    .teams(Team.of("a", 1e300), Team.of("b", 1.7e308))
                    .managers(Manager.owning("m", "a", "b"))
                    .build());
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                "teams[1].output",
                "team 'b' output 1.7E308 makes the teams' output per week together (a manager's"
                    + " output rate) about 1e308, beyond ±1e300, the largest the model computes"
                    + " with; use a smaller value"));
  }

  @Example
  void investmentsThatAddUpPastTheBoundAreRefusedAtTheLargest() {
    InvalidModelException e =
        refusal(
            () ->
                Portfolio.builder()
                    .strategy(PortfolioStrategy.FOCUS)
                    .objectives(Objective.of("growth", 1))
                    .products(
                        Product.builder().id("p").serves("growth").investment(1e308, 0).build(),
                        Product.builder().id("q").serves("growth").investment(1, 1.7e308).build())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("products[1].investment.marketing");
  }

  @Example
  void objectiveWeightsThatAddUpPastTheBoundAreRefusedAtTheLargest() {
    InvalidModelException e =
        refusal(
            () ->
                Portfolio.builder()
                    .strategy(PortfolioStrategy.FOCUS)
                    .objectives(Objective.of("a", 1.5e308), Objective.of("b", 1.6e308))
                    .build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("objectives[1].weight");
  }

  @Example
  void aPlanOfCandidatesWithNonFiniteOutputsIsRefused() {
    Scenario scenario = oneTeam(10, activity("x", 1, Estimate.of(0.1))).build();
    Activity x = scenario.activities().get(0);
    ActivityOutput infinite = new ActivityOutput(x, 1, Double.POSITIVE_INFINITY, List.of());
    assertThatThrownBy(() -> Planner.of(Effort.ofHours(1)).plan("m", List.of(infinite)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0]: activity 'x' has the output Infinity; a plan needs finite outputs"
                + " within ±1e300");
  }

  @Example
  void anAttributeScoreThatOverflowsNamesTheHugeAttribute() {
    Activity x =
        Activity.builder()
            .id("x")
            .by("m")
            .time(Effort.ofHours(1))
            .attribute("reach", 1e200)
            .attribute("impact", 1e250)
            .attribute("confidence", 1)
            .build();
    Scenario scenario = oneTeam(1, x).build();
    InvalidModelException e = refusal(() -> Ranking.of(scenario, ScoringStrategy.rice()));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("activities[0].attributes.impact");
  }

  @Example
  void anActivityLongerThanTenMillionHoursIsRefusedAtItsTime() {
    InvalidModelException e =
        refusal(
            () ->
                Activity.builder()
                    .id("x")
                    .by("m")
                    .time(EffortEstimate.ofHours(Estimate.of(1, 2, 10_000_001)))
                    .build());
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                "time",
                "must be at most 10000000h (ten million hours, the longest an activity may take),"
                    + " was 10000001h"));
    Scenario scenario = oneTeam(1, activity("x", 3_000_000, Estimate.of(0.1))).build();
    Plan plan = Planner.of(Effort.ofHours(40)).plan(scenario, "m");
    assertThat(plan.ids()).isEmpty();
    assertThat(plan.leftOut()).hasSize(1);
  }

  @Example
  void thePertMeanOfHugeValuesIsFinite() {
    Estimate estimate = Estimate.of(1e308, 1.5e308, 1.7e308);
    assertThat(estimate.pertMean()).isFinite().isBetween(1e308, 1.7e308);
    assertThatThrownBy(() -> Estimate.of(-1e308, 0, 1e308))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("finite range high - low");
  }

  // ---- the law: whatever the magnitudes, a scenario is refused or every command is finite ----

  @Provide
  Arbitrary<Double> magnitudes() {
    return Arbitraries.integers()
        .between(-310, 308)
        .flatMap(
            exponent ->
                Arbitraries.doubles()
                    .between(1, 9.99)
                    .map(mantissa -> mantissa * Math.pow(10, exponent)))
        .filter(Double::isFinite);
  }

  @Provide
  Arbitrary<Supplier<Scenario>> extremeScenarios() {
    Arbitrary<Double> size = magnitudes();
    Arbitrary<Double> hours = magnitudes().filter(h -> h > 0 && h <= Activity.MAX_HOURS);
    Arbitrary<Double> weeks = magnitudes().filter(w -> w > 0 && w <= CalendarTime.MAX_WEEKS);
    Arbitrary<Estimate> uplift =
        Combinators.combine(size, size, Arbitraries.of(-1, 1))
            .as(
                (a, b, sign) -> {
                  double low = Math.max(-0.5, sign * Math.min(a, b));
                  return Estimate.of(low, Math.max(low, Math.min(a, b)), Math.max(low, a + b));
                })
            .filter(u -> Double.isFinite(u.high()));
    Arbitrary<Activity> activity =
        Combinators.combine(hours, hours, uplift, uplift, weeks, Arbitraries.of(true, false))
            .as(
                (h1, h2, u1, u2, half, decays) ->
                    Activity.builder()
                        .id("x")
                        .by("m")
                        .time(
                            EffortEstimate.ofHours(
                                Estimate.of(Math.min(h1, h2), Math.min(h1, h2), Math.max(h1, h2))))
                        .effects(
                            decays
                                ? Effect.builder()
                                    .team("a")
                                    .uplift(u1)
                                    .halfLife(CalendarTime.ofWeeks(half))
                                    .build()
                                : Effect.builder().team("a").uplift(u1).build())
                        .effects(Effect.builder().team("b").uplift(u2).build())
                        .build());
    return Combinators.combine(size, size, weeks, activity.list().ofMinSize(1).ofMaxSize(3))
        .as(
            (a, b, horizon, activities) ->
                () -> {
                  List<Activity> unique = new ArrayList<>();
                  for (int i = 0; i < activities.size(); i++) {
                    unique.add(activities.get(i).toBuilder().id("x" + i).build());
                  }
                  return Scenario.builder()
                      .horizon(CalendarTime.ofWeeks(horizon))
                      .organization(
                          Organization.builder()
                              .teams(Team.of("a", a), Team.of("b", b))
                              .managers(
                                  Manager.builder().id("m").owns("a").influence("b", 0.5).build())
                              .build())
                      .activities(unique)
                      .build();
                });
  }

  @Property(tries = 300)
  void everyScenarioIsRefusedOrGivesFiniteNumbersInEveryCommand(
      @ForAll("extremeScenarios") Supplier<Scenario> build) {
    Scenario scenario;
    try {
      scenario = build.get();
    } catch (InvalidModelException e) {
      assertThat(e.problems())
          .allSatisfy(
              p -> {
                assertThat(p.path()).isNotEmpty();
                assertThat(p.message()).doesNotContain("Infinity", "NaN");
              });
      return;
    }
    assertThat(scenario.organization().outputPerWeek("m")).isFinite();
    for (RankedActivity ranked : Ranking.of(scenario, ScoringStrategy.leverage()).entries()) {
      assertThat(ranked.score().value()).isFinite();
      assertThat(ranked.output().output()).isFinite();
    }
    Plan plan = Planner.of(Effort.ofHours(40)).plan(scenario, "m");
    assertThat(plan.output()).isFinite();
    assertThat(plan.gap()).isFinite();
    SimulationResult result =
        Simulation.builder().samples(200).seed(1).threads(1).build().run(scenario);
    for (SimulatedActivity simulated : result.activities()) {
      assertThat(simulated.output().mean()).isFinite();
      assertThat(simulated.output().max()).isFinite();
      assertThat(simulated.leverage().mean()).isFinite();
      assertThat(simulated.leverage().min()).isFinite();
    }
  }

  @Example
  void aCoachedScenarioWithinTheBoundGivesFiniteCandidates() {
    Scenario scenario = coached(Coaching.builder().coach("carol").elasticity(1e295)).build();
    CoachingPriorities priorities = CoachingPriorities.of(scenario);
    assertThat(priorities.ranking().entries())
        .allSatisfy(r -> assertThat(r.score().value()).isFinite());
  }
}
