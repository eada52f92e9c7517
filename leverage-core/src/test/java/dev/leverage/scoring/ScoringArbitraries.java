package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Scenarios for scoring properties: one manager {@code m} who owns {@code t0}, influences {@code
 * t1} and has no weight on {@code t2}, and one to eight activities {@code a0, a1, …} with effects
 * and the attributes of every built-in strategy.
 */
public final class ScoringArbitraries {
  /** The attributes that RICE, ICE and WSJF read. */
  public static final List<String> ATTRIBUTES =
      List.of(
          "reach",
          "impact",
          "confidence",
          "ease",
          "businessValue",
          "timeCriticality",
          "riskReduction");

  private ScoringArbitraries() {}

  /** Scenarios every built-in strategy can score: all attributes present, divisors above 0. */
  public static Arbitrary<Scenario> scenarios() {
    Arbitrary<Map<String, Estimate>> attributes =
        Combinators.combine(
                Arbitraries.doubles().between(0, 10_000).ofScale(1),
                Arbitraries.doubles().between(0, 3).ofScale(2),
                Arbitraries.doubles().between(0, 1).ofScale(2),
                Arbitraries.doubles().between(0, 10).ofScale(1),
                Arbitraries.doubles().between(0, 20).ofScale(1).list().ofSize(3),
                Arbitraries.doubles().between(0.1, 100).ofScale(1).optional(0.5),
                Arbitraries.doubles().between(0.1, 100).ofScale(1).optional(0.5))
            .as(
                (reach, impact, confidence, ease, costOfDelay, effort, jobSize) -> {
                  Map<String, Estimate> values = new LinkedHashMap<>();
                  values.put("reach", Estimate.of(reach));
                  values.put("impact", Estimate.of(impact));
                  values.put("confidence", Estimate.of(confidence));
                  values.put("ease", Estimate.of(ease));
                  values.put("businessValue", Estimate.of(costOfDelay.get(0)));
                  values.put("timeCriticality", Estimate.of(costOfDelay.get(1)));
                  values.put("riskReduction", Estimate.of(costOfDelay.get(2)));
                  effort.ifPresent(e -> values.put("effort", Estimate.of(e)));
                  jobSize.ifPresent(j -> values.put("jobSize", Estimate.of(j)));
                  return values;
                });
    return scenarios(attributes);
  }

  /**
   * Scenarios that may trouble a strategy: attributes missing, zero, negative or huge, divisors
   * zero or negative.
   */
  public static Arbitrary<Scenario> roughScenarios() {
    Arbitrary<Double> rough =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-100, 10_000).ofScale(2),
            Arbitraries.of(0.0, -1.0, 1e-300, 1e155, 1e300, -1e300));
    Arbitrary<Map<String, Estimate>> attributes =
        rough
            .optional(0.8)
            .list()
            .ofSize(ATTRIBUTES.size() + 2)
            .map(
                values -> {
                  List<String> names = new ArrayList<>(ATTRIBUTES);
                  names.add("effort");
                  names.add("jobSize");
                  Map<String, Estimate> map = new LinkedHashMap<>();
                  for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    values.get(i).ifPresent(v -> map.put(name, Estimate.of(v)));
                  }
                  return map;
                });
    return scenarios(attributes);
  }

  private static Arbitrary<Scenario> scenarios(Arbitrary<Map<String, Estimate>> attributes) {
    Arbitrary<Organization> organizations =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1000).ofScale(1).list().ofSize(3),
                Arbitraries.doubles().between(0.05, 1).ofScale(2))
            .as(
                (outputs, influence) ->
                    Organization.builder()
                        .teams(
                            Team.of("t0", outputs.get(0)),
                            Team.of("t1", outputs.get(1)),
                            Team.of("t2", outputs.get(2)))
                        .managers(
                            Manager.builder().id("m").owns("t0").influence("t1", influence).build())
                        .build());
    Arbitrary<Effect> effects =
        Combinators.combine(
                Arbitraries.of("t0", "t1", "t2"),
                Arbitraries.doubles().between(-0.5, 1).ofScale(3),
                Arbitraries.integers().between(1, 20).optional(0.5),
                Arbitraries.integers().between(1, 20).optional(0.3))
            .as(
                (team, uplift, lasts, halfLife) -> {
                  Effect.Builder effect = Effect.builder().team(team).uplift(uplift);
                  if (lasts.isPresent()) {
                    effect.lasts(CalendarTime.ofWeeks(lasts.get()));
                  } else {
                    halfLife.map(CalendarTime::ofWeeks).ifPresent(effect::halfLife);
                  }
                  return effect.build();
                });
    Arbitrary<Activity.Builder> activities =
        Combinators.combine(
                Arbitraries.doubles().between(0.5, 40).ofScale(1),
                effects.list().ofMaxSize(3),
                attributes)
            .as(
                (hours, effectList, attributeMap) ->
                    Activity.builder()
                        .by("m")
                        .time(Effort.ofHours(hours))
                        .effects(effectList)
                        .attributes(attributeMap));
    return Combinators.combine(
            organizations,
            activities.list().ofMinSize(1).ofMaxSize(8),
            Arbitraries.integers().between(1, 26))
        .as(
            (organization, builders, horizon) -> {
              List<Activity> list = new ArrayList<>();
              for (int i = 0; i < builders.size(); i++) {
                list.add(builders.get(i).id("a" + i).build());
              }
              return Scenario.builder()
                  .organization(organization)
                  .horizon(CalendarTime.ofWeeks(horizon))
                  .activities(list)
                  .build();
            });
  }

  /** Returns {@code scenario} with the attribute {@code name} removed from every activity. */
  public static Scenario without(Scenario scenario, String name) {
    List<Activity> activities = new ArrayList<>();
    for (Activity activity : scenario.activities()) {
      Map<String, Estimate> attributes = new LinkedHashMap<>(activity.attributes());
      attributes.remove(name);
      activities.add(activity.toBuilder().replaceAttributes(attributes).build());
    }
    return scenario.withActivities(activities);
  }

  /** Returns {@code scenario} with attribute {@code name} of activity {@code index} set. */
  public static Scenario with(Scenario scenario, int index, String name, double value) {
    List<Activity> activities = new ArrayList<>(scenario.activities());
    Activity activity = activities.get(index);
    Map<String, Estimate> attributes = new LinkedHashMap<>(activity.attributes());
    attributes.put(name, Estimate.of(value));
    activities.set(index, activity.toBuilder().replaceAttributes(attributes).build());
    return scenario.withActivities(activities);
  }

  /** The attribute {@code name} of {@code activity}, if it has one. */
  public static Optional<Double> attribute(Activity activity, String name) {
    return Optional.ofNullable(activity.attributes().get(name)).map(Estimate::pertMean);
  }
}
