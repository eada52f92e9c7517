package dev.leverage.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.IdIndex;
import dev.leverage.internal.UnknownNames;
import dev.leverage.organization.Organization;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the model reasons about: the organization, the activities its managers can spend time
 * on, and the horizon over which effects count.
 *
 * <p>Building checks every cross-reference at once: unique activity ids, known managers and teams,
 * requirements that name activities of the same manager and form no cycle; product managers, coach
 * and products that fit the organization (the coach above every product manager). Paths in problems
 * follow the scenario file ({@code activities[1].effects[0].team}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {
  /** The default horizon: 12 weeks. */
  public static final CalendarTime DEFAULT_HORIZON = CalendarTime.ofWeeks(12);

  Scenario() {}

  /** Returns a builder for a scenario. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long effects are counted; 12 weeks unless set. */
  @Value.Default
  public CalendarTime horizon() {
    return DEFAULT_HORIZON;
  }

  /** The teams and managers. */
  public abstract Organization organization();

  /** The activities, in the order given. */
  public abstract List<Activity> activities();

  /** The product managers a manager of PMs coaches (§8), in the order given; none unless set. */
  public abstract List<ProductManager> productManagers();

  /** How the manager of product managers coaches, when the scenario says. */
  public abstract Optional<Coaching> coaching();

  /** The product portfolio, when the scenario has one. */
  public abstract Optional<Portfolio> portfolio();

  /** Returns the product manager with {@code id}, if there is one. */
  public Optional<ProductManager> productManager(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(lookups().productManagers.get(id));
  }

  /** Returns the activity with {@code id}, if there is one. */
  public Optional<Activity> activity(String id) {
    requireNonNull(id, "id");
    int i = lookups().activities.indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(activities().get(i));
  }

  /** The activities done by {@code manager}, in the order given. */
  public List<Activity> activitiesOf(String manager) {
    organization().manager(manager).orElseThrow(() -> unknownManager(manager));
    return lookups().activitiesBy.getOrDefault(manager, ImmutableList.of());
  }

  /** The output and leverage of {@code activity} in this scenario's organization and horizon. */
  public ActivityOutput output(Activity activity) {
    return ActivityOutput.of(activity, organization(), horizon());
  }

  /** The path of {@code activity} in the scenario ({@code activities[3]}), or its id if absent. */
  public String pathOf(Activity activity) {
    int index = lookups().activities.indexOf(activity.id());
    return index >= 0 && activities().get(index).equals(activity)
        ? "activities[" + index + "]"
        : "activity '" + activity.id() + "'";
  }

  /** Returns a copy of this scenario with {@code activities} in place of its own. */
  public Scenario withActivities(List<Activity> activities) {
    return builder().from(this).activities(activities).build();
  }

  /** Returns an exception for an unknown manager id, naming the closest known one. */
  public InvalidModelException unknownManager(String manager) {
    return InvalidModelException.of(
        "", Spelling.unknown("manager", manager, organization().managerIds()));
  }

  @Value.Lazy
  Lookups lookups() {
    return new Lookups(this);
  }

  /** Lookups by id, built once: every one takes constant time. */
  static final class Lookups {
    /** The first position of each activity id. */
    final IdIndex activities;

    final ImmutableMap<String, ImmutableList<Activity>> activitiesBy;
    final ImmutableMap<String, ProductManager> productManagers;

    Lookups(Scenario scenario) {
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
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (!(horizon().weeks() > 0)) {
      problems.add(Problem.at("horizon", "must be longer than 0, was " + horizon()));
    }
    Organization organization = organization();
    UnknownNames unknownManagers = new UnknownNames("manager", organization.managerIds());
    UnknownNames unknownTeams = new UnknownNames("team", organization.teamIds());
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      String at = "activities[" + i + "]";
      Integer previous = firstAt.putIfAbsent(activity.id(), i);
      if (previous != null) {
        problems.add(
            Problem.at(
                at + ".id",
                "duplicate activity id '"
                    + activity.id()
                    + "', already used by activities["
                    + previous
                    + "]; ids are unique per kind"));
      }
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
        new UnknownNames("activity", activities().stream().map(Activity::id).toList());
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      int k = 0;
      for (String required : activity.requires()) {
        String path = "activities[" + i + "].requires[" + k++ + "]";
        Integer target = firstAt.get(required);
        if (target == null) {
          problems.add(Problem.at(path, unknownActivities.message(required)));
        } else if (!activities().get(target).by().equals(activity.by())) {
          problems.add(
              Problem.at(
                  path,
                  "activity '"
                      + required
                      + "' is done by '"
                      + activities().get(target).by()
                      + "', but '"
                      + activity.id()
                      + "' is done by '"
                      + activity.by()
                      + "'; an activity can only require activities of the same manager"));
        }
      }
    }
    ProductSections.check(this, problems);
    findRequirementCycle().ifPresent(problems::add);
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * The first cycle of requirements met by a depth-first search from each activity in order, its
   * requirements in the order listed: with an explicit stack, so any depth of requirements is fine,
   * and each activity visited once.
   */
  private Optional<Problem> findRequirementCycle() {
    IdIndex index = lookups().activities;
    int n = activities().size();
    int[] state = new int[n]; // 0 unvisited, 1 on the path, 2 done
    int[] pathAt = new int[n];
    int[] path = new int[n];
    int[][] requires = new int[n][];
    int[] next = new int[n];
    for (Activity activity : activities()) {
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
          requires[top] = required(activities().get(top), index);
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
            cycle.add(activities().get(path[k]).id());
          }
          cycle.add(activities().get(required).id());
          Activity first = activities().get(required);
          int k = ImmutableList.copyOf(first.requires()).indexOf(cycle.get(1));
          return Optional.of(
              Problem.at(
                  pathOf(first) + ".requires[" + k + "]",
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

  /** Builds a {@link Scenario}; {@code organization} is required. */
  public static class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
