package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;

/**
 * One place in a {@link Ranking}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank 1 for the best, then 2, 3, … with no gaps (ties are broken by id)
 * @param activity the activity
 * @param score its score and breakdown
 * @param output its output, leverage and contributions
 */
public record RankedActivity(int rank, Activity activity, Score score, ActivityOutput output) {

  /**
   * Checks that every part is present.
   *
   * @param rank 1 for the best, then 2, 3, … with no gaps (ties are broken by id)
   * @param activity the activity
   * @param score its score and breakdown
   * @param output its output, leverage and contributions
   */
  public RankedActivity {
    requireNonNull(activity, "activity");
    requireNonNull(score, "score");
    requireNonNull(output, "output");
  }
}
