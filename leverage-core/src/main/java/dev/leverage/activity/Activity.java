package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Numbers;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something a manager can spend time on: who does it, how long it takes, what kind of work it is,
 * what it requires first, and its effects on teams.
 *
 * <p>Time is an {@link Estimate} in hours of effort; deterministic calculations use its PERT mean,
 * {@link #hours()}. Attributes are named numbers used by scoring strategies such as RICE. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Activity {
  /**
   * The longest an activity may take: ten million hours, so that a plan counts every activity's
   * minutes exactly in 32 bits.
   */
  public static final double MAX_HOURS = 10_000_000;

  Activity() {}

  /** Returns a builder for an activity. */
  public static Builder builder() {
    return new Builder();
  }

  /** The activity's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
  public abstract String id();

  /** The id of the manager who does it. */
  public abstract String by();

  /** The kind of work; {@link ActivityKind#OTHER} unless set. */
  @Value.Default
  public ActivityKind kind() {
    return ActivityKind.OTHER;
  }

  /** The effort it takes, in hours; every value greater than 0 and at most {@link #MAX_HOURS}. */
  public abstract Estimate time();

  /** Ids of activities of the same manager that must be done first. */
  public abstract Set<String> requires();

  /** What it changes, team by team. */
  public abstract List<Effect> effects();

  /** Named numbers for scoring strategies ({@code reach}, {@code impact}, …). */
  public abstract Map<String, Estimate> attributes();

  /** The PERT mean of {@link #time()}, in hours. */
  public double hours() {
    return time().pertMean();
  }

  /** True for foundation work: vision and strategy. */
  public boolean isFoundation() {
    return kind() == ActivityKind.FOUNDATION;
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id(), "id", "activity", problems);
    Ids.check(by(), "by", "manager", problems);
    if (!(time().low() > 0)) {
      problems.add(
          Problem.at(
              "time",
              "must be more than 0 hours, was "
                  + Effort.ofHours(Math.min(MAX_HOURS, Math.max(0, time().low())))));
    }
    if (time().high() > MAX_HOURS) {
      problems.add(
          Problem.at(
              "time",
              "must be at most 10000000h (ten million hours, the longest an activity may take), was "
                  + Numbers.format(time().high())
                  + "h"));
    }
    int i = 0;
    for (String required : requires()) {
      String path = "requires[" + i++ + "]";
      Ids.check(required, path, "activity", problems);
      if (required.equals(id())) {
        problems.add(Problem.at(path, "activity '" + id() + "' cannot require itself"));
      }
    }
    for (String name : attributes().keySet()) {
      Ids.checkName(name, "attributes." + name, problems);
    }
    InvalidModelException.throwIfAny(problems);
  }

  /** Builds an {@link Activity}; {@code id}, {@code by} and {@code time} are required. */
  public static class Builder extends ImmutableActivity.Builder {
    Builder() {}

    /** Sets a certain time. */
    public Builder time(Effort time) {
      time(Estimate.of(time.hours()));
      return this;
    }

    /** Sets a three-point estimate of the time. */
    public Builder time(Effort low, Effort likely, Effort high) {
      time(Estimate.of(low.hours(), likely.hours(), high.hours()));
      return this;
    }

    /** Adds a certain attribute. */
    public Builder attribute(String name, double value) {
      putAttribute(name, Estimate.of(value));
      return this;
    }
  }
}
