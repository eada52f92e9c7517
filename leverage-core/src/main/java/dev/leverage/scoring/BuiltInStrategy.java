package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.List;
import java.util.Map;

/** A built-in strategy with a fixed name: its {@code toString} is its name. Thread-safe. */
abstract class BuiltInStrategy implements ScoringStrategy {
  private final String name;

  BuiltInStrategy(String name) {
    this.name = name;
  }

  /** The checked score of {@code activity}: {@code value}, explained by {@code terms}. */
  final Score checked(
      Activity activity,
      ScoringContext context,
      double value,
      List<Score.Term> terms,
      Map<String, Double> inputs) {
    return Checks.finite(Score.of(value, terms, inputs), activity, context, name);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String toString() {
    return name;
  }
}
