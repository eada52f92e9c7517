package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;

/**
 * A strategy and its weight in a {@linkplain ScoringStrategy#composite composite}.
 *
 * <p>Weights are relative: the composite divides each by their sum. Immutable and thread-safe.
 *
 * @param strategy the strategy
 * @param weight its weight, finite and greater than 0
 */
public record WeightedStrategy(ScoringStrategy strategy, double weight) {

  /**
   * Checks that the weight is finite and greater than 0.
   *
   * @param strategy the strategy
   * @param weight its weight, finite and greater than 0
   */
  public WeightedStrategy {
    requireNonNull(strategy, "strategy");
    String name = Checks.name(strategy);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw InvalidModelException.of(
          "weights." + name,
          "the weight of strategy '"
              + name
              + "' must be a finite number greater than 0, was "
              + weight);
    }
  }
}
