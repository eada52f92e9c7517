package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.LinkedHashMap;
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

  /**
   * The checked score of {@code activity} that multiplies its attributes {@code factors} and, when
   * {@code divisor} is not null, divides by its attribute {@code divisor} if it has one, else by
   * its hours: one term, labelled by the formula ({@code reach * impact * confidence / effort}).
   */
  final Score product(
      Activity activity, ScoringContext context, String divisor, String... factors) {
    Map<String, Double> inputs = new LinkedHashMap<>(context.attributes(activity, name, factors));
    double value = 1;
    for (String factor : factors) {
      value *= inputs.get(factor);
    }
    String label = String.join(" * ", factors);
    if (divisor != null) {
      value /= Checks.divisor(activity, context, divisor, name, inputs);
      label += " / " + (inputs.containsKey(divisor) ? divisor : "hours");
    }
    return checked(activity, context, value, List.of(new Score.Term(label, value)), inputs);
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
