package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.organization.Organization;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;

/**
 * What a {@link ScoringStrategy} may look at besides the activity: the scenario, its organization
 * and horizon, and each activity's output and attributes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringContext {
  private final Scenario scenario;

  private ScoringContext(Scenario scenario) {
    this.scenario = requireNonNull(scenario, "scenario");
  }

  /** Returns the context of {@code scenario}. */
  public static ScoringContext of(Scenario scenario) {
    return new ScoringContext(scenario);
  }

  /** The scenario being scored. */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario's organization. */
  public Organization organization() {
    return scenario.organization();
  }

  /** The scenario's horizon. */
  public CalendarTime horizon() {
    return scenario.horizon();
  }

  /** The output and leverage of {@code activity}, with its contributions. */
  public ActivityOutput output(Activity activity) {
    return scenario.output(activity);
  }

  /**
   * The PERT mean of {@code activity}'s attribute {@code name}.
   *
   * @throws InvalidModelException naming the activity, the attribute and {@code strategy}, which
   *     needs it, when the attribute is missing
   */
  public double attribute(Activity activity, String name, String strategy) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    Estimate value = activity.attributes().get(name);
    if (value == null) {
      throw new InvalidModelException(
          java.util.List.of(
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

  /** True when {@code activity} has the attribute {@code name}. */
  public boolean hasAttribute(Activity activity, String name) {
    requireNonNull(name, "name");
    return activity.attributes().containsKey(name);
  }
}
