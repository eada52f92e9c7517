package dev.leverage.scoring;

import java.util.Map;
import net.jqwik.api.PropertyDefaults;

/**
 * Ranking under a strategy whose scores tie often, with both zeros of floating point: equal scores
 * (and {@code 0.0 == -0.0}) must be ordered by id.
 */
@PropertyDefaults(tries = 200)
class TiedScoresProperties implements ScoringStrategyContract {
  private static final double[] SCORES = {-0.0, 0.0, 1.0, -1.0};

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.named(
        "tied",
        (activity, context) ->
            Score.single(
                "tie", SCORES[Math.floorMod(activity.id().hashCode(), SCORES.length)], Map.of()));
  }
}
