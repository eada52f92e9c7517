package dev.leverage.scoring;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableMap;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
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
            .map(
                c ->
                    new Score.Term(
                        c.team() + " (weight " + Numbers.format(c.weight()) + ")",
                        c.output() / hours))
            .collect(toImmutableList()),
        ImmutableMap.of("output", output.output(), "hours", hours));
  }
}
