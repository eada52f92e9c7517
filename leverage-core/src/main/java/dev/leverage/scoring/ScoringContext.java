package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.organization.Organization;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * What a {@link ScoringStrategy} may look at besides the activity: the scenario, its organization
 * and horizon, and each activity's output and attributes.
 *
 * <p>Thread-safe, and not a value: besides its scenario, which never changes, a context holds a
 * memo of figures that strategies derive from the whole scenario (a composite's minimum and maximum
 * score per part), computed on first use and kept for the context's life. Every figure is a pure
 * function of the scenario, so the memo never changes what a context answers, only how fast; rank
 * with one context rather than one per activity. Contexts compare by identity.
 */
public final class ScoringContext {
  private final Scenario scenario;
  private final ConcurrentMap<Object, Object> derived = new ConcurrentHashMap<>();

  private ScoringContext(Scenario scenario) {
    this.scenario = requireNonNull(scenario, "scenario");
  }

  /**
   * {@return the context of {@code scenario}}
   *
   * @param scenario the scenario
   */
  public static ScoringContext of(Scenario scenario) {
    return new ScoringContext(scenario);
  }

  /** {@return the scenario being scored} */
  public Scenario scenario() {
    return scenario;
  }

  /** {@return the scenario's organization} */
  public Organization organization() {
    return scenario.organization();
  }

  /** {@return the scenario's horizon} */
  public CalendarTime horizon() {
    return scenario.horizon();
  }

  /**
   * {@return the output and leverage of {@code activity}, with its contributions}
   *
   * @param activity the activity
   */
  public ActivityOutput output(Activity activity) {
    return scenario.output(activity);
  }

  /**
   * {@return the PERT mean of {@code activity}'s attribute {@code name}}
   *
   * @param activity the activity
   * @param name the attribute's name
   * @param strategy the scoring strategy
   * @throws InvalidModelException naming the activity, the attribute and {@code strategy}, which
   *     needs it, when the attribute is missing
   */
  public double attribute(Activity activity, String name, String strategy) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    Estimate value = activity.attributes().get(name);
    if (value == null) {
      throw new InvalidModelException(
          List.of(
              Problem.at(
                  scenario.pathOf(activity) + ".attributes",
                  "activity '"
                      + activity.id()
                      + "' has no attribute '"
                      + name
                      + "', which strategy '"
                      + strategy
                      + "' needs; add it under attributes")));
    }
    return value.pertMean();
  }

  /**
   * {@return the PERT means of {@code activity}'s attributes {@code names}, by name in that order}
   *
   * @param activity the activity
   * @param strategy the scoring strategy
   * @param names the attributes' names
   * @throws InvalidModelException naming the activity, {@code strategy} and every missing attribute
   */
  public Map<String, Double> attributes(Activity activity, String strategy, String... names) {
    requireNonNull(activity, "activity");
    requireNonNull(strategy, "strategy");
    Map<String, Double> values = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      try {
        values.put(name, attribute(activity, name, strategy));
      } catch (InvalidModelException e) {
        problems.addAll(e.problems());
      }
    }
    InvalidModelException.throwIfAny(problems);
    return ImmutableMap.copyOf(values);
  }

  /**
   * {@return true when {@code activity} has the attribute {@code name}}
   *
   * @param activity the activity
   * @param name the attribute's name
   */
  public boolean hasAttribute(Activity activity, String name) {
    requireNonNull(name, "name");
    return activity.attributes().containsKey(name);
  }

  /**
   * Returns the figure derived from the whole scenario under {@code key}, computing it once per
   * context. {@code compute} must be a pure function of the scenario.
   */
  @SuppressWarnings("unchecked")
  <T> T derived(Object key, Supplier<T> compute) {
    Object known = derived.get(key);
    if (known == null) {
      known = compute.get();
      Object raced = derived.putIfAbsent(key, known);
      if (raced != null) {
        known = raced;
      }
    }
    return (T) known;
  }
}
