package dev.leverage.scoring;

import dev.leverage.activity.Activity;

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
    return product(activity, context, "effort", "reach", "impact", "confidence");
  }
}
