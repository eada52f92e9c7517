package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change an activity makes to one team's weekly output: a relative {@code uplift} that holds as a
 * step ({@code lasts}, the horizon by default) or decays with a {@code halfLife}.
 *
 * <p>The uplift is relative: 0.10 raises the team's output by 10%; it must be greater than −1
 * (negative means harm). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Effect {
  private static final double LN2 = Math.log(2);

  Effect() {}

  /** Returns a builder for an effect. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an effect of {@code uplift} on {@code team} that lasts the whole horizon. */
  public static Effect on(String team, double uplift) {
    return builder().team(team).uplift(Estimate.of(uplift)).build();
  }

  /** The id of the team whose output changes. */
  public abstract String team();

  /** The relative change of the team's weekly output, greater than −1. */
  public abstract Estimate uplift();

  /** How long a step effect holds; the horizon when absent. Never set with a half-life. */
  public abstract Optional<CalendarTime> lasts();

  /** The half-life of a decaying effect. Never set with {@code lasts}. */
  public abstract Optional<CalendarTime> halfLife();

  /**
   * The number of full-strength weeks the effect counts for within {@code horizon}: {@code
   * min(lasts, H)} for a step, {@code (h / ln 2)(1 − 2^(−H/h))} for a half-life {@code h}.
   */
  public double weeks(CalendarTime horizon) {
    double h = horizon.weeks();
    if (halfLife().isPresent()) {
      double half = halfLife().get().weeks();
      // (h / ln 2)(1 − 2^(−H/h)), ordered so that no step overflows for any half-life: the
      // factor in parentheses is at most 1, and the result is at most H.
      return -Math.expm1(-LN2 * (h / half)) / LN2 * half;
    }
    return lasts().map(l -> Math.min(l.weeks(), h)).orElse(h);
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

  /** Builds an {@link Effect}; {@code team} and {@code uplift} are required. */
  public static class Builder extends ImmutableEffect.Builder {
    Builder() {}

    /** Sets a certain uplift. */
    public Builder uplift(double uplift) {
      uplift(Estimate.of(uplift));
      return this;
    }
  }
}
