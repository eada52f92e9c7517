package dev.leverage.scoring;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import java.util.Map;
import java.util.stream.Collectors;

/** The checks the built-in strategies share: divisors above 0, finite scores. */
final class Checks {
  private Checks() {}

  /**
   * The divisor a strategy uses: {@code activity}'s attribute {@code attribute} when it has one,
   * otherwise its hours. Puts it in {@code inputs} under its own name.
   *
   * @throws InvalidModelException when the attribute is not greater than 0
   */
  static double divisor(
      Activity activity,
      ScoringContext context,
      String attribute,
      String strategy,
      Map<String, Double> inputs) {
    if (!context.hasAttribute(activity, attribute)) {
      inputs.put("hours", activity.hours());
      return activity.hours();
    }
    double value = context.attribute(activity, attribute, strategy);
    if (!(value > 0)) {
      throw InvalidModelException.of(
          context.scenario().pathOf(activity) + ".attributes." + attribute,
          "activity '"
              + activity.id()
              + "' has "
              + attribute
              + " "
              + Numbers.format(value)
              + ", but strategy '"
              + strategy
              + "' divides by it; "
              + attribute
              + " must be greater than 0 (leave it out to use the activity's hours)");
    }
    inputs.put(attribute, value);
    return value;
  }

  /**
   * The path of the input that most likely made {@code score} non-finite: the attribute or the time
   * of the largest magnitude (farthest from 1), else the activity.
   */
  private static String causeOf(Score score, Activity activity, ScoringContext context) {
    String path = context.scenario().pathOf(activity);
    String cause = null;
    double farthest = -1;
    for (Map.Entry<String, Double> input : score.inputs().entrySet()) {
      boolean attribute = activity.attributes().containsKey(input.getKey());
      if (!attribute && !input.getKey().equals("hours")) {
        continue;
      }
      double distance = Math.abs(Math.log10(Math.abs(input.getValue())));
      if (Double.isFinite(distance) && distance > farthest) {
        farthest = distance;
        cause = attribute ? path + ".attributes." + input.getKey() : path + ".time";
      }
    }
    return cause == null || farthest < 100 ? path : cause;
  }

  /**
   * Returns {@code score} when its value is finite.
   *
   * @throws InvalidModelException naming the activity, the strategy and the inputs otherwise
   */
  static Score finite(Score score, Activity activity, ScoringContext context, String strategy) {
    if (!Double.isFinite(score.value())) {
      throw InvalidModelException.of(
          causeOf(score, activity, context),
          "strategy '"
              + strategy
              + "' gives activity '"
              + activity.id()
              + "' the score "
              + score.value()
              + ", which is not a finite number; its inputs were "
              + score.inputs().entrySet().stream()
                  .map(e -> e.getKey() + " = " + Numbers.format(e.getValue()))
                  .collect(Collectors.joining(", ")));
    }
    return score;
  }
}
