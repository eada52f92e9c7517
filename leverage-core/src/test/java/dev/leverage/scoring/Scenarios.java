package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.List;

/** Small hand-made scenarios for examples of each strategy. */
final class Scenarios {
  private Scenarios() {}

  /** One team {@code t} of output 10, owned by {@code m}. */
  static Organization organization() {
    return Organization.builder()
        .teams(Team.of("t", 10))
        .managers(Manager.owning("m", "t"))
        .build();
  }

  /** An activity of {@code m} taking {@code hours}, with no effects. */
  static Activity.Builder activity(String id, double hours) {
    return Activity.builder().id(id).by("m").time(Effort.ofHours(hours));
  }

  /** A scenario of {@link #organization()} and {@code activities}. */
  static Scenario of(Activity... activities) {
    return Scenario.builder().organization(organization()).activities(List.of(activities)).build();
  }

  /** The score of the activity {@code id} of {@code scenario}. */
  static Score score(ScoringStrategy strategy, Scenario scenario, String id) {
    return strategy.score(scenario.activity(id).orElseThrow(), ScoringContext.of(scenario));
  }
}
