package dev.leverage.simulation;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which estimates move an activity's leverage most: each uncertain estimate (the time, each uplift)
 * swings from its low to its high value while the others stay at their PERT means, and the swings
 * are sorted widest first, as in a tornado chart.
 *
 * <p>The leverage at each end is the deterministic leverage of §4 with that one estimate replaced
 * by a point; certain estimates do not swing and are left out. Attributes do not enter leverage and
 * are not swung. Immutable and thread-safe.
 */
public final class Sensitivity {
  /** Widest first; equal widths in the activity's order of inputs (time, then effects). */
  private static final Comparator<Swing> WIDEST_FIRST =
      Comparator.comparingDouble(Swing::width).reversed();

  private final String activity;
  private final double leverage;
  private final ImmutableList<Swing> swings;

  private Sensitivity(String activity, double leverage, ImmutableList<Swing> swings) {
    this.activity = activity;
    this.leverage = leverage;
    this.swings = swings;
  }

  /**
   * {@return the sensitivity of activity {@code id} of {@code scenario}}
   *
   * @param scenario the scenario
   * @param id an activity id of the scenario
   * @throws InvalidModelException naming the closest known id when {@code id} is unknown
   */
  public static Sensitivity of(Scenario scenario, String id) {
    requireNonNull(id, "id");
    Activity activity =
        scenario
            .activity(id)
            .orElseThrow(
                () ->
                    InvalidModelException.of(
                        "",
                        Spelling.unknown(
                            "activity",
                            id,
                            scenario.activities().stream().map(Activity::id).toList())));
    return of(scenario, activity);
  }

  /**
   * {@return the sensitivity of {@code activity} in {@code scenario}'s organization and horizon}
   *
   * @param scenario the scenario
   * @param activity the activity
   */
  public static Sensitivity of(Scenario scenario, Activity activity) {
    requireNonNull(scenario, "scenario");
    requireNonNull(activity, "activity");
    List<Swing> swings = new ArrayList<>();
    Estimate time = activity.time().hours();
    if (!time.isPoint()) {
      swings.add(
          swing(
              scenario,
              "time",
              "time",
              time,
              value -> activity.toBuilder().time(EffortEstimate.ofHours(value)).build()));
    }
    for (int e = 0; e < activity.effects().size(); e++) {
      Effect effect = activity.effects().get(e);
      if (effect.uplift().isPoint()) {
        continue;
      }
      int at = e;
      swings.add(
          swing(
              scenario,
              "effects[" + e + "].uplift",
              "uplift on " + effect.team(),
              effect.uplift(),
              value -> withEffect(activity, at, effect.toBuilder().uplift(value).build())));
    }
    return new Sensitivity(
        activity.id(),
        scenario.output(activity).leverage(),
        swings.stream().sorted(WIDEST_FIRST).collect(toImmutableList()));
  }

  /** {@return the activity's id} */
  public String activity() {
    return activity;
  }

  /** {@return the leverage with every estimate at its PERT mean, output units per hour} */
  public double leverage() {
    return leverage;
  }

  /** {@return one swing per uncertain estimate, widest first} */
  public List<Swing> swings() {
    return swings;
  }

  private static Swing swing(
      Scenario scenario,
      String input,
      String label,
      Estimate estimate,
      Function<Estimate, Activity> with) {
    double atLow = scenario.output(with.apply(Estimate.of(estimate.low()))).leverage();
    double atHigh = scenario.output(with.apply(Estimate.of(estimate.high()))).leverage();
    return new Swing(input, label, estimate, atLow, atHigh);
  }

  private static Activity withEffect(Activity activity, int index, Effect effect) {
    List<Effect> effects = new ArrayList<>(activity.effects());
    effects.set(index, effect);
    return activity.toBuilder().replaceEffects(effects).build();
  }

  @Override
  public String toString() {
    return "Sensitivity{" + activity + ", leverage=" + leverage + ", swings=" + swings + "}";
  }
}
