package dev.leverage.scenario;

import com.google.common.collect.ImmutableList;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.internal.IdIndex;
import dev.leverage.internal.Ids;
import dev.leverage.internal.UnknownNames;
import dev.leverage.organization.Organization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cross-checks of a scenario's activities: unique ids, managers and teams the organization
 * knows, requirements that name activities of the same manager (fixed ones only fixed ones) and
 * form no cycle. Paths follow the scenario file ({@code activities[1].requires[0]}).
 */
final class ActivityReferences {
  private ActivityReferences() {}

  /** Adds every problem of {@code scenario}'s activities to {@code problems}. */
  static void check(Scenario scenario, List<Problem> problems) {
    Organization organization = scenario.organization();
    List<Activity> activities = scenario.activities();
    UnknownNames unknownManagers = new UnknownNames("manager", organization.managerIds());
    UnknownNames unknownTeams = new UnknownNames("team", organization.teamIds());
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      String at = "activities[" + i + "]";
      Ids.putFirst(firstAt, activity.id(), i, "activities", "activity", problems);
      if (organization.manager(activity.by()).isEmpty()) {
        problems.add(Problem.at(at + ".by", unknownManagers.message(activity.by())));
      }
      for (int e = 0; e < activity.effects().size(); e++) {
        Effect effect = activity.effects().get(e);
        if (organization.team(effect.team()).isEmpty()) {
          problems.add(
              Problem.at(at + ".effects[" + e + "].team", unknownTeams.message(effect.team())));
        }
      }
    }
    UnknownNames unknownActivities =
        new UnknownNames("activity", activities.stream().map(Activity::id).toList());
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      int k = 0;
      for (String required : activity.requires()) {
        String path = "activities[" + i + "].requires[" + k++ + "]";
        Integer target = firstAt.get(required);
        if (target == null) {
          problems.add(Problem.at(path, unknownActivities.message(required)));
        } else if (!activities.get(target).by().equals(activity.by())) {
          problems.add(
              Problem.at(
                  path,
                  "activity '"
                      + required
                      + "' is done by '"
                      + activities.get(target).by()
                      + "', but '"
                      + activity.id()
                      + "' is done by '"
                      + activity.by()
                      + "'; an activity can only require activities of the same manager"));
        } else if (activity.isFixed() && !activities.get(target).isFixed()) {
          problems.add(
              Problem.at(
                  path,
                  "fixed activity '"
                      + activity.id()
                      + "' requires '"
                      + required
                      + "', which is not fixed; a fixed activity's requirements must be fixed"
                      + " too (add 'fixed: "
                      + activity.fixed().get().label()
                      + "' to '"
                      + required
                      + "' or remove the requirement)"));
        }
      }
    }
    findRequirementCycle(scenario).ifPresent(problems::add);
  }

  /**
   * The first cycle of requirements met by a depth-first search from each activity in order, its
   * requirements in the order listed: with an explicit stack, so any depth of requirements is fine,
   * and each activity visited once.
   */
  private static Optional<Problem> findRequirementCycle(Scenario scenario) {
    List<Activity> activities = scenario.activities();
    IdIndex index = scenario.lookups().activities;
    int n = activities.size();
    int[] state = new int[n]; // 0 unvisited, 1 on the path, 2 done
    int[] pathAt = new int[n];
    int[] path = new int[n];
    int[][] requires = new int[n][];
    int[] next = new int[n];
    for (Activity activity : activities) {
      int root = index.indexOf(activity.id());
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      state[root] = 1;
      pathAt[root] = depth;
      path[depth++] = root;
      while (depth > 0) {
        int top = path[depth - 1];
        if (requires[top] == null) {
          requires[top] = required(activities.get(top), index);
        }
        if (next[top] == requires[top].length) {
          state[top] = 2;
          requires[top] = null;
          depth--;
          continue;
        }
        int required = requires[top][next[top]++];
        if (state[required] == 1) {
          List<String> cycle = new ArrayList<>();
          for (int k = pathAt[required]; k < depth; k++) {
            cycle.add(activities.get(path[k]).id());
          }
          cycle.add(activities.get(required).id());
          Activity first = activities.get(required);
          int k = ImmutableList.copyOf(first.requires()).indexOf(cycle.get(1));
          return Optional.of(
              Problem.at(
                  scenario.pathOf(first) + ".requires[" + k + "]",
                  "requirements form a cycle "
                      + String.join(" -> ", cycle)
                      + "; remove one of these requirements"));
        }
        if (state[required] == 0) {
          state[required] = 1;
          pathAt[required] = depth;
          path[depth++] = required;
        }
      }
    }
    return Optional.empty();
  }

  /** The first positions of the activities {@code activity} requires, unknown ones left out. */
  private static int[] required(Activity activity, IdIndex index) {
    int[] required = new int[activity.requires().size()];
    int count = 0;
    for (String id : activity.requires()) {
      int r = index.indexOf(id);
      if (r >= 0) {
        required[count++] = r; // unknown ones are reported above
      }
    }
    return Arrays.copyOf(required, count);
  }
}
