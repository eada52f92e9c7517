package dev.leverage.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Nulls;
import dev.leverage.organization.Organization;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

  /** The name of the output unit unless set (MODEL.md §9). */
  public static final String DEFAULT_UNIT = "output units";

  Scenario() {}

  /**
   * Returns a builder for a scenario.
   *
   * @return an empty builder; {@link Builder#organization(Organization)} must be set before {@link
   *     Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how long effects are counted; 12 weeks unless set} */
  @Value.Default
  public CalendarTime horizon() {
    return DEFAULT_HORIZON;
  }

  /** {@return the scenario's title, shown on every table, chart and report; none unless set} */
  public abstract Optional<String> title();

  /**
   * {@return the name of the output unit, such as {@code value points}; {@value #DEFAULT_UNIT}
   * unless set}
   */
  @Value.Default
  public String unit() {
    return DEFAULT_UNIT;
  }

  /** {@return the teams and managers} */
  public abstract Organization organization();

  /** {@return the activities, in the order given} */
  public abstract List<Activity> activities();

  /** {@return the product managers a manager of PMs coaches (§8), in order; none unless set} */
  public abstract List<ProductManager> productManagers();

  /** {@return how the manager of product managers coaches, when the scenario says} */
  public abstract Optional<Coaching> coaching();

  /** {@return the product portfolio, when the scenario has one} */
  public abstract Optional<Portfolio> portfolio();

  /**
   * Returns a builder holding this scenario's values, to build a changed copy.
   *
   * @return a new builder, independent of this scenario
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * {@return the product manager with {@code id}, if there is one}
   *
   * @param id a product manager id
   */
  public Optional<ProductManager> productManager(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(lookups().productManagers.get(id));
  }

  /**
   * {@return the activity with {@code id}, if there is one}
   *
   * @param id an activity id
   */
  public Optional<Activity> activity(String id) {
    requireNonNull(id, "id");
    return lookups().activity(id);
  }

  /**
   * {@return the activities done by {@code manager}, in the order given}
   *
   * @param manager a manager id
   */
  public List<Activity> activitiesOf(String manager) {
    organization().manager(manager).orElseThrow(() -> unknownManager(manager));
    return lookups().activitiesBy.getOrDefault(manager, ImmutableList.of());
  }

  /**
   * {@return the output and leverage of {@code activity} in this organization and horizon}
   *
   * @param activity the activity
   */
  public ActivityOutput output(Activity activity) {
    return ActivityOutput.of(activity, organization(), horizon());
  }

  /**
   * {@return the path of {@code activity} ({@code activities[3]}), or its id if it is not here}
   *
   * @param activity the activity
   */
  public String pathOf(Activity activity) {
    return lookups().pathOf(activity);
  }

  /**
   * Returns a copy of this scenario with other activities.
   *
   * @param activities the activities, in place of this scenario's
   * @return the changed copy
   * @throws InvalidModelException if an activity is null or the scenario they make is invalid
   */
  public Scenario withActivities(List<Activity> activities) {
    return toBuilder().replaceActivities(activities).build();
  }

  /**
   * Returns a copy of this scenario with {@code activity} in place of the activity with the same
   * id, or added after the others when there is none.
   *
   * @param activity the new or changed activity
   * @return the changed copy
   * @throws InvalidModelException if {@code activity} is null or the scenario it makes is invalid
   */
  public Scenario withActivity(Activity activity) {
    Nulls.reject(activity, "activities");
    List<Activity> activities = new ArrayList<>(activities());
    int index = activities.indexOf(activity(activity.id()).orElse(null));
    if (index >= 0) {
      activities.set(index, activity);
    } else {
      activities.add(activity);
    }
    return withActivities(activities);
  }

  /**
   * Returns a copy of this scenario with another organization.
   *
   * @param organization the teams and managers, in place of this scenario's
   * @return the changed copy
   * @throws InvalidModelException if {@code organization} is null or does not fit the activities
   */
  public Scenario withOrganization(Organization organization) {
    return toBuilder().organization(organization).build();
  }

  /**
   * Returns a copy of this scenario with another horizon.
   *
   * @param horizon how long effects are counted, longer than 0
   * @return the changed copy
   * @throws InvalidModelException if {@code horizon} is null or not longer than 0
   */
  public Scenario withHorizon(CalendarTime horizon) {
    return toBuilder().horizon(horizon).build();
  }

  /**
   * {@return an exception for an unknown manager id, naming the closest known one}
   *
   * @param manager a manager id
   */
  public InvalidModelException unknownManager(String manager) {
    return InvalidModelException.of(
        "", Spelling.unknown("manager", manager, organization().managerIds()));
  }

  private static final String BLANK = "must not be blank: leave it out, or name it in words";

  @Value.Lazy
  ScenarioLookups lookups() {
    return new ScenarioLookups(this);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (!(horizon().weeks() > 0)) {
      problems.add(Problem.at("horizon", "must be longer than 0, was " + horizon()));
    }
    title().filter(String::isBlank).ifPresent(t -> problems.add(Problem.at("title", BLANK)));
    if (unit().isBlank()) {
      problems.add(Problem.at("unit", BLANK));
    }
    ActivityReferences.check(this, problems);
    ProductSections.check(this, problems);
    ScenarioBounds.check(this, problems);
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds a {@link Scenario}: set the {@linkplain #organization(Organization) organization}, add
   * activities and the optional sections, then {@linkplain #build() build}, which checks every
   * cross-reference.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code activities[3]}). Not thread-safe; {@link #build()} may be
   * called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private CalendarTime horizon = DEFAULT_HORIZON;
    private String title;
    private String unit = DEFAULT_UNIT;
    private Organization organization;
    private final List<Activity> activities = new ArrayList<>();
    private final List<ProductManager> productManagers = new ArrayList<>();
    private Coaching coaching;
    private Portfolio portfolio;

    private Builder() {}

    private Builder from(Scenario scenario) {
      horizon = scenario.horizon();
      title = scenario.title().orElse(null);
      unit = scenario.unit();
      organization = scenario.organization();
      activities.addAll(scenario.activities());
      productManagers.addAll(scenario.productManagers());
      coaching = scenario.coaching().orElse(null);
      portfolio = scenario.portfolio().orElse(null);
      return this;
    }

    /**
     * Sets how long effects are counted; {@link #DEFAULT_HORIZON} (12 weeks) unless set.
     *
     * @param horizon the horizon, longer than 0
     * @return this builder
     */
    public Builder horizon(CalendarTime horizon) {
      this.horizon = Nulls.reject(horizon, "horizon");
      return this;
    }

    /**
     * Sets the title shown on every table, chart and report (MODEL.md §9).
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Nulls.reject(title, "title");
      return this;
    }

    /**
     * Sets the name of the output unit; {@link #DEFAULT_UNIT} unless set.
     *
     * @param unit the unit's name, such as {@code value points}, not blank
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = Nulls.reject(unit, "unit");
      return this;
    }

    /**
     * Sets the teams and managers.
     *
     * @param organization the organization
     * @return this builder
     */
    public Builder organization(Organization organization) {
      this.organization = Nulls.reject(organization, "organization");
      return this;
    }

    /**
     * Adds activities.
     *
     * @param activities activities, each with an id unique among the activities
     * @return this builder
     */
    public Builder activities(Activity... activities) {
      this.activities.addAll(Nulls.rejectIn(activities, "activities", this.activities.size()));
      return this;
    }

    /**
     * Adds activities.
     *
     * @param activities activities, each with an id unique among the activities
     * @return this builder
     */
    public Builder activities(Collection<Activity> activities) {
      this.activities.addAll(Nulls.rejectIn(activities, "activities", this.activities.size()));
      return this;
    }

    /**
     * Replaces the activities.
     *
     * @param activities activities, in place of those added before
     * @return this builder
     */
    public Builder replaceActivities(Collection<Activity> activities) {
      Nulls.rejectIn(activities, "activities", 0);
      this.activities.clear();
      return activities(activities);
    }

    /**
     * Adds product managers for the manager of PMs to coach (§8).
     *
     * @param productManagers product managers, each a manager of the organization
     * @return this builder
     */
    public Builder productManagers(ProductManager... productManagers) {
      this.productManagers.addAll(
          Nulls.rejectIn(productManagers, "productManagers", this.productManagers.size()));
      return this;
    }

    /**
     * Adds product managers for the manager of PMs to coach (§8).
     *
     * @param productManagers product managers, each a manager of the organization
     * @return this builder
     */
    public Builder productManagers(Collection<ProductManager> productManagers) {
      this.productManagers.addAll(
          Nulls.rejectIn(productManagers, "productManagers", this.productManagers.size()));
      return this;
    }

    /**
     * Replaces the product managers.
     *
     * @param productManagers product managers, in place of those added before
     * @return this builder
     */
    public Builder replaceProductManagers(Collection<ProductManager> productManagers) {
      Nulls.rejectIn(productManagers, "productManagers", 0);
      this.productManagers.clear();
      return productManagers(productManagers);
    }

    /**
     * Sets how the manager of product managers coaches.
     *
     * @param coaching the coaching setup; its coach must be above every product manager
     * @return this builder
     */
    public Builder coaching(Coaching coaching) {
      this.coaching = Nulls.reject(coaching, "coaching");
      return this;
    }

    /**
     * Removes the coaching setup.
     *
     * @return this builder
     */
    public Builder clearCoaching() {
      this.coaching = null;
      return this;
    }

    /**
     * Sets the product portfolio.
     *
     * @param portfolio the portfolio; its products must name known managers and teams
     * @return this builder
     */
    public Builder portfolio(Portfolio portfolio) {
      this.portfolio = Nulls.reject(portfolio, "portfolio");
      return this;
    }

    /**
     * Removes the product portfolio.
     *
     * @return this builder
     */
    public Builder clearPortfolio() {
      this.portfolio = null;
      return this;
    }

    /**
     * Builds the scenario, checking every cross-reference.
     *
     * @return a scenario with the values set
     * @throws InvalidModelException listing every problem, with paths as in a scenario file: a
     *     missing organization, duplicate activity ids, unknown managers, teams or activities, a
     *     requirement of another manager's activity, a cycle of requirements, product managers,
     *     coach and products that do not fit the organization
     */
    public Scenario build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(organization, "organization", "organization(Organization)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableScenario.Builder()
          .horizon(horizon)
          .title(Optional.ofNullable(title))
          .unit(unit)
          .organization(organization)
          .activities(activities)
          .productManagers(productManagers)
          .coaching(Optional.ofNullable(coaching))
          .portfolio(Optional.ofNullable(portfolio))
          .build();
    }
  }
}
