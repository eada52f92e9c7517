package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;

/**
 * Turns an activity, in its context, into a {@link Score}: higher is better, and the score explains
 * itself with a breakdown.
 *
 * <p>Implement {@link #score} (a lambda will do) and, to be found by name, {@link #name}.
 * Implementations must be deterministic, side-effect free and thread-safe; a score that cannot be
 * computed (a missing attribute, a division by zero) is reported by throwing {@link
 * dev.leverage.InvalidModelException} naming the activity and what is missing.
 */
@FunctionalInterface
public interface ScoringStrategy {

  /** Scores {@code activity}; {@code context} gives its output, leverage and attributes. */
  Score score(Activity activity, ScoringContext context);

  /** The strategy's name, as the calculator's {@code --strategy} option and JSON show it. */
  default String name() {
    return "custom";
  }

  /** The default strategy: leverage, the output an activity creates per hour of effort. */
  static ScoringStrategy leverage() {
    return LeverageStrategy.INSTANCE;
  }

  /** Returns {@code strategy} under {@code name}. */
  static ScoringStrategy named(String name, ScoringStrategy strategy) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    return new ScoringStrategy() {
      @Override
      public Score score(Activity activity, ScoringContext context) {
        return strategy.score(activity, context);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
