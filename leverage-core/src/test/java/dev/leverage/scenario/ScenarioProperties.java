package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.LeverageDomain;
import dev.leverage.activity.Activity;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Requirements between activities, MODEL.md §4: of one manager, and never in a cycle. */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
class ScenarioProperties {

  @Property(tries = 200)
  void twoActivitiesRequiringEachOtherAreReportedAsACycleNamingBoth(
      @ForAll Scenario scenario, @ForAll @IntRange(max = 1_000) int pick) {
    List<Activity> activities = scenario.activities();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      for (int j = i + 1; j < activities.size(); j++) {
        if (activities.get(i).by().equals(activities.get(j).by())) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    Assume.that(!pairs.isEmpty());
    int[] pair = pairs.get(pick % pairs.size());
    List<Activity> looped = new ArrayList<>(activities);
    for (int k = 0; k < 2; k++) {
      Activity activity = activities.get(pair[k]);
      String other = activities.get(pair[1 - k]).id();
      looped.set(pair[k], activity.toBuilder().requires(other).build());
    }

    assertThatThrownBy(() -> scenario.withActivities(looped))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).message())
                  .startsWith("requirements form a cycle ")
                  .contains(activities.get(pair[0]).id(), activities.get(pair[1]).id());
            });
  }

  @Property(tries = 200)
  void everyActivityOfAManagerIsListedInTheOrderGiven(@ForAll Scenario scenario) {
    for (String manager : scenario.organization().managerIds()) {
      assertThat(scenario.activitiesOf(manager))
          .containsExactlyElementsOf(
              scenario.activities().stream().filter(a -> a.by().equals(manager)).toList());
    }
  }
}
