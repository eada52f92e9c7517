package dev.leverage.activity;

import static dev.leverage.Tolerance.assertNear;
import static dev.leverage.organization.OrganizationEdits.withTeamOutput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.LeverageDomain;
import dev.leverage.organization.Organization;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The laws of an activity's output and leverage, MODEL.md §4. */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
class ActivityOutputProperties {

  @Property(tries = 200)
  void theContributionsSumToTheOutput(@ForAll Scenario scenario) {
    for (Activity activity : scenario.activities()) {
      ActivityOutput output = scenario.output(activity);
      double sum = 0;
      double magnitude = 0;
      for (Contribution contribution : output.contributions()) {
        sum += contribution.output();
        magnitude += Math.abs(contribution.output());
      }
      assertNear(output.output(), sum, magnitude);
    }
  }

  @Property(tries = 200)
  void eachEffectContributesWeightTimesTeamOutputTimesUpliftTimesWeeks(@ForAll Scenario scenario) {
    Organization organization = scenario.organization();
    for (Activity activity : scenario.activities()) {
      List<Contribution> contributions = scenario.output(activity).contributions();
      assertThat(contributions).hasSameSizeAs(activity.effects());
      for (int e = 0; e < contributions.size(); e++) {
        Effect effect = activity.effects().get(e);
        Contribution contribution = contributions.get(e);
        double weight = organization.weight(activity.by(), effect.team());
        double teamOutput = organization.team(effect.team()).orElseThrow().output();
        double uplift = effect.uplift().pertMean();
        double weeks = effect.weeks(scenario.horizon());
        assertThat(contribution.team()).isEqualTo(effect.team());
        assertThat(contribution.weight()).isEqualTo(weight);
        assertThat(contribution.teamOutput()).isEqualTo(teamOutput);
        assertThat(contribution.uplift()).isEqualTo(uplift);
        assertThat(contribution.weeks()).isEqualTo(weeks);
        assertNear(contribution.output(), weight * teamOutput * uplift * weeks);
        if (weight == 0) {
          assertThat(contribution.output() == 0).as("output at weight 0 is 0").isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void theOutputIsLinearInEachUplift(
      @ForAll Scenario scenario,
      @ForAll @IntRange(max = 1_000) int pickActivity,
      @ForAll @IntRange(max = 1_000) int pickEffect,
      @ForAll @DoubleRange(min = -0.45, max = 2) double x,
      @ForAll @DoubleRange(min = -0.45, max = 2) double y) {
    Activity activity = pick(scenario, pickActivity);
    Assume.that(!activity.effects().isEmpty());
    int e = pickEffect % activity.effects().size();
    DoubleUnaryOperator output =
        uplift -> scenario.output(withEffectUplift(activity, e, Estimate.of(uplift))).output();
    assertAdditive(output, x, y);
  }

  @Property(tries = 200)
  void scalingEveryUpliftScalesTheOutput(
      @ForAll Scenario scenario,
      @ForAll @IntRange(max = 1_000) int pickActivity,
      @ForAll @DoubleRange(min = 0, max = 1) double factor) {
    Activity activity = pick(scenario, pickActivity);
    List<Effect> scaled = new ArrayList<>();
    for (Effect effect : activity.effects()) {
      Estimate u = effect.uplift();
      scaled.add(
          effect.toBuilder()
              .uplift(Estimate.of(u.low() * factor, u.likely() * factor, u.high() * factor))
              .build());
    }
    ActivityOutput before = scenario.output(activity);
    ActivityOutput after = scenario.output(activity.toBuilder().replaceEffects(scaled).build());
    assertNear(after.output(), factor * before.output(), magnitude(before));
  }

  @Property(tries = 200)
  void theOutputIsLinearInEachTeamsOutput(
      @ForAll Scenario scenario,
      @ForAll @IntRange(max = 1_000) int pickActivity,
      @ForAll @IntRange(max = 1_000) int pickTeam,
      @ForAll @DoubleRange(max = 1_000) double x,
      @ForAll @DoubleRange(max = 1_000) double y) {
    Activity activity = pick(scenario, pickActivity);
    Organization organization = scenario.organization();
    String team = List.copyOf(organization.teamIds()).get(pickTeam % organization.teams().size());
    DoubleUnaryOperator output =
        teamOutput ->
            ActivityOutput.of(
                    activity, withTeamOutput(organization, team, teamOutput), scenario.horizon())
                .output();
    assertAdditive(output, x, y);
  }

  @Property(tries = 200)
  void scalingTheTimeByKScalesTheLeverageByOneOverK(
      @ForAll Scenario scenario,
      @ForAll @IntRange(max = 1_000) int pickActivity,
      @ForAll @DoubleRange(min = 0.1, max = 10) double k) {
    Activity activity = pick(scenario, pickActivity);
    Activity slower =
        activity.toBuilder().time(EffortEstimate.ofHours(activity.time().hours().times(k))).build();
    ActivityOutput before = scenario.output(activity);
    ActivityOutput after = scenario.output(slower);
    assertThat(after.output()).isEqualTo(before.output());
    assertNear(after.hours(), k * before.hours());
    assertNear(after.leverage() * k, before.leverage());
  }

  @Property(tries = 200)
  void leverageIsTheOutputPerHourOfTheManagersTime(@ForAll Scenario scenario) {
    for (Activity activity : scenario.activities()) {
      ActivityOutput output = scenario.output(activity);
      assertThat(output.hours()).isEqualTo(activity.time().hours().pertMean());
      assertThat(output.leverage()).isEqualTo(output.output() / output.hours());
    }
  }

  /** f(x) + f(y) = f(x + y) + f(0): f is affine, so linear in its argument with the rest fixed. */
  private static void assertAdditive(DoubleUnaryOperator f, double x, double y) {
    double fx = f.applyAsDouble(x);
    double fy = f.applyAsDouble(y);
    double fxy = f.applyAsDouble(x + y);
    double f0 = f.applyAsDouble(0);
    double magnitude = Math.abs(fx) + Math.abs(fy) + Math.abs(fxy) + Math.abs(f0);
    assertNear(fx + fy, fxy + f0, magnitude);
  }

  private static Activity pick(Scenario scenario, int pick) {
    Assume.that(!scenario.activities().isEmpty());
    return scenario.activities().get(pick % scenario.activities().size());
  }

  private static Activity withEffectUplift(Activity activity, int index, Estimate uplift) {
    List<Effect> effects = new ArrayList<>(activity.effects());
    effects.set(index, effects.get(index).toBuilder().uplift(uplift).build());
    return activity.toBuilder().replaceEffects(effects).build();
  }

  private static double magnitude(ActivityOutput output) {
    return output.contributions().stream().mapToDouble(c -> Math.abs(c.output())).sum();
  }
}
