package dev.leverage.scoring;

import dev.leverage.activity.Activity;

/** ICE: {@code impact × confidence × ease}, all three attributes. */
final class IceStrategy extends BuiltInStrategy {
  static final IceStrategy INSTANCE = new IceStrategy();
  static final String NAME = "ice";

  private IceStrategy() {
    super(NAME);
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    return product(activity, context, null, "impact", "confidence", "ease");
  }
}
