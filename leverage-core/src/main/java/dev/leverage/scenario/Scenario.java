package dev.leverage.scenario;

import static com.google.common.collect.ImmutableList.toImmutableList;
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
import dev.leverage.organization.Organization;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
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
 * follow the scenario file ({@code activities[1].effects[0].team}). Building also refuses numbers
 * that would make any computed quantity (an output, a sum of outputs, a leverage, a simulated
 * sample, a coaching step) reach past ±1e300, at the path of the value that contributes the most,
 * so that no command computes an infinite or NaN result. Immutable and thread-safe.
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
    return productManagers().stream().filter(pm -> pm.id().equals(id)).findFirst();
  }

  /** Returns the activity with {@code id}, if there is one. */
  public Optional<Activity> activity(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(activityIndex().get(id));
  }

  /** The activities done by {@code manager}, in the order given. */
  public List<Activity> activitiesOf(String manager) {
    organization().manager(manager).orElseThrow(() -> unknownManager(manager));
    return activities().stream().filter(a -> a.by().equals(manager)).collect(toImmutableList());
  }

  /** The output and leverage of {@code activity} in this scenario's organization and horizon. */
  public ActivityOutput output(Activity activity) {
    return ActivityOutput.of(activity, organization(), horizon());
  }

  /** The path of {@code activity} in the scenario ({@code activities[3]}), or its id if absent. */
  public String pathOf(Activity activity) {
    int index = activities().indexOf(activity);
    return index >= 0 ? "activities[" + index + "]" : "activity '" + activity.id() + "'";
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
  ImmutableMap<String, Activity> activityIndex() {
    Map<String, Activity> index = new LinkedHashMap<>();
    activities().forEach(a -> index.putIfAbsent(a.id(), a));
    return ImmutableMap.copyOf(index);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (!(horizon().weeks() > 0)) {
      problems.add(Problem.at("horizon", "must be longer than 0, was " + horizon()));
    }
    Organization organization = organization();
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
        problems.add(
            Problem.at(
                at + ".by", Spelling.unknown("manager", activity.by(), organization.managerIds())));
      }
      for (int e = 0; e < activity.effects().size(); e++) {
        Effect effect = activity.effects().get(e);
        if (organization.team(effect.team()).isEmpty()) {
          problems.add(
              Problem.at(
                  at + ".effects[" + e + "].team",
                  Spelling.unknown("team", effect.team(), organization.teamIds())));
        }
      }
    }
    List<String> ids = activities().stream().map(Activity::id).toList();
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      int k = 0;
      for (String required : activity.requires()) {
        String path = "activities[" + i + "].requires[" + k++ + "]";
        Integer target = firstAt.get(required);
        if (target == null) {
          problems.add(Problem.at(path, Spelling.unknown("activity", required, ids)));
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
    ScenarioBounds.check(this, problems);
    InvalidModelException.throwIfAny(problems);
  }

  private Optional<Problem> findRequirementCycle() {
    Map<String, Integer> state = new HashMap<>();
    for (Activity activity : activities()) {
      List<String> stack = new ArrayList<>();
      Optional<Problem> cycle = visit(activity.id(), state, stack);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private Optional<Problem> visit(String id, Map<String, Integer> state, List<String> stack) {
    Integer seen = state.get(id);
    if (seen != null && seen == 2) {
      return Optional.empty();
    }
    if (seen != null) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
      cycle.add(id);
      Activity first = activityIndex().get(cycle.get(0));
      int k = ImmutableList.copyOf(first.requires()).indexOf(cycle.get(1));
      return Optional.of(
          Problem.at(
              pathOf(first) + ".requires[" + k + "]",
              "requirements form a cycle "
                  + String.join(" -> ", cycle)
                  + "; remove one of these requirements"));
    }
    state.put(id, 1);
    stack.add(id);
    for (String required : activityIndex().get(id).requires()) {
      if (!activityIndex().containsKey(required)) {
        continue; // reported above as an unknown activity
      }
      Optional<Problem> cycle = visit(required, state, stack);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(id, 2);
    return Optional.empty();
  }

  /** Builds a {@link Scenario}; {@code organization} is required. */
  public static class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
