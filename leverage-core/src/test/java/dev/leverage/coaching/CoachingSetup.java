package dev.leverage.coaching;

import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated coaching scenario: the coach {@code lead} above product managers {@code pm0, pm1, …},
 * each owning a few teams, with skills, targets (0 for the default), importance (a negative value
 * for the default), elasticity, hours per level and horizon.
 */
record CoachingSetup(
    List<CoachingSetup.Pm> pms,
    List<Double> importance,
    double elasticity,
    double hours,
    double horizonWeeks) {

  record Pm(List<Integer> skills, List<Integer> targets, List<Double> teamOutputs) {
    Pm withLevel(Characteristic c, int level) {
      List<Integer> changed = new ArrayList<>(skills);
      changed.set(c.ordinal(), level);
      return new Pm(changed, targets, teamOutputs);
    }

    int target(Characteristic c) {
      int target = targets.get(c.ordinal());
      return target == 0 ? 4 : target;
    }
  }

  static Arbitrary<CoachingSetup> setups() {
    Arbitrary<Integer> level = Arbitraries.integers().between(1, 5);
    Arbitrary<Pm> pm =
        Combinators.combine(
                level.list().ofSize(7),
                Arbitraries.integers().between(0, 5).list().ofSize(7),
                Arbitraries.doubles().between(0, 1000).ofScale(2).list().ofMaxSize(3))
            .as(Pm::new);
    return Combinators.combine(
            pm.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.doubles().between(-1, 3).ofScale(2).list().ofSize(7),
            Arbitraries.doubles().between(0, 0.2).ofScale(4),
            Arbitraries.doubles().between(0.5, 20).ofScale(2),
            Arbitraries.doubles().between(1, 52).ofScale(1))
        .as(CoachingSetup::new);
  }

  static String pmId(int i) {
    return "pm" + i;
  }

  double importance(Characteristic c) {
    double value = importance.get(c.ordinal());
    return value < 0 ? 1.0 : value;
  }

  CoachingSetup withImportance(Characteristic c, double value) {
    List<Double> changed = new ArrayList<>(importance);
    changed.set(c.ordinal(), value);
    return new CoachingSetup(pms, changed, elasticity, hours, horizonWeeks);
  }

  CoachingSetup withElasticity(double value) {
    return new CoachingSetup(pms, importance, value, hours, horizonWeeks);
  }

  CoachingSetup withPm(int i, Pm pm) {
    List<Pm> changed = new ArrayList<>(pms);
    changed.set(i, pm);
    return new CoachingSetup(changed, importance, elasticity, hours, horizonWeeks);
  }

  Scenario scenario() {
    Organization.Builder organization = Organization.builder();
    Manager.Builder lead = Manager.builder().id("lead");
    List<ProductManager> productManagers = new ArrayList<>();
    for (int i = 0; i < pms.size(); i++) {
      Pm pm = pms.get(i);
      Manager.Builder manager = Manager.builder().id(pmId(i));
      for (int t = 0; t < pm.teamOutputs().size(); t++) {
        String team = pmId(i) + "-team" + t;
        organization.teams(Team.of(team, pm.teamOutputs().get(t)));
        manager.owns(team);
      }
      organization.managers(manager.build());
      lead.reports(pmId(i));
      ProductManager.Builder profile = ProductManager.builder().id(pmId(i));
      for (Characteristic c : Characteristic.values()) {
        profile.skill(c, pm.skills().get(c.ordinal()));
        if (pm.targets().get(c.ordinal()) != 0) {
          profile.target(c, pm.targets().get(c.ordinal()));
        }
      }
      productManagers.add(profile.build());
    }
    organization.managers(lead.build());
    Coaching.Builder coaching =
        Coaching.builder()
            .coach("lead")
            .elasticity(elasticity)
            .hoursPerLevel(dev.leverage.unit.Effort.ofHours(hours));
    for (Characteristic c : Characteristic.values()) {
      if (importance.get(c.ordinal()) >= 0) {
        coaching.importance(c, importance.get(c.ordinal()));
      }
    }
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(horizonWeeks))
        .organization(organization.build())
        .productManagers(productManagers)
        .coaching(coaching.build())
        .build();
  }
}
