package dev.leverage.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scoring.RankedActivity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CoachingPropertiesTest {

  @Provide
  Arbitrary<CoachingSetup> setups() {
    return CoachingSetup.setups();
  }

  @Provide
  Arbitrary<Characteristic> characteristics() {
    return Arbitraries.of(Characteristic.class);
  }

  /** The obvious reading of §8, step by step: expected leverage and requirement by id. */
  private static Map<String, Expected> reference(CoachingSetup setup) {
    Map<String, Expected> expected = new HashMap<>();
    for (int i = 0; i < setup.pms().size(); i++) {
      CoachingSetup.Pm pm = setup.pms().get(i);
      double teams = pm.teamOutputs().stream().mapToDouble(Double::doubleValue).sum();
      for (Characteristic c : Characteristic.values()) {
        int level = pm.skills().get(c.ordinal());
        for (int k = level; k < pm.target(c); k++) {
          double uplift = setup.elasticity() * setup.importance(c) * (5 - k) / 4.0;
          double output = teams * uplift * setup.horizonWeeks();
          String below =
              k == level ? null : "coach-" + CoachingSetup.pmId(i) + "-" + c.label() + "-" + k;
          expected.put(
              "coach-" + CoachingSetup.pmId(i) + "-" + c.label() + "-" + (k + 1),
              new Expected(output / setup.hours(), below));
        }
      }
    }
    return expected;
  }

  private record Expected(double leverage, String requires) {}

  private static Map<String, Double> leverages(CoachingSetup setup) {
    Map<String, Double> leverages = new HashMap<>();
    for (RankedActivity r : CoachingPriorities.of(setup.scenario()).ranking().entries()) {
      leverages.put(r.activity().id(), r.output().leverage());
    }
    return leverages;
  }

  @Property(tries = 100)
  void candidatesAreExactlyTheStepsBelowTargetsWithTheNumbersOfSectionEight(
      @ForAll("setups") CoachingSetup setup) {
    Map<String, Expected> expected = reference(setup);
    CoachingPriorities priorities = CoachingPriorities.of(setup.scenario());
    assertThat(priorities.ranking().ids()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (RankedActivity r : priorities.ranking().entries()) {
      Expected e = expected.get(r.activity().id());
      assertThat(r.output().leverage())
          .isCloseTo(e.leverage(), within(1e-9 * Math.max(1, Math.abs(e.leverage()))));
      assertThat(r.activity().requires())
          .isEqualTo(e.requires() == null ? Set.of() : Set.of(e.requires()));
      assertThat(r.activity().by()).isEqualTo("lead");
      assertThat(r.activity().hours()).isEqualTo(setup.hours());
    }
  }

  @Property(tries = 100)
  void aCharacteristicAtOrAboveItsTargetGivesNoCandidate(@ForAll("setups") CoachingSetup setup) {
    CoachingPriorities priorities = CoachingPriorities.of(setup.scenario());
    for (int i = 0; i < setup.pms().size(); i++) {
      CoachingSetup.Pm pm = setup.pms().get(i);
      for (Characteristic c : Characteristic.values()) {
        String pmId = CoachingSetup.pmId(i);
        List<CoachingCandidate> steps =
            priorities.candidatesOf(pmId).stream().filter(s -> s.characteristic() == c).toList();
        if (pm.skills().get(c.ordinal()) >= pm.target(c)) {
          assertThat(steps).isEmpty();
        } else {
          assertThat(steps).hasSize(pm.target(c) - pm.skills().get(c.ordinal()));
        }
      }
    }
  }

  @Property(tries = 100)
  void leverageGrowsWithImportance(
      @ForAll("setups") CoachingSetup setup,
      @ForAll("characteristics") Characteristic c,
      @ForAll @DoubleRange(min = 0.01, max = 2) double more) {
    CoachingSetup higher = setup.withImportance(c, setup.importance(c) + more);
    Map<String, Double> before = leverages(setup);
    Map<String, Double> after = leverages(higher);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String id : before.keySet()) {
      if (id.contains("-" + c.label() + "-")) {
        double teams = teamsOf(setup, id);
        if (teams > 0 && setup.elasticity() > 0) {
          assertThat(after.get(id)).isGreaterThan(before.get(id));
        } else {
          assertThat(after.get(id)).isEqualTo(before.get(id));
        }
      } else {
        assertThat(after.get(id)).isEqualTo(before.get(id));
      }
    }
  }

  @Property(tries = 100)
  void leverageGrowsWithElasticity(
      @ForAll("setups") CoachingSetup setup,
      @ForAll @DoubleRange(min = 0.01, max = 0.1) double more) {
    Map<String, Double> before = leverages(setup);
    Map<String, Double> after = leverages(setup.withElasticity(setup.elasticity() + more));
    for (String id : before.keySet()) {
      boolean lifts = teamsOf(setup, id) > 0 && importanceOf(setup, id) > 0;
      if (lifts) {
        assertThat(after.get(id)).isGreaterThan(before.get(id));
      } else {
        assertThat(after.get(id)).isEqualTo(0.0);
      }
    }
  }

  @Property(tries = 100)
  void leverageFallsAsTheStartingLevelRises(
      @ForAll("setups") CoachingSetup setup,
      @ForAll("characteristics") Characteristic c,
      @ForAll @IntRange(min = 1, max = 4) int level) {
    CoachingSetup.Pm pm = setup.pms().get(0);
    CoachingSetup.Pm target5 =
        new CoachingSetup.Pm(pm.skills(), List.of(5, 5, 5, 5, 5, 5, 5), pm.teamOutputs());
    CoachingSetup lower = setup.withPm(0, target5.withLevel(c, level));
    CoachingSetup upper = setup.withPm(0, target5.withLevel(c, level + 1));
    Optional<Double> from = firstStepLeverage(lower, c);
    Optional<Double> fromHigher = firstStepLeverage(upper, c);
    assertThat(from).isPresent();
    if (fromHigher.isEmpty()) {
      assertThat(level + 1).isEqualTo(5);
    } else if (from.get() > 0) {
      assertThat(fromHigher.get()).isLessThan(from.get());
    } else {
      assertThat(fromHigher.get()).isEqualTo(0.0);
    }
    // within one characteristic, every step is worth less than the one below it
    Map<String, Double> leverages = leverages(lower);
    for (int k = level + 1; k < 5; k++) {
      double below = leverages.get("coach-pm0-" + c.label() + "-" + k);
      double step = leverages.get("coach-pm0-" + c.label() + "-" + (k + 1));
      assertThat(step).isLessThanOrEqualTo(below);
      if (below > 0) {
        assertThat(step).isLessThan(below);
      }
    }
  }

  @Property(tries = 100)
  void eachProductManagersFirstPriorityIsTheirHighestLeverageCandidate(
      @ForAll("setups") CoachingSetup setup) {
    CoachingPriorities priorities = CoachingPriorities.of(setup.scenario());
    for (int i = 0; i < setup.pms().size(); i++) {
      String pm = CoachingSetup.pmId(i);
      List<CoachingCandidate> candidates = priorities.candidatesOf(pm);
      Optional<CoachingCandidate> first = priorities.firstPriority(pm);
      assertThat(first.isPresent()).isEqualTo(!candidates.isEmpty());
      if (first.isPresent()) {
        double best =
            candidates.stream()
                .mapToDouble(c -> priorities.ranked(c).output().leverage())
                .max()
                .orElseThrow();
        assertThat(priorities.ranked(first.get()).output().leverage()).isEqualTo(best);
        assertThat(first.get().isFirstStep()).isTrue();
        assertThat(first.get().fromLevel())
            .isEqualTo(setup.pms().get(i).skills().get(first.get().characteristic().ordinal()));
      }
    }
  }

  private static Optional<Double> firstStepLeverage(CoachingSetup setup, Characteristic c) {
    return CoachingPriorities.of(setup.scenario()).candidatesOf("pm0").stream()
        .filter(s -> s.characteristic() == c && s.isFirstStep())
        .findFirst()
        .map(s -> leverages(setup).get(s.id()));
  }

  private static double teamsOf(CoachingSetup setup, String id) {
    int pm = Integer.parseInt(id.split("-")[1].substring(2));
    return setup.pms().get(pm).teamOutputs().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static double importanceOf(CoachingSetup setup, String id) {
    return setup.importance(Characteristic.parse(id.split("-")[2]));
  }
}
