package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of every size (MODEL.md §12): lookups by id, requirement chains of any depth, and the
 * requirement-cycle check against the recursive search it replaces.
 */
class ScenarioAtScaleTest {

  @Test
  void aChainOfAHundredThousandRequirementsIsCheckedAndLookedUpById() {
    int n = 100_000;
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Activity.Builder activity = activity("a" + i);
      if (i > 0) {
        activity.requires("a" + (i - 1));
      }
      activities.add(activity.build());
    }
    Scenario scenario =
        Scenario.builder()
            .organization(WorkedExample.organization())
            .activities(activities)
            .build();

    assertThat(scenario.activity("a77777")).contains(activities.get(77_777));
    assertThat(scenario.pathOf(activities.get(99_999))).isEqualTo("activities[99999]");
    assertThat(scenario.pathOf(activity("a5").build())).isEqualTo("activity 'a5'");
    assertThat(scenario.activitiesOf("alice")).hasSize(n).first().isEqualTo(activities.get(0));
  }

  @Test
  void closingAHundredThousandDeepChainIntoALoopIsReportedOnce() {
    int n = 100_000;
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      activities.add(activity("a" + i).requires("a" + (i + 1) % n).build());
    }
    assertThatThrownBy(
            () ->
                Scenario.builder()
                    .organization(WorkedExample.organization())
                    .activities(activities)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              Problem problem = e.problems().get(0);
              assertThat(problem.path()).isEqualTo("activities[0].requires[0]");
              assertThat(problem.message())
                  .startsWith("requirements form a cycle a0 -> a1 -> a2 -> ")
                  .endsWith("-> a99999 -> a0; remove one of these requirements");
            });
  }

  @Property(tries = 300)
  void theCycleFoundIsTheOneARecursiveSearchFindsFirst(
      @ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @IntRange(max = 60) int edges,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<List<String>> requires = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requires.add(new ArrayList<>());
    }
    for (int e = 0; e < edges; e++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      String id = random.nextInt(10) == 0 ? "missing" + to : "a" + to;
      if (from != to && !requires.get(from).contains(id)) {
        requires.get(from).add(id);
      }
    }
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      activities.add(activity("a" + i).requires(requires.get(i)).build());
    }
    Optional<Problem> expected = recursiveCycle(activities);

    List<Problem> found;
    try {
      Scenario.builder().organization(WorkedExample.organization()).activities(activities).build();
      found = List.of();
    } catch (InvalidModelException e) {
      found =
          e.problems().stream()
              .filter(p -> p.message().startsWith("requirements form a cycle"))
              .toList();
    }
    assertThat(found).isEqualTo(expected.stream().toList());
  }

  /** The search as it was written before: recursive, from each activity in order. */
  private static Optional<Problem> recursiveCycle(List<Activity> activities) {
    Map<String, Activity> byId = new HashMap<>();
    activities.forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<String, Integer> state = new HashMap<>();
    for (Activity activity : activities) {
      Optional<Problem> cycle = visit(activity.id(), byId, state, new ArrayList<>(), activities);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> visit(
      String id,
      Map<String, Activity> byId,
      Map<String, Integer> state,
      List<String> stack,
      List<Activity> activities) {
    Integer seen = state.get(id);
    if (seen != null && seen == 2) {
      return Optional.empty();
    }
    if (seen != null) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
      cycle.add(id);
      Activity first = byId.get(cycle.get(0));
      int k = new ArrayList<>(first.requires()).indexOf(cycle.get(1));
      return Optional.of(
          Problem.at(
              "activities[" + activities.indexOf(first) + "].requires[" + k + "]",
              "requirements form a cycle "
                  + String.join(" -> ", cycle)
                  + "; remove one of these requirements"));
    }
    state.put(id, 1);
    stack.add(id);
    for (String required : byId.get(id).requires()) {
      if (byId.containsKey(required)) {
        Optional<Problem> cycle = visit(required, byId, state, stack, activities);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
    }
    stack.remove(stack.size() - 1);
    state.put(id, 2);
    return Optional.empty();
  }

  private static Activity.Builder activity(String id) {
    return Activity.builder().id(id).by("alice").time(Effort.ofHours(1));
  }
}
