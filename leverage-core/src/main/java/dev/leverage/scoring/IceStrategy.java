package dev.leverage.scoring;

import dev.leverage.activity.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ICE: {@code impact × confidence × ease}, all three attributes. */
final class IceStrategy extends BuiltInStrategy {
  static final IceStrategy INSTANCE = new IceStrategy();
  static final String NAME = "ice";

  private IceStrategy() {
    super(NAME);
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    Map<String, Double> inputs =
        new LinkedHashMap<>(context.attributes(activity, NAME, "impact", "confidence", "ease"));
    double value = inputs.get("impact") * inputs.get("confidence") * inputs.get("ease");
    return checked(
        activity,
        context,
        value,
        List.of(new Score.Term("impact * confidence * ease", value)),
        inputs);
  }
}
