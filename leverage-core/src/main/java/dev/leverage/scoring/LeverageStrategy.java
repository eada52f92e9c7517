package dev.leverage.scoring;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableMap;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.internal.Numbers;

/** Leverage: output per hour, with one term per team contribution (§4 of the model). */
final class LeverageStrategy extends BuiltInStrategy {
  static final LeverageStrategy INSTANCE = new LeverageStrategy();

  private LeverageStrategy() {
    super("leverage");
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    ActivityOutput output = context.output(activity);
    double hours = output.hours();
    return Score.of(
        output.leverage(),
        output.contributions().stream()
            .map(c -> new Score.Term(label(c, context.horizon().weeks()), c.output() / hours))
            .collect(toImmutableList()),
        ImmutableMap.of("output", output.output(), "hours", hours));
  }

  /**
   * {@code checkout (weight 0.5)}, with {@code starts in week 6} for a delayed effect and {@code
   * after the 12-week horizon: worth 0} when it begins too late to count.
   */
  static String label(Contribution c, double horizonWeeks) {
    String label = c.team() + " (weight " + Numbers.format(c.weight());
    if (c.starts() > 0) {
      label += ", starts in week " + Numbers.format(Math.floor(c.starts()) + 1);
      if (c.starts() >= horizonWeeks) {
        label += ", after the " + Numbers.format(horizonWeeks) + "-week horizon: worth 0";
      }
    }
    return label + ")";
  }
}
