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
import dev.leverage.internal.Numbers;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
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

  /** Returns a builder for a coaching setup. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the default setup with {@code coach} as the coach. */
  public static Coaching by(String coach) {
    return builder().coach(coach).build();
  }

  /** The id of the manager of product managers who coaches. */
  public abstract String coach();

  /** The importance of a characteristic, finite and at least 0, by name; 1 for those not given. */
  public abstract Map<String, Double> importance();

  /**
   * The relative uplift of each of a PM's teams from a first step at importance 1 and level 1,
   * finite and at least 0; 0.03 unless set.
   */
  @Value.Default
  public Estimate elasticity() {
    return Estimate.of(DEFAULT_ELASTICITY);
  }

  /** The coach's effort for one level step, in hours, more than 0; 6 hours unless set. */
  @Value.Default
  public Estimate hoursPerLevel() {
    return Estimate.of(DEFAULT_HOURS_PER_LEVEL.hours());
  }

  /** The importance of {@code characteristic}: 1 unless set. */
  public double importance(Characteristic characteristic) {
    return importance().getOrDefault(characteristic.label(), DEFAULT_IMPORTANCE);
  }

  /**
   * The uplift of the step from level {@code k} of {@code characteristic}: {@code elasticity ·
   * importance · (5 − k) / 4}.
   */
  public Estimate uplift(Characteristic characteristic, int k) {
    double factor =
        importance(characteristic)
            * (Characteristic.MAX_LEVEL - k)
            / (Characteristic.MAX_LEVEL - 1);
    return factor > 0 ? elasticity().times(factor) : Estimate.of(0);
  }

  /** The id of the step raising {@code characteristic} of {@code pm} to {@code toLevel}. */
  public static String stepId(String pm, Characteristic characteristic, int toLevel) {
    requireNonNull(pm, "pm");
    requireNonNull(characteristic, "characteristic");
    return "coach-" + pm + "-" + characteristic.label() + "-" + toLevel;
  }

  /**
   * Every level step below the targets of {@code productManagers}, as candidate activities of the
   * coach: product managers in the order given, then characteristics in declaration order, then
   * levels upwards.
   *
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
            step.addEffect(Effect.builder().team(team).uplift(uplift).build());
          }
          if (k > level) {
            step.addRequire(stepId(pm.id(), characteristic, k));
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
    for (Map.Entry<String, Double> entry : importance().entrySet()) {
      String at = "importance." + entry.getKey();
      if (Characteristic.find(entry.getKey()).isEmpty()) {
        problems.add(Problem.at(at, Characteristic.unknown(entry.getKey())));
      } else if (!Double.isFinite(entry.getValue()) || entry.getValue() < 0) {
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
    if (!(hoursPerLevel().low() > 0)) {
      problems.add(
          Problem.at(
              "hoursPerLevel",
              "must be more than 0 hours, was "
                  + Effort.ofHours(
                      Math.min(Effort.MAX_HOURS, Math.max(0, hoursPerLevel().low())))));
    }
    if (hoursPerLevel().high() > Activity.MAX_HOURS) {
      problems.add(
          Problem.at(
              "hoursPerLevel",
              "must be at most 10000000h (ten million hours, the longest an activity may take),"
                  + " was "
                  + Numbers.format(hoursPerLevel().high())
                  + "h"));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /** Builds a {@link Coaching}; {@code coach} is required. */
  public static class Builder extends ImmutableCoaching.Builder {
    Builder() {}

    /** Sets the importance, at least 0, of {@code characteristic}. */
    public Builder importance(Characteristic characteristic, double importance) {
      putImportance(characteristic.label(), importance);
      return this;
    }

    /** Sets a certain elasticity, at least 0. */
    public Builder elasticity(double elasticity) {
      elasticity(Estimate.of(elasticity));
      return this;
    }

    /** Sets a certain effort per level step. */
    public Builder hoursPerLevel(Effort hoursPerLevel) {
      hoursPerLevel(Estimate.of(hoursPerLevel.hours()));
      return this;
    }
  }
}
