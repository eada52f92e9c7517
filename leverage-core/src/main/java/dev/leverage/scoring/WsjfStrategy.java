package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WSJF: {@code (businessValue + timeCriticality + riskReduction) / jobSize}, with the {@code
 * jobSize} attribute when given, else the activity's hours; one term per part of the cost of delay.
 */
final class WsjfStrategy extends BuiltInStrategy {
  static final WsjfStrategy INSTANCE = new WsjfStrategy();
  static final String NAME = "wsjf";
  private static final String[] COST_OF_DELAY = {
    "businessValue", "timeCriticality", "riskReduction"
  };

  private WsjfStrategy() {
    super(NAME);
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    Map<String, Double> inputs =
        new LinkedHashMap<>(context.attributes(activity, NAME, COST_OF_DELAY));
    double jobSize = Checks.divisor(activity, context, "jobSize", NAME, inputs);
    String divisor = inputs.containsKey("jobSize") ? "jobSize" : "hours";
    double costOfDelay = 0;
    for (String part : COST_OF_DELAY) {
      costOfDelay += inputs.get(part);
    }
    List<Score.Term> terms =
        List.of(
            new Score.Term("businessValue / " + divisor, inputs.get("businessValue") / jobSize),
            new Score.Term("timeCriticality / " + divisor, inputs.get("timeCriticality") / jobSize),
            new Score.Term("riskReduction / " + divisor, inputs.get("riskReduction") / jobSize));
    return checked(activity, context, costOfDelay / jobSize, terms, inputs);
  }
}
