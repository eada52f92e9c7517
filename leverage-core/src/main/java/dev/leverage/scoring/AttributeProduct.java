package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in strategy that multiplies attributes and, when it has a divisor, divides by that
 * attribute if the activity has it, else by the activity's hours; one term, labelled by the
 * formula.
 */
final class AttributeProduct extends BuiltInStrategy {
  /**
   * RICE: {@code reach × impact × confidence / effort}, with the {@code effort} attribute when
   * given, else the activity's hours.
   */
  static final AttributeProduct RICE =
      new AttributeProduct("rice", "effort", "reach", "impact", "confidence");

  /** ICE: {@code impact × confidence × ease}, all three attributes. */
  static final AttributeProduct ICE =
      new AttributeProduct("ice", null, "impact", "confidence", "ease");

  private final String divisor;
  private final String[] factors;

  private AttributeProduct(String name, String divisor, String... factors) {
    super(name);
    this.divisor = divisor;
    this.factors = factors;
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    Map<String, Double> inputs = new LinkedHashMap<>(context.attributes(activity, name(), factors));
    double value = 1;
    for (String factor : factors) {
      value *= inputs.get(factor);
    }
    String label = String.join(" * ", factors);
    if (divisor != null) {
      value /= Checks.divisor(activity, context, divisor, name(), inputs);
      label += " / " + (inputs.containsKey(divisor) ? divisor : "hours");
    }
    return checked(activity, context, value, List.of(new Score.Term(label, value)), inputs);
  }
}
