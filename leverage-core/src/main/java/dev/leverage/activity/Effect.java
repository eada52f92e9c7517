package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change an activity makes to one team's weekly output: a relative {@code uplift} that holds as a
 * step ({@code lasts}, the horizon by default) or decays with a {@code halfLife}, beginning {@code
 * starts} after the activity is done (0 by default; a hire, a migration).
 *
 * <p>The uplift is relative: 0.10 raises the team's output by 10%; it must be greater than −1
 * (negative means harm). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Effect {
  private static final double LN2 = Math.log(2);

  Effect() {}

  /**
   * Returns a builder for an effect.
   *
   * @return an empty builder; {@link Builder#team(String)} and {@link Builder#uplift(double)} must
   *     be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an effect that lasts the whole horizon.
   *
   * @param team the id of the team whose output changes
   * @param uplift the relative change of its weekly output, greater than −1
   * @return the effect
   * @throws InvalidModelException if {@code team} is null or invalid, or {@code uplift} is not
   *     greater than −1
   */
  public static Effect on(String team, double uplift) {
    return builder().team(team).uplift(uplift).build();
  }

  /** {@return the id of the team whose output changes} */
  public abstract String team();

  /** {@return the relative change of the team's weekly output, greater than −1} */
  public abstract Estimate uplift();

  /** {@return how long a step effect holds; the horizon when absent; never set with a half-life} */
  public abstract Optional<CalendarTime> lasts();

  /** {@return the half-life of a decaying effect; never set with {@code lasts}} */
  public abstract Optional<CalendarTime> halfLife();

  /** {@return how long after the activity is done the effect begins; 0 weeks unless set} */
  @Value.Default
  public CalendarTime starts() {
    return CalendarTime.ofWeeks(0);
  }

  /**
   * Returns a builder holding this effect's values, to build a changed copy.
   *
   * @return a new builder, independent of this effect
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * {@return the number of full-strength weeks the effect counts for within {@code horizon} when
   * its activity is done at once: {@link #weeks(CalendarTime, double)} from week 0}
   *
   * @param horizon the horizon
   */
  public double weeks(CalendarTime horizon) {
    return weeks(horizon, 0);
  }

  /**
   * The number of full-strength weeks the effect counts for within {@code horizon} when its
   * activity is done in week {@code doneIn} (0 for the first week, §7): it begins at {@code t0 =
   * doneIn + starts} and counts within {@code [t0, H)}: {@code max(0, min(lasts, H − t0))} for a
   * step, {@code (h / ln 2)(1 − 2^(−(H − t0)/h))} for a half-life {@code h} when {@code t0 < H},
   * else 0.
   *
   * @param horizon how long effects are counted
   * @param doneIn the week the activity is done in, at least 0
   * @return the effect weeks, from 0 to the horizon
   */
  public double weeks(CalendarTime horizon, double doneIn) {
    double left = horizon.weeks() - doneIn - starts().weeks();
    if (!(left > 0)) {
      return 0;
    }
    if (halfLife().isPresent()) {
      double half = halfLife().get().weeks();
      // (h / ln 2)(1 − 2^(−left/h)), ordered so that no step overflows for any half-life: the
      // factor in parentheses is at most 1, and the result is at most left.
      return -Math.expm1(-LN2 * (left / half)) / LN2 * half;
    }
    return lasts().map(l -> Math.min(l.weeks(), left)).orElse(left);
  }

  /**
   * {@return true when the effect begins at or after the end of {@code horizon} for an activity
   * done at once, so that it counts for nothing}
   *
   * @param horizon the horizon
   */
  public boolean startsAfter(CalendarTime horizon) {
    return starts().weeks() >= horizon.weeks();
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(team(), "team", "team", problems);
    if (!(uplift().low() > -1)) {
      problems.add(
          Problem.at(
              "uplift",
              "must be greater than -1 (a relative change: -1 would erase the team's output), was "
                  + uplift().low()));
    }
    if (lasts().isPresent() && halfLife().isPresent()) {
      problems.add(
          Problem.at(
              "halfLife",
              "an effect holds as a step (lasts) or decays (halfLife), not both; remove one"));
    }
    if (lasts().isPresent() && lasts().get().weeks() <= 0) {
      problems.add(Problem.at("lasts", "must be longer than 0, was " + lasts().get()));
    }
    if (halfLife().isPresent() && halfLife().get().weeks() <= 0) {
      problems.add(Problem.at("halfLife", "must be longer than 0, was " + halfLife().get()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds an {@link Effect}: set the {@linkplain #team(String) team} and the {@linkplain
   * #uplift(double) uplift}, and how long it holds, then {@linkplain #build() build}.
   *
   * <p>A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code team}). Not thread-safe; {@link #build()} may be called more
   * than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String team;
    private Estimate uplift;
    private CalendarTime lasts;
    private CalendarTime halfLife;
    private CalendarTime starts = CalendarTime.ofWeeks(0);

    private Builder() {}

    private Builder from(Effect effect) {
      team = effect.team();
      uplift = effect.uplift();
      lasts = effect.lasts().orElse(null);
      halfLife = effect.halfLife().orElse(null);
      starts = effect.starts();
      return this;
    }

    /**
     * Sets the team whose output changes.
     *
     * @param team a team id
     * @return this builder
     */
    public Builder team(String team) {
      this.team = Nulls.reject(team, "team");
      return this;
    }

    /**
     * Sets a certain uplift.
     *
     * @param uplift the relative change of the team's weekly output, greater than −1 (0.10 raises
     *     it by 10%)
     * @return this builder
     */
    public Builder uplift(double uplift) {
      try {
        return uplift(Estimate.of(uplift));
      } catch (InvalidModelException e) {
        throw e.under("uplift");
      }
    }

    /**
     * Sets an uncertain uplift.
     *
     * @param uplift a three-point estimate of the relative change, every value greater than −1
     * @return this builder
     */
    public Builder uplift(Estimate uplift) {
      this.uplift = Nulls.reject(uplift, "uplift");
      return this;
    }

    /**
     * Makes the effect a step that holds for {@code lasts}; it holds for the horizon unless set.
     *
     * @param lasts how long the step holds, longer than 0
     * @return this builder
     */
    public Builder lasts(CalendarTime lasts) {
      this.lasts = Nulls.reject(lasts, "lasts");
      return this;
    }

    /**
     * Removes {@code lasts}, so that a step effect holds for the horizon.
     *
     * @return this builder
     */
    public Builder clearLasts() {
      this.lasts = null;
      return this;
    }

    /**
     * Makes the effect decay with a half-life; an effect never has both {@code lasts} and a
     * half-life.
     *
     * @param halfLife the time after which half the uplift is left, longer than 0
     * @return this builder
     */
    public Builder halfLife(CalendarTime halfLife) {
      this.halfLife = Nulls.reject(halfLife, "halfLife");
      return this;
    }

    /**
     * Removes the half-life, so that the effect is a step.
     *
     * @return this builder
     */
    public Builder clearHalfLife() {
      this.halfLife = null;
      return this;
    }

    /**
     * Delays the effect: it begins {@code starts} after the activity is done; 0 unless set.
     *
     * @param starts the delay, at least 0 (past the horizon the effect is worth nothing)
     * @return this builder
     */
    public Builder starts(CalendarTime starts) {
      this.starts = Nulls.reject(starts, "starts");
      return this;
    }

    /**
     * Builds the effect.
     *
     * @return an effect with the values set
     * @throws InvalidModelException listing every problem: a missing team or uplift, an invalid
     *     team id, an uplift not greater than −1, both {@code lasts} and a half-life, a duration of
     *     0
     */
    public Effect build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(team, "team", "team(String)", missing);
      Nulls.requireSet(uplift, "uplift", "uplift(double)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableEffect.Builder()
          .team(team)
          .uplift(uplift)
          .lasts(Optional.ofNullable(lasts))
          .halfLife(Optional.ofNullable(halfLife))
          .starts(starts)
          .build();
    }
  }
}
