package dev.leverage.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.activity.Activity;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.IdIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A scenario's lookups by id, built once: every one takes constant time. */
final class ScenarioLookups {
  private final Scenario scenario;

  /** The first position of each activity id. */
  final IdIndex activities;

  final ImmutableMap<String, ImmutableList<Activity>> activitiesBy;
  final ImmutableMap<String, ProductManager> productManagers;

  ScenarioLookups(Scenario scenario) {
    this.scenario = scenario;
    activities = IdIndex.of(scenario.activities().stream().map(Activity::id).toList());
    Map<String, ImmutableList.Builder<Activity>> by = new LinkedHashMap<>();
    for (Activity activity : scenario.activities()) {
      by.computeIfAbsent(activity.by(), m -> ImmutableList.builder()).add(activity);
    }
    ImmutableMap.Builder<String, ImmutableList<Activity>> built =
        ImmutableMap.builderWithExpectedSize(by.size());
    by.forEach((manager, list) -> built.put(manager, list.build()));
    activitiesBy = built.buildOrThrow();
    Map<String, ProductManager> pms = new LinkedHashMap<>();
    scenario.productManagers().forEach(pm -> pms.putIfAbsent(pm.id(), pm));
    productManagers = ImmutableMap.copyOf(pms);
  }

  /** The first activity with {@code id}, if there is one. */
  Optional<Activity> activity(String id) {
    int i = activities.indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(scenario.activities().get(i));
  }

  /** {@code activities[3]} for the activity at that position, else {@code activity 'id'}. */
  String pathOf(Activity activity) {
    int index = activities.indexOf(activity.id());
    return index >= 0 && scenario.activities().get(index).equals(activity)
        ? "activities[" + index + "]"
        : "activity '" + activity.id() + "'";
  }
}
