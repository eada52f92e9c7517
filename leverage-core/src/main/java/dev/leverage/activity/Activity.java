package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Nulls;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something a manager can spend time on: who does it, how long it takes, what kind of work it is,
 * what it requires first, and its effects on teams.
 *
 * <p>Time is an {@link EffortEstimate}; deterministic calculations use its PERT mean, {@link
 * #hours()}. Attributes are named numbers used by scoring strategies such as RICE. Build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity {
  /**
   * The longest an activity may take: ten million hours, so that a plan counts every activity's
   * minutes exactly in 32 bits.
   */
  public static final double MAX_HOURS = 10_000_000;

  Activity() {}

  /**
   * Returns a builder for an activity.
   *
   * @return an empty builder; {@link Builder#id(String)}, {@link Builder#by(String)} and {@link
   *     Builder#time(Effort)} must be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the activity's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}} */
  public abstract String id();

  /** {@return the id of the manager who does it} */
  public abstract String by();

  /** {@return the kind of work; {@link ActivityKind#OTHER} unless set} */
  @Value.Default
  public ActivityKind kind() {
    return ActivityKind.OTHER;
  }

  /**
   * {@return the effort it takes; every value more than 0 hours}
   *
   * @throws InvalidModelException where its time was left out, when it has none ({@link #hasTime})
   */
  public EffortEstimate time() {
    return knownTime().orElseThrow(() -> ActivityChecks.noTime(this));
  }

  /** {@return false for an activity of a spreadsheet row without time (MODEL.md §9)} */
  public boolean hasTime() {
    return knownTime().isPresent();
  }

  /** The time, or empty when it was left out at {@link #timeLeftOutAt()}. */
  abstract Optional<EffortEstimate> knownTime();

  /** Where the time was left out ({@code row 4}), when the activity has none. */
  abstract Optional<String> timeLeftOutAt();

  /**
   * Checks that every one of {@code activities} has a time, as plans and simulations need.
   *
   * @param activities the activities
   * @throws InvalidModelException at the place each one's time was left out ({@code row 4})
   */
  public static void requireTimes(Collection<Activity> activities) {
    ActivityChecks.requireTimes(activities);
  }

  /** {@return ids of activities of the same manager that must be done first} */
  public abstract Set<String> requires();

  /** {@return what it changes, team by team} */
  public abstract List<Effect> effects();

  /** {@return named numbers for scoring strategies ({@code reach}, {@code impact}, …)} */
  public abstract Map<String, Estimate> attributes();

  /**
   * {@return how the activity is committed, when it is fixed: {@code once} (always planned, in the
   * first week) or {@code weekly} (its hours come off every week's budget); empty for a candidate}
   */
  public abstract Optional<Commitment> fixed();

  /** {@return true when the activity is fixed: always planned, its hours off the budget first} */
  public boolean isFixed() {
    return fixed().isPresent();
  }

  /**
   * {@return the PERT mean of {@link #time()}, in hours}
   *
   * @throws InvalidModelException where its time was left out, when it has none ({@link #hasTime})
   */
  public double hours() {
    return time().hours().pertMean();
  }

  /** {@return true for foundation work: vision and strategy} */
  public boolean isFoundation() {
    return kind() == ActivityKind.FOUNDATION;
  }

  /**
   * Returns a builder holding this activity's values, to build a changed copy.
   *
   * @return a new builder, independent of this activity
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    ActivityChecks.check(this);
  }

  /**
   * Checks {@code time} as the time of an activity: every value more than 0 hours and at most
   * {@link #MAX_HOURS}; adds each problem at {@code path}. For values that become an activity's
   * time, such as a coaching step's {@code hoursPerLevel}.
   *
   * @param time the time
   * @param path where it is, such as {@code time}
   * @param problems where the problems go
   */
  public static void checkTime(EffortEstimate time, String path, List<Problem> problems) {
    ActivityChecks.checkTime(time, path, problems);
  }

  /**
   * Builds an {@link Activity}: set the {@linkplain #id(String) id}, who does it ({@link
   * #by(String)}) and its {@linkplain #time(Effort) time}, add effects, requirements and
   * attributes, then {@linkplain #build() build}.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code effects[1]}). Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String id;
    private String by;
    private ActivityKind kind = ActivityKind.OTHER;
    private EffortEstimate time;
    private String timeLeftOutAt;
    private Commitment fixed;
    private final Set<String> requires = new LinkedHashSet<>();
    private final List<Effect> effects = new ArrayList<>();
    private final Map<String, Estimate> attributes = new LinkedHashMap<>();

    private Builder() {}

    private Builder from(Activity activity) {
      id = activity.id();
      by = activity.by();
      kind = activity.kind();
      time = activity.knownTime().orElse(null);
      timeLeftOutAt = activity.timeLeftOutAt().orElse(null);
      fixed = activity.fixed().orElse(null);
      requires.addAll(activity.requires());
      effects.addAll(activity.effects());
      attributes.putAll(activity.attributes());
      return this;
    }

    /**
     * Sets the activity's id.
     *
     * @param id an id matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}, unique among the activities
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Nulls.reject(id, "id");
      return this;
    }

    /**
     * Sets the manager who does it.
     *
     * @param manager a manager id
     * @return this builder
     */
    public Builder by(String manager) {
      this.by = Nulls.reject(manager, "by");
      return this;
    }

    /**
     * Sets the kind of work; {@link ActivityKind#OTHER} unless set.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(ActivityKind kind) {
      this.kind = Nulls.reject(kind, "kind");
      return this;
    }

    /**
     * Sets a certain time.
     *
     * @param time the effort it takes, more than 0 hours
     * @return this builder
     */
    public Builder time(Effort time) {
      Nulls.reject(time, "time");
      return time(EffortEstimate.of(time));
    }

    /**
     * Sets a three-point estimate of the time.
     *
     * @param low the least effort it may take, more than 0 hours
     * @param likely the most likely effort, at least {@code low}
     * @param high the most effort it may take, at least {@code likely}
     * @return this builder
     */
    public Builder time(Effort low, Effort likely, Effort high) {
      Nulls.reject(low, "time.low");
      Nulls.reject(likely, "time.likely");
      Nulls.reject(high, "time.high");
      try {
        return time(EffortEstimate.of(low, likely, high));
      } catch (InvalidModelException e) {
        throw e.under("time");
      }
    }

    /**
     * Sets the time, certain or estimated.
     *
     * @param time the effort it takes, every value more than 0 hours
     * @return this builder
     */
    public Builder time(EffortEstimate time) {
      this.time = Nulls.reject(time, "time");
      this.timeLeftOutAt = null;
      return this;
    }

    /**
     * Leaves the time out, as a spreadsheet row without a time cell does (MODEL.md §9): the
     * activity has no hours, strategies that need none (ICE, RICE with {@code effort}, WSJF with
     * {@code jobSize}) still score it, and whatever needs its hours ({@link Activity#time()},
     * {@link Activity#hours()}: leverage, planning, simulation) throws {@link
     * InvalidModelException} at {@code where}.
     *
     * @param where where the time was left out, such as {@code row 4}
     * @return this builder
     */
    public Builder noTime(String where) {
      this.timeLeftOutAt = Nulls.reject(where, "time");
      this.time = null;
      return this;
    }

    /**
     * Makes the activity fixed: always planned, its hours off the budget first; a candidate unless
     * set. A fixed activity's requirements must be fixed too.
     *
     * @param fixed {@link Commitment#ONCE} or {@link Commitment#WEEKLY}
     * @return this builder
     */
    public Builder fixed(Commitment fixed) {
      this.fixed = Nulls.reject(fixed, "fixed");
      return this;
    }

    /**
     * Makes the activity a candidate again, not fixed.
     *
     * @return this builder
     */
    public Builder clearFixed() {
      this.fixed = null;
      return this;
    }

    /**
     * Adds activities of the same manager that must be done first.
     *
     * @param activities activity ids
     * @return this builder
     */
    public Builder requires(String... activities) {
      requires.addAll(Nulls.rejectIn(activities, "requires", requires.size()));
      return this;
    }

    /**
     * Adds activities of the same manager that must be done first.
     *
     * @param activities activity ids
     * @return this builder
     */
    public Builder requires(Collection<String> activities) {
      requires.addAll(Nulls.rejectIn(activities, "requires", requires.size()));
      return this;
    }

    /**
     * Replaces the activities that must be done first.
     *
     * @param activities activity ids, in place of those added before
     * @return this builder
     */
    public Builder replaceRequires(Collection<String> activities) {
      Nulls.rejectIn(activities, "requires", 0);
      requires.clear();
      return requires(activities);
    }

    /**
     * Adds effects.
     *
     * @param effects effects on teams
     * @return this builder
     */
    public Builder effects(Effect... effects) {
      this.effects.addAll(Nulls.rejectIn(effects, "effects", this.effects.size()));
      return this;
    }

    /**
     * Adds effects.
     *
     * @param effects effects on teams
     * @return this builder
     */
    public Builder effects(Collection<Effect> effects) {
      this.effects.addAll(Nulls.rejectIn(effects, "effects", this.effects.size()));
      return this;
    }

    /**
     * Replaces the effects.
     *
     * @param effects effects on teams, in place of those added before
     * @return this builder
     */
    public Builder replaceEffects(Collection<Effect> effects) {
      Nulls.rejectIn(effects, "effects", 0);
      this.effects.clear();
      return effects(effects);
    }

    /**
     * Adds a certain attribute, replacing an earlier one of that name.
     *
     * @param name a name matching {@code [A-Za-z_][A-Za-z0-9_]*}, such as {@code reach}
     * @param value its value
     * @return this builder
     */
    public Builder attribute(String name, double value) {
      Nulls.reject(name, "attributes");
      try {
        return attribute(name, Estimate.of(value));
      } catch (InvalidModelException e) {
        throw e.under("attributes." + name);
      }
    }

    /**
     * Adds an uncertain attribute, replacing an earlier one of that name.
     *
     * @param name a name matching {@code [A-Za-z_][A-Za-z0-9_]*}, such as {@code reach}
     * @param value a three-point estimate of its value
     * @return this builder
     */
    public Builder attribute(String name, Estimate value) {
      Nulls.reject(name, "attributes");
      attributes.put(name, Nulls.reject(value, "attributes." + name));
      return this;
    }

    /**
     * Adds attributes, replacing earlier ones of the same names.
     *
     * @param attributes values by name
     * @return this builder
     */
    public Builder attributes(Map<String, Estimate> attributes) {
      this.attributes.putAll(Nulls.rejectIn(attributes, "attributes"));
      return this;
    }

    /**
     * Replaces all attributes.
     *
     * @param attributes values by name, in place of those added before
     * @return this builder
     */
    public Builder replaceAttributes(Map<String, Estimate> attributes) {
      Nulls.rejectIn(attributes, "attributes");
      this.attributes.clear();
      return attributes(attributes);
    }

    /**
     * Builds the activity.
     *
     * @return an activity with the values set
     * @throws InvalidModelException listing every problem: a missing id, manager or time, invalid
     *     ids or attribute names, a time not more than 0 hours, a requirement of itself
     */
    public Activity build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(id, "id", "id(String)", missing);
      Nulls.requireSet(by, "by", "by(String)", missing);
      if (timeLeftOutAt == null) {
        Nulls.requireSet(time, "time", "time(Effort)", missing);
      }
      InvalidModelException.throwIfAny(missing);
      return new ImmutableActivity.Builder()
          .id(id)
          .by(by)
          .kind(kind)
          .time(Optional.ofNullable(time))
          .timeLeftOutAt(Optional.ofNullable(timeLeftOutAt))
          .fixed(Optional.ofNullable(fixed))
          .requires(requires)
          .effects(effects)
          .attributes(attributes)
          .build();
    }
  }
}
