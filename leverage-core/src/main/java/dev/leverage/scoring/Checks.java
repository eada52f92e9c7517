package dev.leverage.scoring;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of scoring: divisors above 0, finite scores, and what a strategy answers (a name, a
 * score). Every score that enters a ranking or a composite passes {@link #score}, the one check
 * that a score is finite.
 */
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
   * Scores {@code activity} with {@code strategy}, checking what the strategy answers.
   *
   * @throws InvalidModelException naming the strategy and the activity when the strategy has no
   *     name, returns no score or a score that is not a finite number
   */
  static Score score(ScoringStrategy strategy, Activity activity, ScoringContext context) {
    String name = name(strategy);
    Score score = strategy.score(activity, context);
    if (score == null) {
      throw InvalidModelException.of(
          context.scenario().pathOf(activity),
          "strategy '"
              + name
              + "' returned no score (null) for activity '"
              + activity.id()
              + "'; a strategy returns a Score, or throws InvalidModelException naming what is"
              + " missing");
    }
    return finite(score, activity, context, name);
  }

  /**
   * Returns the name of {@code strategy}.
   *
   * @throws InvalidModelException at path {@code strategy}, naming the strategy's class, when its
   *     name is null or blank
   */
  static String name(ScoringStrategy strategy) {
    String name = strategy.name();
    if (name == null || name.isBlank()) {
      throw InvalidModelException.of(
          "strategy",
          "strategy "
              + strategy.getClass().getName()
              + " has no name ("
              + (name == null ? "null" : "blank")
              + "); name() returns the name that --strategy and the JSON output show");
    }
    return name;
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
