package dev.leverage.coaching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How a manager of product managers coaches: who the coach is, how important each characteristic
 * is, how much a level step lifts a PM's teams, and how long a step takes.
 *
 * <p>{@link #candidates} turns every level step below a PM's target into a candidate activity of
 * the coach (§8 of the model). Raising characteristic <i>c</i> of PM <i>p</i> from level <i>k</i>
 * to <i>k</i> + 1 is the activity {@code coach-<p>-<c>-<k+1>} of kind {@code coaching}; it takes
 * {@link #hoursPerLevel()} and has one effect on each team <i>p</i> owns, with {@code uplift =
 * elasticity · importance(c) · (5 − k) / 4}, lasting the horizon; it requires the step below it
 * when that step is itself a candidate. Early steps are worth more. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coaching {
  /** The relative output uplift of a team per level step at full importance, unless set. */
  public static final double DEFAULT_ELASTICITY = 0.03;

  /** The importance of a characteristic unless set. */
  public static final double DEFAULT_IMPORTANCE = 1.0;

  /** The effort of one level step unless set: 6 hours. */
  public static final Effort DEFAULT_HOURS_PER_LEVEL = Effort.ofHours(6);

  Coaching() {}

  /**
   * Returns a builder for a coaching setup.
   *
   * @return an empty builder; {@link Builder#coach(String)} must be set before {@link
   *     Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default setup for a coach.
   *
   * @param coach the id of the manager of product managers who coaches
   * @return the setup with every default
   * @throws InvalidModelException if {@code coach} is null or invalid
   */
  public static Coaching by(String coach) {
    return builder().coach(coach).build();
  }

  /** {@return the id of the manager of product managers who coaches} */
  public abstract String coach();

  /** {@return the importance of a characteristic, finite and at least 0; 1 for those not given} */
  public abstract Map<Characteristic, Double> importance();

  /**
   * {@return the relative uplift of each of a PM's teams from a first step at importance 1 and
   * level 1, finite and at least 0; 0.03 unless set}
   */
  @Value.Default
  public Estimate elasticity() {
    return Estimate.of(DEFAULT_ELASTICITY);
  }

  /** {@return the coach's effort for one level step, more than 0 hours; 6 hours unless set} */
  @Value.Default
  public EffortEstimate hoursPerLevel() {
    return EffortEstimate.of(DEFAULT_HOURS_PER_LEVEL);
  }

  /**
   * Returns a builder holding this setup's values, to build a changed copy.
   *
   * @return a new builder, independent of this setup
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * {@return the importance of {@code characteristic}: 1 unless set}
   *
   * @param characteristic the characteristic
   */
  public double importance(Characteristic characteristic) {
    return importance()
        .getOrDefault(requireNonNull(characteristic, "characteristic"), DEFAULT_IMPORTANCE);
  }

  /**
   * {@return the uplift of the step from level {@code k} of {@code characteristic}: {@code
   * elasticity · importance · (5 − k) / 4}}
   *
   * @param characteristic the characteristic
   * @param k the level before the step, 1 to 4
   */
  public Estimate uplift(Characteristic characteristic, int k) {
    double factor =
        importance(characteristic)
            * (Characteristic.MAX_LEVEL - k)
            / (Characteristic.MAX_LEVEL - 1);
    return factor > 0 ? elasticity().times(factor) : Estimate.of(0);
  }

  /**
   * {@return the id of the step raising {@code characteristic} of {@code pm} to {@code toLevel}}
   *
   * @param pm the id of the product manager
   * @param characteristic the characteristic
   * @param toLevel the level after the step
   */
  public static String stepId(String pm, Characteristic characteristic, int toLevel) {
    requireNonNull(pm, "pm");
    requireNonNull(characteristic, "characteristic");
    return "coach-" + pm + "-" + characteristic.label() + "-" + toLevel;
  }

  /**
   * {@return every level step below the targets of {@code productManagers}, as candidate activities
   * of the coach: product managers in the order given, then characteristics in declaration order,
   * then levels upwards}
   *
   * @param organization the organization
   * @param productManagers the product managers
   * @throws InvalidModelException if a product manager is not a manager of {@code organization}
   */
  public List<CoachingCandidate> candidates(
      Organization organization, List<ProductManager> productManagers) {
    requireNonNull(organization, "organization");
    requireNonNull(productManagers, "productManagers");
    List<Problem> problems = new ArrayList<>();
    ImmutableList.Builder<CoachingCandidate> candidates = ImmutableList.builder();
    for (int i = 0; i < productManagers.size(); i++) {
      ProductManager pm = productManagers.get(i);
      Manager manager = organization.manager(pm.id()).orElse(null);
      if (manager == null) {
        problems.add(
            Problem.at(
                "productManagers[" + i + "].id",
                Spelling.unknown("manager", pm.id(), organization.managerIds())));
        continue;
      }
      for (Characteristic characteristic : Characteristic.values()) {
        int level = pm.level(characteristic);
        for (int k = level; k < pm.target(characteristic); k++) {
          Activity.Builder step =
              Activity.builder()
                  .id(stepId(pm.id(), characteristic, k + 1))
                  .by(coach())
                  .kind(ActivityKind.COACHING)
                  .time(hoursPerLevel());
          Estimate uplift = uplift(characteristic, k);
          for (String team : manager.owns()) {
            step.effects(Effect.builder().team(team).uplift(uplift).build());
          }
          if (k > level) {
            step.requires(stepId(pm.id(), characteristic, k));
          }
          candidates.add(new CoachingCandidate(step.build(), pm.id(), characteristic, k));
        }
      }
    }
    InvalidModelException.throwIfAny(problems);
    return candidates.build();
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(coach(), "coach", "manager", problems);
    for (Map.Entry<Characteristic, Double> entry : importance().entrySet()) {
      String at = "importance." + entry.getKey().label();
      if (!Double.isFinite(entry.getValue()) || entry.getValue() < 0) {
        problems.add(
            Problem.at(
                at, "importance must be a finite number, at least 0, was " + entry.getValue()));
      }
    }
    if (elasticity().low() < 0) {
      problems.add(
          Problem.at(
              "elasticity",
              "must be at least 0 (the relative uplift of a level step), was " + elasticity()));
    }
    Activity.checkTime(hoursPerLevel(), "hoursPerLevel", problems);
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds a {@link Coaching} setup: set the {@linkplain #coach(String) coach} and whatever departs
   * from the defaults, then {@linkplain #build() build}.
   *
   * <p>Importance entries add to what the builder holds; {@link #replaceImportance(Map)} replaces
   * them. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code importance.business}). Not thread-safe; {@link #build()} may
   * be called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String coach;
    private final Map<Characteristic, Double> importance = new EnumMap<>(Characteristic.class);
    private Estimate elasticity = Estimate.of(DEFAULT_ELASTICITY);
    private EffortEstimate hoursPerLevel = EffortEstimate.of(DEFAULT_HOURS_PER_LEVEL);

    private Builder() {}

    private Builder from(Coaching coaching) {
      coach = coaching.coach();
      importance.putAll(coaching.importance());
      elasticity = coaching.elasticity();
      hoursPerLevel = coaching.hoursPerLevel();
      return this;
    }

    /**
     * Sets the manager of product managers who coaches.
     *
     * @param coach a manager id; the manager must be above every product manager in reports
     * @return this builder
     */
    public Builder coach(String coach) {
      this.coach = Nulls.reject(coach, "coach");
      return this;
    }

    /**
     * Sets the importance of a characteristic, replacing an earlier one; 1 unless set.
     *
     * @param characteristic the characteristic
     * @param importance finite, at least 0
     * @return this builder
     */
    public Builder importance(Characteristic characteristic, double importance) {
      Nulls.reject(characteristic, "importance");
      this.importance.put(characteristic, importance);
      return this;
    }

    /**
     * Adds importances, replacing earlier ones of the same characteristics.
     *
     * @param importance importance by characteristic, each finite and at least 0
     * @return this builder
     */
    public Builder importance(Map<Characteristic, Double> importance) {
      this.importance.putAll(Nulls.rejectIn(importance, "importance"));
      return this;
    }

    /**
     * Replaces all importances.
     *
     * @param importance importance by characteristic, in place of those added before
     * @return this builder
     */
    public Builder replaceImportance(Map<Characteristic, Double> importance) {
      Nulls.rejectIn(importance, "importance");
      this.importance.clear();
      return importance(importance);
    }

    /**
     * Sets a certain elasticity; 0.03 unless set.
     *
     * @param elasticity the relative uplift of a PM's teams from a first step at importance 1,
     *     finite and at least 0
     * @return this builder
     */
    public Builder elasticity(double elasticity) {
      try {
        return elasticity(Estimate.of(elasticity));
      } catch (InvalidModelException e) {
        throw e.under("elasticity");
      }
    }

    /**
     * Sets an uncertain elasticity.
     *
     * @param elasticity a three-point estimate, every value at least 0
     * @return this builder
     */
    public Builder elasticity(Estimate elasticity) {
      this.elasticity = Nulls.reject(elasticity, "elasticity");
      return this;
    }

    /**
     * Sets a certain effort per level step; 6 hours unless set.
     *
     * @param hoursPerLevel the coach's effort for one level step, more than 0 hours
     * @return this builder
     */
    public Builder hoursPerLevel(Effort hoursPerLevel) {
      Nulls.reject(hoursPerLevel, "hoursPerLevel");
      return hoursPerLevel(EffortEstimate.of(hoursPerLevel));
    }

    /**
     * Sets the effort per level step, certain or estimated.
     *
     * @param hoursPerLevel the coach's effort for one level step, every value more than 0 hours
     * @return this builder
     */
    public Builder hoursPerLevel(EffortEstimate hoursPerLevel) {
      this.hoursPerLevel = Nulls.reject(hoursPerLevel, "hoursPerLevel");
      return this;
    }

    /**
     * Builds the coaching setup.
     *
     * @return a setup with the values set
     * @throws InvalidModelException listing every problem: a missing or invalid coach, an unknown
     *     characteristic, an importance or elasticity below 0, a step of 0 hours
     */
    public Coaching build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(coach, "coach", "coach(String)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableCoaching.Builder()
          .coach(coach)
          .importance(importance)
          .elasticity(elasticity)
          .hoursPerLevel(hoursPerLevel)
          .build();
    }
  }
}
