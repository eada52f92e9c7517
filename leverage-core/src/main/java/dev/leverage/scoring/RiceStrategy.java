package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RICE: {@code reach × impact × confidence / effort}, with the {@code effort} attribute when given,
 * else the activity's hours.
 */
final class RiceStrategy extends BuiltInStrategy {
  static final RiceStrategy INSTANCE = new RiceStrategy();
  static final String NAME = "rice";

  private RiceStrategy() {
    super(NAME);
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    Map<String, Double> inputs =
        new LinkedHashMap<>(context.attributes(activity, NAME, "reach", "impact", "confidence"));
    double effort = Checks.divisor(activity, context, "effort", NAME, inputs);
    double value = inputs.get("reach") * inputs.get("impact") * inputs.get("confidence") / effort;
    String divisor = inputs.containsKey("effort") ? "effort" : "hours";
    return checked(
        activity,
        context,
        value,
        List.of(new Score.Term("reach * impact * confidence / " + divisor, value)),
        inputs);
  }
}
